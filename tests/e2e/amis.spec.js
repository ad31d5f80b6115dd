// The AMIs page as a learner uses it (issue 6): make a web server on Amazon Linux (an m5d.large, so it
// has instance store) through the Lab's console (ssh runs a command inside the instance), create an AMI
// from it, watch pending → available, copy it to Seoul, launch two instances from it and find nginx and
// the page on both but not the instance-store file, read the lineage, deregister the AMI and see the
// instances still running. The clock is paused and stepped, so nothing waits.
import { test, expect, mainNav, openApp } from "./fixtures.js";

const console_ = (page) => ({
  input: page.getByRole("textbox", { name: "AWS CLI command" }),
  output: page.getByRole("log", { name: "Console output" }),
});

/// Types a line in the Lab's console and waits for its answer (the newest entry).
async function run(page, line, expected) {
  const { input, output } = console_(page);
  const before = await output.locator("pre").count();
  await input.fill(line);
  await input.press("Enter");
  await expect.poll(() => output.locator("pre").count()).toBeGreaterThan(before);
  if (expected) await expect(output.locator("pre").last()).toContainText(expected);
}

async function step(page) {
  await page.getByRole("button", { name: "Step to the next change" }).click();
}

/// Steps the clock until the locator shows the text (each step is the next timed change).
async function stepUntil(page, locator, text) {
  await expect(async () => {
    if (!((await locator.textContent()) || "").includes(text)) await step(page);
    await expect(locator).toContainText(text, { timeout: 300 });
  }).toPass({ timeout: 20_000 });
}

/// The instance IDs in the Lab's instance list (each row's checkbox is named after its instance).
async function instanceIds(page) {
  const boxes = page.getByRole("table", { name: "Instances" }).getByRole("checkbox", { name: /^Select i-/ });
  const labels = await boxes.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));
  return labels.map((l) => l.match(/i-[0-9a-f]{17}/)[0]);
}

