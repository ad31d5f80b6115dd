// End-to-end tests in Debian's headless Chromium (never a downloaded browser), against release builds
// made by scripts/test: target/e2e/root served at / and target/e2e/subpath served under /ec2-lab/,
// both by a plain static server with no SPA fallback.
import { defineConfig } from "@playwright/test";
import { CHROMIUM, CHROMIUM_FLAGS } from "./tests/e2e/chromium.js";

// EC2LAB_E2E_PORT lets two checkouts on one machine run their e2e tiers at once (root on N, sub-path on N+1).
const ROOT_PORT = Number(process.env.EC2LAB_E2E_PORT || 8181);
const SUBPATH_PORT = ROOT_PORT + 1;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
    trace: "off",
  },
  projects: [
    { name: "root", use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: "subpath", use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/ec2-lab/` } },
  ],
  webServer: [
    {
      command: `node tests/e2e/static-server.mjs target/e2e/root ${ROOT_PORT} /`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node tests/e2e/static-server.mjs target/e2e/subpath ${SUBPATH_PORT} /ec2-lab/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/ec2-lab/`,
      reuseExistingServer: false,
    },
  ],
});
