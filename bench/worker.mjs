// What Gatewise's service worker costs (issue 9, part 1), in real Chromium:
//
//   - on 2xx and 3xx navigations: the calls into the wasm, the storage
//     writes and the messages the extension makes (all expected to be 0),
//     and whether the wasm is instantiated at all;
//   - the worker's wake-up: from a navigation started while the worker is
//     stopped to its first event handled;
//   - the wasm's instantiation, when the first failure (a 502) is seen;
//   - the worker's JS heap (after a garbage collection) without the
//     instance, then with it (CDP on the service-worker target:
//     HeapProfiler.collectGarbage, Runtime.getHeapUsage; the wasm's linear
//     memory is an ArrayBuffer, counted in backingStorageSize).
//
// The counts come from a bench-only build made here from dist/chrome: the
// same files, with bench/worker-probe.js run as the worker's first module,
// which wraps the browser APIs and WebAssembly from the outside. The shipped
// build has no hook of any kind.
//
//   node bench/worker.mjs [--rounds N] [--ext DIR] [--json FILE]      (N >= 2; 10 by default)
//
// Each round: stop the worker (chrome://serviceworker-internals, as Chrome
// does when it idles), load a 200 page (wake-up), then 20 more 2xx and 3xx
// navigations, measure the heap, load a 502 page (instantiation), measure
// the heap again, and leave the failure with a 200 page. Medians over the
// rounds after the first (the first is the session's first wake-up, apart).
// Writes target/bench/worker.json for bench/report.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { startServer, page as fixture, OK_PAGE, until } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
    const a = { rounds: 10, ext: path.join(root, 'dist/chrome'), json: path.join(root, 'target/bench/worker.json') };
    for (let i = 0; i < argv.length; i++) {
        const v = argv[i + 1];
        switch (argv[i]) {
            case '--rounds': a.rounds = Number(v); i++; break;
            case '--ext': a.ext = path.resolve(v); i++; break;
            case '--json': a.json = path.resolve(v); i++; break;
            default: throw new Error(`worker: unknown argument ${argv[i]}`);
        }
    }
    if (!(a.rounds >= 2)) throw new Error('worker: --rounds wants 2 or more (the first is the session\'s first wake-up)');
    return a;
}

const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** dist/chrome with bench/worker-probe.js as the worker's first module, in a temporary directory. */
function benchBuild(ext) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gatewise-bench-worker-'));
    fs.cpSync(ext, dir, { recursive: true });
    fs.copyFileSync(path.join(root, 'bench/worker-probe.js'), path.join(dir, 'bench-probe.js'));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const entry = manifest.background.service_worker;
    fs.writeFileSync(path.join(dir, 'bench-entry.js'), `import './bench-probe.js';\nimport './${entry}';\n`);
    manifest.background.service_worker = 'bench-entry.js';
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    return dir;
}

