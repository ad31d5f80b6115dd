// The main flows on a 360 px wide touch phone (issue 8: "layouts work from 360 px wide phones to
// desktops"; "a phone-width run of the main flows"), with the steps the other specs use: the Lab's
// lifecycle through the diagram and the CLI console, the launch wizard, a volume and the instance
// shell with the survival matrix, an image from an instance, and a quiz question answered by tapping.
// Every page is then checked for sideways overflow, for the size of what there is to tap (WCAG 2.2,
// 2.5.8 Target Size (Minimum): 24 × 24 CSS px) and with axe at this width (a wide table scrolls in a
// focusable region).
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, mainNav, openApp } from "./fixtures.js";

const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

const diagram = (page) => page.getByRole("region", { name: /^(Lifecycle diagram|수명 주기 다이어그램)/ });
const litState = (page) => diagram(page).locator('g[aria-current="step"] .node-id');
const instances = (page) => page.getByRole("table", { name: /^(Instances|인스턴스)$/ });
/// A wide table's own scroll region (it may scroll sideways; the page may not).
const scroller = (page, name) => page.getByRole("region", { name: new RegExp(`^${name} (\\(scrolls sideways\\)|표\\(가로로 스크롤\\))$`) });
const shell = (page) => page.getByRole("region", { name: /^(Shell on|.*의 셸)/ });
const matrix = (page) => page.getByRole("table", { name: /^(What survives|무엇이 남을까요)/ });
const summary = (page) => page.getByRole("complementary", { name: /^(Summary|요약)$/ });

async function clock(page, label) {
  await page.getByLabel("Clock speed").selectOption({ label });
}

/// Launches the launch bar's t2.micro with the clock on Instant and returns its row and ID.
async function launchRunning(page, name) {
  await openApp(page, "/lab");
  await clock(page, "Instant");
  if (name) await page.getByLabel("Name of the new instance").fill(name);
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).tap();
  const row = instances(page).getByRole("row", { name: new RegExp(name || "i-") }).first();
  await expect(row).toContainText("running");
  const id = (await row.getByRole("button", { name: /^i-/ }).textContent()).trim();
  return { row, id };
}

/// The page is no wider than the phone, the given controls are on screen and big enough to tap, and so
/// is every other button, field, tab and navigation link (a link inside running text is exempt, as
/// WCAG 2.5.8 says).
async function expectFitsPhone(page, what, keyControls = []) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} is wider than the phone`).toBeLessThanOrEqual(PHONE.width);
  for (const control of keyControls) {
    await expect(control, `${what}: a key control`).toBeVisible();
    await control.scrollIntoViewIfNeeded();
    const box = await control.boundingBox();
    expect(box.height, `${what}: ${control} is too small to tap`).toBeGreaterThanOrEqual(24);
    expect(box.x, `${what}: ${control} starts off screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: ${control} runs off screen`).toBeLessThanOrEqual(PHONE.width + 0.5);
  }
  const tooSmall = await page.evaluate(() => {
    const targets = "button, select, textarea, input:not([type=hidden]), [role=tab], a.button, .main-nav a, summary";
    return [...document.querySelectorAll(targets)]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // Hidden, or visually hidden for screen readers only.
        if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === "hidden") return false;
        return box.width < 23.5 || box.height < 23.5;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = el.getAttribute("aria-label") || el.textContent.trim().slice(0, 40) || el.outerHTML.slice(0, 60);
        return `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
  });
  expect(tooSmall, `${what}: targets under 24 × 24 px`).toEqual([]);
}

test("the Lab: launch, pending → running, stop through the diagram, start, terminate, and the CLI console", async ({ page }) => {
  await openApp(page, "/lab");
  await clock(page, "Paused");
  await page.getByLabel("Name of the new instance").fill("phone-1");
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).tap();
  const row = instances(page).getByRole("row", { name: /phone-1/ });
  await expect(row).toContainText("pending");
  await expect(litState(page)).toHaveText("pending");
  await clock(page, "Instant");
  await expect(litState(page)).toHaveText("running");
  await expect(row).toContainText("running");

  // The diagram stays inside the screen; its buttons are big enough for a finger.
  const stop = diagram(page).getByRole("button", { name: "Stop: running to stopping" });
  await expectFitsPhone(page, "the Lab with a running instance", [stop, diagram(page)]);
  await stop.tap();
  await expect(litState(page)).toHaveText("stopped");
  await expect(row).toContainText("stopped");
  await diagram(page).getByRole("button", { name: /^Start: stopped to pending/ }).tap();
  await expect(litState(page)).toHaveText("running");
  await diagram(page).getByRole("button", { name: "Terminate: running to shutting-down" }).tap();
  await expect(litState(page)).toHaveText("terminated");
  await expect(row).toContainText("terminated");

  // The console: type a command, read its answer, all inside the screen.
  const input = page.getByRole("textbox", { name: "AWS CLI command" });
  const output = page.getByRole("log", { name: "Console output" });
  await input.tap();
  await page.keyboard.type("aws ec2 describe-instances --query 'Reservations[].Instances[].State.Name'");
  await page.keyboard.press("Enter");
  await expect(output.locator(".entry").last()).toContainText('"terminated"');
  await expectFitsPhone(page, "the Lab's console", [input, output]);
});

