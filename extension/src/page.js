// The card inside the error page: the background injects the content script
// only into pages that failed (nothing runs in ordinary pages), then keeps
// its retry line up to date.

import { api } from './browser.js';

export async function injectCard(tabId) {
    try {
        await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content/card-global.js', 'content/card-page.js'] });
    } catch {
        // The browser's own error page (or a closed tab): the popup shows the card instead.
    }
}

/** Sends the retry state to the tab's card (if it has one) and to an open popup. */
export async function pushRetry(tabId, retry) {
    await api.tabs.sendMessage(tabId, { type: 'card:update', retry }, { frameId: 0 }).catch(() => {});
    await api.runtime.sendMessage({ type: 'state:changed', tabId }).catch(() => {});
}

/** The page's markup, to tell who wrote an error page: read only when the core needs it. */
export async function readPage(tabId) {
    try {
        const [frame] = await api.scripting.executeScript({
            target: { tabId, frameIds: [0] },
            func: (limit) => (document.documentElement ? document.documentElement.outerHTML.slice(0, limit) : ''),
            args: [256 * 1024],
        });
        return typeof frame?.result === 'string' ? frame.result : '';
    } catch {
        return ''; // the browser's own error page: no script may run there, and it is blank for us
    }
}

/** Sends the form again, on the person's click: rebuilt from the fields the browser saw. */
export async function resendForm(tabId, form) {
    if (form?.fields) {
        try {
            await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: submitForm, args: [form] });
            return;
        } catch {
            // The browser's own error page: go back to the form instead.
        }
    }
    await api.tabs.goBack(tabId).catch(() => {});
}

/** Runs in the page (its isolated world): submits the same fields to the same address. */
export function submitForm(form) {
    const f = document.createElement('form');
    f.method = 'POST';
    f.action = form.url;
    if (form.enctype) f.enctype = form.enctype;
    for (const [name, values] of Object.entries(form.fields)) {
        for (const value of values) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = value;
            f.append(input);
        }
    }
    f.style.display = 'none';
    (document.body ?? document.documentElement).append(f);
    f.submit();
}
