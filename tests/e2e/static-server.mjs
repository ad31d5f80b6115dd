// A plain static file server for the end-to-end tests and the benchmark: no SPA fallback, no rewrites,
// like the simplest static host. Like every static host, it compresses text and WebAssembly with gzip
// when the browser accepts it, so what the benchmark's Lighthouse run downloads is what a learner's
// browser would. Usage: node static-server.mjs DIR PORT [PREFIX]
// With PREFIX (e.g. /ec2-lab/), DIR is served under that sub-path and everything else is 404.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const [dir, port, prefix = "/"] = process.argv.slice(2);
if (!dir || !port) {
  console.error("usage: node static-server.mjs DIR PORT [PREFIX]");
  process.exit(2);
}
const root = resolve(dir);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt"]);
const gzipped = new Map(); // file → { mtime, body }: compress each build file once

async function gzipOf(file, body, mtimeMs) {
  const hit = gzipped.get(file);
  if (hit && hit.mtime === mtimeMs) return hit.body;
  const compressed = gzipSync(body, { level: 9 });
  gzipped.set(file, { mtime: mtimeMs, body: compressed });
  return compressed;
}

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  if (!path.startsWith(prefix) && path + "/" !== prefix) {
    res.writeHead(404).end("not found");
    return;
  }
  if (path + "/" === prefix) {
    res.writeHead(301, { Location: prefix }).end();
    return;
  }
  let file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end("forbidden");
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file);
    }
    let body = await readFile(file);
    const headers = {
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
    };
    if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = await gzipOf(file, body, info.mtimeMs);
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
});
