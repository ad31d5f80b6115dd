// Debian's Chromium, as the end-to-end tests and the benchmark launch it. Never a downloaded browser.
// Without the networking flags Chromium tries to reach outside hosts, which this machine refuses.
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
