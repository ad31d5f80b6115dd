// Finishes a release build in DIST (run by scripts/lib.sh after `trunk build`):
//  0. trunk's loader fetches the WebAssembly once the page has been shown (see below);
//  1. a Content-Security-Policy that allows only the site itself (trunk's one inline start-up script is
//     allowed by its hash, so no 'unsafe-inline' scripts);
//  2. a service worker that caches this build's files, so the site keeps working offline after the
//     first visit, and replaces the cache cleanly when a new release is deployed (the cache is named
//     after a hash of the files);
//  3. with PRERENDER (the output of examples/prerender.rs), the home page pre-rendered into <body>, so
//     the browser paints it before the WebAssembly arrives. It is inert and hidden from assistive
//     technology: a picture of the page until the app, which removes it, takes over.
// Usage: node scripts/postbuild.mjs DIST [PRERENDER]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const [dist, prerenderPath] = process.argv.slice(2);
if (!dist) {
  console.error("usage: node scripts/postbuild.mjs DIST [PRERENDER]");
  process.exit(2);
}
const indexPath = join(dist, "index.html");
let html = readFileSync(indexPath, "utf8");
if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.error(`${indexPath} was already post-processed; build again first`);
  process.exit(1);
}

// The build must look as trunk writes it unminified; stop loudly rather than emit a site that half works.
const fail = (what) => {
  console.error(`post-build: ${what} not found in ${indexPath}; did trunk's output format change?`);
  process.exit(1);
};
const base = html.match(/<base href="([^"]*)"/)?.[1] ?? fail("<base href>");

// 0. The WebAssembly is fetched once the browser has shown the page (window.ec2labShown, from
// assets/boot.js), not raced against the first paint. In a normal load the first frame comes before
// trunk's loader would start the fetch anyway, so nothing waits; but when a busy browser draws its first
// frame late (seen in Lighthouse: one second after the page was parsed), a module already downloaded by
// then is counted by Lighthouse's network simulation as needed for the largest paint (5.3 s, score 75).
const initCall = /await init\(\{ module_or_path: ('[^']+_bg\.wasm') \}\)/;
if (!initCall.test(html)) fail("trunk's init({ module_or_path: '…_bg.wasm' })");
html = html.replace(
  initCall,
  (_, wasm) => `await init({ module_or_path: (window.ec2labShown || Promise.resolve()).then(() => fetch(${wasm})) })`,
);

// 1. Content-Security-Policy.
const inlineScripts = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inlineScripts.length === 0) fail("trunk's inline start-up script");
const scriptHashes = inlineScripts.map(
  (code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`,
);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(" ")}`.trim(),
  "style-src 'self'",
  // Progress bars and the diagram may set style attributes; those cannot load anything.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
if (!html.includes('<meta charset="utf-8" />')) fail('<meta charset="utf-8" />');
html = html.replace(
  /<meta charset="utf-8" \/>/,
  (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
);

// 3. (first, so the service worker's version covers it) The pre-rendered home page. Trunk's preload of
// the WebAssembly goes: with the page already in the HTML, the module is better fetched by the loader once
// the page is parsed than raced against the first paint (the loader starts it a moment later anyway).
if (prerenderPath) {
  html = html.replace(/\s*<link rel="preload" href="[^"]*\.wasm"[^>]*>/, "");
  const prerender = readFileSync(prerenderPath, "utf8").trim();
  if (!prerender.includes("<h1>")) fail(`a page with an <h1> in ${prerenderPath}`);
  if (!html.includes("<body>")) fail("<body>");
  html = html.replace("<body>", () => `<body>\n    <div id="prerender" inert aria-hidden="true">${prerender}</div>`);
}

// 2. Service worker: every file of the build, under the public URL.
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dist, path).split("\\").join("/"));
  }
})(dist);
const assets = files.filter((f) => f !== "index.html" && f !== "sw.js" && f !== "sw-register.js");
const version = createHash("sha256")
  .update(assets.join("\n"))
  .update(html)
  .digest("hex")
  .slice(0, 16);
const precache = [base, ...assets.map((f) => base + f), base + "sw-register.js"];

writeFileSync(
  join(dist, "sw.js"),
  `// Generated by scripts/postbuild.mjs for this build. Do not edit.
const CACHE = "ec2-lab-${version}";
const BASE = ${JSON.stringify(base)};
const PRECACHE = ${JSON.stringify(precache, null, 2)};

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  // A new release: drop the caches of older ones.
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("ec2-lab-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page itself: the network first, so a new release is seen at once; the cached copy offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(BASE, copy));
          }
          return response;
        })
        .catch(() => caches.match(BASE)),
    );
    return;
  }
  // Build files have content hashes in their names: the cache first.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
`,
);

writeFileSync(
  join(dist, "sw-register.js"),
  `// Generated by scripts/postbuild.mjs. Registers the offline cache; the site works without it.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(${JSON.stringify(base + "sw.js")}, { scope: ${JSON.stringify(base)} })
    .catch((err) => console.warn("EC2 Lab works, but offline use is unavailable:", err));
}
`,
);
if (!html.includes("</head>")) fail("</head>");
html = html.replace("</head>", `<script type="module" src="${base}sw-register.js"></script></head>`);
writeFileSync(indexPath, html);
console.log(
  `post-build: CSP with ${scriptHashes.length} script hash(es); service worker caching ${precache.length} files as ec2-lab-${version}` +
    (prerenderPath ? "; home page pre-rendered" : ""),
);
