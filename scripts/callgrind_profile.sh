#!/bin/sh
# Instructions per profile page request, counted by valgrind's callgrind: a figure that does
# not move with the machine's load (issue 20). Seeds the demo data natively on a temporary
# SQLite database, then serves it under callgrind with one worker, warms each kind of request
# up, zeroes the counters, sends N requests and dumps the counts.
#
# Usage: scripts/callgrind_profile.sh [BINARY] [N]
#   BINARY: default target/debug/fairrecruit (the figures in the README are of the debug binary)
# Prints, for `/healthz` (the floor: HTTP alone), the kept page (`/recruiters/{id}`) and for one rendered each time
# (`/recruiters/{id}?page=1`), the instructions per request over the whole process (workers,
# blocking threads, jobs) while the requests ran.
set -eu
BIN=$(realpath "${1:-target/debug/fairrecruit}")
N=${2:-10}
PORT=18477
DIR=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DIR"' EXIT
export FAIRRECRUIT_DATABASE_URL="$DIR/db.sqlite"
export FAIRRECRUIT_WORKERS=1

wait_up() {
    for _ in $(seq 1 600); do
        curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "the server did not start" >&2
    exit 1
}

cd "$DIR" # (the token secret goes to ./data)

# The demo's data, written natively (argon2 under valgrind would take minutes).
"$BIN" serve --demo --bind "127.0.0.1:$PORT" >"$DIR/seed.log" 2>&1 &
SERVER=$!
wait_up
ID=$(curl -s "http://127.0.0.1:$PORT/recruiters?lang=en" | grep -o 'href="/recruiters/[a-z0-9]*"' | head -1 | cut -d/ -f3 | tr -d '"')
kill $SERVER
wait $SERVER 2>/dev/null || true

valgrind --tool=callgrind --callgrind-out-file="$DIR/cg.%p" "$BIN" serve --bind "127.0.0.1:$PORT" >"$DIR/serve.log" 2>&1 &
SERVER=$!
wait_up

measure() {
    path=$1
    for _ in 1 2 3; do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done
    callgrind_control -z $SERVER >/dev/null
    for _ in $(seq 1 "$N"); do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done
    callgrind_control -d $SERVER >/dev/null
    last=$(ls -t "$DIR"/cg.* | head -1)
    total=$(grep -m1 '^totals:' "$last" | awk '{print $2}')
    echo "$path: $total instructions for $N requests, $((total / N)) per request"
}

measure "/healthz"
measure "/recruiters/$ID"
measure "/recruiters/$ID?page=1"
