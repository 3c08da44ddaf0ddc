"""The write-side rows of `bench_http.py` (issue 20), measured against a running server:
concurrent review submissions, the RSS of a burst of complaint filings and after it, and the
read rate while another process holds SQLite's write lock with writers waiting.

Not run alone: `bench_http.py` imports it and calls each function with its server.
"""
import http.client
import json
import os
import re
import sqlite3
import subprocess
import tempfile
import threading
import time

ORGANISATION = (
    "INSERT INTO organisations (id, name, kind, sectors, acknowledge_days, answer_days, created_at, updated_at) "
    "VALUES (1, 'Bench Inspectorate', 'labour_inspectorate', '', 7, 90, '2026-01-01 00:00:00', '2026-01-01 00:00:00');"
    "INSERT INTO organisation_countries (organisation_id, country) VALUES (1, 'QA');")


def add_organisation(engine, url):
    """One organisation that complaints to Qatar are routed to, as `bench_sealing.py` makes."""
    if engine == "sqlite":
        with sqlite3.connect(url) as db:
            db.executescript(ORGANISATION)
    else:
        subprocess.run(["psql", url, "-qc", ORGANISATION], check=True, capture_output=True)


def review_body(public_id, i):
    return json.dumps({
        "recruiter_id": public_id, "origin": "NP", "destination": "QA", "departure_year": 2024,
        "currency": "NPR", "costs": [{"category": "fee", "paid": True, "amount": 1_000_000 + i}],
        "first_month_wage": 5_000_000, "ratings": {"overall": 3}})


def complaint_body(public_id):
    return json.dumps({
        "recruiter": public_id, "origin": "NP", "destination": "QA",
        "share_with": ["labour_inspectorate"], "issues": ["fees_charged"],
        "description": "The agency kept my passport and charged 150,000 rupees.",
        "contact_preference": "contact", "contact_details": "Signal +974 5555 0199",
        "safe_times": "after 21:00", "contact_with": ["labour_inspectorate"]})


def lua_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rotate_script(paths):
    """A wrk script that GETs the paths in turn, so that a page is not one row served from a
    warm cache."""
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    script.write("local paths = {" + ",".join(lua_string(p) for p in paths) + "}\nlocal i = 0\n"
                 "request = function()\n  i = i % #paths + 1\n"
                 "  return wrk.format(\"GET\", paths[i])\nend\n")
    script.close()
    return script.name


def post_script(path, bodies):
    """A wrk script that POSTs the bodies in turn, each request from its own client address
    (`X-Forwarded-For`, the server trusting it), so the per-address throttle lets them in."""
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    script.write(
        "local bodies = {" + ",".join(lua_string(b) for b in bodies) + "}\n"
        "local threads = 0\n"
        "function setup(thread) thread:set('tid', threads); threads = threads + 1 end\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i + 1\n"
        "  local ip = string.format('10.%d.%d.%d', (tid or 0) * 8 + math.floor(i / 62500) % 8,"
        " math.floor(i / 250) % 250, i % 250)\n"
        "  return wrk.format('POST', " + lua_string(path) + ", {['Content-Type'] = 'application/json',"
        " ['X-Forwarded-For'] = ip}, bodies[i % #bodies + 1])\n"
        "end\n")
    script.close()
    return script.name


def wrk_run(port, path, connections, duration, script=None):
    """Runs wrk; returns a dict: rps (all answers), ok_rps (2xx only), p50, p99 (ms), bad."""
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "20s"]
    if script:
        cmd += ["-s", script]
    cmd.append(f"http://127.0.0.1:{port}{path}")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    total = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m)", out)
    seconds = float(total.group(2)) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[total.group(3)]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    bad = int(bad.group(1)) if bad else 0
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    bad += sum(int(g) for g in errors.groups()) if errors else 0
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    latency = {m.group(1): float(m.group(2)) * unit[m.group(3)]
               for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)}
    requests = int(total.group(1))
    return {"rps": requests / seconds, "ok_rps": max(0, requests - bad) / seconds,
            "p50": latency.get("50"), "p99": latency.get("99"), "bad": bad}


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_during(pid, run):
    """Runs `run()` while sampling the RSS of `pid` every 0.2 s; returns (its result, peak MiB)."""
    peak = [0.0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], rss_mib(pid))
            time.sleep(0.2)
    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        result = run()
    finally:
        stop.set()
        sampler.join()
    return result, peak[0]


def reviews(port, public_ids, duration):
    """16 connections sending anonymous reviews (`POST /api/v1/reviews`) for `duration` s."""
    script = post_script("/api/v1/reviews", [review_body(p, i) for i, p in enumerate(public_ids[:200])])
    try:
        return wrk_run(port, "/api/v1/reviews", 16, duration, script)
    finally:
        os.unlink(script)


def complaints_rss(pid, port, public_ids, burst=20, rest=30):
    """16 connections filing complaints for `burst` s, sampling the service's RSS; then its
    RSS after `rest` s of quiet. Returns (wrk figures, peak MiB, MiB at the burst's end,
    MiB after the rest)."""
    script = post_script("/api/v1/complaints", [complaint_body(p) for p in public_ids[:50]])
    try:
        figures, peak = peak_rss_during(pid, lambda: wrk_run(port, "/api/v1/complaints", 16, burst, script))
    finally:
        os.unlink(script)
    at_end = rss_mib(pid)
    time.sleep(rest)
    return figures, max(peak, at_end), at_end, rss_mib(pid)


def post_once(port, path, body, client):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("POST", path, body=body, headers={"Content-Type": "application/json",
                                                       "X-Forwarded-For": client})
        res = conn.getresponse()
        res.read()
        return res.status
    finally:
        conn.close()


def reads_under_write_lock(port, db_path, profiles, public_ids, hold=8.0, writers=12, read_for=5):
    """SQLite only. The profile pages' rate (2xx per second, 32 connections, `read_for` s)
    with no writer, then while another process holds the write lock (`BEGIN IMMEDIATE`) for
    `hold` s and `writers` clients each send a review that must wait for it. Returns
    (unloaded figures, loaded figures, writers' statuses)."""
    script = rotate_script(profiles)
    try:
        unloaded = wrk_run(port, profiles[0], 32, read_for, script)
        holder = sqlite3.connect(db_path, isolation_level=None, timeout=30)
        holder.execute("BEGIN IMMEDIATE")
        held_since = time.monotonic()
        statuses = []
        lock = threading.Lock()

        def writer(n):
            # One review after another until the lock is released: `writers` always waiting.
            i = 0
            while time.monotonic() - held_since < hold:
                status = post_once(port, "/api/v1/reviews", review_body(public_ids[n], i), f"10.200.{n}.{i % 250}")
                with lock:
                    statuses.append(status)
                i += 1
        threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
        for t in threads:
            t.start()
        time.sleep(1.0)  # let every writer reach its wait
        loaded = wrk_run(port, profiles[0], 32, read_for, script)
        time.sleep(max(0.0, hold - (time.monotonic() - held_since)))
        holder.execute("COMMIT")
        holder.close()
        for t in threads:
            t.join()
    finally:
        os.unlink(script)
    return unloaded, loaded, statuses
