// What Gatewise costs on normal browsing (issue 9, part 1), in real Chromium
// and Firefox: three browsers side by side, one with no extension, one with
// the floor extension (bench/floor/: the same listeners, doing nothing) and
// one with Gatewise, each on a fresh profile. They load the same pages
// from a local server in turns (the order rotates every round), first as
// served, then with 50 ms added to every response. For each browser:
// the median page-load time (navigation start to the end of the load
// event, from the page's own Navigation Timing) and the CPU time of all its
// processes (utime + stime, children's included, from /proc/<pid>/stat)
// over the whole run. The load ratio is the median, over the rounds, of
// each round's load time against the browser without extension.
//
//   node bench/overhead.mjs [--browser chromium|firefox|both] [--navigations N]
//                           [--chrome-ext DIR] [--firefox-ext DIR] [--json FILE]
//
// The extension directories default to dist/chrome and dist/firefox: the
// script measures whatever is built there. Prints a summary and writes it
// as JSON (default target/bench/overhead.json) for bench/report.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
    const a = {
        browser: 'both',
        navigations: 150,
        chromeExt: path.join(root, 'dist/chrome'),
        firefoxExt: path.join(root, 'dist/firefox'),
        floor: path.join(root, 'bench/floor'),
        json: path.join(root, 'target/bench/overhead.json'),
    };
    for (let i = 0; i < argv.length; i++) {
        const v = argv[i + 1];
        switch (argv[i]) {
            case '--browser': a.browser = v; i++; break;
            case '--navigations': a.navigations = Number(v); i++; break;
            case '--chrome-ext': a.chromeExt = path.resolve(v); i++; break;
            case '--firefox-ext': a.firefoxExt = path.resolve(v); i++; break;
            case '--json': a.json = path.resolve(v); i++; break;
            default: throw new Error(`overhead: unknown argument ${argv[i]}`);
        }
    }
    if (!(a.navigations >= 1)) throw new Error('overhead: --navigations wants a positive number');
    return a;
}

// ---------------------------------------------------------------- the site

/** Pages of realistic size: an article of ~36 KB of HTML, a stylesheet,
 * a script and four images, the subresources cacheable as on a real site. */
function site() {
    const words = 'the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her she there one all we their'.split(' ');
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const para = (n) => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');
    const pages = [];
    for (let p = 0; p < 8; p++) {
        let body = `<header><nav>${Array.from({ length: 12 }, (_, i) => `<a href="/p${i % 8}">Section ${i}</a>`).join(' ')}</nav></header><main><h1>Article ${p}: ${para(6)}</h1>`;
        for (let s = 0; s < 24; s++) body += `<h2>${para(5)}</h2><p>${para(360)}</p>${s % 6 === 0 ? `<img src="/img${s % 4}.svg" alt="">` : ''}`;
        body += '</main><footer><p>© Example</p></footer>';
        pages.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article ${p}</title><link rel="stylesheet" href="/site.css"><script src="/site.js" defer></script></head><body>${body}</body></html>`);
    }
    const css = Array.from({ length: 400 }, (_, i) => `.c${i} { margin: ${i % 7}px; padding: ${i % 5}px; color: #${(i * 4099).toString(16).slice(-6).padStart(6, '0')}; }`).join('\n');
    const js = `document.addEventListener('DOMContentLoaded', () => { let n = 0; for (const a of document.querySelectorAll('a')) n += a.textContent.length; document.body.dataset.links = n; });\n` + Array.from({ length: 300 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i % 11}; }`).join('\n');
    const img = (i) => `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160">${Array.from({ length: 60 }, (_, k) => `<circle cx="${(k * 37 + i * 13) % 320}" cy="${(k * 53) % 160}" r="${3 + (k % 9)}" fill="#${((k + i) * 99991).toString(16).slice(-6).padStart(6, '0')}"/>`).join('')}</svg>`;
    const files = new Map([
        ['/site.css', ['text/css', css]],
        ['/site.js', ['text/javascript', js]],
        ...[0, 1, 2, 3].map((i) => [`/img${i}.svg`, ['image/svg+xml', img(i)]]),
    ]);
    return { pages, files, pageBytes: pages.map((p) => p.length) };
}

function startServer(content) {
    const state = { latencyMs: 0 };
    const server = http.createServer((req, res) => {
        const url = new URL(req.url, 'http://x');
        const send = () => {
            const f = content.files.get(url.pathname);
            if (f) {
                res.writeHead(200, { 'content-type': f[0], 'cache-control': 'max-age=3600' });
                return res.end(f[1]);
            }
            const m = /^\/p(\d+)$/.exec(url.pathname);
            if (m) {
                res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
                return res.end(content.pages[Number(m[1]) % content.pages.length]);
            }
            res.writeHead(204);
            res.end();
        };
        if (state.latencyMs > 0) setTimeout(send, state.latencyMs);
        else send();
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, state, base: `http://127.0.0.1:${server.address().port}` })));
}

