import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { CHROMIUM, CHROMIUM_FLAGS } from "/work/main/tests/e2e/chromium.js";
const [url, which = "stop"] = process.argv.slice(2);
const world = readFileSync("/work/main/target/bench/world-500.json", "utf8");
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const ctx = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.addInitScript((world) => { if (!sessionStorage.getItem("s")) { localStorage.setItem("ec2-lab/v1/world", world); localStorage.setItem("ec2-lab/v1/lang", "en"); sessionStorage.setItem("s", "1"); } }, world);
await page.goto(url + "#/lab");
await page.getByRole("table", { name: "Instances" }).getByRole("row", { name: /bench-/ }).first().waitFor();
await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
const diagram = page.getByRole("region", { name: /^Lifecycle diagram/ });
const step = page.getByRole("button", { name: "Step to the next change" });
const rows = page.getByRole("table", { name: "Instances" }).locator("tbody").getByRole("row");
await rows.nth(0).getByRole("button").click();
const cdp = await ctx.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
for (let n = 0; n < 10; n++) {
  if (which === "select") await rows.nth(n + 1).getByRole("button").click();
  if (which === "stopstart") { await diagram.getByRole("button", { name: "Stop: running to stopping" }).click(); await step.click(); await diagram.getByRole("button", { name: /^Start: stopped to pending/ }).click(); await step.click(); }
  if (which === "launch") await page.getByRole("button", { name: /^Launch t2\.micro/ }).click();
  await page.waitForTimeout(50);
}
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map(), self = new Map(); let busy = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] || 0; const nm = byId.get(id).callFrame.functionName;
  if (["(idle)", "(program)"].includes(nm)) return; busy += dt;
  self.set(nm, (self.get(nm) || 0) + dt);
  const seen = new Set(); let c = id;
  while (c !== undefined) { const f = byId.get(c).callFrame.functionName; if (f && !seen.has(f)) { seen.add(f); incl.set(f, (incl.get(f) || 0) + dt); } c = parent.get(c); }
});
const show = (m, re) => [...m.entries()].filter(([k]) => re.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k.replace(/::h[0-9a-f]{16}/g, "").slice(0, 140)}`).join("\n");
console.log(`busy ${(busy / 1000).toFixed(0)} ms\nINCLUSIVE (ec2_lab)\n` + show(incl, /ec2_lab::|yew::dom_bundle::blist|serde/) + "\nSELF\n" + show(self, /./));
await browser.close();
