// The four journeys, JavaScript off, run once at 360 × 640 and once at 1280 × 800 (the two
// projects). Each page on the way gets the layout checks (support/checks.mjs, without axe:
// pages.spec.mjs runs axe on every page).
//   1. a worker in Nepali: search, profile, a review with one mistake corrected without
//      retyping, the complaint bridge, filing, the receipt, the status on /track;
//   2. the demo inspector takes that complaint from /inspect to resolved, asking the worker a
//      question the worker answers on /track; the worker sees the outcome;
//   3. a moderator publishes a review with a phone number redacted;
//   4. an administrator adds an organisation and a staff member, who then signs in.
import { test, expect } from "@playwright/test";
import { checkPage } from "./support/checks.mjs";
import { codeAt } from "./support/totp.mjs";
import { ownAddress, signIn, suite } from "./support/suite.mjs";

test.describe.configure({ mode: "serial" });

/** The layout checks at this viewport's width. */
async function looksRight(page, name) {
  const locale = await page.getAttribute("html", "lang");
  const width = page.viewportSize().width;
  const problems = await checkPage(page, { locale, name, width, axe: false });
  expect(problems, problems.join("\n")).toEqual([]);
}

/** A fresh browser — another phone or computer — with its own client address. */
async function device(browser, viewport) {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false,
    extraHTTPHeaders: ownAddress() });
  return { context, page: await context.newPage() };
}

async function submit(page, form) {
  await page.click(`${form} button[type=submit]`);
  await page.waitForLoadState();
}

