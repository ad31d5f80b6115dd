// The instance-type explorer and name decoder, as a learner uses them (issue 5).
import { test, expect, mainNav, openApp } from "./fixtures.js";

test("from Launch, the learner reaches the explorer, which decodes a name part by part", async ({ page }) => {
  await openApp(page, "/launch");
  await page.getByRole("link", { name: "Explore instance types" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instance types");
  await expect(mainNav(page).getByRole("link", { name: "Launch" })).toHaveAttribute("aria-current", "true");

  const name = page.getByLabel("Instance type name");
  await name.fill("m5d.large");
  const parts = page.locator(".name-parts");
  await expect(parts).toContainText("Instance store");
  await expect(page.getByRole("row", { name: /m5d\.large/ }).first()).toBeVisible();
});

test("a misspelt type name gets the real one suggested, and taking it decodes it", async ({ page }) => {
  await openApp(page, "/launch/types");
  const name = page.getByLabel("Instance type name");
  await name.fill("t2.mircro");
  const suggestion = page.getByRole("button", { name: "t2.micro" });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(name).toHaveValue("t2.micro");
  await expect(page.getByText("Did you mean")).toHaveCount(0);
});

test("filtering to types with instance store shows the real count, 579 of 1,395", async ({ page }) => {
  await openApp(page, "/launch/types");
  await expect(page.getByRole("status").filter({ hasText: "types match" })).toHaveText("1,395 of 1,395 types match; showing 25.");
  await page.getByLabel("Instance store").selectOption({ label: "Yes" });
  await expect(page.getByRole("status").filter({ hasText: "types match" })).toHaveText("579 of 1,395 types match; showing 25.");
  await page.getByRole("button", { name: "Show 25 more" }).click();
  await expect(page.getByRole("status").filter({ hasText: "types match" })).toHaveText("579 of 1,395 types match; showing 50.");
});

test("a number the filter cannot read is marked next to its field", async ({ page }) => {
  await openApp(page, "/launch/types");
  const minVcpus = page.getByLabel("vCPUs, at least");
  await minVcpus.fill("four");
  await expect(minVcpus).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a whole number, like 4")).toBeVisible();
  await minVcpus.fill("96");
  await expect(minVcpus).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status").filter({ hasText: "types match" })).not.toContainText("1,395 of");
});

test("two types compared side by side, and the table sorts by memory", async ({ page }) => {
  await openApp(page, "/launch/types");
  await page.getByLabel("Family", { exact: true }).fill("m5d");
  await page.getByRole("checkbox", { name: "Compare m5d.large" }).check();
  await page.getByRole("checkbox", { name: "Compare m5d.xlarge" }).check();
  const compare = page.getByRole("region", { name: "Compare", exact: true });
  await expect(compare.getByRole("columnheader", { name: /m5d\.large/ })).toBeVisible();
  await expect(compare.getByRole("row", { name: /Memory/ })).toContainText("8");
  await expect(compare.getByRole("row", { name: /Memory/ })).toContainText("16");

  await page.getByRole("button", { name: "Memory (GiB)" }).click();
  await page.getByRole("button", { name: "Memory (GiB)" }).click();
  const results = page.getByRole("table", { name: "Matching types" });
  await expect(results.getByRole("columnheader", { name: "Memory (GiB)" })).toHaveAttribute("aria-sort", "descending");
  await expect(results.getByRole("row").nth(1)).toContainText("m5d.24xlarge");
});

test("in Korean, the decoder explains the name in Korean", async ({ page }) => {
  await openApp(page, "/launch/types");
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("인스턴스 유형");
  await page.getByLabel("인스턴스 유형 이름").fill("m5d.large");
  await expect(page.locator(".name-parts")).toContainText("인스턴스 스토어");
});
