// Debian's Chromium (never a downloaded one), started as this machine allows: headless, no
// sandbox (root), and no background networking (the network is closed; Chromium would keep
// trying Google's hosts).
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};