// ---------------------------------------------------------------- CPU time

const TICK = 100; // USER_HZ on Linux

function procStat(pid) {
    try {
        const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
        // fields after "(comm)": state=0 ppid=1 ... utime=11 stime=12 cutime=13 cstime=14
        return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) };
    } catch {
        return null;
    }
}

/** CPU seconds of `rootPid` and all its descendants (the children it reaped included). */
function treeCpuSeconds(rootPid) {
    const stats = new Map();
    for (const d of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(d)) continue;
        const s = procStat(Number(d));
        if (s) stats.set(Number(d), s);
    }
    const kids = new Map();
    for (const [pid, s] of stats) {
        if (!kids.has(s.ppid)) kids.set(s.ppid, []);
        kids.get(s.ppid).push(pid);
    }
    let ticks = 0;
    const todo = [rootPid];
    while (todo.length) {
        const pid = todo.pop();
        ticks += stats.get(pid)?.ticks ?? 0;
        todo.push(...(kids.get(pid) ?? []));
    }
    return ticks / TICK;
}

function childrenOf(pid) {
    const out = [];
    for (const d of fs.readdirSync('/proc')) {
        if (/^\d+$/.test(d) && procStat(Number(d))?.ppid === pid) out.push(Number(d));
    }
    return out;
}

function cmdline(pid) {
    try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
        return [];
    }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(fn, what, timeout = 20000) {
    const t0 = Date.now();
    for (;;) {
        try {
            const v = await fn();
            if (v) return v;
        } catch {
            // not yet
        }
        if (Date.now() - t0 > timeout) throw new Error(`overhead: timed out waiting for ${what}`);
        await sleep(100);
    }
}

// ---------------------------------------------------------------- browsers

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function chromiumVersion() {
    return new Promise((resolve) => {
        const p = spawn('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.on('close', () => resolve(out.trim()));
        p.on('error', () => resolve('unknown'));
    });
}

async function launchChromium(label, extDir) {
    const { chromium } = await import('playwright-core');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), `gatewise-bench-${label}-`));
    const args = [...CHROMIUM_FLAGS];
    if (extDir) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
    const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args, viewport: { width: 1200, height: 900 } });
    if (extDir) {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
        await until(() => worker.evaluate(() => chrome.webRequest.onCompleted.hasListeners()), `the ${label} extension to listen`);
    }
    const pid = await until(() => childrenOf(process.pid).find((p) => cmdline(p).some((a) => a.includes(profile))), `the ${label} browser's process`);
    const page = context.pages()[0] ?? (await context.newPage());
    return {
        label,
        pid,
        async load(url) {
            await page.goto(url, { waitUntil: 'load' });
            return page.evaluate(() => {
                const n = performance.getEntriesByType('navigation')[0];
                return n.loadEventEnd - n.startTime;
            });
        },
        async close() {
            await context.close();
            fs.rmSync(profile, { recursive: true, force: true });
        },
    };
}

async function webdriver(base, method, route, body) {
    const res = await fetch(`${base}${route}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await res.json();
    if (json.value?.error) throw new Error(`${method} ${route}: ${json.value.error}: ${json.value.message}`);
    return json.value;
}

async function freePort() {
    const s = http.createServer();
    await new Promise((r) => s.listen(0, '127.0.0.1', r));
    const { port } = s.address();
    await new Promise((r) => s.close(r));
    return port;
}

async function launchFirefox(label, extDir) {
    const port = await freePort();
    const command = process.env.GECKODRIVER ?? 'geckodriver';
    const driver = spawn(command, ['--port', String(port), '--log', 'error'], { stdio: ['ignore', 'ignore', 'ignore'] });
    const failed = new Promise((_, reject) => driver.on('error', (e) => reject(new Error(`cannot start ${command}: ${e.message}`))));
    failed.catch(() => {}); // an error after start-up is not this step's
    const base = `http://127.0.0.1:${port}`;
    await Promise.race([until(() => fetch(`${base}/status`).then((r) => r.ok), 'geckodriver'), failed]);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), `gatewise-bench-ff-${label}-`));
    const session = await webdriver(base, 'POST', '/session', {
        capabilities: {
            alwaysMatch: {
                browserName: 'firefox',
                'moz:firefoxOptions': {
                    binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
                    args: ['-headless', '-profile', profile],
                    prefs: {
                        'browser.shell.checkDefaultBrowser': false,
                        'datareporting.policy.dataSubmissionEnabled': false,
                        'toolkit.telemetry.reportingpolicy.firstRun': false,
                        'browser.startup.homepage_override.mstone': 'ignore',
                        'network.captive-portal-service.enabled': false,
                        'app.update.disabledForTesting': true,
                        'browser.safebrowsing.update.enabled': false,
                    },
                },
            },
        },
    });
    const wd = (method, route, body) => webdriver(base, method, `/session/${session.sessionId}${route}`, body);
    if (extDir) await wd('POST', '/moz/addon/install', { path: extDir, temporary: true });
    const version = session.capabilities.browserVersion;
    // geckodriver -> firefox (-> content processes): count Firefox's tree only.
    const pid = await until(() => childrenOf(driver.pid).find((p) => cmdline(p).some((a) => a.includes(profile))), `the ${label} Firefox process`);
    if (extDir) await sleep(1500); // the background page starts after install returns
    return {
        label,
        pid,
        version,
        async load(url) {
            await wd('POST', '/url', { url });
            return wd('POST', '/execute/sync', { script: 'const n = performance.getEntriesByType("navigation")[0]; return n.loadEventEnd - n.startTime;', args: [] });
        },
        async close() {
            await wd('DELETE', '').catch(() => {});
            driver.kill();
            fs.rmSync(profile, { recursive: true, force: true });
        },
    };
}

