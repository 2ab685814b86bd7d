// Test builds only. What a WebDriver test cannot reach in Firefox (extension
// pages, the badge, notifications, storage), answered for the test server's
// pages through test/bridge.js. Never part of a shipped build.

import { api } from '../src/browser.js';

// Notifications seen by the browser: getAll() forgets those already closed
// (headless Firefox closes them at once), so the events are kept too.
const shown = [];
api.notifications.onShown?.addListener((id) => shown.push(`shown:${id}`));
api.notifications.onClosed.addListener((id) => shown.push(`closed:${id}`));

// The background's errors, for the test to print when something fails.
const errors = [];
const consoleError = console.error.bind(console);
console.error = (...args) => {
    errors.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    consoleError(...args);
};

const hooks = {
    'test:errors': () => errors,
    'test:mark': () => { globalThis.gatewiseTestMark = true; },
    'test:marked': () => globalThis.gatewiseTestMark ?? false,
    'test:notification-events': () => shown,
    'test:tab-id': (msg, sender) => sender.tab?.id,
    'test:tabs': async () => (await api.tabs.query({})).map((t) => ({ id: t.id, url: t.url, active: t.active })),
    'test:open': async (msg) => (await api.tabs.create({ url: api.runtime.getURL(msg.path), active: true })).id,
    'test:set-options': async (msg) => api.storage.local.set({ options: msg.options }),
    'test:badge': (msg) => api.action.getBadgeText({ tabId: msg.tabId }),
    'test:notifications': async () => Object.keys(await api.notifications.getAll()),
    'test:session': () => api.storage.session.get(null),
    'test:session-key': (msg) => api.storage.session.get(msg.key),
    'test:local': () => api.storage.local.get(null),
    'test:managed': () => api.storage.managed.get().catch((e) => ({ error: String(e?.message ?? e) })),
    'test:alarm': async () => (await api.alarms.get('gatewise-wake')) ?? null,
    // Points "Down for everyone?" at local stand-ins of the status pages.
    'test:status-bases': (msg) => { globalThis.gatewiseStatusBases = msg.bases; },
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const hook = hooks[msg?.type];
    if (!hook) return false;
    Promise.resolve(hook(msg, sender)).then((r) => sendResponse(r ?? null), (e) => sendResponse({ error: String(e) }));
    return true;
});
