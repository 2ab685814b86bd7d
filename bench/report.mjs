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
                : `Gatewise makes no wasm call, storage write or message on these loads (rows "1. worker", Chromium); what is left is its listeners' JS and the machine's noise (the floor, which does nothing, is ×${floor.loadRatio.toFixed(3)} in this phase): a run on a quieter machine decides`;
            row('1. overhead', `${where}: page load, median of the paired ratios to no extension`, `none ${none.medianLoadMs.toFixed(1)} ms; floor ×${floor.loadRatio.toFixed(3)}; Gatewise ×${gw.loadRatio.toFixed(3)}`,
                p.latencyMs ? '≤ ×1.02' : '', p.latencyMs ? verdict(loadOk, loadGap) : '');
            const gap = gw.cpuOverheadPct - floor.cpuOverheadPct;
            row('1. overhead', `${where}: browser CPU time (all processes), vs no extension`, `none ${none.cpuSeconds.toFixed(2)} s; floor ${pct(floor.cpuOverheadPct)}; Gatewise ${pct(gw.cpuOverheadPct)} (${gap >= 0 ? '+' : ''}${gap.toFixed(1)} pp over the floor)`,
                'Gatewise ≤ floor + 1 pp', verdict(gap <= 1, `${r.browser === 'chromium' ? 'Gatewise makes no wasm call, storage write or message on normal navigations (rows "1. worker")' : 'Firefox\'s background is not instrumented by bench/worker.mjs (Chromium only): counting its work there is the next step'}; its listeners do a little more JS than the floor's (the tab's latest request kept for a replay); the machine is noisy (the floor is ${pct(floor.cpuOverheadPct)} in this phase)`));
        }
    }
}
// ---- 1. The worker's own cost (bench/worker.mjs)
const worker = readJson(at('target/bench/worker.json'));
if (!worker?.summary) {
    row('1. worker', 'wake-up, instantiation, memory, work on normal navigations', 'not available (bench/worker.mjs did not run)');
} else {
    const w = worker.summary;
    const steady = w.rounds - 1;
    const none = w.normalWasmInstantiations + w.normalWasmCalls + w.normalStorageWrites + w.normalMessages === 0;
    row('1. worker', `chromium ${worker.browser ?? ''}: ${w.normalNavigations} 2xx and 3xx navigations (${steady} rounds of 21, each after a worker restart)`,
        `${w.normalWasmInstantiations} wasm instantiations, ${w.normalWasmCalls} calls into the wasm, ${w.normalStorageWrites} storage writes, ${w.normalMessages} messages, ${w.normalFetches} fetches`,
        'none of any', verdict(none, 'work found on a normal navigation: see target/bench/worker.json for which'));
    const f = w.sessionFirst;
    row('1. worker', 'the same, in the browser session\'s first wake-up of the worker with a web page open',
        `${f.wasmInstantiations} wasm instantiation${f.instantiateMs != null ? ` (${f.instantiateMs.toFixed(1)} ms)` : ''}, ${f.wasmCalls} calls into the wasm, ${f.storageWrites} storage writes, ${f.messages} messages`,
        '', f.wasmInstantiations ? 'once per browser session: with no saved state, startup() looks for tabs already showing an error (the engine is loaded to scan them, its state saved); every later wake-up finds the state and does nothing' : '');
    row('1. worker', `wake-up: a navigation while the worker is stopped, to its first event handled (median of ${steady})`, `${w.wakeMedianMs.toFixed(0)} ms (the worker's script starts after ${w.workerStartMedianMs.toFixed(0)} ms)`);
    row('1. worker', `wasm instantiation at the first failure (a 502), instantiateStreaming (median of ${steady})`, `${w.instantiateMedianMs.toFixed(1)} ms; the 502 navigation to the instance ready ${w.navigationToInstanceMedianMs.toFixed(0)} ms`);
    row('1. worker', `the worker's JS heap after a GC, CDP Runtime.getHeapUsage (median of ${steady})`, `without the instance ${w.heapWithoutMedianKiB.toFixed(0)} KiB; with it ${w.heapWithMedianKiB.toFixed(0)} KiB (+${(w.heapWithMedianKiB - w.heapWithoutMedianKiB).toFixed(0)} KiB), plus the wasm's linear memory ${w.wasmMemoryWithMedianKiB.toFixed(0)} KiB`);
}

