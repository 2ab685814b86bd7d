// Recovery in the real browser (issue 9, part 2), beside the simulation:
// a local origin answers nginx's 502 page for D seconds, then 200. A tab of
// Chromium with Gatewise (dist/chrome, as built) loads it at a random moment
// within the outage, as each simulated client does, and Gatewise brings it
// back by itself. Measured per trial:
//
//   delay     from the origin's return (its first moment of answering 200)
//             to the page shown: the tab's top-level document committed
//             with status 200 (CDP: Page.frameNavigated of the main frame,
//             matched by loader id to the Network response of that load);
//   requests  what the origin received from the tab and the extension
//             during the outage, the visitor's own first load not counted
//             (probes and reloads apart), as the simulation counts them.
//
// The trials of one outage run at once, each tab against its own origin (a
// port of its own, so each has its own probe stream), in one browser. The
// figures are put next to `gatewise simulate --json` (target/release, the
// same engine on a simulated clock) for the same D, and checked against the
// range the simulation gives for a sample of as many clients as there are
// tabs (the simulation under 200 seeds with --clients N).
//
//   node bench/recovery.mjs [--outages 5,30] [--trials N] [--ext DIR] [--json FILE]
//
// Writes target/bench/recovery.json for bench/report.mjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { startServer, page as fixture, OK_PAGE, until } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
    const a = { outages: [5, 30], trials: 12, ext: path.join(root, 'dist/chrome'), json: path.join(root, 'target/bench/recovery.json') };
    for (let i = 0; i < argv.length; i++) {
        const v = argv[i + 1];
        switch (argv[i]) {
            case '--outages': a.outages = v.split(',').map(Number); i++; break;
            case '--trials': a.trials = Number(v); i++; break;
            case '--ext': a.ext = path.resolve(v); i++; break;
            case '--json': a.json = path.resolve(v); i++; break;
            default: throw new Error(`recovery: unknown argument ${argv[i]}`);
        }
    }
    if (!a.outages.every((d) => d >= 1) || !(a.trials >= 1)) throw new Error('recovery: --outages wants seconds >= 1, --trials a positive number');
    return a;
}

const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * q)];

