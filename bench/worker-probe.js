// Bench-only: the first module of the service worker of the build that
// bench/worker.mjs makes from dist/chrome (never shipped). It runs before
// src/background.js and wraps, from the outside, what the background can
// reach: the listeners it registers (when each event is handled), the
// storage writes and messages it makes, its fetches, and WebAssembly
// (instantiation timed; every call into the instance's exports counted).
// The counts live in globalThis.__gatewiseBench, read by the bench with
// worker.evaluate. src/ is not changed by any of this.
const api = globalThis.chrome;
const now = () => performance.timeOrigin + performance.now();
const bench = {
    timeOrigin: performance.timeOrigin,
    probeRanAt: now(),
    events: {},
    firstEvent: null,
    storageWrites: [],
    messages: [],
    fetches: [],
    wasmInstantiations: [],
    wasmCalls: 0,
};
globalThis.__gatewiseBench = bench;

function wrapEvent(name, ev) {
    if (!ev?.addListener) return;
    const add = ev.addListener.bind(ev);
    const remove = ev.removeListener.bind(ev);
    const has = ev.hasListener?.bind(ev);
    const wrapped = new Map();
    ev.addListener = (fn, ...rest) => {
        const w = wrapped.get(fn) ?? function (...a) {
            const start = now();
            const r = fn.apply(this, a);
            bench.events[name] = (bench.events[name] ?? 0) + 1;
            bench.firstEvent ??= { name, start, end: now() };
            return r;
        };
        wrapped.set(fn, w);
        return add(w, ...rest);
    };
    ev.removeListener = (fn) => remove(wrapped.get(fn) ?? fn);
    if (has) ev.hasListener = (fn) => has(wrapped.get(fn) ?? fn);
}
for (const [ns, names] of Object.entries({
    webRequest: ['onBeforeRequest', 'onCompleted', 'onErrorOccurred'],
    tabs: ['onUpdated', 'onRemoved', 'onReplaced'],
    alarms: ['onAlarm'],
    storage: ['onChanged'],
    runtime: ['onMessage'],
    commands: ['onCommand'],
})) {
    for (const n of names) wrapEvent(`${ns}.${n}`, api[ns]?.[n]);
}

function wrapCall(obj, key, list, label) {
    const f = obj?.[key];
    if (typeof f !== 'function') return;
    obj[key] = function (...a) {
        list.push({ what: label, at: now(), arg: typeof a[0] === 'string' ? a[0] : (a[0]?.url ?? null) });
        return f.apply(this, a);
    };
}
for (const area of ['session', 'local']) {
    for (const k of ['set', 'remove', 'clear']) wrapCall(api.storage[area], k, bench.storageWrites, `storage.${area}.${k}`);
}
wrapCall(api.runtime, 'sendMessage', bench.messages, 'runtime.sendMessage');
wrapCall(api.tabs, 'sendMessage', bench.messages, 'tabs.sendMessage');
wrapCall(globalThis, 'fetch', bench.fetches, 'fetch');

/** The instance's exports, each function counting its calls. */
function counted(result) {
    const exports = {};
    for (const [k, v] of Object.entries(result.instance.exports)) {
        exports[k] = typeof v === 'function' ? (...a) => {
            bench.wasmCalls++;
            return v(...a);
        } : v;
    }
    // Read by the bench for the size of the instance's linear memory.
    globalThis.__gatewiseBenchMemory = result.instance.exports.memory;
    return { module: result.module, instance: { exports } };
}
for (const key of ['instantiateStreaming', 'instantiate']) {
    const f = WebAssembly[key];
    WebAssembly[key] = async function (source, imports) {
        const start = now();
        const r = await f.call(WebAssembly, source, imports);
        const end = now();
        bench.wasmInstantiations.push({ how: key, start, end, ms: end - start });
        return r instanceof WebAssembly.Instance ? r : counted(r);
    };
}
