// The home page is in index.html itself (pre-rendered at build time), so a learner on a slow phone
// reads it before the WebAssembly has arrived; the app then takes over without the page moving.
import { test as plain } from "@playwright/test";
import { test, expect, openApp } from "./fixtures.js";

// The WebAssembly never arrives: what the learner sees while it downloads. (Without the shared fixture,
// which rightly fails on the failed request this provokes.)
async function openWithoutTheApp(page, route = "/") {
  await page.route(/\.wasm$/, (request) => request.abort());
  await page.goto(`#${route}`);
}

plain.describe("before the app has loaded", () => {
  plain("the home page is already there to read, in English", async ({ page }) => {
    await openWithoutTheApp(page);
    await expect(page.locator("h1").locator("visible=true")).toHaveText("Learn Amazon EC2 by doing");
    await expect(page.getByText("Where to start").locator("visible=true")).toBeVisible();
  });

  plain.describe("with a browser that prefers Korean", () => {
    plain.use({ locale: "ko-KR" });
    plain("it is there in Korean", async ({ page }) => {
      await openWithoutTheApp(page);
      await expect(page.locator("h1").locator("visible=true")).toHaveText("직접 해 보며 배우는 Amazon EC2");
      await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    });
  });

  plain("a saved choice of language and theme is used, as the app will", async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem("ec2-lab/v1/lang", "ko");
      localStorage.setItem("ec2-lab/v1/theme", "dark");
    });
    await openWithoutTheApp(page);
    await expect(page.locator("h1").locator("visible=true")).toHaveText("직접 해 보며 배우는 Amazon EC2");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });

  plain("a deep link shows the header, not the home page's text", async ({ page }) => {
    await openWithoutTheApp(page, "/lab");
    await expect(page.locator("header").locator("visible=true")).toContainText("EC2 Lab");
    await expect(page.locator("h1").locator("visible=true")).toHaveCount(0);
  });

  plain("the stand-in is hidden from assistive technology and cannot be used by mistake", async ({ page }) => {
    await openWithoutTheApp(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
    await expect(page.locator("#prerender")).toHaveAttribute("inert", "");
  });
});

test("once the app runs, it replaces the stand-in: one page, one heading, and it works", async ({ page }) => {
  await openApp(page);
  await expect(page.locator("#prerender")).toHaveCount(0);
  await expect(page.locator("h1")).toHaveCount(1);
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("직접 해 보며 배우는 Amazon EC2");
});

test("the page does not move when the app takes over from the stand-in", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await openApp(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__shifts)).toBeLessThan(0.01);
});

// Chrome counts the largest paint once: if the app replaced the stand-in before the browser had drawn it,
// the app's copy, a module download later, would be the page's largest contentful paint (on a phone,
// seconds later). A render-blocking script held back for a second keeps the first frame waiting while the
// module is already running, which is what a busy phone does.
test("the stand-in is the largest paint, even when the first frame is late", async ({ page }) => {
  await page.route(/\/late-frame\.js$/, async (route) => {
    await new Promise((wait) => setTimeout(wait, 1500));
    await route.fulfill({ contentType: "text/javascript", body: "" });
  });
  await page.route(/\/(#.*)?$/, async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</head>",
      '<script async blocking="render" src="late-frame.js"></script></head>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.addInitScript(() => {
    window.__largestPaints = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__largestPaints.push(entry.element ? !!entry.element.closest("#prerender") : null);
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await openApp(page);
  await expect(page.locator("#prerender")).toHaveCount(0);
  await page.waitForTimeout(300);
  const paints = await page.evaluate(() => window.__largestPaints);
  expect(paints.length).toBeGreaterThan(0);
  expect(paints, "every largest-paint candidate is the pre-rendered page").toEqual(paints.map(() => true));
});
