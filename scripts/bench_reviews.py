#!/usr/bin/env python3
"""Benchmark: a recruiter profile page (scorecard + first page of reviews) at 10,000 and at
1,000,000 approved reviews over 10,000 recruiters, on SQLite and on PostgreSQL.

For each engine: import 10,000 recruiters, load 10,000 approved reviews (spread over the 400
recruiters whose profiles are timed, so each shows a full page of reviews), rebuild the kept
scorecards with `recompute-scores`, measure profile latency over HTTP; then load 990,000
more (one recruiter gets 99,000 of them, the rest spread over all), rebuild, measure again. Reports
p50/p99 at each scale, the ratio of the 1,000,000-review cost to the 10,000-review cost
(goal ≤ 1.2), the hot recruiter's own latency, and how long one moderator approval takes on
the hot recruiter (the median is re-read from the index middle on each decision).

Usage: scripts/bench_reviews.py [--recruiters 10000] [--reviews 1000000] [--requests 400]
                                [--engines sqlite,postgres]
Needs: `cargo build --release`, PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) for
the postgres engine. Not a test: it prints figures for the README.
"""
import argparse
import http.client
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_search import BINARY, percentile, run, write_csv  # noqa: E402
import second_factor  # noqa: E402

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
COLUMNS = ("public_id", "filed_for_id", "recruiter_id", "status", "origin", "destination",
           "departure_year", "currency", "total_cost", "charged_any", "first_month_wage",
           "cost_ratio_bp", "documents_kept", "contract_substituted", "job_as_promised",
           "would_use_again", "rating_overall", "rating_job_truth", "body", "body_language",
           "pii_flags", "created_at", "updated_at")
PASSWORD = "monsoon-tea-garden-47"


def review_rows(rng, recruiter_ids, count, start):
    """`count` approved reviews of the given recruiters (a list; repeat an id to weight it)."""
    for i in range(start, start + count):
        rid = recruiter_ids[i % len(recruiter_ids)] if len(recruiter_ids) < count else rng.choice(recruiter_ids)
        cost = rng.randint(0, 300) * 100_000 if rng.random() < 0.8 else None
        wage = rng.randint(200, 900) * 10_000 if rng.random() < 0.7 else None
        ratio = (cost * 10_000 + wage // 2) // wage if cost is not None and wage else None
        yn = lambda: rng.choice([True, False, None])
        stamp = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00"
        yield (
            "".join(rng.choice(ALPHABET) for _ in range(12)),
            rid, rid, "approved", "NP", "QA", 2015 + i % 11,
            "NPR" if cost is not None or wage is not None else None,
            cost, None if cost is None else cost > 0, wage, ratio,
            yn(), yn(), yn(), yn(), rng.randint(1, 5), rng.choice([None, rng.randint(1, 5)]),
            "Generated review for the benchmark." if i % 3 == 0 else None,
            "en" if i % 3 == 0 else None, "", stamp, stamp,
        )


def load_sqlite(path, rows):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    placeholders = ",".join("?" * len(COLUMNS))
    conn.executemany(f"INSERT INTO reviews ({','.join(COLUMNS)}) VALUES ({placeholders})", rows)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def pg(dbname, sql, stdin=None):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", dbname, "-qAtc", sql],
                          input=stdin, capture_output=True, text=True, check=True).stdout


def load_postgres(dbname, rows):
    def cell(v):
        if v is None:
            return "\\N"
        if isinstance(v, bool):
            return "t" if v else "f"
        return str(v)
    data = "".join("\t".join(cell(v) for v in row) + "\n" for row in rows)
    pg(dbname, f"COPY reviews ({','.join(COLUMNS)}) FROM STDIN", stdin=data)
    # What autovacuum does to a table in service: without it the measurement would race the
    # autovacuum of a million fresh rows and pay for setting hint bits on first read.
    pg(dbname, "VACUUM ANALYZE reviews")


def recruiter_ids(engine, env, dbname):
    sql = "SELECT id, public_id FROM recruiters ORDER BY id"
    if engine == "sqlite":
        conn = sqlite3.connect(env["FAIRRECRUIT_DATABASE_URL"])
        rows = conn.execute(sql).fetchall()
        conn.close()
        return rows
    return [(int(a), b) for a, b in (line.split("|") for line in pg(dbname, sql).split())]


PAGE_QUERIES = [
    # What a profile reads that grows with the reviews (the directory entry's own three
    # queries do not): the kept scorecard, its medians, the prior, the newest page of reviews.
    "SELECT * FROM recruiter_scores WHERE recruiter_id = {id}",
    "SELECT currency, review_count, median FROM recruiter_cost_medians WHERE recruiter_id = {id} ORDER BY currency",
    "SELECT rating_sum, rating_count FROM score_totals WHERE id = 1",
    "SELECT public_id, created_at, origin, destination, departure_year, rating_overall, would_use_again, body, body_language"
    " FROM reviews WHERE recruiter_id = {id} AND status = 'approved' ORDER BY created_at DESC, id DESC LIMIT 11 OFFSET 0",
]


