import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { CHROMIUM, CHROMIUM_FLAGS } from "/work/main/tests/e2e/chromium.js";
const world = readFileSync("/work/main/target/bench/world-500.json", "utf8");
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const ctx = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.addInitScript((world) => { if (!sessionStorage.getItem("s")) { localStorage.setItem("ec2-lab/v1/world", world); sessionStorage.setItem("s", "1"); } }, world);
await page.goto(process.argv[2] + "#/lab");
await page.getByRole("table", { name: "Instances" }).getByRole("row", { name: /bench-/ }).first().waitFor();
console.log(await page.evaluate(() => {
  const count = (sel) => document.querySelectorAll(sel).length;
  const sections = {};
  for (const el of document.querySelectorAll("main section, main aside, main [role=region]")) sections[(el.getAttribute("aria-label") || el.querySelector("h2")?.textContent || el.className).slice(0, 40)] = el.querySelectorAll("*").length;
  return { all: count("*"), sections };
}));
await browser.close();
