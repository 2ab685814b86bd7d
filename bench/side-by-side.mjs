// Prints native (criterion's medians, from target/criterion) and wasm (the
// release build in dist/pkg, run here in Node) side by side, page by page.
// Run `cargo bench --bench diagnose` first (`make bench` does both).
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import init, { diagnose } from '../dist/pkg/gatewise.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await init({ module_or_path: readFileSync(join(root, 'dist/pkg/gatewise_bg.wasm')) });

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

// Same shape as criterion's samples: batches timed whole, the per-call
// median taken over batches.
function wasmMedianMicros(page) {
  const input = { status: page.status, body: page.body };
  for (let i = 0; i < 50; i++) diagnose(input);
  const per = [];
  for (let s = 0; s < 25; s++) {
    const n = 40;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) diagnose(input);
    per.push(Number(process.hrtime.bigint() - t0) / 1000 / n);
  }
  return median(per);
}

function nativeMedianMicros(name) {
  const f = join(root, 'target/criterion/diagnose', name, 'new/estimates.json');
  if (!existsSync(f)) return null;
  return JSON.parse(readFileSync(f, 'utf8')).median.point_estimate / 1000;
}

const rows = [];
for (const p of pages) {
  const native = nativeMedianMicros(p.name);
  const wasm = wasmMedianMicros(p);
  rows.push({ ...p, native, wasm });
}
const mbps = (bytes, us) => (us ? (bytes / us).toFixed(0) : '-'); // bytes per µs = MB/s
const pad = (s, n) => String(s).padStart(n);
console.log(`${'page'.padEnd(44)}${pad('bytes', 8)}${pad('native µs', 11)}${pad('MB/s', 7)}${pad('wasm µs', 10)}${pad('MB/s', 7)}${pad('wasm/native', 12)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(44)}${pad(r.body.length, 8)}${pad(r.native?.toFixed(2) ?? '-', 11)}${pad(mbps(r.body.length, r.native), 7)}${pad(r.wasm.toFixed(2), 10)}${pad(mbps(r.body.length, r.wasm), 7)}${pad(r.native ? (r.wasm / r.native).toFixed(2) + 'x' : '-', 12)}`);
}
const errors = rows.filter((r) => r.status >= 500);
const withNative = errors.filter((r) => r.native != null);
console.log();
console.log(`error pages: ${errors.length}; median size ${median(errors.map((r) => r.body.length))} bytes`);
if (withNative.length) console.log(`median per error page: native ${median(withNative.map((r) => r.native)).toFixed(2)} µs, wasm ${median(errors.map((r) => r.wasm)).toFixed(2)} µs, ratio ${median(withNative.map((r) => r.wasm / r.native)).toFixed(2)}x`);
const all = rows.filter((r) => r.native != null);
if (all.length) {
  const bytes = all.reduce((a, r) => a + r.body.length, 0);
  console.log(`throughput over all ${all.length} pages: native ${(bytes / all.reduce((a, r) => a + r.native, 0)).toFixed(0)} MB/s, wasm ${(bytes / all.reduce((a, r) => a + r.wasm, 0)).toFixed(0)} MB/s`);
}
