// FairRecruit's browser suite (issue 22). `npx playwright test` from this folder, after
// `cargo build --release` (or FAIRRECRUIT_BIN=target/debug/fairrecruit). Projects:
//   journeys-360, journeys-1280  the four journeys, JavaScript off, phone and desktop sizes
//   pages-360                    every page in every locale: overflow, direction, keys, axe
//   weight                       bytes and slow-3G time per worker page (a report)
//   drafts-360                   drafts of the two forms kept in the browser, JavaScript on
import { defineConfig } from "@playwright/test";
import { chromiumLaunch } from "./support/browser.mjs";

const phone = { width: 360, height: 640 };

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.mjs",
  globalSetup: "./support/global-setup.mjs",
  timeout: 180_000,
  expect: { timeout: 10_000 },
  workers: Number(process.env.SUITE_WORKERS ?? 2),
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunch,
    javaScriptEnabled: false,
    deviceScaleFactor: 1,
    locale: "en-US",
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "journeys-360", testMatch: "journeys.spec.mjs", use: { viewport: phone } },
    { name: "journeys-1280", testMatch: "journeys.spec.mjs", use: { viewport: { width: 1280, height: 800 } } },
    { name: "pages-360", testMatch: "pages.spec.mjs", use: { viewport: phone } },
    { name: "weight", testMatch: "weight.spec.mjs", use: { viewport: phone } },
    { name: "drafts-360", testMatch: "drafts.spec.mjs", use: { viewport: phone, javaScriptEnabled: true } },
  ],
});
