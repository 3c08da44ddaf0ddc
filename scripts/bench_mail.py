#!/usr/bin/env python3
"""Benchmark: what notifications cost. Files complaints through the API against the demo
data (each complaint reaches several organisations, each with staff who want mail), with the
mail server up and with it down, and times how long the delivery worker in `serve` takes to
hand every waiting mail to a local SMTP listener once it is (back) up.

Usage: scripts/bench_mail.py [--complaints 300] [--engines sqlite,postgres]
Needs: a release build (`cargo build --release`), PostgreSQL at 127.0.0.1:5432 (user postgres,
trust auth) for the postgres engine. Not a test: it prints figures for the README.
"""
import argparse
import json
import os
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "fairrecruit")


class Sink(socketserver.ThreadingTCPServer):
    """A minimal SMTP server that accepts every mail and counts it."""
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port):
        self.count = 0
        self.first = None
        self.last = None
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", port), SinkHandler)


class SinkHandler(socketserver.StreamRequestHandler):
    def handle(self):
        w = self.wfile
        w.write(b"220 sink ESMTP\r\n")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.strip().upper()
            if cmd.startswith(b"EHLO"):
                w.write(b"250-sink\r\n250 8BITMIME\r\n")
            elif cmd == b"DATA":
                w.write(b"354 go\r\n")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                with self.server.lock:
                    now = time.perf_counter()
                    self.server.count += 1
                    self.server.first = self.server.first or now
                    self.server.last = now
                w.write(b"250 ok\r\n")
            elif cmd.startswith(b"QUIT"):
                w.write(b"221 bye\r\n")
                return
            else:
                w.write(b"250 ok\r\n")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(base):
    for _ in range(600):
        try:
            with urllib.request.urlopen(base + "/readyz", timeout=1):
                return
        except Exception:
            time.sleep(0.1)
    raise SystemExit("server did not start")


def recruiter_id(base):
    with urllib.request.urlopen(base + "/api/v1/recruiters?q=Everest", timeout=10) as res:
        return json.loads(res.read())["items"][0]["id"]


def file_complaint(base, recruiter):
    body = {"recruiter": recruiter, "origin": "NP", "destination": "QA",
            "share_with": ["labour_inspectorate", "origin_authority", "trade_union"],
            "description": "(bench) fictional complaint"}
    req = urllib.request.Request(base + "/api/v1/complaints", data=json.dumps(body).encode(),
                                 method="POST", headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=30) as res:
        assert res.status == 201
    return (time.perf_counter() - start) * 1000


def pct(values, p):
    values = sorted(values)
    return values[max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))]


def run(engine, complaints):
    smtp_port, http_port = free_port(), free_port()
    with tempfile.TemporaryDirectory() as data:
        if engine == "postgres":
            name = f"bench_mail_{os.getpid()}"
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {name}"], check=True)
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"], check=True)
            url = f"postgres://postgres@127.0.0.1:5432/{name}?sslmode=disable"
        else:
            url = os.path.join(data, "fairrecruit.db")
        env = dict(os.environ, FAIRRECRUIT_DATABASE_URL=url, FAIRRECRUIT_DATA_DIR=data,
                   FAIRRECRUIT_BIND=f"127.0.0.1:{http_port}", FAIRRECRUIT_LOG="warn",
                   FAIRRECRUIT_SMTP_URL=f"smtp://127.0.0.1:{smtp_port}")
        server = subprocess.Popen([BINARY, "serve", "--demo"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{http_port}"
            wait_ready(base)
            recruiter = recruiter_id(base)
            results = {}
            # The mail server is down: complaints go in, their mails wait in the outbox.
            down = [file_complaint(base, recruiter) for _ in range(complaints)]
            results["filing p50 ms, mail down"] = pct(down, 50)
            sink = Sink(smtp_port)
            threading.Thread(target=sink.serve_forever, daemon=True).start()
            back = time.perf_counter()
            # The demo's own mails and the waiting ones: wait until none arrives for 5 s
            # beyond the first retries' backoff (up to a minute).
            deadline = back + 180
            while time.perf_counter() < deadline:
                time.sleep(1)
                with sink.lock:
                    if sink.last and time.perf_counter() - sink.last > 5 and time.perf_counter() - back > 65:
                        break
            with sink.lock:
                waited = sink.count
                drain = (sink.last - sink.first) if sink.first else float("nan")
            results["mails delivered after the outage"] = waited
            results["delivery of the backlog, s"] = drain
            # The mail server is up: filing with delivery running alongside.
            before = sink.count
            up = [file_complaint(base, recruiter) for _ in range(complaints)]
            results["filing p50 ms, mail up"] = pct(up, 50)
            time.sleep(8)
            results["mails for the second batch"] = sink.count - before
            sink.shutdown()
            sink.server_close()
            return results
        finally:
            server.terminate()
            server.wait()
            if engine == "postgres":
                subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                                f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], check=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--complaints", type=int, default=300)
    ap.add_argument("--engines", default="sqlite,postgres")
    args = ap.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    for engine in args.engines.split(","):
        print(f"== {engine} ({args.complaints} complaints per batch)")
        for k, v in run(engine, args.complaints).items():
            print(f"  {k}: {v:.2f}" if isinstance(v, float) else f"  {k}: {v}")


if __name__ == "__main__":
    main()