test("the launch wizard: choose a type, read the summary, launch", async ({ page }) => {
  await openApp(page, "/launch");
  await page.getByLabel("Name", { exact: true }).fill("phone-web");
  const type = page.getByRole("searchbox", { name: "Instance type" });
  await type.fill("t3.small");
  await expect(type).toHaveAttribute("aria-invalid", "false");
  await expect(summary(page)).toContainText("t3.small");
  await expect(summary(page).locator(".launch-command")).toContainText("--instance-type t3.small");
  const launch = summary(page).getByRole("button", { name: "Launch instance" });
  await expectFitsPhone(page, "the launch wizard", [type, summary(page), launch]);
  await launch.tap();
  await expect(page).toHaveURL(/#\/lab$/);
  await expect(instances(page).getByRole("row", { name: /phone-web/ })).toContainText("t3.small");
});

test("volumes: create and attach one, run a command in the shell, read the survival matrix after a reboot", async ({ page }) => {
  const { row, id } = await launchRunning(page, "disk");
  const zone = (await row.textContent()).match(/us-east-1[a-f]/)[0];

  await mainNav(page).getByRole("link", { name: "Volumes" }).tap();
  await page.getByLabel("Availability Zone").selectOption(zone);
  await page.getByLabel("Size (GiB)").fill("2");
  await page.getByRole("button", { name: "Create volume", exact: true }).tap();
  const extra = page.getByRole("row").filter({ hasText: "2 GiB" });
  await expect(extra).toContainText("available");
  const volume = (await extra.getByRole("rowheader").textContent()).trim();
  await extra.getByLabel(`Instance to attach ${volume} to`).selectOption(id);
  await extra.getByLabel(`Device name for ${volume}`).fill("/dev/sdf");
  const attach = extra.getByRole("button", { name: `Attach ${volume}` });
  await expectFitsPhone(page, "the Volumes page", [attach]);
  await attach.tap();
  await expect(extra).toContainText(`${id} /dev/sdf (attached)`);

  await page.getByRole("button", { name: `Connect to ${id}` }).tap();
  const command = shell(page).getByLabel("Command to run on the instance");
  await command.fill("echo hello-phone > ~/note.txt");
  await command.press("Enter");
  await expect(command).toHaveValue("");
  await command.fill("cat ~/note.txt");
  await command.press("Enter");
  await expect(shell(page).locator(".transcript .entry").last()).toContainText("hello-phone");
  await expectFitsPhone(page, "the instance shell", [command]);

  await mainNav(page).getByRole("link", { name: "Lab" }).tap();
  await page.getByRole("button", { name: id, exact: true }).tap();
  await diagram(page).getByRole("button", { name: "Reboot: running to rebooting" }).tap();
  await expect(page.getByRole("heading", { name: `Last action on ${id}: Reboot` })).toBeVisible();
  const ram = matrix(page).getByRole("row").filter({ hasText: "RAM (/dev/shm)" });
  await expect(ram).toContainText("erased");
  await expect(matrix(page).getByRole("row").filter({ hasText: `EBS volume ${volume}` })).toContainText("kept");
  // Readable: each row is on screen whole, not cut off at the right.
  await ram.scrollIntoViewIfNeeded();
  for (const box of await matrix(page).getByRole("row").evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().toJSON()))) {
    if (box.width > 1) expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  await expectFitsPhone(page, "the Lab with the survival matrix", [matrix(page)]);
});

