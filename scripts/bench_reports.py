#!/usr/bin/env python3
"""Benchmark: the three aggregated reports at 1,000,000 approved reviews and 100,000
complaints (with their referrals), on SQLite and on PostgreSQL.

For each engine: import 10,000 recruiters, load 1,000,000 approved reviews over 10 origins ×
12 destinations (sectors, years 2015–2025, a currency per origin, one of which has no exchange
rate), their paid cost categories, 100,000 complaints each referred to one of 20
organisations (acknowledged, resolved with remedies, closed, or still new), import exchange
rates with `import-rates`, rebuild the report tables with `refresh-reports` (timed), then time
each report page over HTTP (release build, measured in the client): p50 and p99. On SQLite it
also times the corridor aggregate computed straight from the reviews by one raw SQL query in
the `sqlite3` shell (count, mean and median ratio, share charged, mean cost in dollars per
corridor) and prints the ratio of the corridor page's p50 to it.

Usage: scripts/bench_reports.py [--recruiters 10000] [--reviews 1000000]
                                [--complaints 100000] [--requests 200] [--engines sqlite,postgres]
Needs: `cargo build --release`, the `sqlite3` shell, PostgreSQL at 127.0.0.1:5432 (user
postgres, trust auth) for the postgres engine. Not a test: it prints figures for the README.
"""
import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_search import BINARY, percentile, run, write_csv  # noqa: E402
from bench_reviews import ALPHABET, Server, measure, pg  # noqa: E402

PASSWORD = "monsoon-tea-garden-47"
ORIGINS = {"NP": "NPR", "PH": "PHP", "BD": "BDT", "MM": "MMK", "ID": "IDR", "IN": "INR",
           "PK": "PKR", "LK": "LKR", "VN": "VND", "KH": "KHR"}
# KHR is left without a rate: its amounts are counted as "left out" of dollar figures.
RATES = {"NPR": "0.0075", "PHP": "0.0175", "BDT": "0.0091", "MMK": "0.00048", "IDR": "0.000063",
         "INR": "0.012", "PKR": "0.0036", "LKR": "0.0033", "VND": "0.00004"}
DESTINATIONS = ["QA", "SA", "AE", "MY", "TH", "HK", "KW", "OM", "BH", "SG", "JO", "KR"]
SECTORS = ["agriculture", "construction", "domestic_work", "manufacturing", "hospitality",
           "fishing", "care", "security", "transport", "retail", "other", None]
ISSUES = ["deception", "retention_of_documents", "withholding_of_wages", "debt_bondage",
          "isolation", "excessive_overtime", "fees_charged", "contract_substitution",
          "wages_unpaid", "job_deception"]
REVIEW_COLUMNS = ("public_id", "filed_for_id", "recruiter_id", "status", "origin", "destination",
                  "sector", "departure_year", "currency", "total_cost", "charged_any",
                  "first_month_wage", "cost_ratio_bp", "rating_overall", "pii_flags", "created_at",
                  "updated_at")
COMPLAINT_COLUMNS = ("receipt_hash", "recruiter_id", "origin", "destination", "sector",
                     "departure_year", "issues", "share_kinds", "contact_preference", "received_on")

# The corridor report's aggregate, straight from the reviews: what a report without kept
# aggregates would compute on each request.
RAW_CORRIDORS = """
WITH base AS (
  SELECT origin, destination, cost_ratio_bp, charged_any, total_cost, currency, departure_year
  FROM reviews WHERE status = 'approved'),
ranked AS (
  SELECT origin, destination, cost_ratio_bp,
         ROW_NUMBER() OVER (PARTITION BY origin, destination ORDER BY cost_ratio_bp) AS rn,
         COUNT(*) OVER (PARTITION BY origin, destination) AS n
  FROM base WHERE cost_ratio_bp IS NOT NULL),
medians AS (
  SELECT origin, destination, AVG(cost_ratio_bp) AS median FROM ranked
  WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY origin, destination)
SELECT b.origin, b.destination, COUNT(*), AVG(b.cost_ratio_bp), m.median, AVG(b.charged_any),
       AVG(b.total_cost * x.usd_per_unit_nano / 1000000000.0),
       SUM(x.currency IS NULL AND b.total_cost IS NOT NULL)
FROM base b
LEFT JOIN exchange_rates x ON x.currency = b.currency AND x.year = b.departure_year
JOIN medians m ON m.origin = b.origin AND m.destination = b.destination
GROUP BY b.origin, b.destination ORDER BY 1, 2;
"""


