// Prints native (from target/bench/native.json, written by `cargo bench
// --bench diagnose`) and wasm (the release build in dist/pkg, run here in
// Node) side by side, page by page, and writes both to
// target/bench/core.json for bench/report.mjs. Timed as natively: in
// rounds over all the pages, a page's figure the median over the rounds.
//
//   node bench/side-by-side.mjs [--baseline PKG_DIR] [--out FILE]
//
// --baseline times another wasm build (a dist/pkg kept from an older
// commit) in the same process, in turns with this one: before and after
// measured side by side.
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : null;
};
const baselineDir = opt('--baseline');
const outFile = opt('--out') ?? join(root, 'target/bench/core.json');

async function load(dir) {
  const m = await import(pathToFileURL(join(dir, 'gatewise.js')).href);
  await m.default({ module_or_path: readFileSync(join(dir, 'gatewise_bg.wasm')) });
  return m.diagnose;
}
const builds = [await load(join(root, 'dist/pkg'))];
if (baselineDir) builds.push(await load(baselineDir));

const sets = [
  [join(root, '../shared/corpus/public'), ''],
  [join(root, 'tests/fixtures'), 'captured/'],
];
const pages = [];
for (const [dir, sub] of sets) {
  if (!existsSync(join(dir, 'manifest.json'))) continue;
  for (const e of JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))) {
    pages.push({ name: e.file, status: e.status, body: new Uint8Array(readFileSync(join(dir, sub, e.file))) });
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// Rounds over all the pages; in each, every build times a short batch of
// each page (with a baseline, the two builds take turns page by page).
const ROUNDS = 41;
const BATCH_US = 300;
function timeBatch(diagnose, input, n) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) diagnose(input);
  return Number(process.hrtime.bigint() - t0) / 1000 / n;
}
const work = pages.map((p) => ({ input: { status: p.status, body: p.body }, batch: 1, per: builds.map(() => []) }));
for (const w of work) {
  let one = Infinity;
  for (const diagnose of builds) for (let i = 0; i < 30; i++) one = Math.min(one, timeBatch(diagnose, w.input, 1));
  w.batch = Math.max(1, Math.min(10000, Math.round(BATCH_US / Math.max(one, 0.01))));
}
for (let r = 0; r < ROUNDS; r++) {
  for (const w of work) builds.forEach((diagnose, k) => w.per[k].push(timeBatch(diagnose, w.input, w.batch)));
}

const nativeRows = existsSync(join(root, 'target/bench/native.json')) ? JSON.parse(readFileSync(join(root, 'target/bench/native.json'), 'utf8')).rows : [];
const nativeMedianMicros = (name) => nativeRows.find((r) => r.name === name)?.native ?? null;

const rows = pages.map((p, i) => {
  const [wasm, baseline] = work[i].per.map(median);
  return { name: p.name, status: p.status, bytes: p.body.length, native: nativeMedianMicros(p.name), wasm, baseline: baseline ?? null };
});
const mbps = (bytes, us) => (us ? (bytes / us).toFixed(0) : '-'); // bytes per µs = MB/s
const pad = (s, n) => String(s).padStart(n);
console.log(`${'page'.padEnd(44)}${pad('bytes', 8)}${pad('native µs', 11)}${pad('MB/s', 7)}${pad('wasm µs', 10)}${pad('MB/s', 7)}${pad('wasm/native', 12)}${baselineDir ? pad('baseline µs', 13) : ''}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(44)}${pad(r.bytes, 8)}${pad(r.native?.toFixed(2) ?? '-', 11)}${pad(mbps(r.bytes, r.native), 7)}${pad(r.wasm.toFixed(2), 10)}${pad(mbps(r.bytes, r.wasm), 7)}${pad(r.native ? (r.wasm / r.native).toFixed(2) + 'x' : '-', 12)}${baselineDir ? pad(r.baseline.toFixed(2), 13) : ''}`);
}
const errors = rows.filter((r) => r.status >= 500);
const withNative = errors.filter((r) => r.native != null);
console.log();
console.log(`error pages: ${errors.length}; median size ${median(errors.map((r) => r.bytes))} bytes`);
if (withNative.length) console.log(`median per error page: native ${median(withNative.map((r) => r.native)).toFixed(2)} µs, wasm ${median(errors.map((r) => r.wasm)).toFixed(2)} µs, ratio ${median(withNative.map((r) => r.wasm / r.native)).toFixed(2)}x`);
if (baselineDir) console.log(`median per error page, baseline wasm: ${median(errors.map((r) => r.baseline)).toFixed(2)} µs; worst ${Math.max(...errors.map((r) => r.baseline)).toFixed(2)} µs (this build: ${Math.max(...errors.map((r) => r.wasm)).toFixed(2)} µs)`);
const all = rows.filter((r) => r.native != null);
if (all.length) {
  const bytes = all.reduce((a, r) => a + r.bytes, 0);
  console.log(`throughput over all ${all.length} pages: native ${(bytes / all.reduce((a, r) => a + r.native, 0)).toFixed(0)} MB/s, wasm ${(bytes / all.reduce((a, r) => a + r.wasm, 0)).toFixed(0)} MB/s`);
}
mkdirSync(join(root, 'target/bench'), { recursive: true });
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), node: process.version, baseline: baselineDir, rows }, null, 2));
