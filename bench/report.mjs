// The last step of `make bench`: gathers what the steps before it measured
// (target/bench/core.json from bench/side-by-side.mjs, target/bench/
// overhead.json from bench/overhead.mjs, `gatewise simulate --json`, the
// sizes of dist/), prints ONE table and writes it, with the date, the
// browsers' versions and the machine, to docs/benchmarks.md.
//
// A part that could not be measured says so in its row; a goal that is
// missed says so, and what it would take, in the last column.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => path.join(root, ...p);
const readJson = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);
const run = (cmd, args) => {
    try {
        return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120000 }).trim();
    } catch {
        return null;
    }
};
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
};
const us = (x) => (x == null ? '–' : `${x.toFixed(1)} µs`);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const pct = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;

const rows = []; // [part, measure, figure, goal, verdict]
const row = (part, measure, figure, goal = '', verdict = '') => rows.push([part, measure, figure, goal, verdict]);
const verdict = (ok, gap) => (ok ? 'met' : `**missed**: ${gap}`);

// ---- 1. Overhead on normal browsing
const overhead = readJson(at('target/bench/overhead.json'));
const browsers = [];
if (!overhead?.runs?.length) {
    row('1. overhead', 'page load and CPU, no extension / floor / Gatewise', 'not available (bench/overhead.mjs did not run)');
} else {
    for (const r of overhead.runs) {
        if (r.error) {
            row('1. overhead', `${r.browser}: page load and CPU, no extension / floor / Gatewise`, `not available: ${r.error}`);
            continue;
        }
        browsers.push(r.version);
        row('1. overhead', `${r.browser}: the Gatewise build measured`, `${r.extension}/ as built by make build`);
        for (const p of r.phases) {
            const [none, floor, gw] = p.builds;
            const where = `${r.browser}, ${p.latencyMs ? `+${p.latencyMs} ms latency` : 'as served'}, ${p.navigations} navigations each`;
            const loadOk = gw.loadRatio <= 1.02;
            const loadGap = gw.loadRatio <= floor.loadRatio
                ? `the floor, which does nothing, is ×${floor.loadRatio.toFixed(3)} too: noise of the machine; more navigations or a quieter machine`
                : 'the load waits on Gatewise: no work of its own before the load event on a 2xx navigation';
            row('1. overhead', `${where}: page load, median of the paired ratios to no extension`, `none ${none.medianLoadMs.toFixed(1)} ms; floor ×${floor.loadRatio.toFixed(3)}; Gatewise ×${gw.loadRatio.toFixed(3)}`,
                p.latencyMs ? '≤ ×1.02' : '', p.latencyMs ? verdict(loadOk, loadGap) : '');
            const gap = gw.cpuOverheadPct - floor.cpuOverheadPct;
            row('1. overhead', `${where}: browser CPU time (all processes), vs no extension`, `none ${none.cpuSeconds.toFixed(2)} s; floor ${pct(floor.cpuOverheadPct)}; Gatewise ${pct(gw.cpuOverheadPct)} (${gap >= 0 ? '+' : ''}${gap.toFixed(1)} pp over the floor)`,
                'Gatewise ≤ floor + 1 pp', verdict(gap <= 1, 'no work of Gatewise\'s own on a 2xx or 3xx navigation (no wasm call, no storage write, no message), so that it costs what the floor costs'));
        }
    }
}
row('1. overhead', 'worker wake-up, wasm instantiation, memory with and without the instance', 'not measured by this harness');

// ---- 2. Recovery (from the engine the extension runs)
const simText = fs.existsSync(at('target/release/gatewise')) ? run(at('target/release/gatewise'), ['simulate', '--json']) : null;
let sim = null;
try {
    sim = simText ? JSON.parse(simText) : null;
} catch {
    sim = null;
}
if (!sim?.policies?.length) {
    row('2. recovery', '`gatewise simulate --json`', 'not available');
} else {
    for (const p of sim.policies) {
        row('2. recovery', `${p.name}: herd peak of 1000 clients`, `${p.herd_peak_rps} requests/s`);
        for (const o of p.outages ?? []) {
            row('2. recovery', `${p.name}: ${o.duration_s} s outage`, `page shown ${o.lag_median_s} s after recovery (median), ${o.lag_p95_s} s (p95); ${o.requests_during_outage} requests during the outage`);
        }
    }
}

