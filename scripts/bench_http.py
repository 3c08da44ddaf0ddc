#!/usr/bin/env python3
"""Benchmark: throughput and latency under concurrency, each hot path against `/healthz` (HTTP
alone) measured in the same run, on SQLite and on PostgreSQL.

For each engine: import the recruiters (the generator of `bench_search.py`), load approved
reviews (the generator of `bench_reviews.py`), rebuild the scorecards, start the release
binary, then run `wrk` against `/healthz`, a profile page (`/recruiters/{id}`, rotating over
sampled recruiters), a directory search (`/recruiters?q=everest`) and `/rights`, one after the
other with the same connections. Figures move with whatever else the machine runs: the ratio
to `/healthz` of the same run is what to compare. Then: the search p50 for a word that about
one name in ten contains over the p50 for a unique licence number (sequential requests), and
the service's RSS during a 64-connection page load.

Usage: scripts/bench_http.py [--binary target/release/fairrecruit] [--recruiters 10000]
                             [--reviews 1000000] [--connections 32] [--duration 10]
                             [--engines sqlite,postgres] [--quick]
`--quick`: 2,000 recruiters, 20,000 reviews, 5 s per path (for a before/after on one fix).
Needs: `wrk` (Debian package), PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) for
the postgres engine. Builds nothing. Not a test: it prints figures for the README.
"""
import argparse
import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_search import percentile, write_csv  # noqa: E402
from bench_reviews import Server, load_postgres, load_sqlite, pg, recruiter_ids, review_rows  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOALS = {"profile": {"sqlite": 0.5, "postgres": 0.3}}
P99_GOALS = {"profile": {"sqlite": 10.0, "postgres": 15.0}}


def wrk(port, path, connections, duration, paths=None):
    """Runs wrk; returns (requests per second, p50 ms, p99 ms, non-2xx count)."""
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    script = None
    if paths:
        # Rotate over many paths, so that a page is not one row served from a warm cache.
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
        quoted = ",".join('"' + p + '"' for p in paths)
        script.write("local paths = {" + quoted + "}\nlocal i = 0\n"
                     "request = function()\n  i = i % #paths + 1\n"
                     "  return wrk.format(\"GET\", paths[i])\nend\n")
        script.close()
        cmd += ["-s", script.name]
    cmd.append(f"http://127.0.0.1:{port}{path}")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    if script:
        os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {m.group(1): to_ms(m.group(2), m.group(3))
               for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)}
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return rps, latency.get("50"), latency.get("99"), int(errors.group(1)) if errors else 0


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def sequential_p50(port, paths):
    times = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for path in paths:
        start = time.perf_counter()
        conn.request("GET", path)
        res = conn.getresponse()
        res.read()
        if res.status != 200:
            raise RuntimeError(f"{path}: {res.status}")
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def prepare(engine, args, csv_path, env, dbname):
    subprocess.run([args.binary, "import-recruiters", csv_path], env=env, check=True, capture_output=True)
    ids = recruiter_ids(engine, env, dbname)
    rng = random.Random(5)
    load = (lambda rows: load_sqlite(env["FAIRRECRUIT_DATABASE_URL"], rows)) if engine == "sqlite" \
        else (lambda rows: load_postgres(dbname, rows))
    all_ids = [i for i, _ in ids]
    done = 0
    while done < args.reviews:
        batch = min(200_000, args.reviews - done)
        load(list(review_rows(rng, all_ids, batch, done)))
        done += batch
    subprocess.run([args.binary, "recompute-scores"], env=env, check=True, capture_output=True)
    if dbname:
        pg(dbname, "CHECKPOINT")
    return ids


def licence_numbers(engine, env, dbname, rng, n):
    sql = "SELECT licence_number FROM recruiters ORDER BY id"
    if engine == "sqlite":
        import sqlite3
        conn = sqlite3.connect(env["FAIRRECRUIT_DATABASE_URL"])
        rows = [r[0] for r in conn.execute(sql)]
        conn.close()
    else:
        rows = pg(dbname, sql).split()
    return rng.sample(rows, min(n, len(rows)))


