// The shell around the core's engine: loads it (with its saved state) only
// when there is something to do, feeds it events one call at a time, saves
// its state to storage.session after each, and carries out its commands by
// name. Every decision is the engine's.

import { api } from './browser.js';
import { core, seed } from './core.js';
import { cardOf } from './view.js';
import { ensureWords, readMessages, tagOf } from './i18n.js';
import { checkStatus, statusSources, originsOf } from './status.js';
import { currentOptions } from './options-store.js';

const WAKE_ALARM = 'gatewise-wake';
let engine = null;           // the core's Engine, once loaded
let tracked = new Set();     // tabs the engine follows (kept in storage.session "tracked")
let wakeTimer = 0;
let watchingLoads = false;   // the engine asked to hear of every page that loads (see 'watch-loads')
let queue = Promise.resolve();
const ready = api.storage.session.get('tracked').then(({ tracked: t }) => { tracked = new Set(t ?? []); });

export const isTracked = (tabId) => tracked.has(tabId);

/** Whether the engine asked to hear of every top-level page that loads. */
export const isWatchingLoads = () => watchingLoads;

/** Follows a tab from now on, until the engine says which tabs it follows. */
export const follow = (tabId) => tracked.add(tabId);

/** Runs `fn` after every earlier call: the engine's calls must not interleave. */
function serial(fn) {
    const next = queue.then(fn, fn);
    queue = next.catch((e) => console.error('gatewise:', e));
    return next;
}

// The engine's `watch-online`: while it believes the browser offline, look
// at navigator.onLine (a worker is not always told the network came back).
let onlineWatch = 0;
function watchOnline({ every_ms: every }) {
    clearInterval(onlineWatch);
    onlineWatch = 0;
    if (!every) return;
    onlineWatch = setInterval(() => {
        if (navigator.onLine) run([{ type: 'online', online: true }], { ifLoaded: true });
    }, every);
}

async function load({ fresh = false } = {}) {
    if (engine) return engine;
    const c = await core();
    const { engine: saved } = await api.storage.session.get('engine');
    const options = await currentOptions();
    const speaks = await speaking(c, options);
    if (engine) return engine;
    engine = new c.Engine(saved ?? null, seed());
    exec(engine.handle({ type: 'options', options: speaks }, Date.now()));
    titleIn(options).catch(() => {});
    exec(engine.handle({ type: 'started', online: navigator.onLine, fresh: fresh || !saved }, Date.now()));
    return engine;
}

/** The options with the language the engine's words (the notification) take, its table loaded. */
async function speaking(c, options) {
    const lang = tagOf(options);
    await ensureWords(c, lang);
    return { ...(options ?? {}), lang };
}

/** The toolbar button's title in the chosen language (the manifest's follows the browser's). */
async function titleIn(options) {
    let title = api.i18n.getMessage('actionTitle');
    if (options?.lang) {
        const { locale } = (await core()).languageOf(options.lang);
        title = (await readMessages(locale))?.actionTitle?.message || title;
    }
    await api.action.setTitle({ title }).catch(() => {});
}

async function save() {
    try {
        await api.storage.session.set({ engine: engine.save() });
    } catch (e) {
        // Storage full or gone: the engine in memory still knows, and its card stays.
        console.warn('gatewise: state not saved', e?.message ?? e);
    }
}

/**
 * Feeds events to the engine. `ifLoaded`: only if it is already there.
 * `newTab`: a tab handed over for the first time, whose window the engine
 * must know (nothing of a private window is written to the history).
 */
export function run(events, { ifLoaded = false, options, newTab } = {}) {
    return serial(async () => {
        await ready;
        if (ifLoaded && !engine) return;
        const e = await load();
        if (options) {
            exec(e.handle({ type: 'options', options: await speaking(await core(), options) }, Date.now()));
            titleIn(options).catch(() => {});
        }
        if (newTab !== undefined && (await api.tabs.get(newTab).catch(() => null))?.incognito) {
            exec(e.handle({ type: 'tab-private', tab: newTab }, Date.now()));
        }
        for (const event of events) exec(e.handle(event, Date.now()));
        await save();
    });
}

