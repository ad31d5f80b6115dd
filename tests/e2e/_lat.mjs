import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { CHROMIUM, CHROMIUM_FLAGS } from "/work/main/tests/e2e/chromium.js";
const [url, count = "500"] = process.argv.slice(2);
const world = readFileSync(`/work/main/target/bench/world-${count}.json`, "utf8");
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const ctx = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.addInitScript((world) => { if (!sessionStorage.getItem("s")) { localStorage.setItem("ec2-lab/v1/world", world); localStorage.setItem("ec2-lab/v1/lang", "en"); sessionStorage.setItem("s", "1"); } }, world);
await page.goto(url + "#/lab");
await page.getByRole("table", { name: "Instances" }).getByRole("row", { name: /bench-/ }).first().waitFor();
await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
await page.waitForTimeout(2500); // let the save after pausing pass
const cdp = await ctx.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Profiler.start");
const which = process.argv[4] || "select";
const works = await page.evaluate(async (which) => {
  const settle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  const btn = (re) => [...document.querySelectorAll("button")].find((b) => re.test(b.getAttribute("aria-label") || b.textContent));
  const timed = async (el) => { const t0 = performance.now(); el.click(); await settle(); document.body.getBoundingClientRect(); const t = performance.now() - t0; await new Promise((r) => setTimeout(r, 30)); return t; };
  const out = [];
  document.querySelector("table tbody tr button").click(); await settle();
  for (let n = 0; n < 20; n++) {
    if (which === "select") out.push(await timed([...document.querySelectorAll("table tbody tr button")][n + 1]));
    if (which === "stop") { out.push(await timed(btn(/^Stop: running to stopping/))); btn(/^Step to the next change/).click(); await settle(); await timed(btn(/^Start: stopped to pending/)); btn(/^Step to the next change/).click(); await settle(); }
    if (which === "start") { await timed(btn(/^Stop: running to stopping/)); btn(/^Step to the next change/).click(); await settle(); out.push(await timed(btn(/^Start: stopped to pending/))); btn(/^Step to the next change/).click(); await settle(); }
    if (which === "launch") out.push(await timed(btn(/^Launch t2\.micro/)));
  }
  return out.map((x) => Math.round(x * 10) / 10);
}, which);
const { profile } = await cdp.send("Profiler.stop");
console.log(which + " work ms:", works.join(" "));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map(), self = new Map();
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] || 0; const nm = byId.get(id).callFrame.functionName;
  if (["(idle)", "(program)"].includes(nm)) return;
  self.set(nm, (self.get(nm) || 0) + dt);
  const seen = new Set(); let c = id;
  while (c !== undefined) { const f = byId.get(c).callFrame.functionName; if (f && !seen.has(f)) { seen.add(f); incl.set(f, (incl.get(f) || 0) + dt); } c = parent.get(c); }
});
const show = (m, re, n = 30) => [...m.entries()].filter(([k]) => re.test(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k.replace(/::h[0-9a-f]{16}/g, "").slice(0, 150)}`).join("\n");
console.log("INCLUSIVE\n" + show(incl, /ec2_lab::/) + "\nSELF\n" + show(self, /./, 25));
await browser.close();