test("AMIs: create an image from an instance", async ({ page }) => {
  const { id } = await launchRunning(page, "golden");
  await mainNav(page).getByRole("link", { name: "AMIs", exact: true }).tap();
  const form = page.getByRole("region", { name: "Create image" });
  await expect(form.getByLabel("Instance")).toHaveValue(id);
  await form.getByLabel("Image name").fill("phone-golden");
  const create = form.getByRole("button", { name: "Create image" });
  await expectFitsPhone(page, "the AMIs page", [create, page.getByRole("tab", { name: "My AMIs" })]);
  await create.tap();
  await expect(form.getByRole("status")).toContainText("the instance reboots");
  await expect(page.getByRole("tab", { name: "My AMIs" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("row", { name: /phone-golden/ })).toContainText("available");
  await expectFitsPhone(page, "the AMIs page with an image of yours");
});

const bank = Object.fromEntries(
  JSON.parse(readFileSync(new URL("../../content/quiz/billing.json", import.meta.url), "utf8")).map((q) => [q.id, q]),
);

test("quiz: answer a question by tapping and read the explanation", async ({ page }) => {
  await openApp(page, "/quiz?topic=billing&seed=3");
  await page.getByRole("button", { name: "Start" }).tap();
  const session = page.locator("#quiz-session");
  const id = (await session.locator(".quiz-id code").textContent()).trim();
  const q = bank[id];
  const picks = q.kind === "true-false" ? [q.answer ? 0 : 1] : q.kind === "single" ? [q.answer] : [...q.answers];
  const options = session.locator(".quiz-option");
  await expectFitsPhone(page, "a quiz question", [options.first(), session.getByRole("button", { name: "Check" })]);
  for (const i of picks) await options.nth(i).tap();
  await session.getByRole("button", { name: "Check" }).tap();
  await expect(session.getByRole("status")).toContainText("Correct");
  await expect(session).toContainText(q.explanation.en);
  await expectFitsPhone(page, "a quiz explanation", [session.getByRole("button", { name: /Next question|Easy|Good/ }).first()]);
});

// Every page, with an instance in the world so the Lab and the storage pages have rows.
const PAGES = [
  ["/", (page) => [mainNav(page).getByRole("link", { name: "Lab", exact: true })]],
  ["/lab", (page) => [page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }), scroller(page, "Instances")]],
  ["/launch", (page) => [page.getByRole("searchbox", { name: "Instance type" }), summary(page).getByRole("button", { name: "Launch instance" })]],
  ["/launch/types", (page) => [page.getByLabel("Family", { exact: true })]],
  ["/volumes", (page) => [page.getByRole("button", { name: "Create volume", exact: true })]],
  ["/amis", (page) => [page.getByRole("tab", { name: "My AMIs" }), page.getByRole("button", { name: "Create image" })]],
  ["/quiz", (page) => [page.getByRole("button", { name: "Start" })]],
  ["/learn", (page) => [page.getByRole("link", { name: "Glossary: every term in English and Korean" })]],
  ["/learn/storage", () => []],
  ["/glossary", (page) => [page.getByLabel("Search the glossary")]],
  ["/data", (page) => [page.getByRole("button", { name: "Export to a file" })]],
  ["/cli", (page) => [page.getByRole("textbox", { name: "AWS CLI command" })]],
];

for (const [route, keyControls] of PAGES) {
  test(`${route} fits a 360 px phone: no sideways overflow, targets of 24 px, no axe violation`, async ({ page }) => {
    await launchRunning(page);
    await openApp(page, route);
    await expectFitsPhone(page, route, keyControls(page));
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("in Korean the Lab and the quiz fit the phone too", async ({ page }) => {
  await launchRunning(page);
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "한국어" }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("실습");
  await expectFitsPhone(page, "the Lab in Korean", [diagram(page), scroller(page, "인스턴스")]);
  await openApp(page, "/quiz?topic=billing&seed=3");
  await page.getByRole("button", { name: "시작" }).tap();
  await page.locator("#quiz-session .quiz-option").first().tap();
  await page.getByRole("button", { name: "채점" }).tap();
  await expect(page.locator("#quiz-session").getByRole("status")).toBeVisible();
  await expectFitsPhone(page, "a quiz explanation in Korean");
});

test.describe("in the dark theme", () => {
  test.use({ colorScheme: "dark" });

  test("the Lab's instance cards and the AMI catalogue's cards have no axe violation at 360 px", async ({ page }) => {
    await launchRunning(page);
    for (const route of ["/lab", "/amis"]) {
      await openApp(page, route);
      await expectFitsPhone(page, `${route} in the dark theme`);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
});
