import { chromium } from "@playwright/test";
import { CHROMIUM, CHROMIUM_FLAGS } from "/work/main/tests/e2e/chromium.js";
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const ctx = await browser.newContext();
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
await page.goto(url);
await page.waitForTimeout(3000);
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
// Busy runs: consecutive non-idle samples; for each run, duration and the most common "interesting" frames.
let t = profile.startTime, runs = [], cur = null;
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i];
  const name = byId.get(id).callFrame.functionName;
  const idle = name === "(idle)" || name === "(program)" || name === "(garbage collector)" && false;
  if (idle) { if (cur && t - cur.end > 2000) { runs.push(cur); cur = null; } return; }
  if (!cur) cur = { start: t, end: t, frames: new Map() };
  cur.end = t;
  const seen = new Set(); let c = id;
  while (c !== undefined) { const f = byId.get(c).callFrame.functionName; if (f && !seen.has(f) && (/ec2_lab::|gloo|yew_router|__wbg_init|serde_json/.test(f))) { seen.add(f); cur.frames.set(f, (cur.frames.get(f) || 0) + profile.timeDeltas[i]); } c = parent.get(c); }
});
if (cur) runs.push(cur);
for (const r of runs) {
  const d = (r.end - r.start) / 1000;
  if (d < 8) continue;
  console.log(`${((r.start - profile.startTime) / 1000).toFixed(0)} ms: busy ${d.toFixed(0)} ms`);
  for (const [f, v] of [...r.frames.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`     ${(v / 1000).toFixed(1).padStart(6)}  ${f.slice(0, 120)}`);
}
await browser.close();
