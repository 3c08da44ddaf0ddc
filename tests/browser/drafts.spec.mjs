// Drafts that survive a lost connection (issue 18), JavaScript on, at 360 × 640: what is typed
// in the complaint and review forms comes back after a reload and in a new tab, the delete
// button clears it, a successful send deletes it, a refused send keeps it and the server's
// values win, the forms open offline from the service worker after a first visit, and all of
// it in Arabic (right to left). With JavaScript off the forms work as before and no draft UI
// shows. Each test has its own browser context (its own storage, cookies and client address).
import { test, expect } from "@playwright/test";
import { checkPage } from "./support/checks.mjs";
import { ownAddress, suite } from "./support/suite.mjs";

test.describe.configure({ mode: "parallel" });

async function phone(browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled,
    extraHTTPHeaders: ownAddress() });
  return { context, page: await context.newPage() };
}

/** Typed the way a person types (input events), then the debounce let through. */
async function type(page, selector, text) {
  await page.locator(selector).pressSequentially(text, { delay: 2 });
}

async function saved(page) {
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("fairrecruit-draft:")).length))
    .toBeGreaterThan(0);
  await page.waitForTimeout(600);
}

const COMPLAINT = "/complaints/new";

test("a complaint draft survives a reload and a closed tab, and the button deletes it", async ({ browser }) => {
  const { base } = suite();
  const { context, page } = await phone(browser);
  await page.goto(`${base}${COMPLAINT}?lang=en`);
  await expect(page.locator("[data-draft-ui]")).toBeVisible();
  await expect(page.locator("[data-draft-delete]")).toBeHidden();
  await type(page, "#description", "The agency kept my passport at the camp.");
  await page.selectOption("#origin", "NP");
  await page.check("#issue-debt_bondage");
  await page.fill("#occupation", "Mason");
  await saved(page);
  // Hidden fields (the CSRF token) are never kept.
  const stored = await page.evaluate(() => localStorage.getItem("fairrecruit-draft:complaint:"));
  expect(stored).not.toContain("csrf");
  await expect(page.locator("[data-draft-delete]")).toBeVisible();

  await page.reload();
  await expect(page.locator("#description")).toHaveValue("The agency kept my passport at the camp.");
  await expect(page.locator("#origin")).toHaveValue("NP");
  await expect(page.locator("#issue-debt_bondage")).toBeChecked();
  await expect(page.locator("[data-draft-restored]")).toBeVisible();

  await page.close();
  const again = await context.newPage();
  await again.goto(`${base}${COMPLAINT}?lang=en`);
  await expect(again.locator("#occupation")).toHaveValue("Mason");
  await again.click("[data-draft-delete]");
  await expect(again.locator("#description")).toHaveValue("");
  await expect(again.locator("#issue-debt_bondage")).not.toBeChecked();
  await expect(again.locator("[data-draft-delete]")).toBeHidden();
  expect(await again.evaluate(() => localStorage.getItem("fairrecruit-draft:complaint:"))).toBeNull();
  await again.reload();
  await expect(again.locator("#description")).toHaveValue("");
  await context.close();
});

test("a refused complaint keeps the draft and shows the server's values; a sent one deletes it", async ({ browser }) => {
  const { base } = suite();
  const { context, page } = await phone(browser);
  await page.goto(`${base}${COMPLAINT}?lang=en`);
  await page.selectOption("#origin", "NP");
  await page.selectOption("#destination", "NP");
  await type(page, "#description", "Typed before the refusal.");
  await saved(page);
  await page.click("form[action='/complaints/new'] button[type=submit]");
  await page.waitForLoadState();
  await expect(page.locator(".error-message")).toBeVisible();
  expect(await page.getAttribute("form[data-draft]", "data-draft-restore")).toBe("no");
  // The server's values (what it received) are shown; then the draft is edited on top.
  await expect(page.locator("#description")).toHaveValue("Typed before the refusal.");
  expect(await page.evaluate(() => localStorage.getItem("fairrecruit-draft:complaint:"))).toContain("Typed before the refusal.");
  await page.fill("#description", "");
  await type(page, "#description", "Corrected after the refusal.");
  await page.selectOption("#destination", "QA");
  await page.check("#share-labour_inspectorate");
  await page.fill("#sub_agent_name", "Ram the broker");
  await saved(page);
  await page.click("form[action='/complaints/new'] button[type=submit]");
  await page.waitForLoadState();
  await expect(page.locator(".receipt strong")).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("fairrecruit-draft:complaint:"))).toBeNull();
  await page.goto(`${base}${COMPLAINT}?lang=en`);
  await expect(page.locator("#description")).toHaveValue("");
  await context.close();
});

