#!/usr/bin/env python3
"""A reference client for intake partners (issue 18; README, "Integrating a channel partner").

It plays a partner's chat bot against a real FairRecruit server, with Python's standard
library only, step by step:

  1. starts `fairrecruit serve --demo` on a fresh SQLite database in a temporary folder (or
     uses `--base-url` and `--key` of a server you run), and makes an API key for the demo's
     intake partner with `fairrecruit partner-key`;
  2. runs a webhook receiver on 127.0.0.1 and registers it (`PUT /api/v1/partner/webhook`);
  3. files a worker's complaint with the worker's attested consent and an Idempotency-Key,
     then sends the very same request again, as a bot on a flaky network would: the second
     answer is the first one replayed (the same receipt), and nothing is filed twice;
  4. reads the complaint's status by the partner's own reference;
  5. signs in as the demo inspector (with the demo's published second factor) and
     acknowledges the referral, then asks the worker a question;
  6. receives the signed webhooks, verifies each signature, and relays the question to the
     worker: it reads the conversation with the worker's receipt and posts the worker's
     answer.

Run from the repository: `cargo build --release && scripts/partner_demo.py` (or
`--binary target/debug/fairrecruit`). Exits 0 when every step did what the guide says.
"""

import argparse
import base64
import hashlib
import hmac
import http.server
import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

PARTNER = "WhatsApp Hotline Nepal (demo)"
INSPECTOR = ("demo_inspector", "demo-doha-inspector-rain-41")
DEMO_SECOND_FACTOR = "FAIRRECRUITDEMOSECONDFACTORKEY23"


