// Korean throughout (issue 8): with the app in Korean, every page shows no English UI sentence. English
// stays only where it is meant to: API names, IDs, commands and state identifiers (single words or
// code), the language switch's own "English", and example output in code blocks.
import { test, expect, openApp } from "./fixtures.js";

const PAGES = [
  "/", "/lab", "/launch", "/launch/types", "/amis", "/volumes", "/cli",
  "/learn", "/learn/lifecycle", "/learn/storage", "/glossary", "/quiz", "/data", "/no-such-page",
];

// Three or more English words in a row with the later ones in lower case: a sentence or a phrase of UI
// text, not an API name (RunInstances), an ID, a state (stopped) or a product name (Amazon Linux 2023).
const ENGLISH_PHRASE = /\b[A-Za-z][a-z]+(?:,? [a-z]{2,}){2,}\b/;

async function englishPhrases(page) {
  return page.evaluate((source) => {
    const phrase = new RegExp(source);
    const skip = "code, kbd, pre, samp, script, style, [lang='en'], [aria-hidden='true'], .glossary-en";
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest(skip)) continue;
      const text = node.textContent.trim();
      if (text && phrase.test(text)) found.push(`${element.tagName.toLowerCase()}: ${text.slice(0, 120)}`);
    }
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (element.closest(skip)) continue;
      for (const name of ["aria-label", "title", "placeholder"]) {
        const text = element.getAttribute(name);
        if (text && phrase.test(text)) found.push(`${element.tagName.toLowerCase()}[${name}]: ${text.slice(0, 120)}`);
      }
    }
    return found;
  }, ENGLISH_PHRASE.source);
}

test.beforeEach(async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "root", "one run, at the root");
  await page.addInitScript(() => localStorage.setItem("ec2-lab/v1/lang", "ko"));
});

for (const route of PAGES) {
  test(`${route} in Korean shows no English UI text`, async ({ page }) => {
    await openApp(page, route);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    expect(await englishPhrases(page)).toEqual([]);
  });
}

// The event log speaks the learner's language: each line is the engine's structured event rendered
// in Korean (API names, IDs and state identifiers stay English beside the Korean words).
test("the Lab with a running instance, in Korean, shows no English UI text", async ({ page }) => {
  await openApp(page, "/lab");
  await page.getByLabel("시계 속도").selectOption({ index: 0 });
  await page.getByRole("button", { name: /^t2\.micro 시작/ }).click();
  await page.getByRole("button", { name: /다음 변화로/ }).click();
  await expect(page.getByRole("row", { name: /running/ })).toBeVisible();
  const log = page.getByRole("region", { name: "이벤트 로그" });
  const lines = log.locator(".event-message");
  await expect(lines.filter({ hasText: /대기 중\(pending\) → 실행 중\(running\)/ })).toHaveCount(1);
  await expect(lines.filter({ hasText: /^RunInstances: ami-\S+에서 t2\.micro 인스턴스 1개 시작 → i-/ })).toHaveCount(1);
  await expect(lines.filter({ hasText: /에서 시작됨 → 대기 중\(pending\)$/ })).toHaveCount(1);
  // Every line is Korean: none of the engine's English sentences is left.
  for (const text of await lines.allTextContents()) expect(text).toMatch(/[\uAC00-\uD7A3]/);
  expect(await englishPhrases(page)).toEqual([]);

  // Stopped: the state reason and the diagram's refusals are EC2's English, each with Korean beside it.
  const diagram = page.getByRole("region", { name: /^수명 주기 다이어그램/ });
  await diagram.getByRole("button", { name: /^중지: / }).click();
  await page.getByRole("button", { name: /다음 변화로/ }).click();
  await expect(lines.filter({ hasText: /중지 중\(stopping\) → 중지됨\(stopped\)/ })).toHaveCount(1);
  await expect(page.locator(".why-not li").first()).toContainText("인스턴스의 지금 상태에서는 이 작업을 할 수 없습니다.");
  await expect(page.locator(".details")).toContainText("사용자가 중지 또는 종료를 요청했습니다.");
  for (const text of await lines.allTextContents()) expect(text).toMatch(/[\uAC00-\uD7A3]/);
  expect(await englishPhrases(page)).toEqual([]);
});