/** Runs CDP commands on the extension's service worker (a session of a page, attached to the worker's target). */
async function onWorker(cdp, extId, commands) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extId}/`));
    if (!target) throw new Error('worker: no service worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let id = 0;
    const pending = new Map();
    const onMessage = (e) => {
        if (e.sessionId !== sessionId) return;
        const m = JSON.parse(e.message);
        pending.get(m.id)?.(m);
        pending.delete(m.id);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    const send = (method, params = {}) => new Promise((resolve, reject) => {
        const i = ++id;
        pending.set(i, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params }) }).catch(reject);
    });
    try {
        const out = [];
        for (const [method, params] of commands) out.push(await send(method, params));
        return out;
    } finally {
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
}

async function heap(cdp, ext) {
    const [, , usage] = await onWorker(cdp, ext.id, [['HeapProfiler.enable'], ['HeapProfiler.collectGarbage'], ['Runtime.getHeapUsage']]);
    const wasmBytes = await ext.evaluate(() => globalThis.__gatewiseBenchMemory?.buffer.byteLength ?? 0);
    return { usedKiB: usage.usedSize / 1024, totalKiB: usage.totalSize / 1024, backingKiB: (usage.backingStorageSize ?? 0) / 1024, wasmMemoryKiB: wasmBytes / 1024 };
}

const args = parseArgs(process.argv.slice(2));
if (!fs.existsSync(path.join(args.ext, 'manifest.json'))) throw new Error(`worker: no extension built in ${args.ext} (run make build)`);
const dir = benchBuild(args.ext);
const NGINX_502 = fixture('nginx_502_1.html');
const origin = await startServer({
    '/ok': OK_PAGE('Fine'),
    '/moved': { status: 302, headers: { location: '/ok?from=moved' } },
    '/fail': { status: 502, headers: { 'content-type': 'text/html', server: 'nginx' }, body: NGINX_502 },
});
const ext = await launchChromium(dir);
const result = { date: new Date().toISOString(), browser: ext.context.browser()?.version() ?? null, rounds: [] };
try {
    const control = ext.context.pages()[0] ?? (await ext.context.newPage());
    const cdp = await ext.context.newCDPSession(control);
    const tab = await ext.context.newPage();
    const bench = () => ext.evaluate(() => globalThis.__gatewiseBench);
    let nav = 0;
    for (let r = 0; r < args.rounds; r++) {
        await ext.stopWorker();
        const t0 = Date.now();
        await tab.goto(origin.url(`/ok?n=${nav++}`));
        const wake = await until(async () => {
            const b = await bench();
            // A new worker: its clock started after the stop.
            return b && b.timeOrigin > t0 - 1000 && b.firstEvent && (b.events['webRequest.onCompleted'] ?? 0) >= 1 ? b : null;
        }, { what: 'the woken worker to handle the navigation', timeout: 30000 });
        // Twenty more navigations, 2xx and 3xx, in the same worker.
        for (let i = 0; i < 20; i++) await tab.goto(origin.url(i % 2 ? `/moved?n=${nav++}` : `/ok?n=${nav++}`));
        const after = await until(async () => {
            const b = await bench();
            return (b.events["webRequest.onCompleted"] ?? 0) >= 21 ? b : null; // a redirect has one onCompleted, at its end
        }, { what: 'the navigations to be seen' });
        const without = await heap(cdp, ext);
        // The first failure: the wasm is loaded now.
        const t1 = Date.now();
        await tab.goto(origin.url(`/fail?n=${nav++}`));
        const failed = await until(async () => {
            const b = await bench();
            return b.wasmInstantiations.length && b.storageWrites.some((w) => w.what === 'storage.session.set') ? b : null;
        }, { what: 'the failure to be handled' });
        const withInstance = await heap(cdp, ext);
        // Leave the failure: the engine lets the tab go.
        await tab.goto(origin.url(`/ok?n=${nav++}`));
        await until(async () => ((await ext.session()).tracked ?? []).length === 0, { what: 'the tab to be let go' });
        // Null when the instance was already there (the session's first wake-up made it).
        const inst = failed.wasmInstantiations.find((w) => w.start >= t1 - 50) ?? null;
        const round = {
            wakeMs: wake.firstEvent.end - t0,
            workerStartMs: wake.timeOrigin - t0,
            firstEvent: wake.firstEvent.name,
            normal: {
                navigations: 21,
                responses: after.events['webRequest.onCompleted'],
                wasmInstantiations: after.wasmInstantiations.length,
                wasmCalls: after.wasmCalls,
                storageWrites: after.storageWrites.length,
                messages: after.messages.length,
                fetches: after.fetches.length,
                instantiateMs: after.wasmInstantiations[0]?.ms ?? null,
            },
            failure: {
                instantiateMs: inst?.ms ?? null,
                navigationToInstanceMs: inst ? inst.end - t1 : null,
                wasmCalls: failed.wasmCalls,
                storageWrites: failed.storageWrites.length,
            },
            heapWithout: without,
            heapWith: withInstance,
        };
        result.rounds.push(round);
        console.log(`worker round ${r + 1}: wake-up ${round.wakeMs.toFixed(0)} ms (worker started after ${round.workerStartMs.toFixed(0)} ms); 21 normal navigations: ${round.normal.wasmInstantiations} instantiations, ${round.normal.wasmCalls} wasm calls, ${round.normal.storageWrites} storage writes, ${round.normal.messages} messages; 502: ${inst ? `instantiation ${inst.ms.toFixed(1)} ms` : 'instance already there'}; heap ${without.usedKiB.toFixed(0)} KiB (wasm memory ${without.wasmMemoryKiB.toFixed(0)} KiB) -> ${withInstance.usedKiB.toFixed(0)} KiB (wasm memory ${withInstance.wasmMemoryKiB.toFixed(0)} KiB)`);
    }
} finally {
    await ext.close();
    await origin.close();
    fs.rmSync(dir, { recursive: true, force: true });
}
// The first round is the browser session's first wake-up of the worker
// with an http(s) tab open: startup() then looks for tabs already showing an
// error, which loads the engine once. The other rounds are the steady state.
const [first, ...rs] = result.rounds;
const sum = (f) => rs.reduce((a, r) => a + f(r), 0);
const steady = (f) => median(rs.map(f).filter((x) => x != null));
result.summary = {
    rounds: result.rounds.length,
    sessionFirst: first.normal,
    normalNavigations: sum((r) => r.normal.navigations),
    normalWasmInstantiations: sum((r) => r.normal.wasmInstantiations),
    normalWasmCalls: sum((r) => r.normal.wasmCalls),
    normalStorageWrites: sum((r) => r.normal.storageWrites),
    normalMessages: sum((r) => r.normal.messages),
    normalFetches: sum((r) => r.normal.fetches),
    wakeMedianMs: steady((r) => r.wakeMs),
    workerStartMedianMs: steady((r) => r.workerStartMs),
    instantiateMedianMs: steady((r) => r.failure.instantiateMs),
    navigationToInstanceMedianMs: steady((r) => r.failure.navigationToInstanceMs),
    heapWithoutMedianKiB: steady((r) => r.heapWithout.usedKiB),
    heapWithMedianKiB: steady((r) => r.heapWith.usedKiB),
    wasmMemoryWithMedianKiB: steady((r) => r.heapWith.wasmMemoryKiB),
};
console.log('worker:', JSON.stringify(result.summary));
fs.mkdirSync(path.dirname(args.json), { recursive: true });
fs.writeFileSync(args.json, JSON.stringify(result, null, 2));
console.log(`worker: wrote ${path.relative(root, args.json)}`);
