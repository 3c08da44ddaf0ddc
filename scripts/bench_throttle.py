#!/usr/bin/env python3
"""Benchmark: what a throttle costs per request, in memory (SQLite) and shared in PostgreSQL.

Three figures per engine, each the latency of sequential requests from one client over
keep-alive HTTP (p50 and p99, ms), and the rate with 16 clients at once:
  - floor:    GET /healthz (no throttle, no database);
  - refused:  POST /api/v1/complaints from an address whose budget is spent: the throttle is all
              the work (the answer is 429), so this is the throttle's own cost;
  - taken:    POST /api/v1/track with a receipt that matches nothing, each from a new address:
              the throttle inserts a fresh bucket and the server then hashes the receipt
              (argon2): how small the throttle is beside the work it guards.

Usage: scripts/bench_throttle.py [--requests 2000] [--engines sqlite,postgres]
Needs: a release build (`cargo build --release`, or CARGO_TARGET_DIR set), PostgreSQL at
127.0.0.1:5432 (user postgres, trust auth) for the postgres engine. Not a test: it prints
figures for the README. The server runs with --trust-forwarded-for so that each request can
name its own address.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BINARY = os.path.join(TARGET, "release", "fairrecruit")
PORT = 18093


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


class Client:
    def __init__(self):
        self.conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)

    def request(self, method, path, body=None, address=None):
        headers = {"Content-Type": "application/json"}
        if address:
            headers["X-Forwarded-For"] = address
        data = json.dumps(body).encode() if body is not None else None
        start = time.perf_counter()
        self.conn.request(method, path, body=data, headers=headers)
        res = self.conn.getresponse()
        payload = res.read()
        return res.status, payload, (time.perf_counter() - start) * 1000


def start_server(engine, data_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAIRRECRUIT_")}
    env["FAIRRECRUIT_DATA_DIR"] = data_dir
    env["FAIRRECRUIT_LOG"] = "error"
    env["FAIRRECRUIT_JWT_SECRET"] = "bench-throttle-secret-0123456789abcdef0123456789"
    db_name = None
    if engine == "postgres":
        db_name = "fairrecruit_bench_" + uuid.uuid4().hex[:8]
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                        f'CREATE DATABASE "{db_name}"'], check=True)
        env["FAIRRECRUIT_DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{db_name}"
    else:
        env["FAIRRECRUIT_DATABASE_URL"] = os.path.join(data_dir, "bench.db")
    server = subprocess.Popen([BINARY, "serve", "--bind", f"127.0.0.1:{PORT}", "--demo",
                               "--trust-forwarded-for"], env=env)
    for _ in range(300):
        try:
            if Client().request("GET", "/readyz")[0] == 200:
                return server, db_name
        except OSError:
            pass
        time.sleep(0.1)
    server.kill()
    sys.exit("the server did not start")


def sequential(label, n, make):
    client = Client()
    times = []
    statuses = {}
    for i in range(n):
        status, _, ms = client.request(*make(i))
        statuses[status] = statuses.get(status, 0) + 1
        times.append(ms)
    return label, percentile(times, 50), percentile(times, 99), statuses


def parallel_rate(n, make, clients=16):
    per = n // clients

    def run(c):
        client = Client()
        for i in range(per):
            client.request(*make(c * per + i))
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(run, range(clients)))
    return per * clients / (time.perf_counter() - start)


def bench(engine, n):
    with tempfile.TemporaryDirectory() as data_dir:
        server, db_name = start_server(engine, data_dir)
        try:
            status, body, _ = Client().request("GET", "/api/v1/recruiters?q=demo")
            recruiter = json.loads(body)["items"][0]["id"]
            complaint = {"recruiter": recruiter, "origin": "NP", "destination": "QA",
                         "share_with": ["labour_inspectorate"]}
            spent = "198.51.100.7"
            for _ in range(6):  # the budget is five
                Client().request("POST", "/api/v1/complaints", complaint, spent)
            rows = [
                sequential("floor: GET /healthz", n, lambda i: ("GET", "/healthz")),
                sequential("refused: complaint over budget (429)", n,
                           lambda i: ("POST", "/api/v1/complaints", complaint, spent)),
                sequential("taken: receipt look-up, new address each", max(n // 10, 50),
                           lambda i: ("POST", "/api/v1/track", {"receipt": "1234-5678-9012-3456"},
                                      f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}")),
            ]
            rate_floor = parallel_rate(n, lambda i: ("GET", "/healthz"))
            rate_refused = parallel_rate(
                n, lambda i: ("POST", "/api/v1/complaints", complaint, spent))
        finally:
            server.terminate()
            server.wait()
            if db_name:
                subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                                f'DROP DATABASE "{db_name}"'], check=False)
    print(f"\n{engine}:")
    print(f"| request | p50 ms | p99 ms | answers |")
    print(f"|---|---|---|---|")
    for label, p50, p99, statuses in rows:
        print(f"| {label} | {p50:.2f} | {p99:.2f} | {statuses} |")
    print(f"16 clients: /healthz {rate_floor:,.0f} req/s, refused complaints {rate_refused:,.0f} req/s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--engines", default="sqlite,postgres")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} is missing: cargo build --release")
    for engine in args.engines.split(","):
        bench(engine, args.requests)


if __name__ == "__main__":
    main()