test("a review draft survives a reload, opens its folded section, and is deleted once sent", async ({ browser }) => {
  const { base, ids } = suite();
  const { context, page } = await phone(browser);
  const form = `${base}${ids.sagarmatha}/review?lang=en`;
  await page.goto(form);
  await page.locator("summary").last().click();
  await type(page, "#body", "They asked for more money at the airport.");
  await page.check("input[name=rating_overall][value='2']");
  await page.fill("#departure_year", "2024");
  await saved(page);
  await page.reload();
  await expect(page.locator("#body")).toHaveValue("They asked for more money at the airport.");
  await expect(page.locator("#body")).toBeVisible();
  await expect(page.locator("input[name=rating_overall][value='2']")).toBeChecked();
  await page.selectOption("#origin", "NP");
  await page.selectOption("#destination", "QA");
  await page.click("form.review-form button[type=submit]");
  await page.waitForLoadState();
  await expect(page.locator("h1[data-draft-sent]")).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("fairrecruit-draft:review:")).length)).toBe(0);
  await context.close();
});

test("the forms open offline from the service worker after a first visit", async ({ browser }) => {
  const { base, ids } = suite();
  const { context, page } = await phone(browser);
  for (const path of [`${COMPLAINT}?lang=en`, `${ids.sagarmatha}/review?lang=en`]) {
    await page.goto(`${base}${path}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      // The offline answer ignores Vary (the page varies on the language asked for), so does this.
      return (await cache.match(location.href, { ignoreVary: true })) !== undefined;
    })).toBe(true);
  }
  await page.locator("summary").last().click();
  await type(page, "#body", "Written on the bus.");
  await saved(page);
  await context.setOffline(true);
  await page.goto(`${base}${COMPLAINT}?lang=en`);
  await expect(page.locator("#description")).toBeVisible();
  await page.goto(`${base}${ids.sagarmatha}/review?lang=en`);
  await expect(page.locator("#body")).toHaveValue("Written on the bus.");
  // Other pages are not kept.
  await expect(page.goto(`${base}/rights?lang=en`)).rejects.toThrow();
  await context.setOffline(false);
  await context.close();
});

test("in Arabic at 360 px the draft comes back and the page is laid out right to left", async ({ browser }) => {
  const { base } = suite();
  const { context, page } = await phone(browser);
  await page.goto(`${base}${COMPLAINT}?lang=ar`);
  await type(page, "#description", "أخذ الوكيل جواز سفري.");
  await saved(page);
  await page.reload();
  await expect(page.locator("#description")).toHaveValue("أخذ الوكيل جواز سفري.");
  await expect(page.locator("[data-draft-delete]")).toBeVisible();
  const problems = (await checkPage(page, { locale: "ar", name: "complaint-draft", axe: false }));
  expect(problems, problems.join("\n")).toEqual([]);
  await context.close();
});

test("with JavaScript off the complaint form works as before and no draft UI shows", async ({ browser }) => {
  const { base } = suite();
  const { context, page } = await phone(browser, false);
  await page.goto(`${base}${COMPLAINT}?lang=en`);
  await expect(page.locator("[data-draft-ui]")).toBeHidden();
  await expect(page.locator("[data-draft-delete]")).toBeHidden();
  await page.selectOption("#origin", "NP");
  await page.selectOption("#destination", "QA");
  await page.check("#share-labour_inspectorate");
  await page.fill("#description", "Sent without JavaScript.");
  await page.fill("#sub_agent_name", "Ram the broker");
  await page.click("form[action='/complaints/new'] button[type=submit]");
  await page.waitForLoadState();
  await expect(page.locator(".receipt strong")).toHaveText(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
  await context.close();
});
