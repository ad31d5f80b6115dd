// The Learn page, a lesson and the glossary, as a learner uses them (issue 8).
import { test, expect, mainNav, openApp } from "./fixtures.js";

const h1 = (page) => page.getByRole("heading", { level: 1 });

test("from the navigation to the lifecycle lesson, its tables and trap, then the next lesson", async ({ page }) => {
  await openApp(page);
  await mainNav(page).getByRole("link", { name: "Learn", exact: true }).click();
  await expect(h1(page)).toHaveText("Learn");
  const lessons = page.getByRole("list").filter({ hasText: "The instance lifecycle" });
  await expect(lessons.getByRole("listitem")).toHaveCount(6);

  await page.getByRole("link", { name: "The instance lifecycle" }).click();
  await expect(h1(page)).toHaveText("The instance lifecycle");
  expect(new URL(page.url()).hash).toBe("#/learn/lifecycle");
  await expect(mainNav(page).getByRole("link", { name: "Learn", exact: true })).toHaveAttribute("aria-current", "true");

  // The persistence table, with its column and row headers.
  const persists = page.getByRole("table", { name: "What persists" });
  await expect(persists).toBeVisible();
  await expect(persists.getByRole("columnheader", { name: "Stop/start" })).toBeVisible();
  await expect(persists.getByRole("row", { name: /Instance ID/ })).toContainText("Same");
  await expect(page.getByRole("table", { name: "The five cases" }).getByRole("row")).toHaveCount(6);

  // The trap is named in words, not colour alone.
  const trap = page.getByRole("note").filter({ hasText: "종료 = terminate, not shut down" });
  await expect(trap).toContainText("Trap");
  await expect(page.getByRole("note").filter({ hasText: "Simplified in the simulator" }).first()).toBeVisible();

  // "Try it" says what it will open; the five cases set the Lab up.
  const tryIt = page.getByRole("button", { name: "Try it in the Lab: Case 2: stop" });
  await expect(tryIt).toBeVisible();
  await expect(page.getByRole("link", { name: "Quiz: What persists" })).toBeVisible();

  // The next lesson starts at its top, with focus on its title.
  await page.getByRole("link", { name: /Next lesson/ }).click();
  await expect(h1(page)).toHaveText("AMIs: the images instances start from");
  expect(new URL(page.url()).hash).toBe("#/learn/amis");
  await expect(h1(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole("link", { name: /Previous lesson/ })).toContainText("The instance lifecycle");
});

test("a try-it button sets the Lab up for its case", async ({ page }) => {
  await openApp(page, "/learn/lifecycle");
  await page.getByRole("button", { name: "Try it in the Lab: Case 2: stop" }).click();
  expect(new URL(page.url()).hash).toBe("#/lab");
  await expect(mainNav(page).getByRole("link", { name: "Lab", exact: true })).toHaveAttribute("aria-current", "page");
  const cases = page.getByRole("region", { name: "The five cases, step by step" });
  await expect(cases.getByRole("button", { name: "2. Stop a running instance" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("region", { name: /Lifecycle diagram/ }).locator('g[aria-current="step"] .node-id')).toHaveText("running");
  await cases.getByRole("button", { name: "Do it: Stop" }).click();
  await expect(page.getByRole("region", { name: /Lifecycle diagram/ }).locator('g[aria-current="step"] .node-id')).toHaveText("stopping");
});

test("a try-it button for a set-up not built yet opens the Lab as it is", async ({ page }) => {
  await openApp(page, "/learn/lifecycle");
  await page.getByRole("link", { name: /^Try it in the Lab: / }).first().click();
  expect(new URL(page.url()).hash).toBe("#/lab");
});

test("the contents list moves to a section", async ({ page }) => {
  await openApp(page, "/learn/lifecycle");
  const contents = page.getByRole("navigation", { name: "On this page" });
  await contents.getByRole("link", { name: "Billing by state" }).click();
  const heading = page.getByRole("heading", { level: 2, name: "Billing by state" });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(new URL(page.url()).hash).toBe("#/learn/lifecycle");
});

test("in Korean, the lesson has Korean headings, table and trap", async ({ page }) => {
  await openApp(page, "/learn/lifecycle");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "한국어" }).click();
  await expect(h1(page)).toHaveText("인스턴스 수명 주기");
  await expect(page.getByRole("heading", { level: 2, name: "다섯 가지 경우" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "무엇이 유지되는가" })).toBeVisible();
  await expect(page.getByRole("table", { name: "무엇이 유지되는가" }).getByRole("columnheader", { name: "중지 후 시작" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "함정 주의" })).toContainText("종료 = terminate(삭제)");
  await expect(page.getByRole("button", { name: "실습에서 해 보기: 경우 2: 중지" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "The five cases" })).toHaveCount(0);
});

test("the glossary, reached from a lesson, finds terminate and 종료", async ({ page }) => {
  await openApp(page, "/learn/lifecycle");
  await page.getByRole("main").getByRole("link", { name: "Glossary", exact: true }).click();
  await expect(h1(page)).toHaveText("Glossary");
  expect(new URL(page.url()).hash).toBe("#/glossary");
  await expect(page.getByRole("note").filter({ hasText: "Trap" })).toContainText("종료 = terminate, not shut down");

  const terms = page.getByRole("table", { name: "Terms" });
  const search = page.getByLabel("Search the glossary");
  await search.fill("terminate");
  const row = terms.getByRole("row", { name: /^Terminate 종료/ });
  await expect(row).toContainText("TerminateInstances");
  await expect(terms.getByRole("row", { name: /^Terminated 종료됨/ })).toBeVisible();
  await expect(terms.getByRole("row", { name: /^Running/ })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "terms match" })).toContainText(/^\d+ of \d+ terms match\.$/);

  await search.fill("종료");
  await expect(terms.getByRole("row", { name: /^Shutting-down 종료 중/ })).toBeVisible();
  await search.fill("no such term");
  await expect(page.getByText("No term matches this search.")).toBeVisible();
  await search.fill("");
  await expect(terms.getByRole("row", { name: /^Pending 대기 중 pending/ })).toBeVisible();
});

