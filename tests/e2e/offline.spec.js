// Offline and hosting: the release build under a sub-path keeps working after its server is gone,
// and it allows only itself in its Content-Security-Policy.
import { spawn } from "node:child_process";
import { test, expect, mainNav, openApp } from "./fixtures.js";

const PORT = 8183;

async function startServer() {
  const server = spawn("node", ["tests/e2e/static-server.mjs", "target/e2e/subpath", String(PORT), "/ec2-lab/"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once("data", resolve);
    server.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return server;
}

test("after one visit, the site reloads and navigates with its server stopped", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "subpath", "one run, under the sub-path");
  const server = await startServer();
  try {
    await page.goto(`http://127.0.0.1:${PORT}/ec2-lab/#/`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The service worker has cached the build once it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
      }
    });
  } finally {
    server.kill();
  }
  await new Promise((r) => server.once("exit", r));

  await page.goto(`http://127.0.0.1:${PORT}/ec2-lab/#/volumes`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Volumes");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Volumes");
  await mainNav(page).getByRole("link", { name: "Lab", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lab");
});

test("the Content-Security-Policy allows only the site itself", async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain("http:");
  expect(csp).not.toContain("https:");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // The app started under this policy (the fixture fails the test on any CSP violation in the console).
  await expect(mainNav(page)).toBeVisible();
});