// ---- 2. Recovery (from the engine the extension runs)
// `simulate` exits 1 when a goal is missed; its report is on stdout all the same.
let simText = null;
if (fs.existsSync(at('target/release/gatewise'))) {
    try {
        simText = execFileSync(at('target/release/gatewise'), ['simulate', '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    } catch (e) {
        simText = e.stdout || null;
    }
}
let sim = null;
try {
    sim = simText ? JSON.parse(simText) : null;
} catch {
    sim = null;
}
// Real Chromium beside the simulation (bench/recovery.mjs), for the same outages.
const recovery = readJson(at('target/bench/recovery.json'));
if (!recovery?.outages?.length) {
    row('2. recovery', 'real Chromium with Gatewise, short outages', 'not available (bench/recovery.mjs did not run)');
} else {
    for (const o of recovery.outages) {
        const s = o.sim?.gatewise;
        const diff = s?.lag_median_s != null && o.delay_median_s != null ? o.delay_median_s - s.lag_median_s : null;
        row('2. recovery', `${o.duration_s} s outage, real Chromium ${recovery.browser ?? ''} with Gatewise: ${o.trials.length} tabs, each its own origin, meeting the outage at a random moment`,
            `page shown ${o.delay_median_s == null ? 'never' : `${o.delay_median_s.toFixed(2)} s`} after the origin's return (median; p95 ${o.delay_p95_s == null ? 'never' : `${o.delay_p95_s.toFixed(2)} s`}; of which ${o.reaction_median_s.toFixed(2)} s from the origin's first 200 to the page committed); ${o.requests_mean.toFixed(2)} requests during the outage (mean)${o.never ? `; ${o.never} never back within 10 minutes` : ''}`
            + (s ? `; simulated: ${s.lag_median_s?.toFixed(2) ?? 'never'} s (p95 ${s.lag_p95_s?.toFixed(2) ?? 'never'} s), ${s.requests_during_outage.toFixed(2)} requests` : '; no simulated figure for this outage'),
            o.sim_sample ? `within what ${o.trials.length} simulated clients give (90% of ${o.sim_sample.draws} draws): median ${o.sim_sample.delay[0].toFixed(2)}–${o.sim_sample.delay[1].toFixed(2)} s, ${o.sim_sample.requests[0].toFixed(2)}–${o.sim_sample.requests[1].toFixed(2)} requests` : '',
            (o.within_sample == null ? '' : o.within_sample ? 'met' : '**missed**: reality and the simulation disagree beyond sampling: look at the trials in target/bench/recovery.json')
            + (diff == null ? '' : `; real − simulated (1000 clients): ${diff >= 0 ? '+' : ''}${diff.toFixed(2)} s median delay, ${(o.requests_mean - s.requests_during_outage) >= 0 ? '+' : ''}${(o.requests_mean - s.requests_during_outage).toFixed(2)} requests. Why: ${o.trials.length} tabs are a small sample of random arrivals and jittered waits (the range beside); the simulation takes the probe, the reload and the commit as instant, ${o.reaction_median_s.toFixed(2)} s here`));
    }
}
if (!sim?.policies?.length) {
    row('2. recovery', '`gatewise simulate --json`', 'not available');
} else {
    // One row per outage, the four policies side by side; the goals are the simulation's own.
    const human = (x) => (x >= 3600 && x % 3600 === 0 ? `${x / 3600} h` : x >= 60 && x % 60 === 0 ? `${x / 60} min` : `${x} s`);
    const sec = (x) => (x == null ? 'never' : `${Number(x).toFixed(1)} s`);
    const label = { gatewise: 'Gatewise', 'gatewise-unjittered': 'Gatewise without jitter', 'chromium-auto-reload': 'Chromium\'s schedule', 'fixed-5s': '5 s reloader' };
    const goalsOf = (prefix) => (sim.goals ?? []).filter((g) => g.goal.startsWith(prefix));
    const judged = (gs) => (gs.length ? [gs.map((g) => g.goal).join('; '), gs.every((g) => g.met) ? `met (${gs.map((g) => g.measured).join('; ')})` : `**missed**: ${gs.filter((g) => !g.met).map((g) => `${g.goal}: ${g.measured}`).join('; ')}`] : ['', '']);
    for (const [i, o] of sim.policies[0].outages.entries()) {
        const figure = sim.policies.map((p) => {
            const q = p.outages[i];
            return `${label[p.name] ?? p.name} ${sec(q.lag_median_s)} (p95 ${sec(q.lag_p95_s)}), ${q.requests_during_outage.toFixed(2)} req`;
        }).join('; ');
        row('2. recovery', `${human(o.duration_s)} outage, simulated, ${sim.clients} clients: delay to the page shown (median, p95), requests during the outage per client`, figure, ...judged(goalsOf(`${human(o.duration_s)}:`)));
    }
    row('2. recovery', `herd: ${sim.clients} clients meeting a ${human(sim.herd_outage_s)} outage in its first minute, peak requests per second at its return`,
        sim.policies.map((p) => `${label[p.name] ?? p.name} ${p.herd_peak_rps}/s`).join('; '), ...judged(goalsOf('herd')));
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
    const ws = readJson(at('target/bench/wasm-size.json'));
    const group = (re) => ws?.groups?.filter((g) => re.test(g.group)) ?? [];
    const share = (gs) => gs.reduce((a, g) => a + g.share, 0);
    const boundary = group(/^JS boundary/);
    const over = gz - 150 * 1024;
    const gap = ws?.shipped && ws.groups
        ? `${kib(over)} gzipped too many, and they must come out of the code: it is ${kib(ws.shipped.code.gzip)} gzipped, the data (text and tables) only ${kib(ws.shipped.data.gzip)} in all. ${(share(boundary) * 100).toFixed(0)}% of the bytes are serde's (de)serialisers (the engine's state, events and commands, the diagnosis, the card) and the exports' bodies, where wasm-bindgen's shims inline them with part of the engine; ${(share(group(/formatting/)) * 100).toFixed(0)}% is core::fmt (f64 Display alone ${kib(group(/formatting/)[0]?.largest?.[0]?.[0] ?? 0)}). opt-level "z" or "s" (rows below) does not get there without breaking the speed goal; crossing the boundary as JSON strings through serde_json instead of serde-wasm-bindgen was tried and is larger (232 KiB gzipped, build-wasm.sh's figure). What is left, not measured: fewer and flatter types at the boundary (the engine's state saved as one compact blob instead of an object tree read field by field) and no float formatting in the wasm`
        : 'not broken down (bench/wasm-size.mjs did not run)';
    row('4. size', 'release wasm (gatewise_bg.wasm)', `${kib(raw.length)} raw, ${kib(gz)} gzipped`, '< 150 KiB gzipped', verdict(gz < 150 * 1024, gap));
    const variants = readJson(at('target/bench/variants.json'));
    for (const v of variants?.variants ?? []) {
        row('4. size', `the same wasm built with ${v.name.replace('opt-level-', 'opt-level "')}" instead of 3 (bench/wasm-variants.mjs), timed in turns with the shipped one`,
            v.error ? `not available: ${v.error}` : `${kib(v.gzip)} gzipped (${kib(v.gzip - gz)}); diagnose on the error pages median ${us(v.wasmMedianUs)}, worst ${us(v.wasmWorstUs)} (shipped: ${us(v.shippedMedianUs)}, ${us(v.shippedWorstUs)})`,
            v.error ? '' : '< 150 KiB gzipped, every page < 50 µs in wasm',
            v.error ? '' : verdict(v.gzip < 150 * 1024 && v.wasmWorstUs < 50, [v.gzip >= 150 * 1024 ? 'still over the size' : '', v.wasmWorstUs >= 50 ? 'over the speed goal' : ''].filter(Boolean).join(' and ')));
    }
    if (ws?.groups) {
        row('4. size', 'where the bytes go (twiggy on the same build with its names kept; raw bytes)', ws.groups.map((g) => `${g.group} ${kib(g.bytes)} (${(g.share * 100).toFixed(0)}%)`).join('; '));
    }
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
   \`bench/worker.mjs\`: Chromium with a bench-only copy of dist/chrome
   whose worker first runs \`bench/worker-probe.js\` (it wraps the
   listeners, storage, messaging, fetch and WebAssembly from outside; the
   shipped build has no hook). Each round stops the worker through
   chrome://serviceworker-internals, loads a 200 page (wake-up: from the
   navigation's start to the first listener done), makes 20 more 2xx and
   3xx navigations, reads the heap (CDP on the worker's target:
   HeapProfiler.collectGarbage, Runtime.getHeapUsage), loads a 502 page
   (instantiation: WebAssembly.instantiateStreaming's own time), reads the
   heap again, and leaves. The first round, the session's first wake-up,
   is reported apart; the medians are over the other rounds.
2. \`bench/recovery.mjs\`: real Chromium with dist/chrome; for each outage,
   a dozen tabs at once, each with its own local origin answering nginx's
   502 page until the outage ends and 200 after, each tab arriving at a
   random moment within it. The delay runs from the origin's return to
   the tab's top-level document committed with 200 (CDP Page.frameNavigated
   matched to the Network response by loader id); the requests are those
   the origin got during the outage, the visitor's first load not counted.
   Beside it, \`gatewise simulate --json\` (the retry engine the extension
   runs, on a simulated clock, 1000 clients) and the range of the median
   that a sample of as many simulated clients as there are tabs gives
   (simulate --clients N under 200 seeds, 5th to 95th percentile): a
   dozen tabs cannot pin a median down closer than that.
3. \`cargo bench --bench diagnose\` (native) and \`bench/side-by-side.mjs\`
   (the release wasm in Node), on every real page of the public corpus and
   of our captures, timed in 41 rounds over all the pages (a short batch of
   each page a round; a page's figure is its median over the rounds, so a
   burst of other work on the machine spoils a few rounds of every page
   rather than all the samples of a few). The goals apply to the error
   pages (status 500 and up).
4. The files in \`dist/\` as \`make build\` leaves them; gzip -9.
   \`bench/wasm-size.mjs\` gzips the shipped wasm's code and data sections
   each on its own, and reads the same build, its function names kept, with
   twiggy (each function and data segment in a group by its name).
`;
console.log(header);
console.log();
console.log(table);
fs.mkdirSync(at('docs'), { recursive: true });
fs.writeFileSync(at('docs/benchmarks.md'), doc);
console.log('\nreport: wrote docs/benchmarks.md');
