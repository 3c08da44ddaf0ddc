#!/usr/bin/env python3
"""Benchmark: sign-in cost (argon2id, bounded to one hash per core), the server's peak memory
under a burst of concurrent sign-ins, and the cost of an authenticated request, on SQLite and
on PostgreSQL.

Usage: scripts/bench_auth.py [--signins 40] [--burst 64] [--requests 500] [--engines sqlite,postgres]
Needs: a release build (`cargo build --release`), PostgreSQL at 127.0.0.1:5432 (user postgres,
trust auth) for the postgres engine. Not a test: it prints figures for the README.
The server runs with --trust-forwarded-for and each request names its own X-Forwarded-For
address, so the per-address throttle does not get in the way of measuring the hashing.
"""
import argparse
import concurrent.futures
import json
import urllib.error
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "fairrecruit")
PASSWORD = "monsoon-tea-garden-47"


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def post_json(url, body, client):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "X-Forwarded-For": client})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            payload = json.loads(res.read())
            status = res.status
    except urllib.error.HTTPError as e:
        payload, status = None, e.code
    return status, payload, (time.perf_counter() - start) * 1000


def get(url, token):
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=10) as res:
        res.read()
    return (time.perf_counter() - start) * 1000


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def bench_engine(engine, signins, burst, requests):
    env = dict(os.environ, FAIRRECRUIT_LOG="warn")
    tmp = tempfile.mkdtemp(prefix="fr-bench-auth-")
    env["FAIRRECRUIT_DATA_DIR"] = tmp
    dbname = None
    if engine == "sqlite":
        env["FAIRRECRUIT_DATABASE_URL"] = os.path.join(tmp, "bench.db")
    else:
        dbname = f"fairrecruit_bench_auth_{os.getpid()}"
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'DROP DATABASE IF EXISTS "{dbname}"'], check=True)
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'CREATE DATABASE "{dbname}"'], check=True)
        env["FAIRRECRUIT_DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{dbname}"
    try:
        users = [f"bench_user_{i}" for i in range(burst)]
        for user in users:
            subprocess.run([BINARY, "create-user", "--role", "worker", "--username", user],
                           input=PASSWORD + "\n", env=env, capture_output=True, text=True, check=True)
        port = 19000 + os.getpid() % 1000
        server = subprocess.Popen([BINARY, "serve", "--bind", f"127.0.0.1:{port}", "--trust-forwarded-for"], env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/readyz", timeout=1)
                    break
                except Exception:
                    time.sleep(0.1)
            rss_idle = peak_rss_mib(server.pid)
            # Sequential sign-ins: the cost of one argon2id verification plus the rest.
            times = []
            for i in range(signins):
                status, _, ms = post_json(base + "/api/v1/auth/token",
                                          {"username": users[i % len(users)], "password": PASSWORD}, f"10.0.0.{i % 250}")
                assert status == 200, status
                times.append(ms)
            print(f"[{engine}] sign-in, one at a time: p50 {percentile(times, 50):6.1f} ms  p99 {percentile(times, 99):6.1f} ms  ({signins} sign-ins)")
            # A burst: every user at once, each from its own address.
            start = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(max_workers=burst) as pool:
                results = list(pool.map(
                    lambda i: post_json(base + "/api/v1/auth/token", {"username": users[i], "password": PASSWORD}, f"10.1.{i // 250}.{i % 250}"),
                    range(burst)))
            elapsed = time.perf_counter() - start
            statuses = {}
            for status, _, _ in results:
                statuses[status] = statuses.get(status, 0) + 1
            burst_ms = [ms for status, _, ms in results if status == 200]
            print(f"[{engine}] burst of {burst} concurrent sign-ins: {elapsed:.2f} s, {len(burst_ms) / elapsed:.1f} sign-ins/s, "
                  f"p50 {percentile(burst_ms, 50):.0f} ms  max {max(burst_ms):.0f} ms, statuses {statuses}")
            print(f"[{engine}] server peak memory: {rss_idle:.0f} MiB before, {peak_rss_mib(server.pid):.0f} MiB after the burst")
            # Unknown user and wrong password: same status, same body, same work (a decoy hash).
            wrong, unknown, bodies = [], [], set()
            for i in range(signins):
                for name, into in ((users[i % len(users)], wrong), (f"nobody_{i}", unknown)):
                    req = urllib.request.Request(base + "/api/v1/auth/token", method="POST",
                                                 data=json.dumps({"username": name, "password": "wrong-guess-123"}).encode(),
                                                 headers={"Content-Type": "application/json", "X-Forwarded-For": f"10.2.{i}.1"})
                    start = time.perf_counter()
                    try:
                        urllib.request.urlopen(req, timeout=60)
                    except urllib.error.HTTPError as e:
                        bodies.add((e.code, e.read()))
                    into.append((time.perf_counter() - start) * 1000)
            print(f"[{engine}] wrong password: p50 {percentile(wrong, 50):5.1f} ms p99 {percentile(wrong, 99):5.1f} ms; "
                  f"unknown user: p50 {percentile(unknown, 50):5.1f} ms p99 {percentile(unknown, 99):5.1f} ms; "
                  f"distinct answers: {len(bodies)}")
            token = next(p["access_token"] for status, p, _ in results if status == 200)
            me = [get(base + "/api/v1/me", token) for _ in range(requests)]
            health = [get(base + "/healthz", None) for _ in range(requests)]
            print(f"[{engine}] GET /api/v1/me (token checked, 1-2 queries): p50 {percentile(me, 50):5.2f} ms  p99 {percentile(me, 99):5.2f} ms")
            print(f"[{engine}] GET /healthz (no database), for scale:      p50 {percentile(health, 50):5.2f} ms  p99 {percentile(health, 99):5.2f} ms")
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        if dbname:
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signins", type=int, default=40)
    parser.add_argument("--burst", type=int, default=64)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--engines", default="sqlite,postgres")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    for engine in args.engines.split(","):
        bench_engine(engine, args.signins, args.burst, args.requests)


if __name__ == "__main__":
    main()
