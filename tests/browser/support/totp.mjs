// RFC 6238 codes (HMAC-SHA1, 30-s steps, 6 digits) for staff sign-ins, and a reservation per
// account shared by every worker process: the service accepts each step once per account (and
// the step before and after the current one) and only a step newer than the last it accepted, so
// a second sign-in within 30 s takes the next step, or waits for it, and sign-ins of one account
// are sent one at a time.
import { createHmac } from "node:crypto";
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const DEMO_SECOND_FACTOR = "FAIRRECRUITDEMOSECONDFACTORKEY23";

function base32(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/[\s=]/g, "").toUpperCase()) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    bits += v.toString(2).padStart(5, "0");
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

export function codeAt(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac("sha1", base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, "0");
}

const stepNow = () => Math.floor(Date.now() / 1000 / 30);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function locked(dir, work) {
  const lock = join(dir, "totp.lock");
  for (;;) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch {
      await sleep(50);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Calls `use` with a code for `account` that no sign-in of this suite has used yet (waits up to
 * 30 s), holding the reservation until `use` has finished. The service refuses a step no newer
 * than the last it accepted, so two processes that took steps s and s + 1 must also send them
 * in that order: `use` submits the form and waits for the answer inside the lock.
 */
export async function withFreshCode(dir, account, secret, use) {
  return locked(dir, async () => {
    const file = join(dir, "totp-used.json");
    let used = {};
    try {
      used = JSON.parse(readFileSync(file, "utf8"));
    } catch {}
    let step = Math.max(stepNow(), (used[account] ?? 0) + 1);
    while (step > stepNow() + 1) await sleep(500);
    used[account] = step;
    writeFileSync(file, JSON.stringify(used));
    return use(codeAt(secret, step));
  });
}
