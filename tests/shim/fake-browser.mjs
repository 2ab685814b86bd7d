// A fake `chrome` namespace for the background's unit tests: events the
// test fires, and every call the background makes, recorded. Only the
// browser is fake: the background, its engine and the wasm core are the
// real, built ones (a fresh copy of dist/chrome per test).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXTENSION_ID = 'gatewisetestextensionid';

function event() {
    let listeners = [];
    return {
        addListener: (fn, filter, spec = []) => listeners.push({ fn, spec }),
        removeListener: (fn) => { listeners = listeners.filter((l) => l.fn !== fn); },
        hasListeners: () => listeners.length > 0,
        /** What each listener asked of the browser (webRequest's extraInfoSpec). */
        specs: () => listeners.map((l) => l.spec),
        /** Calls every listener; resolves to what they returned. */
        fire: (...args) => listeners.map((l) => l.fn(...args)),
    };
}

function area(calls, name) {
    const data = {};
    return {
        data,
        async get(keys) {
            calls.push([`storage.${name}.get`, keys]);
            if (keys === null || keys === undefined) return structuredClone(data);
            const list = Array.isArray(keys) ? keys : [keys];
            return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
        },
        async set(items) {
            calls.push([`storage.${name}.set`, Object.keys(items)]);
            Object.assign(data, structuredClone(items));
        },
        async remove(keys) {
            calls.push([`storage.${name}.remove`, keys]);
            for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
        },
    };
}

/**
 * Loads a fresh copy of the built extension's background with a fake
 * browser. `pages` maps a tab id to the markup its page would give.
 */
export async function loadBackground({ tabs = [], pages = {}, session = {}, local: localData = {}, captivePortal = false, permitted = true } = {}) {
    const dist = path.join(ROOT, 'dist', 'chrome');
    if (!fs.existsSync(path.join(dist, 'src', 'background.js'))) throw new Error('dist/chrome is missing: run `make` first');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gatewise-shim-'));
    fs.cpSync(dist, dir, { recursive: true });
    // As a test build: the status pages' addresses may point at local stand-ins.
    fs.copyFileSync(path.join(ROOT, 'extension', 'test', 'status-bases.js'), path.join(dir, 'src', 'status-bases.js'));

    const calls = [];
    const log = (name) => (...args) => { calls.push([name, ...args]); };
    const messages = [];
    const local = area(calls, 'local');
    const sessionArea = area(calls, 'session');
    Object.assign(sessionArea.data, session);
    Object.assign(local.data, localData);
    let wasmLoads = 0;

    const chrome = {
        runtime: {
            id: EXTENSION_ID,
            getURL: (p) => pathToFileURL(path.join(dir, p)).href,
            onMessage: event(),
            sendMessage: async (msg) => { messages.push(msg); },
            getPlatformInfo: async () => ({ os: 'linux' }),
        },
        webRequest: { onBeforeRequest: event(), onCompleted: event(), onErrorOccurred: event() },
        tabs: {
            onUpdated: event(),
            onRemoved: event(),
            onReplaced: event(),
            query: async () => tabs,
            get: async (id) => tabs.find((t) => t.id === id),
            reload: async (id, opts) => log('tabs.reload')(id, opts),
            sendMessage: async (id, msg) => { calls.push(['tabs.sendMessage', id, msg.type]); return false; },
            goBack: async (id) => log('tabs.goBack')(id),
        },
        alarms: { onAlarm: event(), create: async (n, o) => log('alarms.create')(n, o), clear: async (n) => log('alarms.clear')(n) },
        storage: { local, session: sessionArea, onChanged: event() },
        action: {
            setBadgeText: async (o) => log('action.setBadgeText')(o.tabId, o.text),
            setTitle: async (o) => log('action.setTitle')(o.title),
            setBadgeBackgroundColor: async () => {},
            setBadgeTextColor: async () => {},
        },
        scripting: {
            async executeScript({ target, func, files, args }) {
                calls.push(['scripting.executeScript', target.tabId, files ? files.join(',') : 'func']);
                if (files) return [];
                const html = pages[target.tabId];
                if (html === undefined) throw new Error('Frame with ID 0 is showing error page');
                return [{ result: { url: tabs.find((t) => t.id === target.tabId)?.url ?? '', html: html.slice(0, args[0]) } }];
            },
        },
        notifications: { create: async (id) => log('notifications.create')(id) },
        commands: { onCommand: event() },
        permissions: { contains: async () => permitted, request: async () => permitted },
        i18n: { getMessage: (k) => k, getUILanguage: () => 'en' },
    };
    // Firefox's captive-portal API (absent from Chromium).
    if (captivePortal) chrome.captivePortal = { onStateChanged: event(), getState: async () => 'not_captive' };

    // The core's glue fetches the wasm by URL: serve the package's file.
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (url, init) => {
        const href = String(url);
        if (href.startsWith('file:')) {
            wasmLoads += 1;
            return new Response(fs.readFileSync(fileURLToPath(href)), { headers: { 'content-type': 'application/wasm' } });
        }
        calls.push(['fetch', href]);
        return realFetch ? realFetch(url, init) : Promise.reject(new TypeError('no network'));
    };
    globalThis.chrome = chrome;
    if (!globalThis.navigator) globalThis.navigator = { onLine: true };
    // A worker's global scope: "online" and "offline" events.
    const scope = new EventTarget();
    globalThis.addEventListener = scope.addEventListener.bind(scope);
    await import(pathToFileURL(path.join(dir, 'src', 'background.js')).href);

    /** Waits until `cond()` holds (polled), or fails after `ms`. */
    const until = async (cond, what, ms = 10_000) => {
        const end = Date.now() + ms;
        while (!(await cond())) {
            if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
            await new Promise((r) => setTimeout(r, 10));
        }
    };
    const settle = async (ms = 50) => {
        // Let the background's promise chains run out.
        for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, ms / 10));
    };
    return {
        chrome,
        calls,
        messages,
        local: local.data,
        session: sessionArea.data,
        wasmLoads: () => wasmLoads,
        settle,
        until,
        /** Sends a runtime message as `sender` and resolves to the answer. */
        ask(msg, sender) {
            return new Promise((resolve) => {
                const results = chrome.runtime.onMessage.fire(msg, sender, resolve);
                if (!results.includes(true)) resolve(undefined);
            });
        },
        cleanup() {
            globalThis.fetch = realFetch;
            fs.rmSync(dir, { recursive: true, force: true });
        },
    };
}

export { EXTENSION_ID };
