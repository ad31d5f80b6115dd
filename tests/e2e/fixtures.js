// The `page` every end-to-end test uses: it fails the test if the browser console shows an error, a
// page script throws, a response is 4xx/5xx (a missing favicon included), or any request tries to
// leave 127.0.0.1 (no CDN, no remote font, no telemetry). Such requests are also blocked.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("response", (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
    });
    await page.route(
      (url) => ["http:", "https:", "ws:", "wss:"].includes(url.protocol) && url.hostname !== "127.0.0.1",
      (route) => {
        problems.push(`request left 127.0.0.1: ${route.request().url()}`);
        return route.abort();
      },
    );
    await use(page);
    expect(problems, "console errors, failed or foreign requests").toEqual([]);
  },
});

export { expect };

/// The main navigation landmark.
export const mainNav = (page) => page.getByRole("navigation", { name: /^(Main|주 메뉴)$/ });

/// Opens a page of the app (a route such as "/lab") and waits until the app has rendered it.
export async function openApp(page, route = "/") {
  await page.goto(`#${route}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}
