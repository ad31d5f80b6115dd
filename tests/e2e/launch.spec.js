// The launch wizard as a learner uses it (issue 5): launch with the defaults, launch a type with
// instance store and find it on the instance, read why hibernation is not offered, launch three at
// once, and see an invalid type blocked with a suggestion. One run is in Korean.
import { test, expect, openApp } from "./fixtures.js";

const summary = (page) => page.getByRole("complementary", { name: /^(Summary|요약)$/ });
const instances = (page) => page.getByRole("table", { name: /^(Instances|인스턴스)$/ });

test("launch t2.micro from Amazon Linux with the defaults and find it in the Lab", async ({ page }) => {
  await openApp(page, "/launch");
  await expect(page.getByRole("radio", { name: /al2023-ami-.*-x86_64/ })).toBeChecked();
  await expect(page.getByRole("searchbox", { name: "Instance type" })).toHaveValue("t2.micro");
  await page.getByLabel("Name", { exact: true }).fill("web-1");
  const command = summary(page).locator(".launch-command");
  await expect(command).toContainText("aws ec2 run-instances --image-id ami-");
  await expect(command).toContainText("--instance-type t2.micro");
  await expect(command).toContainText("Key=Name,Value=web-1");

  await summary(page).getByRole("button", { name: "Launch instance" }).click();
  await expect(page).toHaveURL(/#\/lab$/);
  const row = instances(page).getByRole("row", { name: /web-1/ });
  await expect(row).toContainText("t2.micro");
  await expect(page.getByRole("region", { name: /^Details/ })).toContainText("t2.micro");
});

test("m5d.large: its instance store in the summary, then on the instance", async ({ page }) => {
  await openApp(page, "/launch");
  await page.getByRole("searchbox", { name: "Instance type" }).fill("m5d.large");
  const storage = page.getByRole("region", { name: "Configure storage" });
  await expect(storage.getByRole("row", { name: /ephemeral0/ })).toContainText("75 GB NVMe SSD");
  await expect(storage.getByRole("row", { name: /ephemeral0/ })).toContainText("fixed by the type");
  await expect(summary(page)).toContainText("ephemeral0 · Instance store (ephemeral) · 75 GB NVMe SSD");

  await page.getByLabel("Name", { exact: true }).fill("scratch");
  await summary(page).getByRole("button", { name: "Launch instance" }).click();
  await expect(page).toHaveURL(/#\/lab$/);
  await expect(instances(page).getByRole("row", { name: /scratch/ })).toContainText("m5d.large");
  const details = page.getByRole("region", { name: /^Details/ });
  await expect(details).toContainText("ephemeral0 → 75 GB NVMe SSD · Instance store (ephemeral)");
});

test("hibernation on a type that lacks it is unavailable, and the wizard says why", async ({ page }) => {
  await openApp(page, "/launch");
  const hibernation = page.getByRole("checkbox", { name: "Stop - Hibernate behavior (hibernation)" });
  await expect(hibernation).toBeEnabled();
  await page.getByRole("searchbox", { name: "Instance type" }).fill("c5n.large");
  await expect(hibernation).toBeDisabled();
  await expect(hibernation).toHaveAccessibleDescription(/c5n\.large does not support hibernation\./);
  await expect(summary(page)).toContainText("Not available with this choice");
  await expect(summary(page)).toContainText("Hibernation: c5n.large does not support hibernation.");

  // An arm64 AMI with an x86_64 type is explained too, and blocks the launch.
  await page.getByRole("searchbox", { name: "Instance type" }).fill("m5.large");
  await page.getByRole("radio", { name: /al2023-ami-.*-arm64/ }).check();
  await expect(summary(page)).toContainText("An arm64 AMI cannot run on this type (x86_64).");
  await expect(summary(page).getByRole("button", { name: "Launch instance" })).toHaveAttribute("aria-disabled", "true");
});

test("three instances from one AMI in one go are three identical instances", async ({ page }) => {
  await openApp(page, "/launch");
  await page.getByLabel("Name", { exact: true }).fill("batch");
  await page.getByRole("searchbox", { name: "Instance type" }).fill("t3.micro");
  await page.getByRole("textbox", { name: "Number of instances" }).fill("3");
  await page.getByRole("combobox", { name: "Availability Zone" }).selectOption("us-east-1b");
  await expect(summary(page).locator(".launch-command")).toContainText("--count 3 --placement AvailabilityZone=us-east-1b");
  await expect(summary(page)).toContainText("3 × t3.micro");
  await summary(page).getByRole("button", { name: "Launch instance" }).click();

  await expect(page).toHaveURL(/#\/lab$/);
  const rows = instances(page).getByRole("row", { name: /batch/ });
  await expect(rows).toHaveCount(3);
  const texts = await rows.evaluateAll((rs) =>
    rs.map((r) => [...r.querySelectorAll("td code")].map((c) => c.textContent).join(" ") + " " + r.cells[6].textContent),
  );
  expect(new Set(texts).size).toBe(1);
  expect(texts[0]).toContain("t3.micro");
  expect(texts[0]).toContain("us-east-1b");
});

test("an invalid type is marked with the suggestion, and the Launch button says what blocks it", async ({ page }) => {
  await openApp(page, "/launch");
  const type = page.getByRole("searchbox", { name: "Instance type" });
  await type.fill("t2.mircro");
  await expect(type).toHaveAttribute("aria-invalid", "true");
  await expect(type).toHaveAccessibleDescription(/t2\.mircro is not an instance type\./);
  await page.getByRole("textbox", { name: "Number of instances" }).fill("0");

  const launch = summary(page).getByRole("button", { name: "Launch instance" });
  await expect(launch).toHaveAttribute("aria-disabled", "true");
  await expect(launch).toHaveAccessibleDescription(/Instance type: t2\.mircro is not an instance type\..*Number of instances: From 1 to 100\./);
  await launch.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/launch$/);

  await page.getByRole("button", { name: "t2.micro" }).click();
  await page.getByRole("textbox", { name: "Number of instances" }).fill("1");
  await expect(type).toHaveValue("t2.micro");
  await expect(launch).toHaveAttribute("aria-disabled", "false");
  await expect(summary(page).locator(".launch-command")).toContainText("--instance-type t2.micro");
});

test("in Korean: launch m5d.large and read why hibernation is not offered on c5n.large", async ({ page }) => {
  await openApp(page, "/launch");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "한국어" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("인스턴스 시작");
  const type = page.getByRole("searchbox", { name: "인스턴스 유형" });
  await type.fill("c5n.large");
  await expect(page.getByRole("checkbox", { name: "중지 - 최대 절전 모드 동작" })).toHaveAccessibleDescription(
    /c5n\.large 유형은 최대 절전 모드를 지원하지 않습니다\./,
  );
  await type.fill("t2.mircro");
  await expect(summary(page)).toContainText("시작을 막는 문제:");
  await page.getByRole("button", { name: "t2.micro" }).click();
  await type.fill("m5d.large");
  await expect(summary(page)).toContainText("ephemeral0 · 인스턴스 스토어(임시) · 75 GB NVMe SSD");
  await page.getByLabel("이름", { exact: true }).fill("임시-디스크");
  await summary(page).getByRole("button", { name: "인스턴스 시작" }).click();
  await expect(page).toHaveURL(/#\/lab$/);
  await expect(instances(page).getByRole("row", { name: /임시-디스크/ })).toContainText("m5d.large");
  await expect(page.getByRole("region", { name: /^세부 정보/ })).toContainText("인스턴스 스토어(임시)");
});