test("a custom AMI from a modified instance: create, watch it become available, launch two, read the lineage, deregister", async ({ page }) => {
  test.setTimeout(90_000);
  // 1. A base m5d.large (it has instance store) launched from the Quick Start AMI on this page,
  //    then modified through ssh: nginx, a page on the root volume, a file on instance store.
  await openApp(page, "/amis");
  await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
  await page.getByRole("row", { name: /al2023-ami-.*-x86_64/ }).getByRole("button").click();
  await page.getByLabel("Instance type").selectOption("m5d.large");
  await page.getByRole("button", { name: "Launch instances", exact: true }).click();
  await expect(page).toHaveURL(/#\/lab$/);
  const [base] = await instanceIds(page);
  await stepUntil(page, page.getByRole("row", { name: new RegExp(base) }), "running");
  await run(page, `ssh ${base} sudo dnf install -y nginx`, "Complete!");
  await run(page, `ssh ${base} "echo '<h1>golden page</h1>' | sudo tee /usr/share/nginx/html/index.html"`, "<h1>golden page</h1>");
  await run(page, `ssh ${base} sudo systemctl enable nginx`);
  await run(page, `ssh ${base} "sudo mkfs -t xfs /dev/nvme1n1 && sudo mkdir /scratch && sudo mount /dev/nvme1n1 /scratch && echo cache | sudo tee /scratch/cache.txt"`, "cache");

  // 2. The AMIs page: a bad name gets EC2's error at the field, then the image is created.
  await mainNav(page).getByRole("link", { name: "AMIs", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AMIs");
  await expect(page.getByRole("tab", { name: "AWS-provided (Quick Start)" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel")).toContainText("al2023-ami-2023");
  const form = page.getByRole("region", { name: "Create image" });
  await expect(form.getByLabel("Instance")).toHaveValue(base);
  const name = form.getByLabel("Image name");
  await name.fill("ab");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("InvalidAMIName.Malformed");
  await name.fill("web-golden");
  await expect(name).toHaveAttribute("aria-invalid", "false");
  await form.getByLabel("Image description (optional)").fill("nginx with our page");
  await form.getByLabel("No reboot").check();
  await expect(form).toContainText("can't guarantee the file system integrity");
  await form.getByLabel("No reboot").uncheck();
  await form.getByRole("button", { name: "Create image" }).click();
  await expect(form.getByRole("status")).toContainText("the instance reboots");
  await expect(form).toContainText("rebooting");

  // 3. My AMIs: pending, then available as the clock is stepped.
  await expect(page.getByRole("tab", { name: "My AMIs" })).toHaveAttribute("aria-selected", "true");
  const row = page.getByRole("row", { name: /web-golden/ });
  await expect(row).toContainText("pending");
  const ami = (await row.textContent()).match(/ami-[0-9a-f]{17}/)[0];
  await stepUntil(page, row, "available");
  const mapping = page.getByRole("table", { name: "Block device mapping" });
  await expect(mapping).toContainText("/dev/xvda");
  await expect(mapping).toContainText(/snap-[0-9a-f]{17}/);
  await expect(mapping).toContainText("completed");

  // 4. Copy it to Seoul: a new ID there, pending at first.
  await page.getByLabel("Destination Region").selectOption("ap-northeast-2");
  await page.getByRole("button", { name: "Copy AMI" }).click();
  await expect(page.getByText(/Copying to ap-northeast-2 as ami-[0-9a-f]{17}: a new AMI ID/)).toBeVisible();
  const seoulRow = page.getByRole("row", { name: /ap-northeast-2/ });
  await expect(seoulRow).toContainText("web-golden");
  const copy = (await seoulRow.textContent()).match(/ami-[0-9a-f]{17}/)[0];
  expect(copy).not.toBe(ami);

  // 5. Launch two instances from it: the Lab shows them.
  await page.getByLabel("Instance type").selectOption("m5d.large");
  await page.getByLabel("Number of instances").fill("2");
  await page.getByRole("button", { name: "Launch instances", exact: true }).click();
  await expect(page).toHaveURL(/#\/lab$/);
  await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
  await step(page);
  const launched = (await instanceIds(page)).filter((id) => id !== base);
  expect(launched).toHaveLength(2);
  for (const id of launched) {
    await stepUntil(page, page.getByRole("row", { name: new RegExp(id) }), "running");
    await run(page, `ssh ${id} cat /usr/share/nginx/html/index.html`, "<h1>golden page</h1>");
    await run(page, `ssh ${id} which nginx`, "/usr/sbin/nginx");
    await run(page, `ssh ${id} curl -s localhost`, "golden page");
    // Instance store was not in the image: the mount point is on root, the file is not.
    await run(page, `ssh ${id} cat /scratch/cache.txt`, "No such file or directory");
  }

  // 6. The lineage: base AMI → modified instance → snapshots → custom AMI → the two instances.
  await mainNav(page).getByRole("link", { name: "AMIs", exact: true }).click();
  await page.getByRole("tab", { name: "My AMIs" }).click();
  await page.getByRole("button", { name: ami, exact: true }).click();
  const lineage = page.getByRole("list", { name: `Lineage of ${ami}` });
  await expect(lineage).toContainText("Base AMI");
  await expect(lineage.getByRole("button", { name: `Open ${base} in the Lab` })).toBeVisible();
  await expect(lineage).toContainText(/snap-[0-9a-f]{17}/);
  await expect(lineage).toContainText("Instance store: NOT carried");
  await expect(lineage).toContainText("ephemeral0");
  await expect(lineage.getByRole("button", { name: `Show AMI ${copy}` })).toBeVisible();
  for (const id of launched) {
    await expect(lineage.getByRole("button", { name: `Open ${id} in the Lab` })).toBeVisible();
  }
  // Keyboard: the base AMI node is reachable and shows that AMI.
  await lineage.getByRole("button", { name: /^Show AMI ami-/ }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tab", { name: "AWS-provided (Quick Start)" })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("tab", { name: "My AMIs" }).click();
  await page.getByRole("button", { name: ami, exact: true }).click();

  // 7. Deregister: no new launches; the instances keep running; the snapshots remain.
  await page.getByRole("button", { name: "Deregister AMI" }).click();
  await expect(page.getByText("This AMI is deregistered")).toBeVisible();
  await expect(page.getByText("its snapshots remain and still cost money")).toBeVisible();
  await expect(page.getByRole("button", { name: "Launch instances", exact: true })).toHaveCount(0);

  // In Korean, the lineage and the notice speak Korean.
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page.getByRole("heading", { name: "AMI 계보" })).toBeVisible();
  await expect(page.getByText("이 AMI는 등록 취소되었습니다")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();

  await mainNav(page).getByRole("link", { name: "Lab", exact: true }).click();
  for (const id of [base, ...launched]) {
    await expect(page.getByRole("row", { name: new RegExp(id) })).toContainText("running");
  }
});

test("tabs follow the arrow keys, and the Marketplace tab explains product codes", async ({ page }) => {
  await openApp(page, "/amis");
  await page.getByRole("tab", { name: "AWS-provided (Quick Start)" }).focus();
  await page.keyboard.press("ArrowRight");
  const marketplace = page.getByRole("tab", { name: "AWS Marketplace" });
  await expect(marketplace).toHaveAttribute("aria-selected", "true");
  await expect(marketplace).toBeFocused();
  await expect(page.getByRole("tabpanel")).toContainText("product codes");
  await expect(page.getByRole("tabpanel")).toContainText("wordpress");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "My AMIs" })).toBeFocused();
  await expect(page.getByRole("tabpanel")).toContainText("No AMIs of yours yet");
});