// A seeded source, so that a second run draws the same arrivals.
function rng(seed) {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const NGINX_502 = fixture('nginx_502_1.html');

/** One trial: an origin down from `downAt` until `upAt` (ms since the epoch), a tab arriving at `arriveAt`. */
async function trial(ext, downAt, upAt, arriveAt) {
    let firstUp = null;
    const origin = await startServer({
        '/shop': () => {
            if (Date.now() < upAt) return { status: 502, headers: { 'content-type': 'text/html', server: 'nginx' }, body: NGINX_502 };
            firstUp ??= Date.now();
            return OK_PAGE('Back');
        },
    });
    const tab = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(tab);
    const status = new Map(); // loaderId -> status of its document response
    const commits = []; // { at, loaderId }
    cdp.on('Network.responseReceived', (e) => {
        if (e.type === 'Document') status.set(e.loaderId, e.response.status);
    });
    cdp.on('Page.frameNavigated', (e) => {
        if (!e.frame.parentId) commits.push({ at: Date.now(), loaderId: e.frame.loaderId });
    });
    await cdp.send('Network.enable');
    await cdp.send('Page.enable');
    try {
        await new Promise((r) => setTimeout(r, Math.max(0, arriveAt - Date.now())));
        await tab.goto(origin.url('/shop')).catch(() => {});
        // A tab not back 10 minutes after the origin is counted as "never".
        const shown = await until(() => commits.find((c) => c.at >= upAt && status.get(c.loaderId) === 200), { timeout: upAt - Date.now() + 600000, every: 50, what: 'the page back' }).catch(() => null);
        const first = origin.requests[0];
        const during = origin.requests.slice(1).filter((r) => r.at < upAt);
        return {
            arrivedS: (first.at - downAt) / 1000,
            firstStatusWas502: first.at < upAt,
            delayS: shown ? (shown.at - upAt) / 1000 : Infinity,
            originUpToShownS: shown && firstUp ? (shown.at - firstUp) / 1000 : null,
            requests: during.length,
            probes: during.filter((r) => r.dest !== 'document').length,
            reloads: during.filter((r) => r.dest === 'document').length,
        };
    } finally {
        await cdp.detach().catch(() => {});
        await tab.close().catch(() => {});
        await origin.close();
    }
}

function simulate(extra = []) {
    const bin = path.join(root, 'target/release/gatewise');
    try {
        const out = fs.existsSync(bin)
            ? execFileSync(bin, ['simulate', '--json', ...extra], { encoding: 'utf8', maxBuffer: 1 << 24 })
            : execFileSync('cargo', ['run', '--quiet', '--release', '--', 'simulate', '--json', ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
        return JSON.parse(out);
    } catch (e) {
        // simulate exits 1 when a goal is missed; its report is still on stdout.
        if (e.stdout) return JSON.parse(e.stdout);
        throw e;
    }
}

const args = parseArgs(process.argv.slice(2));
if (!fs.existsSync(path.join(args.ext, 'manifest.json'))) throw new Error(`recovery: no extension built in ${args.ext} (run make build)`);
const sim = simulate();
const simOf = (name, d, report = sim) => report.policies.find((p) => p.name === name)?.outages.find((o) => o.duration_s === d) ?? null;
// A handful of tabs is a small sample of the simulation's 1000 clients: the
// simulation run with as many clients as there are tabs, under 200 seeds,
// says how far such a sample's median wanders (the 5th to 95th percentile).
const SAMPLES = Array.from({ length: 200 }, (_, i) => simulate(['--clients', String(args.trials), '--seed', String(i + 1)]));
function sampleRange(d) {
    const outs = SAMPLES.map((r) => simOf('gatewise', d, r)).filter((o) => o?.lag_median_s != null);
    if (!outs.length) return null;
    const lags = outs.map((o) => o.lag_median_s);
    const reqs = outs.map((o) => o.requests_during_outage);
    return { draws: outs.length, delay: [quantile(lags, 0.05), quantile(lags, 0.95)], requests: [quantile(reqs, 0.05), quantile(reqs, 0.95)] };
}
const result = { date: new Date().toISOString(), browser: null, trials: args.trials, outages: [] };
const ext = await launchChromium(args.ext);
try {
    result.browser = ext.context.browser()?.version() ?? null;
    const draw = rng(9);
    for (const d of args.outages) {
        // Each tab meets the outage at a uniformly random moment within it
        // (the simulation's clients do too), leaving the last 0.3 s out so
        // that its first load is sure to reach the origin while it is down.
        const start = Date.now() + 1500;
        const upAt = start + d * 1000;
        const trials = await Promise.all(Array.from({ length: args.trials }, () => trial(ext, start, upAt, start + draw() * (d * 1000 - 300))));
        const bad = trials.filter((t) => !t.firstStatusWas502).length;
        const never = trials.filter((t) => t.delayS === Infinity).length;
        const o = {
            duration_s: d,
            trials,
            late_arrivals: bad,
            never,
            delay_median_s: median(trials.map((t) => t.delayS)),
            delay_p95_s: quantile(trials.map((t) => t.delayS), 0.95),
            requests_median: median(trials.map((t) => t.requests)),
            requests_mean: trials.reduce((a, t) => a + t.requests, 0) / trials.length,
            // The part of the delay the simulation takes as nil: from the
            // origin's first 200 (to the probe) to the reloaded page committed.
            reaction_median_s: median(trials.map((t) => t.originUpToShownS).filter((x) => x != null)),
            sim: { gatewise: simOf('gatewise', d), chromium: simOf('chromium-auto-reload', d), fixed5: simOf('fixed-5s', d) },
            sim_sample: sampleRange(d),
        };
        const r = o.sim_sample;
        o.within_sample = r ? o.delay_median_s >= r.delay[0] && o.delay_median_s <= r.delay[1] && o.requests_mean >= r.requests[0] && o.requests_mean <= r.requests[1] : null;
        result.outages.push(o);
        const s = o.sim.gatewise;
        console.log(`recovery ${String(d).padStart(3)} s outage, ${trials.length} tabs: page shown ${o.delay_median_s.toFixed(2)} s after the origin's return (median; p95 ${o.delay_p95_s.toFixed(2)} s; of which ${o.reaction_median_s.toFixed(2)} s from the origin's first 200 to the page committed), ${o.requests_mean.toFixed(2)} requests during the outage (mean; median ${o.requests_median})${never ? `; ${never} never back within 10 minutes` : ''}`
            + (s ? `; simulated ${s.lag_median_s} s (p95 ${s.lag_p95_s} s), ${s.requests_during_outage.toFixed(2)} requests` : '; not in the simulation')
            + (r ? `; ${args.trials} simulated clients: median ${r.delay[0].toFixed(2)}–${r.delay[1].toFixed(2)} s, ${r.requests[0].toFixed(2)}–${r.requests[1].toFixed(2)} requests (90% of ${r.draws} draws): ${o.within_sample ? 'within' : 'OUTSIDE'}` : ''));
        for (const t of trials) console.log(`   arrived at ${t.arrivedS.toFixed(2)} s of the outage  delay ${t.delayS.toFixed(2)} s  (origin's first 200 to shown ${t.originUpToShownS?.toFixed(2)} s)  requests ${t.requests} (${t.probes} probes, ${t.reloads} reloads)`);
    }
} finally {
    await ext.close();
}
result.simulation = { clients: sim.clients, seed: sim.seed };
fs.mkdirSync(path.dirname(args.json), { recursive: true });
fs.writeFileSync(args.json, JSON.stringify(result, null, 2));
console.log(`recovery: wrote ${path.relative(root, args.json)}`);
