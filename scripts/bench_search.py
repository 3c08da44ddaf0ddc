#!/usr/bin/env python3
"""Benchmark: import a 100,000-row licence list, import it again, then measure directory
search latency (p50/p99) over HTTP, on SQLite and on PostgreSQL.

Usage: scripts/bench_search.py [--rows 100000] [--requests 200] [--engines sqlite,postgres]
Needs: a release build (`cargo build --release`), PostgreSQL at 127.0.0.1:5432 (user postgres,
trust auth) for the postgres engine. Not a test: it prints figures for the README.
"""
import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("FAIRRECRUIT_BINARY") or os.path.join(ROOT, "target", "release", "fairrecruit")
COUNTRIES = ["NP", "PH", "BD", "MM", "ID", "IN", "PK", "LK", "VN", "KH"]
DESTINATIONS = ["QA", "SA", "AE", "MY", "TH", "HK", "KW", "OM", "BH", "SG", "TW", "JO"]
STATUSES = ["active"] * 7 + ["suspended", "revoked", "expired"]
SYLLABLES = ["ever", "him", "ala", "sag", "arm", "ath", "pad", "ma", "jam", "una", "man", "ila",
             "vis", "aya", "gol", "den", "nus", "ant", "ara", "lum", "bin", "kat", "hma", "ndu",
             "bir", "gan", "pok", "har", "dha", "ka", "sur", "aba", "ceb", "uqe"]
SUFFIXES = ["Manpower", "Overseas", "Recruitment", "Human Resources", "Placement", "Employment",
            "Job Centre", "International", "Global Staffing", "Services"]


def make_name(rng):
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
             for _ in range(rng.randint(1, 2))]
    return " ".join(words + [rng.choice(SUFFIXES)])


def write_csv(path, rows, seed=7):
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "licence_number", "licensing_country", "licence_status", "address", "destinations"])
        for i in range(rows):
            country = rng.choice(COUNTRIES)
            dest = ";".join(sorted(rng.sample(DESTINATIONS, rng.randint(1, 4))))
            w.writerow([make_name(rng), f"{country}-{i:06d}/{rng.randint(60, 82)}", country,
                        rng.choice(STATUSES), f"{rng.randint(1, 999)} Example Road", dest])


def run(cmd, env):
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, out.stdout.strip()


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def queries(rng, n):
    kinds = {
        "name token": lambda: {"q": rng.choice(SYLLABLES) + rng.choice(SYLLABLES)},
        "two tokens": lambda: {"q": rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + " " + rng.choice(SUFFIXES).split()[0]},
        "short prefix": lambda: {"q": rng.choice(SYLLABLES)[:2]},
        "licence number": lambda: {"q": f"{rng.choice(COUNTRIES)}-{rng.randint(0, 99999):06d}"},
        "country+status": lambda: {"country": rng.choice(COUNTRIES), "status": rng.choice(["active", "revoked"])},
        "destination+token": lambda: {"destination": rng.choice(DESTINATIONS), "q": rng.choice(SUFFIXES).split()[0]},
        "no filter, page 50": lambda: {"page": "50"},
    }
    return [(kind, make()) for kind, make in kinds.items() for _ in range(n)]


def bench_engine(engine, csv_path, rows, requests):
    env = dict(os.environ, FAIRRECRUIT_LOG="warn")
    tmp = tempfile.mkdtemp(prefix="fr-bench-")
    dbname = None
    if engine == "sqlite":
        env["FAIRRECRUIT_DATABASE_URL"] = os.path.join(tmp, "bench.db")
    else:
        dbname = f"fairrecruit_bench_{os.getpid()}"
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'DROP DATABASE IF EXISTS "{dbname}"'], check=True)
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'CREATE DATABASE "{dbname}"'], check=True)
        env["FAIRRECRUIT_DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{dbname}"
    try:
        first, out1 = run([BINARY, "import-recruiters", csv_path], env)
        second, out2 = run([BINARY, "import-recruiters", csv_path], env)
        print(f"[{engine}] import {rows} rows: {first:.1f} s — {out1}")
        print(f"[{engine}] import again:     {second:.1f} s — {out2}")
        port = 18000 + os.getpid() % 1000
        server = subprocess.Popen([BINARY, "serve", "--bind", f"127.0.0.1:{port}"], env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/readyz", timeout=1)
                    break
                except Exception:
                    time.sleep(0.1)
            rng = random.Random(11)
            by_kind = {}
            for kind, params in queries(rng, requests):
                url = base + "/api/v1/recruiters?" + urllib.parse.urlencode(params)
                start = time.perf_counter()
                with urllib.request.urlopen(url, timeout=10) as res:
                    res.read()
                by_kind.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
            everything = [v for vs in by_kind.values() for v in vs]
            for kind, values in by_kind.items():
                print(f"[{engine}] {kind:20s} p50 {percentile(values, 50):6.2f} ms  p99 {percentile(values, 99):6.2f} ms")
            print(f"[{engine}] {'all searches':20s} p50 {percentile(everything, 50):6.2f} ms  p99 {percentile(everything, 99):6.2f} ms"
                  f"  ({len(everything)} requests)")
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        if dbname:
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="requests per query kind")
    parser.add_argument("--engines", default="sqlite,postgres")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "licences.csv")
        write_csv(csv_path, args.rows)
        for engine in args.engines.split(","):
            bench_engine(engine, csv_path, args.rows, args.requests)


if __name__ == "__main__":
    main()