def step(text):
    print(f"\n== {text}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def totp(secret_b32, at=None):
    """RFC 6238: HMAC-SHA1 over the 30-second step, 6 digits (what an authenticator shows)."""
    key = base64.b32decode(secret_b32)
    counter = int((at or time.time()) // 30)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def verify_signature(secret, header, body, tolerance=300):
    """What a partner's receiver does with `FairRecruit-Signature: t=<unix>,v1=<hex>`."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    t = int(parts.get("t", "0"))
    if abs(time.time() - t) > tolerance:
        return False
    expected = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("v1", ""))


class Receiver:
    """The partner's webhook endpoint: keeps every delivery (headers and body), answers 204."""

    def __init__(self):
        self.received = []
        received = self.received

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/fairrecruit"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


class Api:
    def __init__(self, base, bearer):
        self.base = base.rstrip("/")
        self.bearer = bearer

    def call(self, method, path, body=None, headers=None, bearer=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        token = bearer or self.bearer
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for k, v in (headers or {}).items():
            request.add_header(k, v)
        try:
            with urllib.request.urlopen(request, timeout=30) as res:
                text = res.read().decode()
                return res.status, dict(res.headers), json.loads(text) if text else None
        except urllib.error.HTTPError as e:
            text = e.read().decode()
            return e.code, dict(e.headers), json.loads(text) if text else None


def start_server(binary, folder):
    port = free_port()
    env = dict(
        os.environ,
        FAIRRECRUIT_DATABASE_URL=os.path.join(folder, "demo.db"),
        FAIRRECRUIT_DATA_DIR=folder,
        FAIRRECRUIT_JWT_SECRET=uuid.uuid4().hex + uuid.uuid4().hex,
        # The receiver is on this machine, over plain http: for local development only.
        FAIRRECRUIT_WEBHOOKS_ALLOW_LOOPBACK="true",
        FAIRRECRUIT_LOG="warn",
    )
    proc = subprocess.Popen([binary, "serve", "--demo", "--bind", f"127.0.0.1:{port}"], env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with urllib.request.urlopen(base + "/readyz", timeout=1) as res:
                if res.status == 200:
                    break
        except OSError:
            time.sleep(0.1)
    else:
        proc.terminate()
        raise SystemExit("the server did not start")
    key = subprocess.run(
        [binary, "partner-key", "--organisation", PARTNER, "--name", "partner_demo.py", "--days", "7"],
        env=env, check=True, capture_output=True, text=True,
    ).stdout.strip()
    return proc, base, key


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="target/release/fairrecruit")
    parser.add_argument("--base-url", help="a running server (with the demo data) instead of starting one")
    parser.add_argument("--key", help="the partner key for --base-url")
    args = parser.parse_args()
    failures = []

    def check(ok, what):
        print(("  ok   " if ok else "  FAIL ") + what)
        if not ok:
            failures.append(what)

    proc = None
    folder = tempfile.TemporaryDirectory()
    try:
        step("1. A server with the demo data, and a partner key")
        if args.base_url:
            base, key = args.base_url, args.key
        else:
            proc, base, key = start_server(args.binary, folder.name)
        print(f"  server {base}; key {key[:12]}… (shown once by `fairrecruit partner-key`)")
        api = Api(base, key)

        step("2. The webhook endpoint")
        receiver = Receiver()
        status, _, saved = api.call("PUT", "/api/v1/partner/webhook", {"url": receiver.url})
        check(status == 200 and saved["secret"].startswith("whsec_"), f"PUT /api/v1/partner/webhook → {status}")
        secret = saved["secret"]

        step("3. A worker's complaint, filed and retried with the same Idempotency-Key")
        # The directory is public: asked without the key (a key outside /api/v1/partner is a 403).
        status, _, found = Api(base, None).call("GET", "/api/v1/recruiters?q=everest")
        recruiter = found["items"][0]["id"]
        reference = f"wa-{uuid.uuid4().hex[:8]}"
        consented = (datetime.now(timezone.utc) - timedelta(minutes=2)).isoformat(timespec="seconds")
        complaint = {
            "partner_reference": reference,
            "attestation": {"language": "ne", "channel": "whatsapp", "consented_at": consented},
            "complaint": {
                "recruiter": recruiter,
                "origin": "NP",
                "destination": "QA",
                "issues": ["documents_retained", "fees_charged"],
                "description": "The agent kept my passport and took 150,000 rupees.",
                "share_with": ["labour_inspectorate"],
            },
        }
        idempotency = {"Idempotency-Key": str(uuid.uuid4())}
        status, _, first = api.call("POST", "/api/v1/partner/complaints", complaint, idempotency)
        check(status == 201, f"POST /api/v1/partner/complaints → {status}: receipt {first and first.get('receipt')}")
        status, headers, again = api.call("POST", "/api/v1/partner/complaints", complaint, idempotency)
        replayed = {k.lower(): v for k, v in headers.items()}.get("idempotent-replayed")
        check(status == 201 and again["receipt"] == first["receipt"] and replayed == "true",
              "the retry is answered with the same receipt (Idempotent-Replayed: true)")
        receipt = first["receipt"]

        step("4. The status, by the partner's reference")
        status, _, state = api.call("GET", f"/api/v1/partner/complaints/{reference}")
        check(status == 200 and state["referrals"], f"GET {first['status']} → {status}")
        for r in state["referrals"]:
            print(f"  {r['organisation']}: {r['status']}")
        referral = state["referrals"][0]["id"]

        step("5. The inspector acknowledges and asks the worker a question")
        staff = Api(base, None)
        status, _, token = staff.call("POST", "/api/v1/auth/token", {
            "username": INSPECTOR[0], "password": INSPECTOR[1], "code": totp(DEMO_SECOND_FACTOR)})
        check(status == 200, f"the demo inspector signs in → {status}")
        staff.bearer = token["access_token"]
        for body in [{"action": "acknowledge"}, {"action": "investigate"}]:
            status, _, _ = staff.call("POST", f"/api/v1/cases/{referral}/actions", body)
            check(status == 200, f"{body['action']} → {status}")
        status, _, _ = staff.call("POST", f"/api/v1/cases/{referral}/messages",
                                  {"body": "Which airport was it, and on what date?"})
        check(status == 204, f"a message to the worker → {status}")
        status, _, _ = staff.call("POST", f"/api/v1/cases/{referral}/actions", {"action": "ask_worker"})
        check(status == 200, f"ask_worker → {status}")

        step("6. The signed webhooks arrive; the question is relayed and answered in the chat")
        deadline = time.time() + 30
        while time.time() < deadline and not any(
                json.loads(b).get("type") == "referral.question" for _, b in receiver.received):
            time.sleep(0.5)
        for headers, body in receiver.received:
            event = json.loads(body)
            signed = verify_signature(secret, headers.get("fairrecruit-signature", ""), body)
            check(signed and event["partner_reference"] == reference,
                  f"{event['type']} for {event['partner_reference']}, signature {'valid' if signed else 'INVALID'}")
            check("passport" not in body.decode(), "  (the webhook holds no words of the complaint)")
        check(any(json.loads(b)["type"] == "referral.question" for _, b in receiver.received),
              "a referral.question webhook arrived")
        status, _, conversation = api.call(
            "POST", f"/api/v1/partner/complaints/{reference}/conversation", {"receipt": receipt})
        question = next((m["body"] for m in conversation["messages"] if not m["from_worker"]), None)
        check(status == 200 and question, f"the conversation, opened with the receipt: {question!r}")
        status, _, _ = api.call("POST", f"/api/v1/partner/complaints/{reference}/messages", {
            "receipt": receipt, "referral": referral, "body": "Kathmandu airport, on 3 March."})
        check(status == 204, f"the worker's answer, relayed → {status}")
        status, _, state = api.call("GET", f"/api/v1/partner/complaints/{reference}")
        check(state["referrals"][0]["status"] == "investigating",
              f"the referral is back with the inspector: {state['referrals'][0]['status']}")
    finally:
        if proc:
            proc.terminate()
            proc.wait(timeout=30)
        folder.cleanup()
    print("\nall steps passed" if not failures else f"\n{len(failures)} step(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
