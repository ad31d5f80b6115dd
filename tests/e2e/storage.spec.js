// The storage lab as a learner uses it (issue 6): an m5d.large with files on its root EBS volume, an
// extra EBS volume, its instance store and RAM, written in the instance shell; then reboot, stop and
// start, terminate, reading the survival matrix after each; and EC2's error for an attach across
// Availability Zones. The clock runs at "Instant", so every transition completes at once.
import { test, expect, openApp, mainNav } from "./fixtures.js";

const shell = (page) => page.getByRole("region", { name: /^(Shell on|.*의 셸)/ });
const matrix = (page) => page.getByRole("table", { name: /^(What survives|무엇이 남을까요)/ });
const row = (page, label) => matrix(page).getByRole("row").filter({ hasText: label });
const diagram = (page) => page.getByRole("region", { name: /^(Lifecycle diagram|수명 주기 다이어그램)/ });

async function instantClock(page) {
  await page.getByLabel("Clock speed").selectOption({ label: "Instant" });
}

async function run(page, line) {
  const input = shell(page).getByLabel("Command to run on the instance");
  await input.fill(line);
  await input.press("Enter");
  await expect(input).toHaveValue("");
}

/// The last command's output in the shell.
const lastEntry = (page) => shell(page).locator(".transcript .entry").last();