// ---- 3. The core's speed
const core = readJson(at('target/bench/core.json'));
if (!core?.rows?.length) {
    row('3. speed', 'diagnose, every real page', 'not available (bench/side-by-side.mjs did not run)');
} else {
    const errors = core.rows.filter((r) => r.status >= 500);
    const worst = (key) => errors.reduce((a, r) => (r[key] != null && (!a || r[key] > a[key]) ? r : a), null);
    const nat = errors.filter((r) => r.native != null);
    const wn = worst('native');
    const ww = worst('wasm');
    row('3. speed', `diagnose, native: ${errors.length} real error pages (median ${median(errors.map((r) => r.bytes))} bytes)`,
        nat.length ? `median ${us(median(nat.map((r) => r.native)))}; worst ${us(wn.native)} (${wn.name})` : 'not available (cargo bench did not run)',
        'every page < 20 µs', nat.length ? verdict(wn.native < 20, `${nat.filter((r) => r.native >= 20).length} pages over: cut the page reading (src/text.rs) and the diagnosis's own searches over the markup (src/diagnose.rs)`) : '');
    row('3. speed', `diagnose, wasm in Node ${core.node}: the same pages`, `median ${us(median(errors.map((r) => r.wasm)))}; worst ${us(ww.wasm)} (${ww.name})`,
        'every page < 50 µs', verdict(ww.wasm < 50, `${errors.filter((r) => r.wasm >= 50).length} pages over: the same work, and a smaller diagnosis object to convert to JavaScript`));
    if (core.baseline) {
        const wb = worst('baseline');
        row('3. speed', `the same pages, wasm of the baseline build (${path.basename(path.dirname(core.baseline))}), timed in turns with this one`, `median ${us(median(errors.map((r) => r.baseline)))}; worst ${us(wb.baseline)} (${wb.name})`);
    }
    const cf = errors.filter((r) => r.name.startsWith('cloudflare_') && r.bytes > 5000);
    if (cf.length) {
        const range = (key) => `${Math.min(...cf.map((r) => r[key])).toFixed(1)}–${Math.max(...cf.map((r) => r[key])).toFixed(1)} µs`;
        row('3. speed', `Cloudflare's branded 5xx pages (${cf.length}, 6–7 KB)`, `native ${nat.length ? range('native') : '–'}; wasm ${range('wasm')}${core.baseline ? `; baseline wasm ${range('baseline')}` : ''}`);
    }
    const all = core.rows.filter((r) => r.native != null);
    if (all.length) {
        const bytes = all.reduce((a, r) => a + r.bytes, 0);
        row('3. speed', `throughput over all ${all.length} pages, articles included`, `native ${(bytes / all.reduce((a, r) => a + r.native, 0)).toFixed(0)} MB/s; wasm ${(bytes / all.reduce((a, r) => a + r.wasm, 0)).toFixed(0)} MB/s`);
    }
}

// ---- 4. Size
const wasmFile = at('dist/pkg/gatewise_bg.wasm');
if (fs.existsSync(wasmFile)) {
    const raw = fs.readFileSync(wasmFile);
    // gzip -9, as scripts/build-wasm.sh reports it (zlib's own gzip differs by a few KiB).
    let gz;
    try {
        gz = execFileSync('gzip', ['-9c', wasmFile], { maxBuffer: 1 << 26 }).length;
    } catch {
        gz = zlib.gzipSync(raw, { level: 9 }).length;
    }
    row('4. size', 'release wasm (gatewise_bg.wasm)', `${kib(raw.length)} raw, ${kib(gz)} gzipped`, '< 150 KiB gzipped', verdict(gz < 150 * 1024, 'drop knowledge-base text from the wasm or build with opt-level "z"'));
} else {
    row('4. size', 'release wasm', 'not available (no dist/pkg: run make build)');
}
for (const b of ['chrome', 'firefox']) {
    const z = at(`dist/gatewise-${b}.zip`);
    row('4. size', `store zip, ${b}`, fs.existsSync(z) ? kib(fs.statSync(z).size) : 'not available');
}

// ---- The page
const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? os.arch();
const osName = (fs.existsSync('/etc/os-release') ? fs.readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="?([^"\n]*)/)?.[1] : null) ?? os.type();
if (!browsers.length) browsers.push(run('/usr/bin/chromium', ['--version']) ?? 'Chromium: not found', run('firefox-esr', ['--version']) ?? 'Firefox: not found');
const rustc = run('rustc', ['--version']) ?? 'rustc: unknown';
const esc = (s) => String(s).replaceAll('|', '\\|');
const table = ['| Part | Measure | Figure | Goal | Verdict |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
const header = [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Browsers: ${browsers.join('; ')}`,
    `- Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${osName}; load average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
    `- Toolchain: ${rustc}; Node ${process.version}`,
].join('\n');
const doc = `# Benchmarks

Written by \`make bench\` (bench/report.mjs); do not edit by hand. The
machine is shared and noisy: every figure of part 1 is a ratio against a
baseline measured in the same run, in turns with it, and the speeds are
medians over many calls.

${header}

${table}

How each part is measured:

1. \`bench/overhead.mjs\`: three browsers at once on fresh profiles (no
   extension; the floor, \`bench/floor/\`, which registers the listeners
   Gatewise registers and does nothing; Gatewise as built in \`dist/\`) load
   the same pages (about 36 KB of HTML, a stylesheet, a script and four
   images) from a local server in turns, the order rotating every round.
   Page load is the page's own Navigation Timing (start to the end of the
   load event); its ratio is the median, over the rounds, of each round's
   load against the browser without extension in the same round. CPU time is utime + stime of every process of each browser,
   from \`/proc/<pid>/stat\`, over the whole phase.
2. \`gatewise simulate --json\`: the retry engine the extension runs, on a
   simulated clock.
3. \`cargo bench --bench diagnose\` (native) and \`bench/side-by-side.mjs\`
   (the release wasm in Node), on every real page of the public corpus and
   of our captures, timed in 41 rounds over all the pages (a short batch of
   each page a round; a page's figure is its median over the rounds, so a
   burst of other work on the machine spoils a few rounds of every page
   rather than all the samples of a few). The goals apply to the error
   pages (status 500 and up).
4. The files in \`dist/\` as \`make build\` leaves them; gzip -9.
`;
console.log(header);
console.log();
console.log(table);
fs.mkdirSync(at('docs'), { recursive: true });
fs.writeFileSync(at('docs/benchmarks.md'), doc);
console.log('\nreport: wrote docs/benchmarks.md');