/** A person's action on a tab's card; refused actions do nothing. */
export function runUser(tabId, action) {
    return serial(async () => {
        const e = await load();
        try {
            exec(e.user(tabId, action, Date.now()));
        } catch (err) {
            console.warn('gatewise:', err?.message ?? err);
        }
        await save();
    });
}

/** Answers a message of the card, the popup or the options page, once the core has checked it. */
export async function answer(msg, sender) {
    await ready;
    const e = await serial(() => load());
    const checked = e.message(msg, {
        ours: sender.id === api.runtime.id,
        tab: sender.tab?.id ?? null,
        frame: sender.frameId ?? null,
        extension_page: typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL('')),
    });
    switch (checked.request) {
        case 'card': {
            // Only for the document that failed: a card asked for from a page
            // the tab has since moved to gets nothing.
            const view = e.viewFor(checked.tab, sender.url ?? '');
            return view && view.card_in_page ? cardOf(view) : null;
        }
        case 'popup': {
            const view = e.view(checked.tab);
            return view ? { ...(await cardOf(view)), url: view.url, origin: view.origin, status_origins: originsOf(await statusSources(view)) } : null;
        }
        case 'status': {
            // "Down for everyone?" clicked, in the tab's card or its popup.
            const view = e.view(checked.tab);
            return view ? checkStatus(view) : null;
        }
        case 'action': return runUser(checked.tab, checked.action);
        case 'due': return run([{ type: 'wake' }]);
        case 'forget-site': {
            const { history = {} } = await api.storage.local.get('history');
            delete history[checked.origin];
            return api.storage.local.set({ history });
        }
        case 'forget-all': return api.storage.local.remove('history');
        default: return null;
    }
}

/** The worker started: the engine is loaded only if it has something under way. */
export function startup() {
    return serial(async () => {
        await ready;
        const { engine: saved } = await api.storage.session.get('engine');
        if (!saved) {
            // A fresh session (browser start, install, update, enable): look
            // at the tabs already open, if any could show an error.
            const tabs = await api.tabs.query({ url: ['http://*/*', 'https://*/*'] });
            if (tabs.length) await load({ fresh: true }).then(save);
        } else if (tracked.size || saved.wake) {
            await load().then(save);
        }
    });
}

// ---- the commands ----

function exec(commands) {
    for (const c of commands) {
        const done = COMMANDS[c.type]?.(c);
        Promise.resolve(done).catch((e) => console.warn('gatewise:', c.type, e?.message ?? e));
    }
}

async function readPage({ tab, load: loadId, limit }) {
    let page = { url: '', html: null };
    try {
        const [frame] = await api.scripting.executeScript({
            target: { tabId: tab, frameIds: [0] },
            func: (max) => ({ url: location.href, html: document.documentElement ? document.documentElement.outerHTML.slice(0, max) : '' }),
            args: [limit],
        });
        if (typeof frame?.result?.html === 'string') page = frame.result;
    } catch {
        // The browser's own error page, or a closed tab: nothing to read.
    }
    return run([{ type: 'page-text', tab, load: loadId, url: page.url, html: page.html }]);
}

async function readBody(response, limit) {
    const reader = response.body?.getReader();
    if (!reader) return '';
    const chunks = [];
    let size = 0;
    while (size < limit) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.length;
    }
    reader.cancel().catch(() => {});
    const bytes = new Uint8Array(Math.min(size, limit));
    let at = 0;
    for (const c of chunks) {
        const part = c.subarray(0, bytes.length - at);
        bytes.set(part, at);
        at += part.length;
    }
    return new TextDecoder().decode(bytes);
}