test("the glossary is also linked from the Learn page and leads back to a lesson", async ({ page }) => {
  await openApp(page, "/learn");
  await page.getByRole("link", { name: "Glossary: every term in English and Korean" }).click();
  await expect(h1(page)).toHaveText("Glossary");
  await page.getByLabel("Search the glossary").fill("DeleteOnTermination");
  await page.getByRole("table", { name: "Terms" }).getByRole("link", { name: /^Storage/ }).click();
  await expect(h1(page)).toHaveText("Storage: instance store, EBS, EFS and S3");
});

test("a lesson's deep URL loads and reloads", async ({ page }) => {
  await openApp(page, "/learn/storage");
  await expect(h1(page)).toHaveText("Storage: instance store, EBS, EFS and S3");
  await page.reload();
  await expect(h1(page)).toHaveText("Storage: instance store, EBS, EFS and S3");
  await expect(page.getByRole("table", { name: "The four compared" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Learn", exact: true })).toHaveAttribute("aria-current", "true");
});

test("an unknown lesson says so and leads back to the list", async ({ page }) => {
  await openApp(page, "/learn/no-such-lesson");
  await expect(h1(page)).toHaveText("No such lesson");
  await page.getByRole("link", { name: "Back to the list of lessons" }).click();
  await expect(h1(page)).toHaveText("Learn");
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("no lesson and not the glossary is wider than the screen", async ({ page }) => {
    const slugs = ["cloud-basics", "compute-services", "instance-types", "lifecycle", "amis", "storage"];
    for (const route of ["/learn", ...slugs.map((slug) => `/learn/${slug}`), "/glossary"]) {
      await openApp(page, route);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, `${route} overflows sideways`).toBeLessThanOrEqual(client);
    }
    await page.getByLabel("Search the glossary").fill("terminate");
    const row = page.getByRole("table", { name: "Terms" }).getByRole("row", { name: /^Terminate 종료/ });
    await expect(row).toContainText("TerminateInstances");
    await expect(row.getByRole("link", { name: "The lifecycle" })).toBeVisible();
  });
});
