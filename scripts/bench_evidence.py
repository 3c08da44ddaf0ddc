#!/usr/bin/env python3
"""Benchmark: memory while many workers upload evidence at once.

Starts the release binary on a fresh SQLite database, files N complaints, then has N clients
upload one photo each at the same moment (a PNG of random pixels, about 10 MB, which the
server must decode and encode again: the costliest file it takes) to `POST
/api/v1/track/files`. Reports the server's peak resident memory (VmHWM from /proc, sampled
by the kernel, not by this script), the memory before the uploads, and each upload's time.
Issue 15 asks that 16 uploads of 10 MB at once keep the server under 300 MB.

Usage: scripts/bench_evidence.py [--clients 16] [--megabytes 10]
Needs: `cargo build --release`. Not a test: it prints figures for the README.
"""

import argparse
import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_search import BINARY  # noqa: E402

CSV = "name,licence_number,licensing_country,licence_status,address,destinations\nBench Agency,NP-0001,NP,active,,QA\n"
SECRET = "bench-evidence-secret-of-at-least-32-bytes"


def png_of_noise(megabytes):
    """A valid PNG of random RGB pixels about `megabytes` large (noise does not compress)."""
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    raw = bytearray()
    row = side * 3
    noise = os.urandom(row * side)
    for y in range(side):
        raw.append(0)
        raw.extend(noise[y * row:(y + 1) * row])

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 1)) + chunk(b"IEND", b""), side


def multipart(fields, boundary="benchBoundary7731"):
    body = bytearray()
    for name, value, filename in fields:
        body += f"--{boundary}\r\n".encode()
        if filename:
            body += f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'.encode()
            body += b"Content-Type: application/octet-stream\r\n\r\n"
        else:
            body += f'Content-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
        body += value if isinstance(value, bytes) else value.encode()
        body += b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return bytes(body), f"multipart/form-data; boundary={boundary}"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--megabytes", type=float, default=10)
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    tmp = tempfile.mkdtemp(prefix="fr-bench-evidence-")
    env = dict(os.environ, FAIRRECRUIT_LOG="warn", FAIRRECRUIT_DATA_DIR=tmp, FAIRRECRUIT_JWT_SECRET=SECRET,
               FAIRRECRUIT_DATABASE_URL=os.path.join(tmp, "bench.db"),
               FAIRRECRUIT_EVIDENCE_MAX_FILE_MB=str(int(args.megabytes) + 2))
    csv = os.path.join(tmp, "agencies.csv")
    with open(csv, "w") as f:
        f.write(CSV)
    subprocess.run([BINARY, "import-recruiters", csv], env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([BINARY, "serve", "--bind", f"127.0.0.1:{port}", "--trust-forwarded-for"], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if server.poll() is not None:
                sys.exit(f"server exited with {server.returncode}")
            try:
                urllib.request.urlopen(base + "/readyz", timeout=1)
                break
            except Exception:
                time.sleep(0.1)
        recruiter = json.load(urllib.request.urlopen(base + "/api/v1/recruiters?q=Bench"))["items"][0]["id"]
        receipts = []
        for i in range(args.clients):
            req = urllib.request.Request(base + "/api/v1/complaints", method="POST", data=json.dumps({
                "recruiter": recruiter, "origin": "NP", "destination": "QA",
                "share_with": ["labour_inspectorate"]}).encode(),
                headers={"Content-Type": "application/json", "X-Forwarded-For": f"10.7.0.{i + 1}"})
            receipts.append(json.load(urllib.request.urlopen(req))["receipt"])
        photo, side = png_of_noise(args.megabytes)
        bodies = [multipart([("receipt", r, None), ("shared_with", "labour_inspectorate", None),
                             ("files", photo, "noise.png")]) for r in receipts]
        before = memory(server.pid, "VmRSS")
        times, errors = [None] * args.clients, []
        start = threading.Barrier(args.clients)

        def send(i):
            body, content_type = bodies[i]
            req = urllib.request.Request(base + "/api/v1/track/files", method="POST", data=body,
                                         headers={"Content-Type": content_type, "X-Forwarded-For": f"10.8.0.{i + 1}"})
            start.wait()
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(req, timeout=600) as res:
                    assert res.status == 201, res.status
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(f"{i}: {e}")
            times[i] = time.perf_counter() - t

        threads = [threading.Thread(target=send, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        peak = memory(server.pid, "VmHWM")
        if errors:
            sys.exit("uploads failed: " + "; ".join(errors))
        done = sorted(times)
        print(f"{args.clients} uploads of a {len(photo) / 1e6:.1f} MB PNG ({side} x {side} random pixels) at once")
        print(f"server RSS before: {before} MB; peak during the uploads (VmHWM): {peak} MB")
        print(f"each upload: fastest {done[0]:.1f} s, median {done[len(done) // 2]:.1f} s, slowest {done[-1]:.1f} s")
    finally:
        server.terminate()
        server.wait(timeout=30)
        subprocess.run(["rm", "-rf", tmp])


if __name__ == "__main__":
    main()
