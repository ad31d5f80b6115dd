// Accessibility (issue 8): axe-core on every page, in the light and the dark theme, must find no
// violation of WCAG 2.1 A/AA (contrast included). The Lab is also checked with an instance in it, and
// the header's theme switch is checked to override the system's theme.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, openApp } from "./fixtures.js";

const PAGES = [
  "/", "/lab", "/launch", "/launch/types", "/amis", "/volumes", "/cli",
  "/learn", "/learn/lifecycle", "/learn/storage", "/glossary", "/quiz", "/data", "/no-such-page",
];

// The pages are the same under the sub-path; one run is enough.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "root", "one run, at the root");
});

async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const colorScheme of ["light", "dark"]) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const route of PAGES) {
      test(`${route} has no accessibility violations`, async ({ page }) => {
        await openApp(page, route);
        expect(await violations(page)).toEqual([]);
      });
    }

    test("the Lab with a running instance selected and a command in the console has no accessibility violations", async ({ page }) => {
      await openApp(page, "/lab");
      await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
      await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
      await page.getByRole("button", { name: "Step to the next change" }).click();
      await expect(page.getByRole("row", { name: /running/ })).toBeVisible();
      // The typed command in the dark transcript (it once had the quiz's light key-cap behind it).
      const input = page.getByRole("textbox", { name: "AWS CLI command" });
      await input.fill("aws ec2 describe-instances --query 'length(Reservations)'");
      await input.press("Enter");
      await expect(page.getByRole("log", { name: "Console output" }).locator("kbd")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test("the theme switch overrides the system's theme and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page, "/learn");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByLabel("Theme").selectOption({ label: "Dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toEqual(light);
  expect(await violations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByLabel("Theme")).toHaveValue("dark");
  expect(await background()).not.toEqual(light);
  await page.getByLabel("Theme").selectOption({ label: "System" });
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  expect(await background()).toEqual(light);
});
