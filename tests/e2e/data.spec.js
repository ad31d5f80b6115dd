// Progress that is kept (issue 8): export everything to a file, reset with confirmation, import the file
// after a preview of what it replaces, and find the world, the quiz progress and the settings back.
// Also: a file that is not an export is refused with the reason, and nothing changes.
import { readFileSync, writeFileSync } from "node:fs";
import { test, expect, openApp } from "./fixtures.js";

const QUIZ_KEY = "ec2-lab/v1/quiz";
const stored = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);

async function launchNamed(page, name) {
  await openApp(page, "/lab");
  await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
  await page.getByLabel("Name of the new instance").fill(name);
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toBeVisible();
}

async function answerOneQuizQuestion(page) {
  await openApp(page, "/quiz?topic=billing&seed=3");
  await page.getByRole("button", { name: "Start" }).click();
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(page.locator("#quiz-session").getByRole("status")).toBeVisible();
  // A right answer waits for the learner's grade (Good); a wrong one is graded at once.
  await page.keyboard.press("3");
  await page.keyboard.press("Enter");
  await expect.poll(() => stored(page, QUIZ_KEY)).not.toBeNull();
}

test("export, reset, import: the world, the quiz progress and the theme come back", async ({ page }, testInfo) => {
  await launchNamed(page, "keep-me");
  await answerOneQuizQuestion(page);
  await page.getByLabel("Theme").selectOption({ label: "Dark" });
  const quizBefore = await stored(page, QUIZ_KEY);

  await page.getByRole("link", { name: "Your data: export, import, reset" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export to a file" }).click();
  const file = testInfo.outputPath("export.json");
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.app).toBe("ec2-lab");
  expect(exported.items[QUIZ_KEY]).toBe(quizBefore);
  expect(exported.items["ec2-lab/v1/world"]).toContain("keep-me");

  // Reset asks first; Cancel keeps everything.
  await page.getByRole("button", { name: "Reset everything…" }).click();
  const question = page.getByRole("alertdialog");
  await expect(question).toContainText("This cannot be undone.");
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Reset everything…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete everything" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data");
  await expect.poll(() => stored(page, QUIZ_KEY)).toBeNull();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  await openApp(page, "/lab");
  await expect(page.getByText("No instances yet. Launch one to begin.")).toBeVisible();

  // Import: the preview says what will be replaced; nothing changes until it is confirmed.
  await page.goto("#/data");
  await page.getByLabel("Backup file to import").setInputFiles(file);
  const preview = page.getByRole("region", { name: "What the import will replace" });
  await expect(preview.getByRole("row", { name: /^Instances/ })).toHaveText(/Instances\s*0\s*1/);
  await expect(preview.getByRole("row", { name: /^Quiz progress/ })).toHaveText(/none\s*saved/);
  await expect.poll(() => stored(page, QUIZ_KEY)).toBeNull();
  await preview.getByRole("button", { name: "Replace my data with this file" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data");
  await expect.poll(() => stored(page, QUIZ_KEY)).toBe(quizBefore);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await openApp(page, "/lab");
  await expect(page.getByRole("row", { name: /keep-me/ })).toBeVisible();
});

test("a file that is not an export is refused with the reason, and nothing changes", async ({ page }, testInfo) => {
  await launchNamed(page, "still-here");
  await page.goto("#/data");
  const file = testInfo.outputPath("not-an-export.json");
  writeFileSync(file, JSON.stringify({ app: "another-app", format: 1, exported_at: "x", items: {} }));
  await page.getByLabel("Backup file to import").setInputFiles(file);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This file cannot be imported. Nothing was changed.");
  await expect(alert).toContainText('It was made by "another-app", not EC2 Lab.');
  await expect(page.getByRole("button", { name: "Replace my data with this file" })).toHaveCount(0);
  await openApp(page, "/lab");
  await expect(page.getByRole("row", { name: /still-here/ })).toBeVisible();
});
