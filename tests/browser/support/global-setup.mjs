// Starts the real binary (FAIRRECRUIT_BIN, default target/release/fairrecruit) on a free port
// with a fresh SQLite database in a temporary folder and `serve --demo`, makes an
// administrator and a moderator with `create-user`, sets up their second factor through the
// page (reading the key the page shows), signs in the demo inspector and a new worker, keeps
// each one's cookies for the page checks, and notes the ids of pages to visit. The answer is
// the teardown: the server is stopped and the folder removed (kept with KEEP_SUITE_DIR=1).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunch } from "./browser.mjs";
import { DEMO_SECOND_FACTOR, withFreshCode } from "./totp.mjs";

const repo = resolve(import.meta.dirname, "..", "..", "..");

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitReady(base, server, log) {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) {
      throw new Error(`fairrecruit serve exited with ${server.exitCode}:\n${readFileSync(log, "utf8").slice(-4000)}`);
    }
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`fairrecruit serve did not answer /readyz in 180 s (log: ${log})`);
}

export default async function globalSetup() {
  const bin = resolve(repo, process.env.FAIRRECRUIT_BIN ?? "target/release/fairrecruit");
  if (!existsSync(bin)) {
    throw new Error(`no binary at ${bin}: run \`cargo build --release\` or set FAIRRECRUIT_BIN`);
  }
  const dir = mkdtempSync(join(tmpdir(), "fairrecruit-browser-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    FAIRRECRUIT_DATABASE_URL: join(dir, "fairrecruit.db"),
    FAIRRECRUIT_DATA_DIR: dir,
    FAIRRECRUIT_LOG: process.env.FAIRRECRUIT_LOG ?? "warn",
  };
  const log = join(dir, "server.log");
  const out = openSync(log, "a");
  // --trust-forwarded-for: each browser context sends its own X-Forwarded-For, so the
  // per-address throttles (reviews, complaints, receipt look-ups) count each as one phone.
  const server = spawn(bin, ["serve", "--demo", "--trust-forwarded-for", "--bind", `127.0.0.1:${port}`],
    { env, stdio: ["ignore", out, out] });
  const stop = () => { if (server.exitCode === null) server.kill("SIGTERM"); };
  process.on("exit", stop);
  await waitReady(base, server, log);

  const accounts = {
    admin: { username: "suite_admin", password: "suite-admin-lantern-harbour-93", role: "admin" },
    moderator: { username: "suite_moderator", password: "suite-moderator-orchard-kettle-64", role: "moderator" },
    inspector: { username: "demo_inspector", password: "demo-doha-inspector-rain-41", secret: DEMO_SECOND_FACTOR },
    worker: { username: "suite_worker", password: "suite-worker-monsoon-ladder-27" },
  };
  for (const who of [accounts.admin, accounts.moderator]) {
    const made = spawnSync(bin, ["create-user", "--role", who.role, "--username", who.username],
      { env, input: `${who.password}\n`, encoding: "utf8" });
    if (made.status !== 0) throw new Error(`create-user ${who.username}: ${made.stderr}`);
  }

  const browser = await chromium.launch(chromiumLaunch);
  const states = {};
  const ids = {};
  try {
    const session = async (name, work) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await work(page);
      states[name] = join(dir, `state-${name}.json`);
      await context.storageState({ path: states[name] });
      await context.close();
    };
    const signIn = async (page, who, next) => {
      await page.goto(`${base}/login?lang=en&next=${encodeURIComponent(next)}`);
      await page.fill("#username", who.username);
      await page.fill("#password", who.password);
      const submit = () => page.click("form[action='/login'] button[type=submit]");
      if (!who.secret) return submit();
      await withFreshCode(dir, who.username, who.secret, async (code) => {
        await page.fill("#code", code);
        await submit();
      });
    };
    // New staff: the first sign-in leads to setting up the second factor; the key is on the page.
    const enrol = async (page, who) => {
      await signIn(page, who, "/account");
      await page.goto(`${base}/account/two-factor?lang=en`);
      who.secret = (await page.locator("code.secret").innerText()).replace(/\s/g, "");
      await withFreshCode(dir, who.username, who.secret, async (code) => {
        await page.fill("#code", code);
        await page.click("form[action='/account/two-factor'] button[type=submit]");
      });
      if (await page.locator(".error-message").count()) throw new Error(`two-factor set-up failed for ${who.username}`);
    };
    const firstLink = async (page, path, prefix) => {
      await page.goto(`${base}${path}`);
      const href = await page.locator(`main a[href^='${prefix}']`).first().getAttribute("href");
      return href.split("?")[0];
    };

    await session("admin", async (page) => {
      await enrol(page, accounts.admin);
      ids.organisation = await firstLink(page, "/admin/organisations", "/admin/organisations/");
      ids.staff = await firstLink(page, "/admin/staff", "/admin/staff/");
      ids.adminRecruiter = await firstLink(page, "/admin/recruiters", "/admin/recruiters/");
      // The demo's intake partner: its API keys page.
      await page.goto(`${base}/admin/organisations?lang=en`);
      const partner = await page.locator("main a", { hasText: "WhatsApp Hotline Nepal" }).first()
        .getAttribute("href");
      ids.partnerKeys = `${partner.split("?")[0]}/keys`;
    });
    await session("moderator", async (page) => {
      await enrol(page, accounts.moderator);
      ids.moderation = await firstLink(page, "/moderate", "/moderate/");
    });
    await session("inspector", async (page) => {
      await signIn(page, accounts.inspector, "/inspect");
      ids.case = await firstLink(page, "/inspect", "/cases/");
    });
    await session("worker", async (page) => {
      await page.goto(`${base}/register?lang=en`);
      await page.fill("#username", accounts.worker.username);
      await page.fill("#password", accounts.worker.password);
      await page.fill("#password_confirm", accounts.worker.password);
      await page.click("form[action='/register'] button[type=submit]");
      for (const [name, query] of [["sagarmatha", "Sagarmatha"], ["everest", "Everest Manpower"], ["himalaya", "Himalaya Fair"]]) {
        ids[name] = await firstLink(page, `/recruiters?q=${encodeURIComponent(query)}`, "/recruiters/");
      }
    });
  } finally {
    await browser.close();
  }
  for (const [name, value] of Object.entries(ids)) {
    if (!value) throw new Error(`global setup found no ${name} page`);
  }
  writeFileSync(join(dir, "suite.json"), JSON.stringify({ base, accounts, states, ids }, null, 2));
  process.env.FAIRRECRUIT_SUITE_DIR = dir;
  process.env.FAIRRECRUIT_SUITE_URL = base;

  return async () => {
    stop();
    await new Promise((r) => (server.exitCode !== null ? r() : server.once("exit", r)));
    if (process.env.KEEP_SUITE_DIR) console.log(`suite folder kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
}