def bench_engine(engine, args, csv_path):
    env = dict(os.environ, FAIRRECRUIT_LOG="warn")
    tmp = tempfile.mkdtemp(prefix="fr-bench-http-")
    dbname = None
    if engine == "sqlite":
        env["FAIRRECRUIT_DATABASE_URL"] = os.path.join(tmp, "bench.db")
    else:
        dbname = f"fairrecruit_bench_http_{os.getpid()}"
        pg("postgres", f'DROP DATABASE IF EXISTS "{dbname}"')
        pg("postgres", f'CREATE DATABASE "{dbname}"')
        env["FAIRRECRUIT_DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{dbname}"
    env["FAIRRECRUIT_DATA_DIR"] = tmp
    rows = {}
    try:
        start = time.perf_counter()
        ids = prepare(engine, args, csv_path, env, dbname)
        print(f"[{engine}] {args.recruiters:,} recruiters, {args.reviews:,} reviews loaded in "
              f"{time.perf_counter() - start:.0f} s", flush=True)
        rng = random.Random(9)
        profiles = [f"/recruiters/{p}" for _, p in rng.sample(ids, min(400, len(ids)))]
        server = Server(env, binary=args.binary, port_base=20000)
        try:
            wrk(server.port, "/healthz", args.connections, 2)  # warm up
            wrk(server.port, profiles[0], args.connections, 2, profiles)
            paths = [("/healthz", "/healthz", None), ("profile", profiles[0], profiles),
                     ("search q=ever", "/recruiters?q=ever", None), ("/rights", "/rights", None)]
            for name, path, rotate in paths:
                rows[name] = wrk(server.port, path, args.connections, args.duration, rotate)
            # The search plan: a common word against a unique licence number.
            common = sequential_p50(server.port, ["/api/v1/recruiters?q=ever"] * args.searches)
            licences = licence_numbers(engine, env, dbname, rng, args.searches)
            unique = sequential_p50(server.port, ["/api/v1/recruiters?" + urllib.parse.urlencode({"q": n})
                                                  for n in licences])
            # RSS while 64 connections load pages.
            peak = [0.0]
            stop = threading.Event()

            def sample():
                while not stop.is_set():
                    peak[0] = max(peak[0], rss_mib(server.proc.pid))
                    time.sleep(0.2)
            sampler = threading.Thread(target=sample)
            sampler.start()
            wrk(server.port, profiles[0], 64, args.duration, profiles)
            stop.set()
            sampler.join()
        finally:
            server.stop()
    finally:
        if dbname:
            pg("postgres", f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
    floor = rows["/healthz"][0]
    print(f"\n[{engine}] wrk -t2 -c{args.connections} -d{args.duration}s, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at the end")
    print(f"{'path':22s} {'req/s':>9s} {'÷ healthz':>9s} {'p50 ms':>8s} {'p99 ms':>8s} {'non-2xx':>8s}  goal")
    for name, (rps, p50, p99, bad) in rows.items():
        goal = ""
        if name in GOALS:
            ratio_goal, p99_goal = GOALS[name][engine], P99_GOALS[name][engine]
            met = rps / floor >= ratio_goal and p99 is not None and p99 <= p99_goal
            goal = f"≥ {ratio_goal} and p99 ≤ {p99_goal:g} ms: {'met' if met else 'NOT met'}"
        print(f"{name:22s} {rps:9.0f} {rps / floor:9.2f} {p50 or 0:8.2f} {p99 or 0:8.2f} {bad:8d}  {goal}")
    ratio = common / unique
    print(f"search p50, word in ~10 % of names ÷ unique licence number: {common:.2f} ms / {unique:.2f} ms"
          f" = {ratio:.2f} (goal ≤ 2: {'met' if ratio <= 2 else 'NOT met'})")
    print(f"peak RSS under 64 connections of pages: {peak[0]:.0f} MiB "
          f"(goal ≤ 100: {'met' if peak[0] <= 100 else 'NOT met'})\n", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "fairrecruit"))
    parser.add_argument("--recruiters", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=int, default=10, help="seconds per path")
    parser.add_argument("--searches", type=int, default=100, help="sequential searches per kind")
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--quick", action="store_true", help="2,000 recruiters, 20,000 reviews, 5 s per path")
    args = parser.parse_args()
    if args.quick:
        args.recruiters, args.reviews, args.duration = 2_000, 20_000, 5
    if not os.path.exists(args.binary):
        sys.exit(f"no binary at {args.binary}: cargo build --release")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "licences.csv")
        write_csv(csv_path, args.recruiters)
        for engine in args.engines.split(","):
            bench_engine(engine, args, csv_path)


if __name__ == "__main__":
    main()
