// The Lab as a learner uses it (issue 4): launch, watch the diagram, act through its edges, read why an
// edge is unavailable, and see terminated instances go after the simulated hour. The clock is paused and
// stepped, so nothing waits on real time.
import { test, expect, openApp } from "./fixtures.js";

async function pauseClock(page) {
  await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
}

async function step(page) {
  await page.getByRole("button", { name: "Step to the next change" }).click();
}

const diagram = (page) => page.getByRole("region", { name: /^(Lifecycle diagram|수명 주기 다이어그램)/ });
const litState = (page) => diagram(page).locator('g[aria-current="step"] .node-id');

test("launch, then pending → running on the diagram, stop through an edge, and read why Start is unavailable while stopping", async ({ page }) => {
  await openApp(page, "/lab");
  await pauseClock(page);
  await page.getByLabel("Name of the new instance").fill("web-1");
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();

  const row = page.getByRole("row", { name: /web-1/ });
  await expect(row).toContainText("pending");
  await expect(litState(page)).toHaveText("pending");
  await expect(diagram(page).getByRole("status")).toContainText("of the way to running");

  await step(page);
  await expect(litState(page)).toHaveText("running");
  await expect(row).toContainText("running");

  await diagram(page).getByRole("button", { name: "Stop: running to stopping" }).click();
  await expect(litState(page)).toHaveText("stopping");

  const start = diagram(page).getByRole("button", { name: /^Start: stopped to pending/ });
  await expect(start).toHaveAttribute("aria-disabled", "true");
  // Still focusable, so the learner can ask why: Enter on it says.
  await start.focus();
  await page.keyboard.press("Enter");
  await expect(diagram(page).getByRole("alert")).toContainText("IncorrectInstanceState");
  await expect(diagram(page).getByRole("alert")).toContainText("is not in a state from which it can be started.");

  await step(page);
  await expect(litState(page)).toHaveText("stopped");
  await expect(start).toHaveAttribute("aria-disabled", "false");
  await start.click();
  await expect(litState(page)).toHaveText("pending");
});

test("start, reboot, terminate; the terminated instance stays listed, then goes after the simulated hour", async ({ page }) => {
  await openApp(page, "/lab");
  await pauseClock(page);
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  await step(page);
  await expect(litState(page)).toHaveText("running");

  await diagram(page).getByRole("button", { name: "Reboot: running to rebooting" }).click();
  await expect(litState(page)).toHaveText("rebooting");
  await step(page);
  await expect(litState(page)).toHaveText("running");

  await diagram(page).getByRole("button", { name: "Terminate: running to shutting-down" }).click();
  await expect(litState(page)).toHaveText("shutting-down");
  await step(page);
  await expect(litState(page)).toHaveText("terminated");
  const table = page.getByRole("table", { name: "Instances" });
  await expect(table).toContainText("terminated");

  await step(page);
  await expect(page.getByText("No instances yet. Launch one to begin.")).toBeVisible();
});

test("the toolbar acts on ticked instances, and EC2's error is shown when it refuses", async ({ page }) => {
  await openApp(page, "/lab");
  await pauseClock(page);
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  await page.getByRole("checkbox", { name: /^Select i-/ }).check();
  const actions = page.getByRole("group", { name: "Instance state actions for the ticked instances" });
  await actions.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "EC2 refused the request" }))
    .toContainText("An error occurred (IncorrectInstanceState) when calling the StopInstances operation");
  await expect(page.getByRole("row", { name: /i-/ })).toContainText("pending");
});

