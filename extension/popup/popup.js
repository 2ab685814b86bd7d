// The popup: the card for the current tab (also where no script can run,
// like the browser's own error pages), its retry state, the site's recent
// history and a link to an archived copy. `?tab=ID` shows another tab's
// card (tests open the popup as a page).

import { api } from '../src/browser.js';
import { renderCard } from '../src/card.js';
import { localize, t } from '../src/i18n.js';

const params = new URLSearchParams(location.search);
let view = null;

async function currentTabId() {
    if (params.has('tab')) return Number(params.get('tab'));
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
}

const send = (type, tabId) => api.runtime.sendMessage({ type, tabId });
const act = (action, tabId) => api.runtime.sendMessage({ type: 'card:action', action, tabId });

document.getElementById('forget-site').addEventListener('click', async () => {
    const origin = document.getElementById('history-origin').textContent;
    await api.runtime.sendMessage({ type: 'history:forget-site', origin });
    document.getElementById('history').hidden = true;
});

function drawHistory(state) {
    const section = document.getElementById('history');
    const recent = state.history.slice(-8).reverse();
    section.hidden = recent.length === 0;
    document.getElementById('history-origin').textContent = state.origin;
    const list = document.getElementById('history-list');
    list.replaceChildren(...recent.map((o) => {
        const item = document.createElement('li');
        item.dataset.ok = String(o.ok);
        const mark = document.createElement('span');
        mark.className = 'mark';
        mark.textContent = o.ok ? '✓' : '✕';
        mark.setAttribute('aria-label', t(o.ok ? 'historyOk' : 'historyFailed'));
        const time = document.createElement('time');
        time.dateTime = new Date(o.at_ms).toISOString();
        time.textContent = new Date(o.at_ms).toLocaleString([], { dateStyle: 'short', timeStyle: 'medium' });
        const code = document.createElement('span');
        code.className = 'status';
        code.textContent = o.status ?? '—';
        item.append(mark, time, code);
        return item;
    }));
}

async function draw(tabId) {
    const state = await send('popup:get', tabId);
    const host = document.getElementById('card-host');
    document.getElementById('nothing').hidden = Boolean(state);
    if (!state) return;
    const options = {
        mode: 'popup',
        audience: state.audience,
        retry: state.retry,
        canRetryNow: state.can_retry_now,
        onRetryNow: () => act('retry-now', tabId),
        onStop: () => act('stop', tabId),
        onResend: () => act('resend', tabId),
        onCheckStatus: async () => {
            // Asked inside the click: the browser may show its prompt now.
            if (state.status_origins?.length) await api.permissions.request({ origins: state.status_origins }).catch(() => false);
            return api.runtime.sendMessage({ type: 'card:status', tabId });
        },
        onCopy: (text) => navigator.clipboard.writeText(text).then(() => true, () => false),
    };
    if (view && host.dataset.url === state.url && host.dataset.code === String(state.card.code)) view.update(state.retry);
    else {
        view?.destroy();
        view = renderCard(host, state.card, options);
        host.dataset.url = state.url;
        host.dataset.code = String(state.card.code);
    }
    drawHistory(state);
    const archive = document.getElementById('archive');
    archive.href = state.archive;
    archive.hidden = !/^https?:/.test(state.url);
}

await localize();
const tabId = await currentTabId();
api.runtime.onMessage.addListener((msg) => {
    if (msg?.type !== 'state:changed' || msg.tabId !== tabId) return;
    // Said at once (the polite live region announces "The site is back");
    // the rest is drawn from the background's answer.
    if (msg.retry && view) view.update(msg.retry);
    draw(tabId);
});
document.getElementById('options').addEventListener('click', (e) => {
    e.preventDefault();
    api.runtime.openOptionsPage();
});
await draw(tabId);
document.body.dataset.ready = 'true';