def review_rows(rng, recruiter_ids, count):
    stamp = "2025-06-01 12:00:00"
    for i in range(count):
        rid = rng.choice(recruiter_ids)
        origin = rng.choice(list(ORIGINS))
        cost = rng.randint(0, 300) * 100_000 if rng.random() < 0.85 else None
        wage = rng.choice([0] + [rng.randint(200, 900) * 10_000] * 9) if rng.random() < 0.8 else None
        ratio = (cost * 10_000 + wage // 2) // wage if cost is not None and wage else None
        yield ("".join(rng.choice(ALPHABET) for _ in range(12)), rid, rid, "approved", origin,
               rng.choice(DESTINATIONS), rng.choice(SECTORS), 2015 + i % 11, ORIGINS[origin],
               cost, None if cost is None else cost > 0, wage, ratio, rng.randint(1, 5), "",
               stamp, stamp)


def complaint_rows(rng, recruiter_ids, count):
    for i in range(count):
        origin = rng.choice(list(ORIGINS))
        issues = ",".join(sorted(rng.sample(ISSUES, rng.randint(1, 3))))
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} 00:00:00"
        yield (f"bench{i:08d}", rng.choice(recruiter_ids), origin, rng.choice(DESTINATIONS),
               rng.choice(SECTORS), 2015 + i % 11, issues, "labour_inspectorate", "receipt_only", day)


def sql_for(engine):
    """Referrals, their steps and the paid cost categories, made in the database from the
    loaded rows (date arithmetic and booleans differ per engine)."""
    if engine == "sqlite":
        plus = lambda col, days: f"datetime({col}, '+' || ({days}) || ' days')"  # noqa: E731
        yes = "1"
    else:
        plus = lambda col, days: f"{col} + ({days}) * interval '1 day'"  # noqa: E731
        yes = "TRUE"
    return [
        f"INSERT INTO review_costs (review_id, category, paid, amount) "
        f"SELECT id, 'fee', {yes}, total_cost FROM reviews WHERE total_cost > 0",
        f"INSERT INTO review_costs (review_id, category, paid, amount) "
        f"SELECT id, 'medical', {yes}, NULL FROM reviews WHERE total_cost IS NOT NULL AND id % 3 = 0",
        "INSERT INTO referrals (complaint_id, organisation_id, recruiter_id, status, priority, "
        "opened_on, acknowledge_by, answer_by, outcome_remedies, outcome_money_minor, "
        "outcome_money_currency, updated_at) "
        "SELECT id, 1 + id % 20, recruiter_id, "
        "CASE id % 5 WHEN 0 THEN 'new' WHEN 1 THEN 'acknowledged' WHEN 2 THEN 'investigating' "
        "WHEN 3 THEN 'resolved' ELSE 'closed' END, 3, received_on, "
        f"{plus('received_on', '7')}, {plus('received_on', '90')}, "
        "CASE WHEN id % 5 <> 3 THEN NULL WHEN id % 3 = 0 THEN 'money_recovered,documents_returned' "
        "WHEN id % 3 = 1 THEN 'documents_returned' ELSE 'licence_action' END, "
        "CASE WHEN id % 5 = 3 AND id % 3 = 0 THEN 100000 + (id % 1000) * 100 END, "
        "CASE WHEN id % 5 = 3 AND id % 3 = 0 THEN 'QAR' END, received_on FROM complaints",
        "INSERT INTO referral_transitions (referral_id, occurred_at, actor_id, event, from_status, to_status) "
        f"SELECT id, {plus('opened_on', 'id % 12')}, (SELECT MIN(id) FROM users), 'status', 'new', "
        "CASE status WHEN 'closed' THEN 'closed' ELSE 'acknowledged' END FROM referrals WHERE status <> 'new'",
        "INSERT INTO referral_transitions (referral_id, occurred_at, actor_id, event, from_status, to_status) "
        f"SELECT id, {plus('opened_on', '30 + id % 60')}, (SELECT MIN(id) FROM users), 'status', "
        "'investigating', 'resolved' FROM referrals WHERE status = 'resolved'",
    ]


def organisations_sql(stamp):
    return "INSERT INTO organisations (name, kind, sectors, acknowledge_days, answer_days, created_at, updated_at) VALUES " + \
        ",".join(f"('Bench inspectorate {i}', 'labour_inspectorate', '', 7, 90, '{stamp}', '{stamp}')"
                 for i in range(20))


def load_sqlite(path, reviews, complaints):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(organisations_sql("2025-01-01 00:00:00"))
    conn.executemany(f"INSERT INTO reviews ({','.join(REVIEW_COLUMNS)}) VALUES "
                     f"({','.join('?' * len(REVIEW_COLUMNS))})", reviews)
    conn.executemany(f"INSERT INTO complaints ({','.join(COMPLAINT_COLUMNS)}) VALUES "
                     f"({','.join('?' * len(COMPLAINT_COLUMNS))})", complaints)
    conn.commit()
    for sql in sql_for("sqlite"):
        conn.execute(sql)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def copy(dbname, table, columns, rows):
    def cell(v):
        if v is None:
            return "\\N"
        if isinstance(v, bool):
            return "t" if v else "f"
        return str(v)
    data = "".join("\t".join(cell(v) for v in row) + "\n" for row in rows)
    pg(dbname, f"COPY {table} ({','.join(columns)}) FROM STDIN", stdin=data)


def load_postgres(dbname, reviews, complaints):
    pg(dbname, organisations_sql("2025-01-01 00:00:00"))
    copy(dbname, "reviews", REVIEW_COLUMNS, reviews)
    copy(dbname, "complaints", COMPLAINT_COLUMNS, complaints)
    for sql in sql_for("postgres"):
        pg(dbname, sql)
    pg(dbname, "VACUUM ANALYZE")
    pg(dbname, "CHECKPOINT")


