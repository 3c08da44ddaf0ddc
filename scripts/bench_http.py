#!/usr/bin/env python3
"""Benchmark: throughput and latency under concurrency, each hot path against `/healthz` (HTTP
alone) measured in the same run, on SQLite and on PostgreSQL, and every goal row of issue 20.

For each engine: import the recruiters (the generator of `bench_search.py`), load approved
reviews (the generator of `bench_reviews.py`), rebuild the scorecards, start the release
binary, then run `wrk` against `/healthz`, a profile page (`/recruiters/{id}`, rotating over
sampled recruiters), a directory search (`/recruiters?q=ever`) and `/rights`, one after the
other with the same connections. Figures move with whatever else the machine runs: the ratio
to `/healthz` of the same run is what to compare. Then (`bench_writes.py` for the writes):
the search p50 for a word that about one name in ten contains over the p50 for a unique
licence number (sequential requests); the service's RSS during a 64-connection page load;
16 connections sending anonymous reviews; on SQLite, the profile pages' rate while another
process holds the write lock for 8 s and 12 clients' reviews wait for it, over the rate
just before; 16 connections filing complaints for 20 s (peak RSS) and the RSS 30 s later.
Each goal row is printed with its figure and whether it is met.

Usage: scripts/bench_http.py [--binary target/release/fairrecruit] [--recruiters 100000]
                             [--reviews 1000000] [--connections 32] [--duration 10]
                             [--engines sqlite,postgres] [--parts paths,search,...] [--quick]
`--quick`: 2,000 recruiters, 20,000 reviews, 5 s per path (for a before/after on one fix).
Writes go through `X-Forwarded-For` (the server started trusting it), one address each.
Needs: `wrk` (Debian package), PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) for
the postgres engine. Builds nothing. Not a test: it prints figures for the README.
"""
import argparse
import http.client
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_search import write_csv  # noqa: E402
from bench_reviews import Server, load_postgres, load_sqlite, pg, recruiter_ids, review_rows  # noqa: E402
import bench_writes  # noqa: E402
from bench_writes import peak_rss_during, rotate_script, wrk_run  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOALS = {"profile": {"sqlite": 0.5, "postgres": 0.3}}
P99_GOALS = {"profile": {"sqlite": 10.0, "postgres": 15.0}}
PARTS = ["paths", "search", "pages64", "reviews", "lock", "complaints"]


def wrk(port, path, connections, duration, paths=None):
    """Runs wrk (GET; rotating over `paths` when given); returns (requests per second, p50 ms,
    p99 ms, non-2xx count)."""
    script = rotate_script(paths) if paths else None
    try:
        r = wrk_run(port, path, connections, duration, script)
    finally:
        if script:
            os.unlink(script)
    return r["rps"], r["p50"], r["p99"], r["bad"]


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
    # This week's reports published now: otherwise `serve` publishes them a minute after it
    # starts, reading every review in the middle of the measurements (hundreds of MiB of RSS
    # at a million reviews, and two busy cores).
    subprocess.run([args.binary, "refresh-reports"], env=env, check=True, capture_output=True)
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


def measure(engine, args, env, dbname, ids, server):
    """Every measurement of one engine against its running server; returns what `report` prints."""
    rng = random.Random(9)
    profiles = [f"/recruiters/{p}" for _, p in rng.sample(ids, min(400, len(ids)))]
    public_ids = [p for _, p in rng.sample(ids, min(400, len(ids)))]
    port, pid, parts = server.port, server.proc.pid, args.parts
    m = {"paths": {}}
    wrk(port, "/healthz", args.connections, 2)  # warm up
    wrk(port, profiles[0], args.connections, 2, profiles)
    if "paths" in parts:
        paths = [("/healthz", "/healthz", None), ("profile", profiles[0], profiles),
                 ("search q=ever", "/recruiters?q=ever", None), ("/rights", "/rights", None)]
        for name, path, rotate in paths:
            m["paths"][name] = wrk(port, path, args.connections, args.duration, rotate)
    if "search" in parts:
        # The search plan: a common word against a unique licence number.
        sequential_p50(port, ["/api/v1/recruiters?q=ever"] * 10)  # warm up
        m["common"] = sequential_p50(port, ["/api/v1/recruiters?q=ever"] * args.searches)
        licences = licence_numbers(engine, env, dbname, rng, args.searches)
        m["unique"] = sequential_p50(port, ["/api/v1/recruiters?" + urllib.parse.urlencode({"q": n})
                                            for n in licences])
    if "pages64" in parts:
        _, m["peak64"] = peak_rss_during(pid, lambda: wrk(port, profiles[0], 64, args.duration, profiles))
    if "reviews" in parts:
        m["reviews"] = bench_writes.reviews(port, public_ids, args.duration)
    if "lock" in parts and engine == "sqlite":
        m["lock"] = bench_writes.reads_under_write_lock(port, env["FAIRRECRUIT_DATABASE_URL"], profiles, public_ids)
    if "complaints" in parts:
        m["complaints"] = bench_writes.complaints_rss(pid, port, public_ids)
    return m


