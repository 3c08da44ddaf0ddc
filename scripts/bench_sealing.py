#!/usr/bin/env python3
"""Benchmark: what sealing costs — filing a complaint (`POST /api/v1/complaints`) and opening a
case as staff (`GET /api/v1/cases/{id}`), before and after sealed cases, on SQLite and on
PostgreSQL.

Usage: scripts/bench_sealing.py --before-binary PATH [--after-binary target/release/fairrecruit]
                                [--filings 200] [--opens 500] [--engines sqlite,postgres]
Needs: release builds of both versions (before: e.g. `git worktree add /tmp/before 11fc2cb` and
`cargo build --release` there), PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) for
the postgres engine. Not a test: it prints figures for the README.

Each version gets a fresh database with one agency, one inspectorate covering Qatar and its
lead. After sealing, the lead makes the organisation's key through the pages (as a lead does)
before any complaint is filed, and the case is checked to open (`sealed_content: open`).
Complaints are filed anonymously, each from its own X-Forwarded-For address (the server runs
with --trust-forwarded-for), with a description and contact details, as workers file them.
"""
import argparse
import http.cookiejar
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import second_factor  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "monsoon-tea-garden-47"
SECRET = "bench-sealing-secret-of-at-least-32-bytes"
CSV = "name,licence_number,licensing_country,licence_status,address,destinations\nBench Agency,NP-0001,NP,active,,QA\n"


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def request(opener, url, body=None, form=None, token=None, client=None):
    headers = {}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if client:
        headers["X-Forwarded-For"] = client
    req = urllib.request.Request(url, data=data, headers=headers, method="POST" if data is not None else "GET")
    start = time.perf_counter()
    try:
        with opener.open(req, timeout=60) as res:
            payload, status = res.read(), res.status
    except urllib.error.HTTPError as e:
        payload, status = e.read(), e.code
    return status, payload, (time.perf_counter() - start) * 1000


def csrf_of(page):
    return re.search(rb'name="csrf" value="([^"]+)"', page).group(1).decode()


