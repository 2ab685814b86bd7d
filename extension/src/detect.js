// Detection: every top-level navigation, from webRequest. The status, method
// and headers cost nothing; the page's text is read only when the core says
// it needs it (5xx, 403, 429). The browsers report in different orders
// (Firefox: tab complete, then onCompleted; Chromium: the reverse), so a load
// is judged once both the response and the finished tab are in.

import { api } from './browser.js';
import { core } from './core.js';
import { onOutcome, onNavigate } from './retry.js';
import { readPage } from './page.js';
import { originOf } from './state.js';

const FILTER = { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] };
const loads = new Map(); // tabId -> { url, method, form, response, complete }

function formOf(details) {
    const fields = details.requestBody?.formData;
    if (details.method === 'GET' || !fields) return null;
    return { url: details.url, fields };
}

function reasonOf(statusLine = '') {
    return statusLine.match(/^\S+\s+\d{3}\s*(.*)$/)?.[1] || null;
}

async function judge(tabId, load) {
    const c = await core();
    const { status } = load.response;
    const body = c.needsBody(status) ? await readPage(tabId) : '';
    const diagnosis = c.diagnose({
        status,
        reason: reasonOf(load.response.statusLine),
        method: load.response.method,
        url: load.response.url,
        headers: load.response.headers ?? [],
        body,
        now_ms: Date.now(),
    });
    await onOutcome(tabId, diagnosis, load.form);
}

/** Whether the tab shows a finished document of the same site as `load`. */
function finished(tab, load) {
    return tab?.status === 'complete' && Boolean(tab.url) && originOf(tab.url) === originOf(load.response?.url ?? load.url);
}

/**
 * The response is in but no matching "complete" came (Firefox can report it
 * before the tab's URL is updated): ask the tab itself, a few times.
 */
async function settle(tabId, load, tries = 25) {
    for (let i = 0; i < tries && loads.get(tabId) === load && !load.complete; i++) {
        const tab = await api.tabs.get(tabId).catch(() => null);
        if (!tab) return;
        if (finished(tab, load)) {
            load.complete = true;
            whenBothIn(tabId);
            return;
        }
        await new Promise((r) => setTimeout(r, 200));
    }
}

function whenBothIn(tabId) {
    const load = loads.get(tabId);
    if (!load?.response || !load.complete) return;
    loads.delete(tabId);
    judge(tabId, load).catch((e) => console.error('gatewise: judge', e));
}

export function listen() {
    // Also needed in Firefox for tabId to be set on main frames (else -1).
    api.webRequest.onBeforeRequest.addListener((d) => {
        if (d.tabId < 0) return;
        loads.set(d.tabId, { url: d.url, method: d.method, form: formOf(d) ?? loads.get(d.tabId)?.form ?? null, response: null, complete: false });
        onNavigate(d.tabId, d.url);
    }, FILTER, ['requestBody']);

    api.webRequest.onCompleted.addListener((d) => {
        if (d.tabId < 0) return;
        const load = loads.get(d.tabId) ?? { url: d.url, method: d.method, form: null, complete: false };
        load.response = { status: d.statusCode, statusLine: d.statusLine, headers: d.responseHeaders, url: d.url, method: d.method };
        loads.set(d.tabId, load);
        whenBothIn(d.tabId);
        if (!load.complete) settle(d.tabId, load);
    }, FILTER, ['responseHeaders']);

    api.webRequest.onErrorOccurred.addListener(async (d) => {
        if (d.tabId < 0) return;
        const load = loads.get(d.tabId);
        loads.delete(d.tabId);
        const c = await core();
        const diagnosis = c.diagnoseNetwork(d.error, d.method, d.url);
        if (diagnosis) await onOutcome(d.tabId, diagnosis, load?.form ?? null); // null: stopped or blocked, not the site's failure
    }, FILTER);

    api.tabs.onUpdated.addListener((tabId, change, tab) => {
        if (change.status !== 'complete') return;
        const load = loads.get(tabId);
        if (!load) return;
        // Not yet this document (an earlier one of another site, or a tab
        // whose URL is not updated yet): settle() asks again. The same origin
        // is fine: pages such as bot checks rewrite their own URL as they load.
        if (!finished({ ...tab, status: 'complete' }, load)) return;
        load.complete = true;
        whenBothIn(tabId);
    });
}