test("files on root EBS, an extra EBS volume, instance store and RAM through reboot, stop/start and terminate", async ({ page }) => {
  await openApp(page, "/lab");
  await instantClock(page);
  // The launch bar's t2.micro shows the Quick Start image's ID; the console launches the m5d.large with it.
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  const image = (await page.getByRole("table", { name: "Instances" }).getByText(/^ami-/).first().textContent()).trim();
  const console = page.getByLabel("AWS CLI command");
  await console.fill(`aws ec2 run-instances --image-id ${image} --instance-type m5d.large`);
  await console.press("Enter");
  const m5d = page.getByRole("row").filter({ hasText: "m5d.large" });
  await expect(m5d).toContainText("running");
  const id = (await m5d.getByRole("button", { name: /^i-/ }).textContent()).trim();
  const zone = (await m5d.textContent()).match(/us-east-1[a-f]/)[0];

  // An extra EBS volume in the instance's zone, attached as /dev/sdf.
  await mainNav(page).getByRole("link", { name: "Volumes" }).click();
  await page.getByLabel("Availability Zone").selectOption(zone);
  await page.getByLabel("Size (GiB)").fill("4");
  await page.getByRole("button", { name: "Create volume", exact: true }).click();
  const extra = page.getByRole("row").filter({ hasText: "4 GiB" });
  await expect(extra).toContainText("available");
  const volume = (await extra.getByRole("rowheader").textContent()).trim();
  await extra.getByLabel(`Instance to attach ${volume} to`).selectOption(id);
  await extra.getByLabel(`Device name for ${volume}`).fill("/dev/sdf");
  await extra.getByRole("button", { name: `Attach ${volume}` }).click();
  await expect(extra).toContainText(`${id} /dev/sdf (attached)`);
  await expect(page.getByRole("table", { name: "Instance store (ephemeral)" })).toContainText(id);

  // Connect, prepare the volumes (the shell shows mkfs and mount), write the four files.
  await page.getByRole("button", { name: `Connect to ${id}` }).click();
  await shell(page).getByRole("button", { name: "Prepare volumes" }).click();
  await expect(shell(page).getByRole("log")).toContainText("sudo mkfs -t xfs /dev/nvme");
  await expect(shell(page).getByRole("log")).toContainText("/scratch");
  await run(page, "echo root-file > ~/root.txt");
  await run(page, "echo ebs-file | sudo tee /data/ebs.txt");
  await run(page, "echo store-file | sudo tee /scratch/store.txt");
  await run(page, "echo ram-file > /dev/shm/ram.txt");
  await run(page, "cat ~/root.txt /data/ebs.txt /scratch/store.txt /dev/shm/ram.txt");
  await expect(lastEntry(page)).toContainText("root-file\nebs-file\nstore-file\nram-file");
  // History: Up brings the last line back.
  await shell(page).getByLabel("Command to run on the instance").press("ArrowUp");
  await expect(shell(page).getByLabel("Command to run on the instance")).toHaveValue(/^cat ~\/root.txt/);
  await shell(page).getByLabel("Command to run on the instance").fill("");
  // The prompt shows where each line ran, as bash's \W does: ~ at home, then the directory.
  await run(page, "cd /scratch");
  await run(page, "ls");
  await expect(lastEntry(page)).toContainText(/\[ec2-user@ip-[0-9-]+ scratch\]\$ ls/);
  await expect(shell(page).locator(".transcript .entry").nth(-2)).toContainText(/ ~\]\$ cd \/scratch/);
  await run(page, "cd");

  // Reboot, from the Lab, after guessing that RAM survives (it does not).
  await mainNav(page).getByRole("link", { name: "Lab" }).click();
  await page.getByRole("button", { name: id, exact: true }).click();
  await page.getByLabel("Your guess for RAM (/dev/shm)").selectOption({ label: "Survives" });
  await page.getByLabel(`Your guess for EBS volume ${volume}`).selectOption({ label: "Survives" });
  await diagram(page).getByRole("button", { name: "Reboot: running to rebooting" }).click();
  await expect(page.getByRole("heading", { name: `Last action on ${id}: Reboot` })).toBeVisible();
  await expect(page.getByText("1 of 2 guesses right")).toBeVisible();
  await expect(row(page, "RAM (/dev/shm)")).toContainText("erased");
  await expect(row(page, "RAM (/dev/shm)")).toContainText("✗ wrong");
  await expect(row(page, `EBS volume ${volume}`)).toContainText("kept");
  await expect(row(page, `EBS volume ${volume}`)).toContainText("✓ right");
  await expect(row(page, "Instance store ephemeral0")).toContainText("kept");
  await expect(row(page, "Root EBS volume")).toContainText("kept");
  await run(page, "cat /scratch/store.txt /data/ebs.txt");
  await expect(lastEntry(page)).toContainText("store-file\nebs-file");
  await run(page, "cat /dev/shm/ram.txt");
  await expect(lastEntry(page)).toContainText("No such file or directory");

  // Stop: the shell cannot reach it; start: instance store and RAM gone, EBS kept, new public IP.
  const publicBefore = (await row(page, "Public IPv4").locator("td").nth(1).textContent()).trim();
  await diagram(page).getByRole("button", { name: "Stop: running to stopping" }).click();
  await expect(shell(page).getByRole("status")).toContainText("The instance cannot be reached now (stopped)");
  await expect(page.getByText("Stopped: start the instance to complete the stop and start.")).toBeVisible();
  await diagram(page).getByRole("button", { name: /^Start: stopped to pending/ }).click();
  await expect(page.getByRole("heading", { name: `Last action on ${id}: Stop, then start` })).toBeVisible();
  await expect(row(page, "Instance store ephemeral0")).toContainText("erased");
  await expect(row(page, "RAM (/dev/shm)")).toContainText("erased");
  await expect(row(page, `EBS volume ${volume}`)).toContainText("kept");
  await expect(row(page, "Root EBS volume")).toContainText("kept");
  await expect(row(page, "Private IPv4")).toContainText("kept");
  await expect(row(page, "Public IPv4")).toContainText("changed");
  const publicAfter = (await row(page, "Public IPv4").locator("td").nth(1).textContent()).trim();
  expect(publicAfter).not.toBe(publicBefore);
  // The clock's next tick takes it from pending to running; the shell says when it can be reached.
  await expect(shell(page).getByRole("status")).toHaveCount(0);
  await run(page, "cat ~/root.txt /data/ebs.txt");
  await expect(lastEntry(page)).toContainText("root-file\nebs-file");
  await run(page, "cat /scratch/store.txt");
  await expect(lastEntry(page)).toContainText("No such file or directory");

  // Terminate: the root volume is deleted; the extra volume is kept, available again.
  await diagram(page).getByRole("button", { name: "Terminate: running to shutting-down" }).click();
  await expect(page.getByRole("heading", { name: `Last action on ${id}: Terminate` })).toBeVisible();
  await expect(row(page, "Root EBS volume")).toContainText("deleted");
  await expect(row(page, `EBS volume ${volume}`)).toContainText("kept");
  await mainNav(page).getByRole("link", { name: "Volumes" }).click();
  await expect(page.getByRole("table", { name: "EBS volumes" }).getByRole("row").filter({ hasText: volume })).toContainText("available");
});