def setup(binary, engine, tmp):
    env = dict(os.environ, FAIRRECRUIT_LOG="warn", FAIRRECRUIT_DATA_DIR=tmp, FAIRRECRUIT_JWT_SECRET=SECRET)
    dbname = None
    if engine == "sqlite":
        env["FAIRRECRUIT_DATABASE_URL"] = os.path.join(tmp, "bench.db")
    else:
        dbname = f"fairrecruit_bench_sealing_{os.getpid()}"
        psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc"]
        subprocess.run(psql + [f'DROP DATABASE IF EXISTS "{dbname}"'], check=True)
        subprocess.run(psql + [f'CREATE DATABASE "{dbname}"'], check=True)
        env["FAIRRECRUIT_DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{dbname}"
    subprocess.run([binary, "migrate"], env=env, check=True, capture_output=True)
    csv = os.path.join(tmp, "agencies.csv")
    with open(csv, "w") as f:
        f.write(CSV)
    subprocess.run([binary, "import-recruiters", csv], env=env, check=True, capture_output=True)
    org = ("INSERT INTO organisations (id, name, kind, sectors, acknowledge_days, answer_days, created_at, updated_at) "
           "VALUES (1, 'Bench Inspectorate', 'labour_inspectorate', '', 7, 90, '2026-01-01 00:00:00', '2026-01-01 00:00:00');"
           "INSERT INTO organisation_countries (organisation_id, country) VALUES (1, 'QA');")
    if engine == "sqlite":
        with sqlite3.connect(env["FAIRRECRUIT_DATABASE_URL"]) as db:
            db.executescript(org)
    else:
        subprocess.run(["psql", env["FAIRRECRUIT_DATABASE_URL"], "-qc", org], check=True)
    subprocess.run([binary, "create-user", "--role", "inspector", "--username", "bench_lead", "--org", "1", "--lead"],
                   input=PASSWORD + "\n", env=env, check=True, capture_output=True, text=True)
    return env, dbname


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bench(binary, engine, label, filings, opens):
    tmp = tempfile.mkdtemp(prefix="fr-bench-sealing-")
    dbname = f"fairrecruit_bench_sealing_{os.getpid()}" if engine != "sqlite" else None
    server = None
    plain = urllib.request.build_opener()
    try:
        env, dbname = setup(binary, engine, tmp)
        port = free_port()
        server = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}", "--trust-forwarded-for"], env=env)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            if server.poll() is not None:
                sys.exit(f"{label} server exited with {server.returncode}")
            try:
                urllib.request.urlopen(base + "/readyz", timeout=1)
                break
            except Exception:
                time.sleep(0.1)
        else:
            sys.exit(f"{label} server not ready after 30 s")
        # After sealing, the lead makes the organisation's key through the pages.
        jar = http.cookiejar.CookieJar()
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        _, page, _ = request(browser, base + "/login")
        status, page, _ = request(browser, base + "/login", form={"csrf": csrf_of(page), "username": "bench_lead",
                                                                  "password": PASSWORD, "next": ""}, client="10.9.9.9")
        assert status == 200 and any(c.name == "session" for c in jar), ("sign-in failed", status)
        # A release with second factors sends new staff to set one up first.
        second_key = None
        if 'name="pending"' in page:
            fields, second_key = second_factor.set_up_form(page)
            status, page, _ = request(browser, base + "/account/two-factor", form=dict(fields, csrf=csrf_of(page)))
            assert status == 200 and "<li><code>" in page, ("second factor set-up failed", status)
        status, page, _ = request(browser, base + "/organisation/key")
        sealed = status == 200
        assert sealed == (label == "sealed"), (label, "GET /organisation/key", status)
        if sealed:
            status, _, _ = request(browser, base + "/organisation/key", form={"csrf": csrf_of(page)})
            assert status == 200, status
        _, body, _ = request(plain, base + "/api/v1/recruiters?q=Bench")
        recruiter = json.loads(body)["items"][0]["id"]
        complaint = {"recruiter": recruiter, "origin": "NP", "destination": "QA",
                     "share_with": ["labour_inspectorate"], "issues": ["fees_charged"],
                     "description": "The agency kept my passport and charged 150,000 rupees.",
                     "contact_preference": "contact", "contact_details": "Signal +974 5555 0199",
                     "safe_times": "after 21:00", "contact_with": ["labour_inspectorate"]}
        times = []
        for i in range(filings + 20):
            status, body, ms = request(plain, base + "/api/v1/complaints", body=complaint,
                                       client=f"10.{i // 62500}.{i // 250 % 250}.{i % 250}")
            assert status == 201, (status, body)
            if i >= 20:
                times.append(ms)
        file_p50, file_p99 = percentile(times, 50), percentile(times, 99)
        credentials = {"username": "bench_lead", "password": PASSWORD}
        if second_key:
            credentials["code"] = second_factor.next_code(second_key)
        status, body, _ = request(plain, base + "/api/v1/auth/token", body=credentials, client="10.9.9.8")
        assert status == 200, ("token", status, body)
        token = json.loads(body)["access_token"]
        _, body, _ = request(plain, base + "/api/v1/cases?status=all", token=token)
        ids = [c["id"] for c in json.loads(body)]
        _, body, _ = request(plain, base + f"/api/v1/cases/{ids[0]}", token=token)
        case = json.loads(body)
        assert case["description"] == complaint["description"], ("the case opens", case.get("description"))
        assert case["contact"] == complaint["contact_details"], ("the contact opens", case.get("contact"))
        if sealed:
            assert case["sealed_content"] == "open", case["sealed_content"]
        times = []
        for i in range(opens + 20):
            status, body, ms = request(plain, base + f"/api/v1/cases/{ids[i % len(ids)]}", token=token)
            assert status == 200, status
            if sealed and i % 50 == 0:
                assert json.loads(body)["sealed_content"] == "open"
            if i >= 20:
                times.append(ms)
        open_p50, open_p99 = percentile(times, 50), percentile(times, 99)
        print(f"| {engine} | {label} | file: p50 {file_p50:.1f} ms, p99 {file_p99:.1f} ms ({filings}) "
              f"| open a case: p50 {open_p50:.2f} ms, p99 {open_p99:.2f} ms ({opens}, over {len(ids)} cases) |",
              flush=True)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if dbname:
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'])
        subprocess.run(["rm", "-rf", tmp])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-binary", required=True)
    parser.add_argument("--after-binary", default=os.path.join(ROOT, "target", "release", "fairrecruit"))
    parser.add_argument("--filings", type=int, default=200)
    parser.add_argument("--opens", type=int, default=500)
    parser.add_argument("--engines", default="sqlite,postgres")
    args = parser.parse_args()
    for binary in (args.before_binary, args.after_binary):
        if not os.path.exists(binary):
            sys.exit(f"no binary at {binary}: build it first (cargo build --release)")
    print("| engine | version | filing a complaint | opening a case |")
    print("|---|---|---|---|")
    for engine in args.engines.split(","):
        bench(args.before_binary, engine, "before sealing", args.filings, args.opens)
        bench(args.after_binary, engine, "sealed", args.filings, args.opens)


if __name__ == "__main__":
    main()