def report(engine, args, m):
    """Prints the paths' table, then every goal row of issue 20 with its figure and verdict."""
    def verdict(ok):
        return "met" if ok else "NOT met"
    rows = m["paths"]
    print(f"\n[{engine}] {args.recruiters:,} recruiters, {args.reviews:,} reviews, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at the end")
    if rows:
        floor = rows["/healthz"][0]
        print(f"wrk -t2 -c{args.connections} -d{args.duration}s")
        print(f"{'path':22s} {'req/s':>9s} {'÷ healthz':>9s} {'p50 ms':>8s} {'p99 ms':>8s} {'non-2xx':>8s}")
        for name, (rps, p50, p99, bad) in rows.items():
            print(f"{name:22s} {rps:9.0f} {rps / floor:9.2f} {p50 or 0:8.2f} {p99 or 0:8.2f} {bad:8d}")
    print(f"{'goal (issue 20)':58s} {'figure':>34s}  verdict")

    def row(goal, figure, ok):
        print(f"{goal:58s} {figure:>34s}  {verdict(ok)}")
    if rows:
        rps, _, p99, _ = rows["profile"]
        ratio = rps / rows["/healthz"][0]
        goal = GOALS["profile"][engine]
        row(f"profile ÷ /healthz, {args.connections} connections ≥ {goal}", f"{ratio:.2f}", ratio >= goal)
        goal = P99_GOALS["profile"][engine]
        row(f"profile p99, {args.connections} connections ≤ {goal:g} ms", f"{p99 or 0:.1f} ms",
            p99 is not None and p99 <= goal)
    if "common" in m:
        ratio = m["common"] / m["unique"]
        row(f"search p50, word in ~10 % of {args.recruiters:,} names ÷ licence ≤ 2",
            f"{m['common']:.2f} / {m['unique']:.2f} ms = {ratio:.2f}", ratio <= 2)
    if "reviews" in m:
        r = m["reviews"]
        row(f"16 concurrent reviews ≥ 1,500/s, p99 ≤ 50 ms ({args.duration} s)",
            f"{r['ok_rps']:.0f}/s, p99 {r['p99'] or 0:.1f} ms, {r['bad']} bad",
            r["ok_rps"] >= 1500 and r["p99"] is not None and r["p99"] <= 50 and r["bad"] == 0)
    if "complaints" in m:
        figures, peak, at_end, after = m["complaints"]
        row("RSS, 20 s of 16 concurrent complaints ≤ 150 MiB",
            f"peak {peak:.0f} MiB ({figures['ok_rps']:.0f}/s, {figures['bad']} bad)", peak <= 150)
        row("RSS 30 s after the complaints < 120 MiB", f"{at_end:.0f} → {after:.0f} MiB", after < 120)
    if "peak64" in m:
        row("RSS under 64 connections of pages ≤ 100 MiB", f"peak {m['peak64']:.0f} MiB", m["peak64"] <= 100)
    if "lock" in m:
        unloaded, loaded, statuses = m["lock"]
        ratio = loaded["ok_rps"] / unloaded["ok_rps"]
        counts = {s: statuses.count(s) for s in sorted(set(statuses))}
        row("reads, write lock held 8 s, 12 writers waiting ≥ 0.5",
            f"{loaded['ok_rps']:.0f} / {unloaded['ok_rps']:.0f}/s = {ratio:.2f}", ratio >= 0.5)
        print(f"    (profiles under the lock: p99 {loaded['p99'] or 0:.0f} ms, {loaded['bad']} not served; "
              f"the writers' answers: {counts})")
    print(flush=True)


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
    # The write rows send each request from its own address, past the anonymous throttle.
    env["FAIRRECRUIT_TRUST_FORWARDED_FOR"] = "true"
    try:
        start = time.perf_counter()
        ids = prepare(engine, args, csv_path, env, dbname)
        bench_writes.add_organisation(engine, env["FAIRRECRUIT_DATABASE_URL"])
        print(f"[{engine}] {args.recruiters:,} recruiters, {args.reviews:,} reviews loaded in "
              f"{time.perf_counter() - start:.0f} s", flush=True)
        server = Server(env, binary=args.binary, port_base=20000)
        try:
            m = measure(engine, args, env, dbname, ids, server)
        finally:
            server.stop()
    finally:
        if dbname:
            pg("postgres", f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
    report(engine, args, m)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "fairrecruit"))
    parser.add_argument("--recruiters", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=int, default=10, help="seconds per path")
    parser.add_argument("--searches", type=int, default=100, help="sequential searches per kind")
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--parts", default=",".join(PARTS),
                        help="what to measure, comma-separated, of: " + ", ".join(PARTS))
    parser.add_argument("--quick", action="store_true", help="2,000 recruiters, 20,000 reviews, 5 s per path")
    args = parser.parse_args()
    args.parts = set(args.parts.split(","))
    if args.parts - set(PARTS):
        sys.exit(f"unknown parts: {', '.join(sorted(args.parts - set(PARTS)))}")
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