async function probe({ origin, probe: id, url, timeout_ms: timeout, body_limit: limit, read_body_statuses: statuses }) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeout);
    let answer;
    try {
        const response = await fetch(url, { cache: 'no-store', credentials: 'include', redirect: 'follow', signal: abort.signal });
        const body = statuses.includes(response.status) ? await readBody(response, limit) : null;
        if (body === null) response.body?.cancel().catch(() => {});
        answer = {
            kind: 'response',
            url: response.url,
            status: response.status,
            reason: response.statusText || null,
            headers: [...response.headers],
            body,
        };
    } catch (e) {
        answer = abort.signal.aborted ? { kind: 'timed-out' } : { kind: 'failed', error: String(e?.message ?? '') };
    } finally {
        clearTimeout(timer);
    }
    return run([{ type: 'probe-result', origin, probe: id, answer, online: navigator.onLine }]);
}

async function updateCard({ tab }) {
    const view = engine?.view(tab);
    await api.tabs.sendMessage(tab, { type: 'card:update', retry: view?.retry ?? null, can_resend: view?.can_resend ?? false }, { frameId: 0 }).catch(() => {});
    // The retry state goes with it: by the time the popup asks, a page that
    // came back may have left the engine, and "back" would never be shown.
    await api.runtime.sendMessage({ type: 'state:changed', tabId: tab, retry: view?.retry ?? null }).catch(() => {});
}

function wakeAt({ at_ms: at }) {
    clearTimeout(wakeTimer);
    if (at === null) return api.alarms.clear(WAKE_ALARM);
    wakeTimer = setTimeout(() => run([{ type: 'wake' }]), Math.max(0, at - Date.now()));
    // The backup that wakes a stopped worker; browsers may round it up to
    // 30 s for installed extensions, the timer above is the precise one.
    return api.alarms.create(WAKE_ALARM, { when: Math.max(at, Date.now() + 1000) });
}

async function record({ origin, ok, status, at_ms: at }) {
    const c = await core();
    const { history } = await api.storage.local.get('history');
    await api.storage.local.set({ history: c.recordHistory(history ?? {}, origin, { at_ms: at, ok, status, vantage: null }, Date.now()) });
}

async function setBadge({ tab, text }) {
    await api.action.setBadgeText({ tabId: tab, text });
    if (!text) return;
    await api.action.setBadgeBackgroundColor({ tabId: tab, color: '#b3261e' });
    await api.action.setBadgeTextColor?.({ tabId: tab, color: '#ffffff' });
}

async function scanTabs() {
    const tabs = await api.tabs.query({ url: ['http://*/*', 'https://*/*'], status: 'complete' });
    return run(tabs.map((t) => ({ type: 'existing-tab', tab: t.id, url: t.url, title: t.title ?? '' })));
}

async function resendForm({ tab, url, fields }) {
    // The card's content script builds the form inside its own closed shadow
    // root, where the page's scripts cannot see it; where no script runs
    // (the browser's own error page), go back to the form instead.
    const sent = await api.tabs.sendMessage(tab, { type: 'card:resend-form', url, fields }, { frameId: 0 }).catch(() => false);
    if (!sent) await api.tabs.goBack(tab).catch(() => {});
}

const COMMANDS = {
    'read-page': readPage,
    'show-card': ({ tab }) => api.scripting.executeScript({ target: { tabId: tab, frameIds: [0] }, files: ['content/card-global.js', 'content/card-page.js'] }).catch(() => {}),
    'update-card': updateCard,
    'set-badge': (c) => setBadge(c).catch(() => {}),
    probe,
    reload: ({ tabs }) => Promise.all(tabs.map((t) => api.tabs.reload(t, { bypassCache: true }).catch(() => {}))),
    'resend-form': resendForm,
    'go-back': ({ tab }) => api.tabs.goBack(tab).catch(() => {}),
    'wake-at': wakeAt,
    'notify-back': ({ origin, message }) => api.notifications.create(`back:${origin}`, {
        type: 'basic',
        iconUrl: api.runtime.getURL('icons/icon-128.png'),
        title: new URL(origin).host,
        message,
    }),
    record,
    'scan-tabs': scanTabs,
    'watch-loads': ({ on }) => { watchingLoads = Boolean(on); },
    'watch-online': watchOnline,
    track: ({ tabs }) => {
        tracked = new Set(tabs);
        return api.storage.session.set({ tracked: tabs });
    },
};
