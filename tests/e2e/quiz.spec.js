// The self-quiz (issue 7) as a learner uses it: a five-question exam taken with the keyboard, one answer
// wrong on purpose, the score and the explanation, the mistake found again in Mistakes, the schedule kept
// across a reload, Korean mid-quiz, and damaged saved progress. Which answer is right comes from the
// question bank's data files, looked up by the question ID the page shows.
import { readFileSync } from "node:fs";
import { test, expect, openApp } from "./fixtures.js";

const bank = Object.fromEntries(
  JSON.parse(readFileSync(new URL("../../content/quiz/billing.json", import.meta.url), "utf8")).map((q) => [q.id, q]),
);

/// The 0-based options that are right, in key order (true/false: 0 is True).
function rightPicks(q) {
  switch (q.kind) {
    case "single":
      return [q.answer];
    case "true-false":
      return [q.answer ? 0 : 1];
    case "multiple":
    case "scenario":
      return [...q.answers];
    default:
      throw new Error(`kind ${q.kind} is not in the billing topic`);
  }
}

function wrongPick(q) {
  const count = q.kind === "true-false" ? 2 : q.options.length;
  const right = rightPicks(q);
  return [...Array(count).keys()].find((i) => !right.includes(i));
}

const session = (page) => page.locator("#quiz-session");
const currentId = async (page) => (await session(page).locator(".quiz-id code").textContent()).trim();

async function answerWithKeys(page, picks) {
  for (const i of picks) await page.keyboard.press(String(i + 1));
  await page.keyboard.press("Enter");
}

test("a five-question exam with the keyboard: one wrong on purpose, score and explanation, then Mistakes, reload, and Korean mid-quiz", async ({ page }) => {
  await openApp(page, "/quiz?mode=exam&topic=billing&n=5&seed=7");
  await expect(page.getByRole("radio", { name: /^Exam/ })).toBeChecked();
  await page.getByRole("button", { name: "Start" }).focus();
  await page.keyboard.press("Enter");
  await expect(session(page)).toBeFocused();

  const asked = [];
  let wrongId;
  for (let n = 1; n <= 5; n++) {
    await expect(session(page)).toContainText(n <= 2 ? `Question ${n} / 5` : `문제 ${n} / 5`);
    const id = await currentId(page);
    asked.push(id);
    const q = bank[id];
    if (n === 2) {
      wrongId = id;
      await answerWithKeys(page, [wrongPick(q)]);
      // Switch to Korean in the middle of the exam; the exam goes on where it was.
      await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "한국어" }).click();
      await session(page).focus();
    } else {
      await answerWithKeys(page, rightPicks(q));
    }
  }
  expect(new Set(asked).size).toBe(5);

  // The score, and the review with the wrong one's right answer and explanation, in Korean.
  await expect(page.getByRole("status").filter({ hasText: "점수" })).toContainText("4 / 5");
  const review = page.locator(".quiz-review > li.is-wrong");
  await expect(review).toHaveCount(1);
  await expect(review).toContainText(wrongId);
  await expect(review).toContainText("오답입니다");
  await expect(review).toContainText("정답");
  await expect(review).toContainText(bank[wrongId].explanation.ko);

  // Mistakes brings back exactly that question.
  await page.getByRole("button", { name: "다른 방식 고르기" }).click();
  await page.getByRole("radio", { name: /^틀린 문제/ }).check();
  await page.getByRole("button", { name: "시작" }).click();
  await expect(session(page)).toContainText("문제 1 / 1");
  expect(await currentId(page)).toBe(wrongId);

  // Reload: the schedule is kept (five billing cards seen, the mistake still there).
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("ec2-lab/v1/quiz")));
  expect(Object.keys(saved.cards).sort()).toEqual([...asked].sort());
  expect(saved.cards[wrongId].wrong).toBe(1);
  await expect(page.getByRole("row", { name: /요금/ })).toContainText("5 / 14");
  await page.getByRole("radio", { name: /^틀린 문제/ }).check();
  await page.getByRole("button", { name: "시작" }).click();
  expect(await currentId(page)).toBe(wrongId);
});

test("practice grades at once: the explanation, the correct answer marked, and grades with number keys", async ({ page }) => {
  await openApp(page, "/quiz?topic=billing&seed=3");
  await page.getByRole("button", { name: "Start" }).click();
  const id = await currentId(page);
  await answerWithKeys(page, [wrongPick(bank[id])]);
  await expect(session(page).getByRole("status")).toContainText("Not quite");
  await expect(session(page)).toContainText("Correct answer");
  await expect(session(page)).toContainText(bank[id].explanation.en);
  await expect(session(page).getByRole("link", { name: "Read the lesson" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(session(page)).toContainText("Question 2 /");
  const next = await currentId(page);
  await answerWithKeys(page, rightPicks(bank[next]));
  await expect(session(page).getByRole("status")).toContainText("Correct");
  await page.keyboard.press("4"); // Easy
  await expect(session(page)).toContainText("Question 3 /");
});

test("damaged saved progress: kept aside, a notice in the learner's language, and a quiz that works", async ({ page }) => {
  await openApp(page, "/");
  await page.evaluate(() => {
    localStorage.setItem("ec2-lab/v1/quiz", "{ not a deck");
    localStorage.setItem("ec2-lab/v1/lang", "ko");
  });
  await page.reload();
  await openApp(page, "/quiz?topic=billing");
  await expect(page.getByRole("alert")).toContainText("저장된 퀴즈 진행 상황을 읽을 수 없습니다");
  expect(await page.evaluate(() => localStorage.getItem("ec2-lab/v1/quiz.unreadable"))).toBe("{ not a deck");
  await page.getByRole("button", { name: "시작" }).click();
  await expect(session(page)).toContainText("문제 1 /");
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(session(page).getByRole("status")).toBeVisible();
  // The rest of the app is unaffected.
  await openApp(page, "/lab");
  await expect(page.getByRole("alert")).toHaveCount(0);
});
