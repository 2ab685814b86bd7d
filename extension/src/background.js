// The background: wires the browser's events to detection and retries, and
// answers the card, the popup and the options page. Listeners are added at
// the top level, synchronously, so that they wake a stopped worker.

import { api } from './browser.js';
import { core } from './core.js';
import { listen } from './detect.js';
import { ALARM_PREFIX, fire, onTabClosed, rearm, retryNow, stopTab } from './retry.js';
import { getTab } from './state.js';
import { isOutage } from './probe.js';
import { cardOf } from './view.js';
import { resendForm } from './page.js';
import { loadOptions } from './options-store.js';
import { setBadge } from './badge.js';

listen();

api.tabs.onRemoved.addListener((tabId) => onTabClosed(tabId));

// Firefox resets a tab's badge when its error page commits, which can come
// after the failure was judged: set it again once the tab has finished.
api.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status !== 'complete') return;
    const record = await getTab(tabId);
    if (record?.diagnosis && record.url === tab.url) await setBadge(tabId, record.diagnosis);
});

api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(ALARM_PREFIX)) fire(alarm.name.slice(ALARM_PREFIX.length));
});

globalThis.addEventListener('online', () => rearm());

async function popupView(tabId) {
    const tab = await getTab(tabId);
    if (!tab?.diagnosis) return null;
    const view = await cardOf(tab);
    const options = await loadOptions();
    return {
        ...view,
        url: tab.url,
        origin: tab.origin,
        outage: isOutage(tab.diagnosis),
        card_in_page: options.card_in_page,
        archive: `https://web.archive.org/web/2/${tab.url}`,
    };
}

const handlers = {
    async 'card:get'(msg, tabId) {
        const tab = await getTab(tabId);
        return tab?.diagnosis && isOutage(tab.diagnosis) ? cardOf(tab) : null;
    },
    'card:retry-now': (msg, tabId) => retryNow(tabId),
    'card:stop': (msg, tabId) => stopTab(tabId),
    async 'card:resend'(msg, tabId) {
        const tab = await getTab(tabId);
        await resendForm(tabId, tab?.form);
    },
    'card:due': () => rearm(),
    'popup:get': (msg, tabId) => popupView(tabId),
    'core:policy': async () => (await core()).defaultPolicy(),
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const handler = handlers[msg?.type];
    if (!handler || sender.id !== api.runtime.id) return false;
    const tabId = msg.tabId ?? sender.tab?.id;
    Promise.resolve(handler(msg, tabId))
        .then((result) => sendResponse(result ?? null))
        .catch((e) => {
            console.error('gatewise:', msg.type, e);
            sendResponse(null);
        });
    return true;
});

// Waking up (browser start, or a stopped worker brought back by an event):
// the waits in storage.session get their timers again.
rearm();
core();
