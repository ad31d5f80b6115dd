// Measures the release site: bytes on first load, load to first rendered page (against a blank page on
// the same server, the floor), and Lighthouse scores. Run by scripts/bench, which builds the site and
// starts the servers. Prints one table and writes it as JSON.
// Usage: node bench/measure.mjs SITE_DIR SITE_URL BLANK_URL OUT_JSON
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const [siteDir, siteUrl, blankUrl, outJson] = process.argv.slice(2);
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from "../tests/e2e/chromium.js";
const BUDGET_GZIP_BYTES = 300 * 1024;
const LOADS = 10;

// --- Bytes: everything in the build is fetched on the first visit (the service worker precaches it all).
function kindOf(file) {
  const ext = extname(file);
  if (ext === ".wasm") return "wasm";
  if (ext === ".js" || ext === ".mjs") return "js";
  if (ext === ".css") return "css";
  if (ext === ".html") return "html";
  if ([".json", ".tsv"].includes(ext)) return "data";
  return "other";
}
const bytes = {};
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { walk(path); continue; }
    const body = readFileSync(path);
    const kind = kindOf(name);
    bytes[kind] ??= { raw: 0, gzip: 0 };
    bytes[kind].raw += body.length;
    bytes[kind].gzip += gzipSync(body, { level: 9 }).length;
  }
})(siteDir);
const total = Object.values(bytes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

// --- Load to first rendered page: ten cold loads (a new browser context each, so nothing is cached).
const RECORD_FIRST_H1 = () => {
  window.__firstRender = null;
  new MutationObserver((_, observer) => {
    if (document.querySelector("main h1")) {
      window.__firstRender = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
};
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
async function coldLoads(url) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.addInitScript(RECORD_FIRST_H1);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstRender !== null, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__firstRender));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: (times[LOADS / 2 - 1] + times[LOADS / 2]) / 2, worst: times[LOADS - 1], all: times };
}
const load = { app: await coldLoads(siteUrl), blank: await coldLoads(blankUrl) };
await browser.close();

// --- Lighthouse (mobile emulation with simulated throttling, its default).
let lighthouse = null;
try {
  const report = join(outJson, "..", "lighthouse.json");
  execFileSync(
    "bench/node_modules/.bin/lighthouse",
    [siteUrl, "--quiet", "--output=json", `--output-path=${report}`,
      "--only-categories=performance,accessibility,best-practices",
      `--chrome-flags=--headless=new ${FLAGS.join(" ")}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const categories = JSON.parse(readFileSync(report, "utf8")).categories;
  lighthouse = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
} catch (err) {
  console.error(`Lighthouse failed: ${err.message}`);
}

// --- The engine, measured natively by scripts/bench just before (examples/ec2bench.rs).
let engine = [];
try {
  engine = readFileSync(join(outJson, "..", "engine.txt"), "utf8").split("\n").filter((l) => l.trim());
} catch {
  engine = [];
}

const results = {
  date: new Date().toISOString(),
  machine: process.env.BENCH_MACHINE ?? "unknown",
  bytes, total, budget_gzip_bytes: BUDGET_GZIP_BYTES,
  load_ms: load,
  lighthouse,
  engine,
};
writeFileSync(outJson, JSON.stringify(results, null, 2));

// --- The table.
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;
const rows = [["measure", "value", "budget", "ok"]];
for (const [kind, b] of Object.entries(bytes).sort()) rows.push([`first load, ${kind} (gzip / raw)`, `${kb(b.gzip)} / ${kb(b.raw)}`, "", ""]);
rows.push(["first load, all (gzip / raw)", `${kb(total.gzip)} / ${kb(total.raw)}`, kb(BUDGET_GZIP_BYTES), total.gzip <= BUDGET_GZIP_BYTES ? "yes" : "NO"]);
rows.push([`load to first render, app (median / worst of ${LOADS})`, `${ms(load.app.median)} / ${ms(load.app.worst)}`, "", ""]);
rows.push([`load to first render, blank page (median / worst)`, `${ms(load.blank.median)} / ${ms(load.blank.worst)}`, "(floor)", ""]);
if (lighthouse) {
  for (const [k, v] of Object.entries(lighthouse)) rows.push([`Lighthouse ${k}`, String(v), ">= 95", v >= 95 ? "yes" : "NO"]);
} else {
  rows.push(["Lighthouse", "failed (see above)", ">= 95", "NO"]);
}
for (const line of engine) {
  const [what, value] = line.split(/:\s(.+)/);
  rows.push([`engine: ${what}`, value ?? "", "", ""]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.map((c, j) => c.padEnd(widths[j])).join(" | ")} |`);
  if (i === 0) console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
}
console.log(`\nwritten to ${outJson}`);
