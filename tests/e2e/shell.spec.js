// The app shell as a learner meets it: navigation, language, deep links, keyboard.
import { test, expect, mainNav, openApp } from "./fixtures.js";

const PAGES = [
  { link: "Lab", heading: "Lab", hash: "#/lab" },
  { link: "Launch", heading: "Launch", hash: "#/launch" },
  { link: "AMIs", heading: "AMIs", hash: "#/amis" },
  { link: "Volumes", heading: "Volumes", hash: "#/volumes" },
  { link: "CLI", heading: "CLI", hash: "#/cli" },
  { link: "Learn", heading: "Learn", hash: "#/learn" },
  { link: "Quiz", heading: "Quiz", hash: "#/quiz" },
  { link: "Home", heading: "Learn Amazon EC2 by doing", hash: "#/" },
];

test("the home page says what EC2 Lab is and links every page", async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle("EC2 Lab");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn Amazon EC2 by doing");
  await expect(page.getByRole("banner")).toContainText("EC2 Lab");
  await expect(page.getByRole("contentinfo")).toContainText("not affiliated with Amazon Web Services");
  for (const { link } of PAGES) {
    await expect(mainNav(page).getByRole("link", { name: link, exact: true })).toBeVisible();
  }
});

test("every page is reached by clicking the navigation", async ({ page }) => {
  await openApp(page);
  for (const { link, heading, hash } of PAGES) {
    const navLink = mainNav(page).getByRole("link", { name: link, exact: true });
    await navLink.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(navLink).toHaveAttribute("aria-current", "page");
    expect(new URL(page.url()).hash).toBe(hash);
  }
});

test("switching to Korean changes the page and is remembered after a reload", async ({ page }) => {
  await openApp(page, "/lab");
  const language = page.getByRole("group", { name: "Language" });
  await language.getByRole("button", { name: "한국어" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("실습");
  await expect(mainNav(page).getByRole("link", { name: "인스턴스 시작" })).toBeVisible();
  await expect(page.getByRole("group", { name: "언어" }).getByRole("button", { name: "한국어" }))
    .toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("실습");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lab");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("with a browser that prefers Korean", () => {
  test.use({ locale: "ko-KR" });

  test("the app starts in Korean", async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("직접 해 보며 배우는 Amazon EC2");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  });
});

test("a deep link loads its page, and reloading it keeps the page", async ({ page }) => {
  await openApp(page, "/volumes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Volumes");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Volumes");
  await expect(mainNav(page).getByRole("link", { name: "Volumes" })).toHaveAttribute("aria-current", "page");
});

test("an unknown address shows a page-not-found page with a way home", async ({ page }) => {
  await openApp(page, "/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "Back to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn Amazon EC2 by doing");
});

test("the favicon is a real file served by the site", async ({ page }) => {
  await openApp(page);
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  const response = await page.request.get(new URL(href, page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});

test("the keyboard reaches the skip link, the navigation and the language switch", async ({ page }) => {
  await openApp(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  const lab = mainNav(page).getByRole("link", { name: "Lab", exact: true });
  await lab.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lab");

  const korean = page.getByRole("button", { name: "한국어" });
  await korean.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("실습");
});
