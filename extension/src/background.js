// The background: registers the browser's listeners (synchronously, at the
// top level, so that they wake a stopped worker) and hands what they report
// to the core's engine (engine.js). It decides nothing itself.
//
// A normal page load costs nothing: the engine is loaded only for the tabs
// it follows and for the responses it wants (INTEREST, baked in from the
// core at build time). Until then, a tab's latest request and "complete"
// are only remembered here, to be replayed in order if the load fails.

import { api } from './browser.js';
import { INTEREST } from './interest.js';
import { run, runUser, answer, startup, isTracked, isWatchingLoads, follow } from './engine.js';
import { currentOptions } from './options-store.js';

const FILTER = { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] };
const recent = new Map(); // tabId -> { request, complete }: replayed when the engine wants the tab

let offerResend = true; // the option "offer to send a form again"; forms are read only while it is on

/** The fields every webRequest event of a top-level load gives the engine. */
const eventOf = (type, d) => ({
    type,
    tab: d.tabId,
    frame: d.frameId ?? 0,
    lifecycle: d.documentLifecycle ?? null,
    request: String(d.requestId ?? ''),
    url: d.url,
    method: d.method ?? 'GET',
});

const requestEvent = (d) => ({
    ...eventOf('request', d),
    form: offerResend && d.requestBody?.formData ? Object.entries(d.requestBody.formData) : null,
});

/** Hands a tab's events to the engine, with what was remembered of it first. */
function forward(tabId, events) {
    const seen = recent.get(tabId);
    recent.delete(tabId);
    const fresh = !isTracked(tabId);
    const replay = seen?.request && fresh ? [seen.request] : [];
    const after = seen?.complete ? [{ type: 'tab-complete', tab: tabId, url: seen.complete }] : [];
    // Its next events go to the engine too (the page finishing, a new load).
    follow(tabId);
    return run([...replay, ...events, ...after], { newTab: fresh ? tabId : undefined });
}

// Also needed in Firefox for tabId to be set on main frames (else -1).
function onRequest(d) {
    if (d.tabId < 0) return;
    const event = requestEvent(d);
    if (isTracked(d.tabId)) run([event]);
    else recent.set(d.tabId, { request: event, complete: null });
}
api.webRequest.onBeforeRequest.addListener(onRequest, FILTER, ['requestBody']);

/** With "offer to send a form again" off, the browser is asked for no request body at all. */
async function formsOption(options) {
    offerResend = options?.offer_resend ?? true;
    api.webRequest.onBeforeRequest.removeListener(onRequest);
    api.webRequest.onBeforeRequest.addListener(onRequest, FILTER, offerResend ? ['requestBody'] : []);
}
currentOptions().then(formsOption);

api.webRequest.onCompleted.addListener((d) => {
    if (d.tabId < 0 || (!isTracked(d.tabId) && d.statusCode < INTEREST.min_status)) {
        if (!isTracked(d.tabId)) recent.delete(d.tabId);
        // Asked for while the engine doubts the visitor's connection.
        if (d.tabId >= 0 && isWatchingLoads()) run([{ type: 'site-ok', url: d.url, from_cache: Boolean(d.fromCache) }], { ifLoaded: true });
        return;
    }
    forward(d.tabId, [{
        ...eventOf('response', d),
        status: d.statusCode,
        status_line: d.statusLine ?? null,
        headers: (d.responseHeaders ?? []).map((h) => [h.name, h.value ?? '']),
        from_cache: Boolean(d.fromCache),
    }]);
}, FILTER, ['responseHeaders']);

api.webRequest.onErrorOccurred.addListener((d) => {
    if (d.tabId < 0 || (!isTracked(d.tabId) && INTEREST.ignored_errors.includes(d.error))) {
        if (!isTracked(d.tabId)) recent.delete(d.tabId);
        return;
    }
    forward(d.tabId, [{ ...eventOf('network-error', d), error: d.error ?? '' }]);
}, FILTER);

api.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    if (isTracked(tabId)) run([{ type: 'tab-complete', tab: tabId, url: tab.url }]);
    else if (recent.has(tabId)) recent.get(tabId).complete = tab.url;
});

api.tabs.onRemoved.addListener((tabId) => {
    recent.delete(tabId);
    if (isTracked(tabId)) run([{ type: 'tab-closed', tab: tabId }]);
});

api.tabs.onReplaced?.addListener((added, removed) => {
    if (isTracked(removed)) run([{ type: 'tab-replaced', added, removed }]);
});

api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'gatewise-wake') run([{ type: 'wake' }]);
});

// Firefox's own captive-portal detection (Chromium has no such API).
api.captivePortal?.onStateChanged.addListener(({ state }) => run([{ type: 'captive-portal', state }]));

globalThis.addEventListener('online', () => run([{ type: 'online', online: true }], { ifLoaded: true }));
globalThis.addEventListener('offline', () => run([{ type: 'online', online: false }], { ifLoaded: true }));

// The person's options or the organisation's policies changed: the options in force again.
api.storage.onChanged.addListener((changes, area) => {
    if (!(area === 'local' && changes.options) && area !== 'managed') return;
    currentOptions().then((options) => {
        formsOption(options);
        run([], { ifLoaded: true, options });
    });
});

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || typeof msg?.type !== 'string' || msg.type.startsWith('test:') || msg.type === 'card:update' || msg.type === 'state:changed') return false;
    answer(msg, sender)
        .then((result) => sendResponse(result ?? null))
        .catch((e) => {
            console.warn('gatewise:', e?.message ?? e);
            sendResponse(null);
        });
    return true;
});

api.commands?.onCommand.addListener(async (name) => {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab && (name === 'retry-now' || name === 'stop')) runUser(tab.id, name);
});

startup();