// ---------------------------------------------------------------- the run

const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One phase: `n` rounds; in each, every browser loads the same page, in an order that rotates. */
async function phase(browsers, srv, latencyMs, n) {
    srv.state.latencyMs = latencyMs;
    const times = browsers.map(() => []);
    // Warm-up: the cache fills, the extensions' workers wake up.
    for (let w = 0; w < 5; w++) for (const b of browsers) await b.load(`${srv.base}/p${w}?warm=${w}`);
    const cpu0 = browsers.map((b) => treeCpuSeconds(b.pid));
    const t0 = Date.now();
    for (let i = 0; i < n; i++) {
        for (let k = 0; k < browsers.length; k++) {
            const j = (i + k) % browsers.length;
            times[j].push(await browsers[j].load(`${srv.base}/p${i % 8}?n=${i}`));
        }
    }
    const cpu = browsers.map((b, j) => treeCpuSeconds(b.pid) - cpu0[j]);
    // The load ratio is the median over the rounds of each round's ratio to
    // the browser without extension: the three loads of a round are back to
    // back, so a slow moment of the machine cancels out.
    const builds = browsers.map((b, j) => ({
        build: b.label,
        medianLoadMs: median(times[j]),
        loadRatio: median(times[j].map((t, i) => t / times[0][i])),
        cpuSeconds: cpu[j],
        cpuOverheadPct: (cpu[j] / cpu[0] - 1) * 100,
    }));
    return { latencyMs, navigations: n, seconds: (Date.now() - t0) / 1000, builds };
}

async function runBrowser(name, launch, extDir, floorDir, srv, n) {
    if (!fs.existsSync(path.join(extDir, 'manifest.json'))) throw new Error(`overhead: no extension built in ${extDir} (run make build)`);
    const browsers = [];
    try {
        browsers.push(await launch('none', null));
        browsers.push(await launch('floor', floorDir));
        browsers.push(await launch('gatewise', extDir));
        const version = name === 'chromium' ? await chromiumVersion() : `Firefox ${browsers[0].version}`;
        const phases = [];
        for (const latency of [0, 50]) {
            const p = await phase(browsers, srv, latency, n);
            phases.push(p);
            for (const b of p.builds) {
                console.log(`${name.padEnd(9)} +${String(latency).padStart(2)} ms  ${b.build.padEnd(9)} median load ${b.medianLoadMs.toFixed(1).padStart(6)} ms (paired ratio x${b.loadRatio.toFixed(3)})  CPU ${b.cpuSeconds.toFixed(2).padStart(6)} s (${b.cpuOverheadPct >= 0 ? '+' : ''}${b.cpuOverheadPct.toFixed(1)}%)`);
            }
        }
        return { browser: name, version, extension: path.relative(root, extDir), phases };
    } finally {
        for (const b of browsers) await b.close().catch(() => {});
    }
}

const args = parseArgs(process.argv.slice(2));
const content = site();
const srv = await startServer(content);
const result = { date: new Date().toISOString(), navigations: args.navigations, pageBytes: content.pageBytes, runs: [] };
const plan = [
    ['chromium', launchChromium, args.chromeExt],
    ['firefox', launchFirefox, args.firefoxExt],
].filter(([name]) => args.browser === name || args.browser === 'both');
try {
    for (const [name, launch, ext] of plan) {
        // A browser that cannot run here (not installed, no driver) is
        // reported as not available; the other one is still measured.
        try {
            result.runs.push(await runBrowser(name, launch, ext, args.floor, srv, args.navigations));
        } catch (e) {
            console.error(`overhead: ${name} not measured: ${e.message}`);
            result.runs.push({ browser: name, error: e.message });
        }
    }
} finally {
    srv.server.close();
}
fs.mkdirSync(path.dirname(args.json), { recursive: true });
fs.writeFileSync(args.json, JSON.stringify(result, null, 2));
console.log(`overhead: wrote ${path.relative(root, args.json)}`);