def buffers_per_page(dbname, recruiter_ids):
    """PostgreSQL only: shared buffers touched (hit + read) by the review queries of one
    profile, averaged over `recruiter_ids`, from EXPLAIN (ANALYZE, BUFFERS). Unlike a
    latency, this count does not move with whatever else the machine is doing."""
    total = 0
    for rid in recruiter_ids:
        for sql in PAGE_QUERIES:
            plan = pg(dbname, "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql.format(id=rid))
            top = __import__("json").loads(plan)[0]["Plan"]
            total += top.get("Shared Hit Blocks", 0) + top.get("Shared Read Blocks", 0)
    return total / len(recruiter_ids)


def cpu_seconds(pids):
    """User + system CPU seconds used so far by the given processes (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / tick


def service_pids(server_pid):
    """The service and, on PostgreSQL, the database's processes: the work a page costs."""
    pids = [server_pid]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as f:
                    if f.read().strip() in ("postgres", "postmaster"):
                        pids.append(int(entry))
            except OSError:
                pass
    return pids


def measure(port, paths, rounds=1):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    times = []
    for _ in range(rounds):
        for path in paths:
            start = time.perf_counter()
            conn.request("GET", path)
            res = conn.getresponse()
            res.read()
            assert res.status == 200, (path, res.status)
            times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return times


class Server:
    """`serve` on a free-ish port, ready once `/readyz` answers 200 (within 30 s)."""

    def __init__(self, env, binary=BINARY, port_base=19000):
        self.port = port_base + os.getpid() % 1000
        self.proc = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{self.port}"], env=env)
        for _ in range(300):
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                c.request("GET", "/readyz")
                if c.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


def approval_time(port, hot_public_id, samples=20):
    """Sends reviews of the hot recruiter and approves each as a moderator, timing the
    approval POST (its transaction re-reads the medians of a 100,000-review recruiter)."""
    cookies = {}

    def request(method, path, body=None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        h = dict(headers or {})
        if cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        if body is not None and "Content-Type" not in h:
            h["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.perf_counter()
        conn.request(method, path, body=body, headers=h)
        res = conn.getresponse()
        text = res.read().decode()
        elapsed = (time.perf_counter() - start) * 1000
        for name, value in res.getheaders():
            if name.lower() == "set-cookie":
                k, v = value.split(";")[0].split("=", 1)
                cookies[k] = v
        conn.close()
        return res.status, text, elapsed

    _, page, _ = request("GET", "/login")
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    status, _, _ = request("POST", "/login", urllib.parse.urlencode(
        {"csrf": csrf, "username": "bench_moderator", "password": PASSWORD}))
    assert status == 303, status
    # Staff set up a second factor before anything else.
    _, page, _ = request("GET", "/account/two-factor")
    fields, _ = second_factor.set_up_form(page)
    status, _, _ = request("POST", "/account/two-factor", urllib.parse.urlencode(dict(fields, csrf=csrf)))
    assert status == 200, status
    times = []
    for i in range(samples):
        body = ('{"recruiter_id": "%s", "origin": "NP", "destination": "QA", "departure_year": 2024, '
                '"currency": "NPR", "costs": [{"category": "fee", "paid": true, "amount": %d}], '
                '"first_month_wage": 5000000, "ratings": {"overall": 3}}' % (hot_public_id, 1_000_000 + i))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("POST", "/api/v1/reviews", body=body, headers={"Content-Type": "application/json",
                                                                     "X-Forwarded-For": f"10.0.{i}.1"})
        assert conn.getresponse().status == 201
        conn.close()
        _, queue, _ = request("GET", "/moderate")
        review_id = re.search(r'href="/moderate/(\d+)"', queue).group(1)
        status, _, elapsed = request("POST", f"/moderate/{review_id}",
                                     urllib.parse.urlencode({"csrf": csrf, "action": "approve"}))
        assert status == 303, status
        times.append(elapsed)
    return times


def bench_engine(engine, args, csv_path):
    env = dict(os.environ, FAIRRECRUIT_LOG="warn")
    tmp = tempfile.mkdtemp(prefix="fr-bench-reviews-")
    dbname = None
    if engine == "sqlite":
        env["FAIRRECRUIT_DATABASE_URL"] = os.path.join(tmp, "bench.db")
    else:
        dbname = f"fairrecruit_bench_reviews_{os.getpid()}"
        pg("postgres", f'DROP DATABASE IF EXISTS "{dbname}"')
        pg("postgres", f'CREATE DATABASE "{dbname}"')
        env["FAIRRECRUIT_DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{dbname}"
    env["FAIRRECRUIT_DATA_DIR"] = tmp
    # The approval timing sends its reviews from many "addresses" past the anonymous throttle.
    env["FAIRRECRUIT_TRUST_FORWARDED_FOR"] = "true"
    load = (lambda rows: load_sqlite(env["FAIRRECRUIT_DATABASE_URL"], rows)) if engine == "sqlite" \
        else (lambda rows: load_postgres(dbname, rows))
    try:
        run([BINARY, "import-recruiters", csv_path], env)
        subprocess.run([BINARY, "create-user", "--role", "moderator", "--username", "bench_moderator"],
                       input=PASSWORD + "\n", env=env, text=True, check=True, capture_output=True)
        ids = recruiter_ids(engine, env, dbname)
        rng = random.Random(5)
        all_ids = [i for i, _ in ids]
        picked = rng.sample(ids, min(args.requests, len(ids)))
        sample = [f"/recruiters/{p}" for _, p in picked]
        buffers = {}
        cpu = {}
        hot_id, hot_public = ids[0]
        results = {}
        first = args.recruiters
        # The first 10,000 go to the sampled recruiters (25 each at 400), so that their
        # profiles show a full page of reviews at both sizes: the comparison is then the same
        # page over a hundred times more data, not a page of one review against a page of ten.
        t, _ = time_load(load, review_rows(rng, [i for i, _ in picked], first, 0))
        print(f"[{engine}] loaded {first:,} reviews in {t:.1f} s")
        stages = [(first, None)]
        rest = args.reviews - first
        if rest > 0:
            stages.append((args.reviews, rest))
        for total, extra in stages:
            if extra:
                hot = min(100_000, extra // 10)
                t1, _ = time_load(load, review_rows(rng, [hot_id], hot, first))
                t2, _ = time_load(load, review_rows(rng, all_ids, extra - hot, first + hot))
                print(f"[{engine}] loaded {extra:,} more reviews ({hot:,} for one recruiter) in {t1 + t2:.1f} s")
            t, out = run([BINARY, "recompute-scores"], env)
            print(f"[{engine}] recompute-scores at {total:,}: {t:.1f} s — {out}")
            if dbname:
                # Write out what the load dirtied now, not during the measurement (a
                # checkpoint spreads its writes over minutes and competes for the disk).
                pg(dbname, "CHECKPOINT")
            server = Server(env)
            try:
                measure(server.port, sample[:50])  # warm the caches
                pids = service_pids(server.proc.pid)
                cpu_before = cpu_seconds(pids)
                times = measure(server.port, sample, rounds=2)
                cpu[total] = (cpu_seconds(pids) - cpu_before) * 1000 / len(times)
                hot_times = measure(server.port, [f"/recruiters/{hot_public}"] * 50)
                results[total] = (percentile(times, 50), percentile(times, 99))
                if dbname:
                    buffers[total] = buffers_per_page(dbname, [i for i, _ in picked[:100]])
                    print(f"[{engine}] {total:>9,} reviews: {buffers[total]:.1f} shared buffers per profile"
                          f" (review queries; the busiest recruiter: {buffers_per_page(dbname, [hot_id]):.0f})")
                print(f"[{engine}] {total:>9,} reviews: profile p50 {results[total][0]:6.2f} ms  p99 {results[total][1]:6.2f} ms"
                      f"  ({len(times)} requests); busiest recruiter p50 {percentile(hot_times, 50):6.2f} ms;"
                      f" CPU {cpu[total]:.3f} ms per page (service + database)")
                if extra:
                    approvals = approval_time(server.port, hot_public)
                    print(f"[{engine}] approving a review of the recruiter with {hot:,} reviews: "
                          f"p50 {percentile(approvals, 50):6.2f} ms  max {max(approvals):6.2f} ms")
            finally:
                server.stop()
        if len(results) == 2:
            (a50, a99), (b50, b99) = results[first], results[args.reviews]
            print(f"[{engine}] cost ratio {args.reviews:,} / {first:,} reviews: p50 {b50 / a50:.2f}, p99 {b99 / a99:.2f}")
            print(f"[{engine}] CPU ratio {args.reviews:,} / {first:,} reviews: {cpu[args.reviews] / cpu[first]:.2f}")
            if len(buffers) == 2:
                print(f"[{engine}] buffer ratio {args.reviews:,} / {first:,} reviews: "
                      f"{buffers[args.reviews] / buffers[first]:.2f}")
    finally:
        if dbname:
            pg("postgres", f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


def time_load(load, rows):
    start = time.perf_counter()
    load(list(rows))
    return time.perf_counter() - start, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recruiters", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--engines", default="sqlite,postgres")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "licences.csv")
        write_csv(csv_path, args.recruiters)
        for engine in args.engines.split(","):
            bench_engine(engine, args, csv_path)


if __name__ == "__main__":
    main()