def raw_corridor_seconds(path, rounds=5):
    """The corridor aggregate by one raw query in the sqlite3 shell; the fastest of `rounds`
    (so the comparison favours the raw query)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        out = subprocess.run(["sqlite3", path], input=RAW_CORRIDORS, capture_output=True,
                             text=True, check=True).stdout
        times.append(time.perf_counter() - start)
    assert out.count("\n") >= 100, out[:200]
    return min(times)


def bench_engine(engine, args, csv_path):
    env = dict(os.environ, FAIRRECRUIT_LOG="warn")
    tmp = tempfile.mkdtemp(prefix="fr-bench-reports-")
    dbname = None
    if engine == "sqlite":
        env["FAIRRECRUIT_DATABASE_URL"] = os.path.join(tmp, "bench.db")
    else:
        dbname = f"fairrecruit_bench_reports_{os.getpid()}"
        pg("postgres", f'DROP DATABASE IF EXISTS "{dbname}"')
        pg("postgres", f'CREATE DATABASE "{dbname}"')
        env["FAIRRECRUIT_DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{dbname}"
    env["FAIRRECRUIT_DATA_DIR"] = tmp
    try:
        run([BINARY, "import-recruiters", csv_path], env)
        subprocess.run([BINARY, "create-user", "--role", "admin", "--username", "bench_admin"],
                       input=PASSWORD + "\n", env=env, text=True, check=True, capture_output=True)
        if engine == "sqlite":
            conn = sqlite3.connect(env["FAIRRECRUIT_DATABASE_URL"])
            ids = [r[0] for r in conn.execute("SELECT id FROM recruiters")]
            conn.close()
        else:
            ids = [int(x) for x in pg(dbname, "SELECT id FROM recruiters").split()]
        rng = random.Random(10)
        start = time.perf_counter()
        reviews = list(review_rows(rng, ids, args.reviews))
        complaints = list(complaint_rows(rng, ids, args.complaints))
        if engine == "sqlite":
            load_sqlite(env["FAIRRECRUIT_DATABASE_URL"], reviews, complaints)
        else:
            load_postgres(dbname, reviews, complaints)
        del reviews, complaints
        print(f"[{engine}] loaded {args.reviews:,} reviews and {args.complaints:,} complaints "
              f"in {time.perf_counter() - start:.1f} s")
        rates = os.path.join(tmp, "rates.csv")
        with open(rates, "w") as f:
            f.write("currency,year,usd_per_unit\n")
            for code, rate in RATES.items():
                for year in range(2015, 2026):
                    f.write(f"{code},{year},{rate}\n")
        # import-rates refreshes the reports after storing the rates; refresh-reports again
        # to time a refresh on its own.
        run([BINARY, "import-rates", rates], env)
        refreshes = []
        for _ in range(3):
            t, out = run([BINARY, "refresh-reports"], env)
            refreshes.append(t)
        print(f"[{engine}] refresh-reports: {out}; wall time {min(refreshes):.1f}–{max(refreshes):.1f} s")
        server = Server(env)
        try:
            pages = {
                "corridors": ["/reports/corridors", "/reports/corridors?year=2020",
                              "/reports/corridors?sector=construction"],
                "recruiters": ["/reports/recruiters", "/reports/recruiters?sort=fees",
                               "/reports/recruiters?sort=open&destination=QA",
                               "/reports/recruiters?country=NP&sort=cost&page=3"],
                "justice": ["/reports/justice"],
                "corridors API": ["/api/v1/reports/corridors"],
                "recruiters API": ["/api/v1/reports/recruiters?sort=rating"],
                "justice API": ["/api/v1/reports/justice"],
                "corridors CSV": ["/reports/corridors?format=csv"],
            }
            results = {}
            for name, paths in pages.items():
                measure(server.port, paths * 5)  # warm the caches
                rounds = max(1, args.requests // len(paths))
                times = measure(server.port, paths, rounds=rounds)
                results[name] = (percentile(times, 50), percentile(times, 99))
                print(f"[{engine}] {name:<15} p50 {results[name][0]:7.2f} ms  p99 {results[name][1]:7.2f} ms"
                      f"  ({len(times)} requests)")
        finally:
            server.stop()
        if engine == "sqlite":
            raw = raw_corridor_seconds(env["FAIRRECRUIT_DATABASE_URL"]) * 1000
            page = percentile(measure_once(env, "/reports/corridors", args.requests), 50)
            print(f"[{engine}] raw SQL corridor aggregate in sqlite3: {raw:.0f} ms; corridor page p50 "
                  f"{page:.2f} ms; ratio page / raw = {page / raw:.4f} (1 : {raw / page:,.0f})")
    finally:
        if dbname:
            pg("postgres", f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        # The SQLite file of a million reviews is half a gigabyte.
        shutil.rmtree(tmp, ignore_errors=True)


def measure_once(env, path, requests):
    server = Server(env)
    try:
        measure(server.port, [path] * 10)
        return measure(server.port, [path], rounds=requests)
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recruiters", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
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
