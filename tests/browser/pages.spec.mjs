// Every page in every shipped locale at 360 × 640 (support/checks.mjs says what is checked):
// public pages, forms refused with errors, the worker's pages signed in, each staff role's
// pages signed in, the reports, and the worker pages again at 200 % text. One test per locale
// and group; a failure lists every "locale page rule: detail" it found.
//
// These contexts run JavaScript only so that axe-core can run in the page (with the page's
// own CSP bypassed for it); the pages have no script of their own (checked on each), so what
// is measured is what a phone without JavaScript draws. The journeys run with it off.
import { test, expect } from "@playwright/test";
import { checkPage } from "./support/checks.mjs";
import { LOCALES, ownAddress, suite, withoutBrowserChecks } from "./support/suite.mjs";

test.use({ javaScriptEnabled: true, bypassCSP: true });
// Every test stands alone: both workers take them.
test.describe.configure({ mode: "parallel" });

const DEMO_RECEIPT = "1111 2222 3333 4444";

/** Loads each page, checks it, and fails once with everything found. */
async function visit(page, locale, pages, options = {}) {
  const { base } = suite();
  const problems = [];
  for (const [name, open, only] of pages) {
    const expected = typeof open === "string" ? [200] : undefined;
    const response = typeof open === "string"
      ? await page.goto(`${base}${open}${open.includes("?") ? "&" : "?"}lang=${locale}`)
      : await open(page, base);
    if (expected && response && !expected.includes(response.status())) {
      problems.push(`${locale} ${name} status: ${response.status()}`);
    }
    if (options.zoom) await page.addStyleTag({ content: "html{font-size:200% !important}" });
    const axe = !options.zoom && (!only || only.includes(locale));
    problems.push(...await checkPage(page, { locale, name, axe }));
  }
  expect(problems, problems.join("\n")).toEqual([]);
}

/** Opens `path`, lets the server refuse what `fill` typed, and returns the refused page. */
function refused(path, form, fill = async () => {}) {
  return async (page, base, locale) => {
    await page.goto(`${base}${path}`);
    await withoutBrowserChecks(page);
    await fill(page);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.click(`${form} button[type=submit]`),
    ]);
    await page.waitForLoadState();
    return response;
  };
}

