// Every locale's worker pages at 360 × 640 in headless Chromium (Debian's), JavaScript off:
// a full-page screenshot of each (to look at for missing glyphs, "tofu") and a check that
// nothing runs past the screen's right edge (`scrollWidth <= 360`).
//
//   npm install --prefix /tmp/pw playwright-core
//   cargo run --release -- serve --demo &            # http://127.0.0.1:8080
//   NODE_PATH=/tmp/pw/node_modules node scripts/locale_screens.cjs [base] [out] [codes...]
//
// Prints one line per page and locale; exits 1 if any page overflows.
const { chromium } = require("playwright-core");
const { mkdirSync } = require("node:fs");

(async () => {

const base = process.argv[2] ?? "http://127.0.0.1:8080";
const out = process.argv[3] ?? "/tmp/locale-screens";
const only = process.argv.slice(4);
const locales = ["en", "ne", "hi", "bn", "ur", "ar", "fil", "id", "my", "si", "ta", "ms", "km",
  "vi", "th", "es", "fr", "sw", "am"].filter((c) => only.length === 0 || only.includes(c));

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({
  viewport: { width: 360, height: 640 }, javaScriptEnabled: false, deviceScaleFactor: 1,
});
const page = await context.newPage();
await page.goto(`${base}/recruiters?lang=en`);
const profile = await page.getAttribute("a[href^='/recruiters/']", "href");
const pages = { home: "/", review: `${profile.split("?")[0]}/review`, complaint: "/complaints/new",
  language: "/language" };

mkdirSync(out, { recursive: true });
let overflowing = 0;
for (const code of locales) {
  for (const [name, path] of Object.entries(pages)) {
    const response = await page.goto(`${base}${path}?lang=${code}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    // Elements wider than the screen, named by tag and class, to find what overflows.
    const wide = await page.evaluate(() => [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > 361 && getComputedStyle(e).position !== "fixed")
      .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`));
    const file = `${out}/${code}-${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    const ok = width <= 360;
    if (!ok) overflowing += 1;
    console.log(`${ok ? "ok  " : "WIDE"} ${code.padEnd(3)} ${name.padEnd(9)} ${response.status()} width=${width} ${ok ? "" : wide.join(" ")}`);
  }
}
await browser.close();
process.exit(overflowing ? 1 : 0);
})();
