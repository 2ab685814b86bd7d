// Test builds only. What a WebDriver test cannot reach in Firefox (extension
// pages, the badge, notifications, storage), answered for the test server's
// pages through test/bridge.js. Never part of a shipped build.

import { api } from '../src/browser.js';

const hooks = {
    'test:tab-id': (msg, sender) => sender.tab?.id,
    'test:tabs': async () => (await api.tabs.query({})).map((t) => ({ id: t.id, url: t.url, active: t.active })),
    'test:open': async (msg) => (await api.tabs.create({ url: api.runtime.getURL(msg.path), active: true })).id,
    'test:set-options': async (msg) => api.storage.local.set({ options: msg.options }),
    'test:badge': (msg) => api.action.getBadgeText({ tabId: msg.tabId }),
    'test:notifications': async () => Object.keys(await api.notifications.getAll()),
    'test:session': () => api.storage.session.get(null),
    'test:local': () => api.storage.local.get(null),
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const hook = hooks[msg?.type];
    if (!hook) return false;
    Promise.resolve(hook(msg, sender)).then((r) => sendResponse(r ?? null), (e) => sendResponse({ error: String(e) }));
    return true;
});
