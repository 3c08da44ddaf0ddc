// What every spec shares: where the server the global setup started is, the accounts it made,
// staff sign-in through the real form (with a fresh second-factor code), and a client address
// of its own per browser context (the server trusts X-Forwarded-For here, so each context has
// its own throttle budget, as separate phones would).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { withFreshCode } from "./totp.mjs";

export const LOCALES = ["en", "ne", "hi", "bn", "ur", "ar", "fil", "id", "my", "si", "ta", "ms",
  "km", "vi", "th", "es", "fr", "sw", "am"];
export const RTL = new Set(["ar", "ur"]);

export function suite() {
  const dir = process.env.FAIRRECRUIT_SUITE_DIR;
  if (!dir) throw new Error("FAIRRECRUIT_SUITE_DIR is unset: run through `npx playwright test`");
  return { dir, ...JSON.parse(readFileSync(join(dir, "suite.json"), "utf8")) };
}

let contexts = 0;
/** Headers that give a browser context its own client address. */
export function ownAddress() {
  contexts += 1;
  const n = (process.pid * 131 + contexts) % 16_000_000;
  return { "X-Forwarded-For": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
}

/** Signs `who` (an entry of suite().accounts) in on /login and lands on `next`. */
export async function signIn(page, who, next = "/", lang = "en") {
  const { dir, base } = suite();
  await page.goto(`${base}/login?lang=${lang}&next=${encodeURIComponent(next)}`);
  await page.fill("#username", who.username);
  await page.fill("#password", who.password);
  const submit = async () => {
    await page.click("form[action='/login'] button[type=submit]");
    await page.waitForLoadState("load");
  };
  if (who.secret) {
    await withFreshCode(dir, who.username, who.secret, async (code) => {
      await page.fill("#code", code);
      await submit();
    });
  } else {
    await submit();
  }
  await expect(page.locator(".error-message")).toHaveCount(0);
}

/** Form fields' `required` off, so the server's own checks answer (a refused form). */
export async function withoutBrowserChecks(page) {
  await page.evaluate(() => {
    for (const form of document.forms) form.noValidate = true;
  });
}