for (const locale of LOCALES) {
  test.describe(locale, () => {
    test.use({ extraHTTPHeaders: ownAddress() });
    const lang = `lang=${locale}`;

    test(`${locale}: public pages and reports`, async ({ page }) => {
      const { ids } = suite();
      await visit(page, locale, [
        ["home", "/"],
        ["search", "/recruiters?q=demo"],
        ["search-empty", "/recruiters?q=qqqzzzqqq"],
        ["profile", ids.sagarmatha],
        ["profile-few-reviews", ids.himalaya],
        ["review-form", `${ids.sagarmatha}/review`],
        ["review-sent", `${ids.sagarmatha}/review/sent?abuse=1`],
        ["complaint-form", "/complaints/new"],
        ["complaint-form-recruiter", `/complaints/new?recruiter=${ids.sagarmatha.split("/").pop()}`],
        ["track", "/track"],
        ["rights", "/rights"],
        ["language", "/language"],
        ["login", "/login"],
        ["register", "/register"],
        ["reset-request", "/login/reset"],
        ["reports", "/reports"],
        ["report-recruiters", "/reports/recruiters"],
        ["report-corridors", "/reports/corridors"],
        ["report-corridors-gender", "/reports/corridors?gender=woman"],
        ["report-justice", "/reports/justice"],
        // The API reference is the OpenAPI document drawn as a page: paths, fields and types in
        // English in left-to-right tables, only its headings translated, and axe takes 5 s on
        // it. Every locale gets the layout checks; axe runs on it in English and Arabic.
        ["api-docs", "/api/docs", ["en", "ar"]],
        ["not-found", async (page, base) => {
          const r = await page.goto(`${base}/recruiters/zzzzzzzzzzzz?${lang}`);
          expect(r.status()).toBe(404);
        }],
      ]);
    });

    test(`${locale}: worker forms refused, receipt and tracking`, async ({ page }) => {
      const { ids } = suite();
      await visit(page, locale, [
        ["review-form-refused", refused(`${ids.sagarmatha}/review?${lang}`, "form.review-form")],
        ["complaint-form-refused", refused(`/complaints/new?${lang}`, "form[action='/complaints/new']")],
        ["track-unknown-receipt", refused(`/track?${lang}`, "form[action='/track']",
          (p) => p.fill("#receipt", "9999 8888 7777 6666"))],
        ["tracked", refused(`/track?${lang}`, "form[action='/track']", (p) => p.fill("#receipt", DEMO_RECEIPT))],
        ["login-refused", refused(`/login?${lang}`, "form[action='/login']", async (p) => {
          await p.fill("#username", `nobody_${locale}`);
          await p.fill("#password", "not the password at all");
        })],
        ["register-refused", refused(`/register?${lang}`, "form[action='/register']", async (p) => {
          await p.fill("#username", `w_${locale}_refused`);
          await p.fill("#password", "short");
          await p.fill("#password_confirm", "other");
        })],
        ["receipt", refused(`/complaints/new?recruiter=${ids.sagarmatha.split("/").pop()}&${lang}`,
          "form[action='/complaints/new']", async (p) => {
            await p.selectOption("#origin", "NP");
            await p.selectOption("#destination", "QA");
            await p.check("#share-trade_union");
            await p.fill("#description", `Locale check ${locale}: the fee was taken twice.`);
          })],
      ]);
      await expect(page.locator(".receipt")).toHaveCount(1);
    });

    test(`${locale}: the worker signed in`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: suite().states.worker,
        viewport: { width: 360, height: 640 }, bypassCSP: true, extraHTTPHeaders: ownAddress() });
      const page = await context.newPage();
      await visit(page, locale, [
        ["account", "/account"],
        ["two-factor-worker", "/account/two-factor"],
        ["track-signed-in", "/track"],
      ]);
      await context.close();
    });

    test(`${locale}: the inspector and the moderator signed in`, async ({ browser }) => {
      const { states, ids } = suite();
      const problems = [];
      for (const [who, pages] of [
        ["inspector", [
          ["inspect", "/inspect"],
          ["inspect-filtered", "/inspect?status=new&overdue=1"],
          ["case", ids.case],
          ["case-refused", refused(`${ids.case}?${lang}`, "form[action$='/message']")],
          ["organisation-key", "/organisation/key"],
          ["watchlist", "/watchlist"],
          ["staff-account", "/account"],
        ]],
        ["moderator", [
          ["moderate", "/moderate"],
          ["moderate-review", ids.moderation],
          ["moderate-names", "/moderate/names"],
        ]],
      ]) {
        const context = await browser.newContext({ storageState: states[who],
          viewport: { width: 360, height: 640 }, bypassCSP: true, extraHTTPHeaders: ownAddress() });
        const page = await context.newPage();
        try {
          await visit(page, locale, pages);
        } catch (e) {
          problems.push(e.message);
        }
        await context.close();
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });

    test(`${locale}: the administrator signed in`, async ({ browser }) => {
      const { states, ids } = suite();
      const context = await browser.newContext({ storageState: states.admin,
        viewport: { width: 360, height: 640 }, bypassCSP: true, extraHTTPHeaders: ownAddress() });
      const page = await context.newPage();
      await visit(page, locale, [
        ["admin", "/admin"],
        ["admin-organisations", "/admin/organisations"],
        ["admin-organisation", ids.organisation],
        ["admin-organisation-refused", refused(`/admin/organisations?${lang}`, "form[action='/admin/organisations']",
          (p) => p.fill("#countries", "not countries"))],
        ["admin-staff", "/admin/staff"],
        ["admin-staff-member", ids.staff],
        ["admin-staff-refused", refused(`/admin/staff?${lang}`, "form[action='/admin/staff']")],
        ["admin-recruiters", "/admin/recruiters"],
        ["admin-recruiter", ids.adminRecruiter],
        ["admin-audit", "/admin/audit"],
        ["admin-complaints", "/admin/complaints"],
        ["admin-mail", "/admin/mail"],
        ["admin-partner-keys", ids.partnerKeys],
        ["admin-partner-keys-refused", refused(`${ids.partnerKeys}?${lang}`, "form[action$='/keys']",
          (p) => p.fill("#days", "0"))],
      ]);
      await context.close();
    });

    test(`${locale}: worker pages at 200 % text`, async ({ page }) => {
      const { ids } = suite();
      await visit(page, locale, [
        ["home", "/"],
        ["search", "/recruiters?q=demo"],
        ["profile", ids.sagarmatha],
        ["review-form", `${ids.sagarmatha}/review`],
        ["complaint-form", "/complaints/new"],
        ["track", "/track"],
        ["tracked", refused(`/track?${lang}`, "form[action='/track']", (p) => p.fill("#receipt", DEMO_RECEIPT))],
        ["rights", "/rights"],
        ["language", "/language"],
        ["report-corridors", "/reports/corridors"],
      ], { zoom: true });
    });
  });
}
