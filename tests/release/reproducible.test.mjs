// The store build is reproducible: scripts/release.sh, run twice from clean,
// gives byte-identical zips. Build A starts from a fresh copy of the
// repository's sources in a temporary directory; build B from the source zip
// that copy gives, unpacked elsewhere (a path of another length), as
// Mozilla's reviewers do. Both start with no target/ and no dist/; they share
// only the toolchain, cargo's registry and node_modules (a symlink), and run
// side by side.
//
//   node --test tests/release/
//
// Two clean wasm builds (LTO) at once: about 2-3 minutes on two idle cores.
// It needs what scripts/setup.sh installs (wasm-bindgen on PATH, node_modules).

import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// What scripts/release.sh puts in the source zip (it must be all the build reads).
const SOURCES = ['Cargo.toml', 'Cargo.lock', 'rust-toolchain.toml', 'package.json', 'package-lock.json', 'src', 'benches', 'extension', 'scripts'];
const version = JSON.parse(fs.readFileSync(path.join(root, 'extension/manifest.json'), 'utf8')).version;
const ZIPS = ['chrome', 'firefox', 'source'].map((k) => `gatewise-${k}-${version}.zip`);

function release(dir, ...args) {
    const env = { ...process.env, GATEWISE_SKIP_SETUP: '1', PATH: `${os.homedir()}/.cargo/bin:${process.env.PATH}` };
    return new Promise((resolve, reject) => {
        const child = spawn('bash', ['scripts/release.sh', ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let log = '';
        child.stdout.on('data', (d) => { log += d; });
        child.stderr.on('data', (d) => { log += d; });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`release.sh in ${dir} exited ${code}:\n${log}`))));
    });
}

const sha = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const zipNames = (file) => execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();

function listed(dir, rel) {
    const full = path.join(dir, rel);
    if (!fs.statSync(full).isDirectory()) return [rel];
    return fs.readdirSync(full).flatMap((n) => listed(dir, `${rel}/${n}`));
}

test('two clean builds give byte-identical store and source zips', { timeout: 15 * 60_000 }, async (t) => {
    assert.ok(fs.existsSync(path.join(root, 'node_modules/.bin/wasm-opt')), 'node_modules is missing: run scripts/setup.sh');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gatewise-release-'));
    t.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    // A: a fresh copy of the sources.
    const a = path.join(tmp, 'a');
    for (const p of SOURCES) fs.cpSync(path.join(root, p), path.join(a, p), { recursive: true, filter: (src) => !/[/\\](target|dist|node_modules)$/.test(src) });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(a, 'node_modules'));

    // Its source zip holds exactly those sources and the reviewers' README.
    const sourceOnly = path.join(tmp, 'source-only');
    await release(a, '--source-only', sourceOnly);
    const sourceZip = path.join(sourceOnly, ZIPS[2]);
    const copied = SOURCES.flatMap((p) => listed(a, p)).sort();
    assert.deepEqual(zipNames(sourceZip), [...copied, 'REVIEWERS.md'].sort());

    // B: that source zip, unpacked at another path.
    const b = path.join(tmp, 'reviewer', 'unpacked-sources');
    fs.mkdirSync(b, { recursive: true });
    execFileSync('unzip', ['-q', sourceZip, '-d', b]);
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(b, 'node_modules'));

    await Promise.all([release(a), release(b)]);
    const outA = path.join(a, 'dist/release');
    const outB = path.join(b, 'dist/release');
    assert.equal(sha(path.join(outA, ZIPS[2])), sha(sourceZip), 'the source zip does not depend on the build');

    for (const zip of ZIPS) {
        assert.equal(sha(path.join(outB, zip)), sha(path.join(outA, zip)), `${zip} differs between the two builds`);
    }
    assert.equal(fs.readFileSync(path.join(outB, 'SHA256SUMS'), 'utf8'), fs.readFileSync(path.join(outA, 'SHA256SUMS'), 'utf8'));

    const sums = fs.readFileSync(path.join(outA, 'SHA256SUMS'), 'utf8');
    for (const zip of ZIPS) assert.ok(sums.includes(`${sha(path.join(outA, zip))}  ${zip}\n`), `SHA256SUMS names ${zip}`);

    // No path of the build machine inside the wasm (cargo's registry, the
    // build directory, the home directory): --remap-path-prefix works.
    const wasm = fs.readFileSync(path.join(a, 'dist/pkg/gatewise_bg.wasm'));
    const cargoHome = process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo');
    for (const p of [a, b, tmp, cargoHome, os.homedir()]) assert.equal(wasm.indexOf(p), -1, `the wasm holds the path ${p}`);
    assert.ok(wasm.includes('/cargo/registry/'), 'dependencies are named by their remapped path');
});