/** A word no page holds yet, in letters only (a run of digits would be flagged as a phone number). */
const word = () => Array.from({ length: 10 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("");

// What journey 1 leaves for journey 2, per project (each project runs this file once).
const filed = {};

test("a worker in Nepali reviews a recruiter, follows the bridge, files and tracks a complaint", async ({ browser, viewport }, info) => {
  const { base } = suite();
  const wide = viewport.width > 400;
  // Each size its own recruiter, so the inspector finds each complaint by recruiter.
  const recruiter = wide ? "Everest Manpower" : "Sagarmatha";
  const marker = `journey-${word()}`;
  const { context, page } = await device(browser, viewport);

  await page.goto(`${base}/?lang=ne`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ne");
  await looksRight(page, "home");
  await page.fill("#q", recruiter);
  await submit(page, "form.search");
  await looksRight(page, "search");
  await page.locator("main a[href^='/recruiters/']", { hasText: recruiter }).first().click();
  await expect(page.locator("h1")).toContainText(recruiter);
  await looksRight(page, "profile");
  const profile = new URL(page.url()).pathname;

  await page.locator(`main a[href^='${profile}/review']`).first().click();
  await looksRight(page, "review-form");
  await page.selectOption("#origin", "NP");
  await page.selectOption("#destination", "QA");
  await page.fill("#departure_year", "2099"); // the mistake: a year still to come
  await page.check("input[name=rating_overall][value='2']");
  await page.locator("details", { has: page.locator("#currency") }).locator("summary").click();
  await page.selectOption("#currency", "NPR");
  await page.check("input[name=cost_fee_paid][value=yes]");
  await page.fill("#cost_fee_amount", "1,50,000");
  await page.locator("details", { has: page.locator("input[name=check_documents_kept]") }).locator("summary").click();
  await page.check("input[name=check_documents_kept][value=yes]");
  await page.locator("details", { has: page.locator("#body") }).locator("summary").click();
  await page.fill("#body", `They kept my passport and took a fee. ${marker}`);
  await submit(page, "form.review-form");

  // Refused on the year alone, everything else as typed.
  await expect(page.locator("[role=alert]")).toBeVisible();
  await expect(page.locator("#departure_year")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".field-error")).toHaveCount(1);
  await looksRight(page, "review-form-refused");
  await expect(page.locator("#origin")).toHaveValue("NP");
  await expect(page.locator("#destination")).toHaveValue("QA");
  await expect(page.locator("input[name=rating_overall][value='2']")).toBeChecked();
  await expect(page.locator("#currency")).toHaveValue("NPR");
  await expect(page.locator("input[name=cost_fee_paid][value=yes]")).toBeChecked();
  await expect(page.locator("#cost_fee_amount")).toHaveValue("1,50,000");
  await expect(page.locator("input[name=check_documents_kept][value=yes]")).toBeChecked();
  await expect(page.locator("#body")).toHaveValue(new RegExp(marker));
  await page.fill("#departure_year", "2024");
  await submit(page, "form.review-form");

  // The thank-you page says this may be against the law and offers the complaint.
  await expect(page.locator("[role=status]")).toBeVisible();
  await looksRight(page, "review-sent");
  await page.locator("a.button[href^='/complaints/new']").click();
  await looksRight(page, "complaint-form-from-review");
  await expect(page.locator("#origin")).toHaveValue("NP");
  await expect(page.locator("#destination")).toHaveValue("QA");
  await page.check("#share-labour_inspectorate");
  await page.fill("#description", `The agency kept my passport. ${marker}`);
  await submit(page, "form[action='/complaints/new']");

  const receipt = (await page.locator(".receipt strong").innerText()).trim();
  expect(receipt).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
  await looksRight(page, "receipt");

  await page.goto(`${base}/track?lang=ne`);
  await page.fill("#receipt", receipt);
  await submit(page, "form[action='/track']");
  await expect(page.locator("html")).toHaveAttribute("lang", "ne");
  await expect(page.locator(".referral .badge.case-new").first()).toBeVisible();
  await looksRight(page, "tracked");
  filed[info.project.name] = { receipt, marker, recruiterId: profile.split("/").pop() };
  await context.close();
});

test("the inspector acknowledges, asks, and resolves; the worker answers and sees the outcome", async ({ browser, viewport }, info) => {
  const { base, accounts } = suite();
  const complaint = filed[info.project.name];
  test.skip(!complaint, "needs the complaint of the journey before");
  const staff = await device(browser, viewport);
  const inspector = staff.page;
  await signIn(inspector, accounts.inspector, `/inspect?recruiter=${complaint.recruiterId}&status=new`);
  await looksRight(inspector, "inspect");
  const links = await inspector.locator("ul.queue a.name").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  let casePath;
  for (const href of links) {
    await inspector.goto(`${base}${href}?lang=en`);
    if ((await inspector.locator("main").innerText()).includes(complaint.marker)) {
      casePath = href;
      break;
    }
  }
  expect(casePath, `the complaint on /inspect (${links.length} cases looked at)`).toBeTruthy();
  await looksRight(inspector, "case");
  const act = async (action, fill = async () => {}) => {
    await inspector.selectOption("#action", action);
    await fill();
    await submit(inspector, "form[action$='/action']");
    await expect(inspector.locator(".error-message")).toHaveCount(0);
  };
  await act("acknowledge");
  await act("investigate");
  await act("ask_worker");
  const question = `Which month did you pay the fee? ${complaint.marker}`;
  await inspector.fill("#body", question);
  await submit(inspector, "form[action$='/message']");
  await expect(inspector.locator("main")).toContainText(question);

  const phone = await device(browser, viewport);
  const worker = phone.page;
  const track = async () => {
    await worker.goto(`${base}/track?lang=ne`);
    await worker.fill("#receipt", complaint.receipt);
    await submit(worker, "form[action='/track']");
  };
  await track();
  const referral = worker.locator("section.referral", { hasText: "Qatar" });
  await expect(referral.locator(".badge.case-awaiting_worker")).toBeVisible();
  await expect(referral).toContainText(question);
  await looksRight(worker, "tracked-question");
  const answer = `In Shrawan, to the agent. ${complaint.marker}`;
  await referral.locator("textarea").fill(answer);
  await submit(worker, "section.referral:has-text('Qatar') form[action='/track/message']");
  await expect(worker.locator("main")).toContainText(answer);

  await inspector.goto(`${base}${casePath}?lang=en`);
  await expect(inspector.locator("main")).toContainText(answer);
  await act("resolve", async () => {
    await inspector.locator("input[name=remedies]").first().check();
    await inspector.fill("#amount", "150000");
    await inspector.selectOption("#currency", "NPR");
  });
  await expect(inspector.locator("#action")).toHaveCount(0); // resolved: no step left
  await looksRight(inspector, "case-resolved");

  await track();
  await expect(referral.locator(".badge.case-resolved")).toBeVisible();
  await expect(referral.locator("dd").last()).not.toBeEmpty();
  await looksRight(worker, "tracked-resolved");
  await staff.context.close();
  await phone.context.close();
});

test("a moderator publishes a review with its phone number redacted", async ({ browser, viewport }, info) => {
  const { base, accounts, ids } = suite();
  const marker = `moderated-${word()}`;
  const number = "+977 98 4123 5678";
  const { context, page } = await device(browser, viewport);
  await page.goto(`${base}${ids.himalaya}/review?lang=en`);
  await page.selectOption("#origin", "NP");
  await page.selectOption("#destination", "QA");
  await page.fill("#departure_year", "2023");
  await page.check("input[name=rating_overall][value='4']");
  await page.locator("details", { has: page.locator("#body") }).locator("summary").click();
  await page.fill("#body", `Helpful agent, call him on ${number} before paying. ${marker}`);
  await submit(page, "form.review-form");
  await expect(page.locator("[role=status]")).toBeVisible();

  const desk = await device(browser, viewport);
  const moderator = desk.page;
  await signIn(moderator, accounts.moderator, "/moderate");
  await looksRight(moderator, "moderate");
  const links = await moderator.locator("main a[href^='/moderate/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  let found = false;
  for (const href of links.filter((h) => /^\/moderate\/\d+/.test(h))) {
    await moderator.goto(`${base}${href}?lang=en`);
    if ((await moderator.locator("main").innerText()).includes(marker)) {
      found = true;
      break;
    }
  }
  expect(found, "the review in the moderation queue").toBe(true);
  await looksRight(moderator, "moderate-review");
  const flagged = moderator.locator("input[name=redact]");
  await expect(flagged.first()).toBeChecked();
  await expect(moderator.locator("main mark").first()).toContainText("98");
  await submit(moderator, "form:has(input[name=action][value=approve])");
  await expect(moderator.locator(".error-message")).toHaveCount(0);

  await page.goto(`${base}${ids.himalaya}?lang=en`);
  const review = page.locator("main li", { hasText: marker });
  await expect(review).toBeVisible();
  await expect(review).toContainText("[…]");
  await expect(review).not.toContainText("4123");
  await looksRight(page, "profile-with-redacted-review");
  await context.close();
  await desk.context.close();
});

test("an administrator adds an organisation and a staff member, who then signs in", async ({ browser, viewport }, info) => {
  const { base, accounts } = suite();
  const size = info.project.name.replace(/\D/g, "");
  const organisation = `Domestic Workers Union ${size} (suite)`;
  const officer = { username: `suite_officer_${size}`, password: `officer-${size}-copper-meadow-lantern` };
  const office = await device(browser, viewport);
  const admin = office.page;
  await signIn(admin, accounts.admin, "/admin/organisations");
  await looksRight(admin, "admin-organisations");
  await admin.fill("#name", organisation);
  await admin.selectOption("#kind", "trade_union");
  await admin.fill("#countries", "NP, QA");
  await submit(admin, "form[action='/admin/organisations']");
  await expect(admin.locator(".error-message")).toHaveCount(0);
  await admin.goto(`${base}/admin/organisations?lang=en`);
  await expect(admin.locator("main")).toContainText(organisation);

  await admin.goto(`${base}/admin/staff?lang=en`);
  await looksRight(admin, "admin-staff");
  await admin.fill("#username", officer.username);
  await admin.fill("#password", officer.password);
  await admin.selectOption("#role", "union_officer");
  const option = admin.locator("#organisation option", { hasText: organisation });
  await admin.selectOption("#organisation", await option.getAttribute("value"));
  await submit(admin, "form[action='/admin/staff']");
  await expect(admin.locator(".error-message")).toHaveCount(0);
  await admin.goto(`${base}/admin/staff?lang=en`);
  await expect(admin.locator("main")).toContainText(officer.username);

  // The new officer's first sign-in: password, then the second factor from the key shown.
  const phone = await device(browser, viewport);
  const page = phone.page;
  await signIn(page, officer, "/inspect");
  if (!page.url().includes("/account/two-factor")) await page.goto(`${base}/account/two-factor?lang=en`);
  await looksRight(page, "two-factor-set-up");
  const secret = (await page.locator("code.secret").innerText()).replace(/\s/g, "");
  await page.fill("#code", codeAt(secret, Math.floor(Date.now() / 30_000)));
  await submit(page, "form[action='/account/two-factor']");
  await expect(page.locator(".error-message")).toHaveCount(0);
  await looksRight(page, "recovery-codes");
  await page.goto(`${base}/inspect?lang=en`);
  expect(new URL(page.url()).pathname).toBe("/inspect");
  await expect(page.locator("h1")).toBeVisible();
  await looksRight(page, "inspect-new-officer");
  await office.context.close();
  await phone.context.close();
});
