// What the size goal would cost in speed (issue 9, part 4): the wasm built
// as the shipped one is (scripts/build-wasm.sh: cargo, wasm-bindgen,
// wasm-opt -Oz) but with the "wasm" profile's opt-level "s" or "z" instead
// of 3, each gzipped, and timed on every real page in turns with the
// shipped build (bench/side-by-side.mjs --baseline, in the same process).
// Each variant builds in its own target directory
// (target/bench-variants/NAME), so a second run rebuilds nothing.
//
//   node bench/wasm-variants.mjs [--variants s,z]
//
// Writes target/bench/variants.json for bench/report.mjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const levels = argv[0] === '--variants' && argv[1] ? argv[1].split(',') : ['s', 'z'];
const env = { ...process.env, PATH: `${os.homedir()}/.cargo/bin:${process.env.PATH}` };
const gzip = (file) => {
    try {
        return execFileSync('gzip', ['-9c', file], { maxBuffer: 1 << 26 }).length;
    } catch {
        return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    }
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const result = { date: new Date().toISOString(), shipped: { gzip: gzip(path.join(root, 'dist/pkg/gatewise_bg.wasm')) }, variants: [] };
for (const level of levels) {
    const name = `opt-level-${level}`;
    const targetDir = path.join(root, 'target/bench-variants', name);
    const pkg = path.join(targetDir, 'pkg');
    try {
        const quoted = /^\d$/.test(level) ? level : `"${level}"`;
        execFileSync('cargo', ['build', '--quiet', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', 'wasm', '--config', `profile.wasm.opt-level=${quoted}`],
            { cwd: root, stdio: 'inherit', env: { ...env, CARGO_TARGET_DIR: targetDir } });
        fs.rmSync(pkg, { recursive: true, force: true });
        execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', pkg, path.join(targetDir, 'wasm32-unknown-unknown/wasm/gatewise.wasm')], { cwd: root, stdio: 'inherit', env });
        const wasm = path.join(pkg, 'gatewise_bg.wasm');
        execFileSync(path.join(root, 'node_modules/.bin/wasm-opt'), ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--strip-debug', '--strip-producers', wasm, '-o', wasm], { stdio: 'inherit' });
        const out = path.join(root, 'target/bench', `variant-${name}.json`);
        execFileSync(process.execPath, [path.join(root, 'bench/side-by-side.mjs'), '--baseline', pkg, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
        const rows = JSON.parse(fs.readFileSync(out, 'utf8')).rows.filter((r) => r.status >= 500);
        const v = {
            name,
            gzip: gzip(wasm),
            raw: fs.statSync(wasm).size,
            wasmMedianUs: median(rows.map((r) => r.baseline)),
            wasmWorstUs: Math.max(...rows.map((r) => r.baseline)),
            shippedMedianUs: median(rows.map((r) => r.wasm)),
            shippedWorstUs: Math.max(...rows.map((r) => r.wasm)),
        };
        result.variants.push(v);
        console.log(`wasm-variants: ${name}: ${(v.gzip / 1024).toFixed(1)} KiB gzipped (shipped ${(result.shipped.gzip / 1024).toFixed(1)} KiB); diagnose on the error pages median ${v.wasmMedianUs.toFixed(1)} µs, worst ${v.wasmWorstUs.toFixed(1)} µs (shipped, in turns: ${v.shippedMedianUs.toFixed(1)} µs, ${v.shippedWorstUs.toFixed(1)} µs)`);
    } catch (e) {
        console.error(`wasm-variants: ${name} not measured: ${e.message.split('\n')[0]}`);
        result.variants.push({ name, error: e.message.split('\n')[0] });
    }
}
fs.mkdirSync(path.join(root, 'target/bench'), { recursive: true });
fs.writeFileSync(path.join(root, 'target/bench/variants.json'), JSON.stringify(result, null, 2));
console.log('wasm-variants: wrote target/bench/variants.json');