test("a volume in another Availability Zone cannot be attached: InvalidVolume.ZoneMismatch", async ({ page }) => {
  await openApp(page, "/lab");
  await instantClock(page);
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  const instance = page.getByRole("table", { name: "Instances" }).getByRole("row").nth(1);
  await expect(instance).toContainText("running");
  const zone = (await instance.textContent()).match(/us-east-1[a-f]/)[0];
  const other = zone === "us-east-1a" ? "us-east-1b" : "us-east-1a";

  await mainNav(page).getByRole("link", { name: "Volumes" }).click();
  await page.getByLabel("Availability Zone").selectOption(other);
  await page.getByLabel("Size (GiB)").fill("abc");
  await expect(page.getByText("Enter a whole number of GiB, for example 8.")).toBeVisible();
  await page.getByLabel("Size (GiB)").fill("2");
  await page.getByRole("button", { name: "Create volume", exact: true }).click();
  const far = page.getByRole("row").filter({ hasText: other }).filter({ hasText: "2 GiB" });
  await expect(far).toContainText("available");
  await far.getByRole("button", { name: /^Attach vol-/ }).click();
  const error = page.getByRole("alert").filter({ hasText: "EC2 refused the request" });
  await expect(error).toContainText("InvalidVolume.ZoneMismatch");
  await expect(error).toContainText("AttachVolume");
});

test("in Korean, the experiment sets up the m5d.large and the matrix explains the reboot in Korean", async ({ page }) => {
  await openApp(page, "/lab");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "한국어" }).click();
  await page.getByRole("button", { name: "실험 준비" }).click();
  await expect(page.getByRole("row").filter({ hasText: "m5d.large" })).toContainText("running");
  await expect(shell(page).getByRole("log")).toContainText("written on instance store");
  await page.getByRole("button", { name: "실행하기: 재부팅" }).click();
  await expect(page.getByRole("heading", { name: /의 마지막 작업: 재부팅$/ })).toBeVisible();
  await expect(row(page, "RAM(/dev/shm)")).toContainText("지워짐");
  await expect(row(page, "RAM(/dev/shm)")).toContainText("재부팅: RAM이 지워집니다.");
  await expect(row(page, "인스턴스 스토어 ephemeral0")).toContainText("유지됨");
});

test("the storage lesson's try-it button sets the experiment up in the Lab", async ({ page }) => {
  await openApp(page, "/learn/storage");
  await page.getByRole("button", { name: /Write files, stop, start: what is left\?/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lab");
  await expect(page.getByRole("row").filter({ hasText: "ebs-vs-instance-store" })).toContainText("m5d.large");
  await expect(page.getByRole("button", { name: "Do it: Reboot" })).toBeVisible();
  await expect(shell(page).getByRole("log")).toContainText("sudo mount /dev/nvme");
});

test("AWS retires an EBS-backed instance: it is stopped, and the matrix shows RAM erased and EBS kept", async ({ page }) => {
  await openApp(page, "/lab");
  await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
  await page.getByLabel("Name of the new instance").fill("retiring");
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  await page.getByRole("button", { name: "Step to the next change" }).click();
  const id = (await page.getByRole("row", { name: /retiring/ }).locator("code").first().textContent()).trim();
  await expect(litStateOf(page)).toHaveText("running");

  await page.getByRole("button", { name: "Retire it now (AWS)" }).click();
  await expect(page.getByRole("heading", { name: `Last action on ${id}: Scheduled retirement` })).toBeVisible();
  await page.getByRole("button", { name: "Step to the next change" }).click();
  await expect(litStateOf(page)).toHaveText("stopped");
  await expect(row(page, "RAM (/dev/shm)")).toContainText("erased");
  await expect(row(page, "Root EBS volume")).toContainText("kept");
  await expect(row(page, "Private IPv4")).toContainText("kept");
  await expect(page.getByRole("button", { name: "Retire it now (AWS)" })).toBeDisabled();
});

function litStateOf(page) {
  return diagram(page).locator('g[aria-current="step"] .node-id');
}