test("the event log shows each action with its AWS CLI command, and the world survives a reload", async ({ page }) => {
  await openApp(page, "/lab");
  await pauseClock(page);
  await page.getByLabel("Name of the new instance").fill("<b>not bold</b>");
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  const log = page.getByRole("region", { name: "Event log" });
  await expect(log).toContainText("aws ec2 run-instances");
  // Names are text, never markup.
  await expect(page.getByRole("row", { name: /<b>not bold<\/b>/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("row", { name: /<b>not bold<\/b>/ })).toBeVisible();
});

test("a damaged saved world is kept aside, and the Lab starts fresh and says so", async ({ page }) => {
  await openApp(page, "/lab");
  await page.evaluate(() => localStorage.setItem("ec2-lab/v1/world", "{ this is not a world"));
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("could not be read");
  expect(await page.evaluate(() => localStorage.getItem("ec2-lab/v1/world.unreadable"))).toBe("{ this is not a world");
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  await expect(page.getByRole("row", { name: /i-/ })).toHaveCount(1);
});

test("every diagram action is reachable with the keyboard", async ({ page }) => {
  await openApp(page, "/lab");
  await pauseClock(page);
  await page.getByLabel("Name of the new instance").focus();
  await page.keyboard.type("kb");
  await page.keyboard.press("Enter");
  await step(page);
  const stop = diagram(page).getByRole("button", { name: "Stop: running to stopping" });
  await stop.focus();
  await page.keyboard.press("Enter");
  await expect(litState(page)).toHaveText("stopping");
});

test("case 3 walks a stopped instance back to running, step by step, and can be replayed", async ({ page }) => {
  await openApp(page, "/lab");
  const cases = page.getByRole("region", { name: "The five cases, step by step" });
  await cases.getByRole("button", { name: "3. Start a stopped instance again" }).click();
  await expect(litState(page)).toHaveText("stopped");
  await expect(cases.getByRole("status")).toContainText("StartInstances");

  await cases.getByRole("button", { name: "Do it: Start" }).click();
  await expect(litState(page)).toHaveText("pending");
  await cases.getByRole("button", { name: "Let time pass" }).click();
  await expect(litState(page)).toHaveText("running");
  await expect(cases).toContainText("Done: that is the whole case.");

  await cases.getByRole("button", { name: "Replay this case" }).click();
  await expect(litState(page)).toHaveText("stopped");
  await expect(page.getByRole("row", { name: /case-3/ })).toHaveCount(2);
});

test("case 1, in Korean, explains the first launch in Korean", async ({ page }) => {
  await openApp(page, "/lab");
  await page.getByRole("button", { name: "한국어" }).click();
  const cases = page.getByRole("region", { name: "다섯 가지 경우, 단계별로" });
  await cases.getByRole("button", { name: "1. 처음 시작" }).click();
  await expect(cases.getByRole("status")).toContainText("대기 중(pending)");
  await cases.getByRole("button", { name: "t2.micro 시작(Amazon Linux 2023)" }).click();
  await expect(litState(page)).toHaveText("pending");
  await cases.getByRole("button", { name: "시간 흐르게 하기" }).click();
  await expect(litState(page)).toHaveText("running");
});

test("the list keeps the order instances were launched in: a new one comes last, and a stop and start move nothing", async ({ page }) => {
  await openApp(page, "/lab");
  await pauseClock(page);
  for (const name of ["alpha", "bravo", "charlie", "delta"]) {
    await page.getByLabel("Name of the new instance").fill(name);
    await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  }
  const rows = page.getByRole("table", { name: "Instances" }).locator("tbody").getByRole("row");
  const names = async () => (await rows.allInnerTexts()).map((text) => text.trim().split(/\s+/)[0]);
  await expect.poll(names).toEqual(["alpha", "bravo", "charlie", "delta"]);
  await rows.filter({ hasText: "alpha" }).getByRole("button").click();
  // Each step is the next change of any instance: step until alpha has got where it is going.
  const stepUntil = async (state) => {
    for (let n = 0; n < 8 && (await litState(page).textContent()) !== state; n++) await step(page);
    await expect(litState(page)).toHaveText(state);
  };
  await stepUntil("running");
  await diagram(page).getByRole("button", { name: "Stop: running to stopping" }).click();
  await stepUntil("stopped");
  await diagram(page).getByRole("button", { name: /^Start: stopped to pending/ }).click();
  await stepUntil("running");
  expect(await names()).toEqual(["alpha", "bravo", "charlie", "delta"]);
});
