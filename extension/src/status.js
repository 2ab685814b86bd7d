// "Down for everyone?", the shell's part: the core says which status pages
// to ask, judges each answer and words the lines; this file only fetches
// (on a click, never by itself), with no cookies and no referrer, within
// the core's time and size limits, and keeps the verdicts for the core's
// cache rule. Only a test build can point the core at local stand-ins
// (status-bases.js).

import { api } from './browser.js';
import { core } from './core.js';
import { statusBases } from './status-bases.js';
import { chosenTag, ensureWords } from './i18n.js';

const cache = new Map(); // url -> { verdict, at }

async function readBytes(response, limit) {
    const reader = response.body?.getReader();
    if (!reader) return new Uint8Array(0);
    const bytes = new Uint8Array(limit);
    let size = 0;
    while (size < limit) {
        const { done, value } = await reader.read();
        if (done) break;
        const part = value.subarray(0, limit - size);
        bytes.set(part, size);
        size += part.length;
    }
    reader.cancel().catch(() => {});
    return bytes.subarray(0, size);
}

async function ask(c, source, limits) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), limits.timeout_ms);
    try {
        const response = await fetch(source.url, {
            credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'follow', signal: abort.signal,
        });
        return c.statusJudge(source.format, response.status, await readBytes(response, limits.body_limit));
    } catch {
        return c.statusJudge(source.format, 0, new Uint8Array(0));
    } finally {
        clearTimeout(timer);
    }
}

/** The patterns a click must be allowed to ask (the popup requests them in its click handler). */
export const originsOf = (sources) => [...new Set(sources.filter((s) => s.url).map((s) => `${new URL(s.url).origin}/*`))];

/** The status pages' answers about an engine view's failure: `{summary, lines}` (the core's). */
export async function checkStatus(view) {
    const c = await core();
    const d = view.diagnosis ?? {};
    const sources = c.statusSources(view.url, [d.vendor ?? null, d.served_by ?? null], statusBases());
    const limits = c.statusLimits();
    const checks = await Promise.all(sources.map(async (source) => {
        if (!source.url) return { source, verdict: c.statusJudge(source.format, 0, new Uint8Array(0)), checked_ms: Date.now() };
        const kept = cache.get(source.url);
        if (kept && c.statusFresh(kept.verdict, kept.at, Date.now())) return { source, verdict: kept.verdict, checked_ms: kept.at };
        // Not allowed (a Firefox user may withhold host access): no answer,
        // rather than a request the person did not allow.
        const allowed = await api.permissions.contains({ origins: originsOf([source]) }).catch(() => false);
        const verdict = allowed ? await ask(c, source, limits) : c.statusJudge(source.format, 0, new Uint8Array(0));
        const at = Date.now();
        if (allowed) cache.set(source.url, { verdict, at });
        return { source, verdict, checked_ms: at };
    }));
    // In the card's language (its table loaded, as for the card itself).
    const lang = await chosenTag();
    await ensureWords(c, lang);
    return c.statusReport(checks, -new Date().getTimezoneOffset(), lang);
}

/** The sources of a view (for the popup, which asks for the permission before the click's fetch). */
export async function statusSources(view) {
    const c = await core();
    const d = view.diagnosis ?? {};
    return c.statusSources(view.url, [d.vendor ?? null, d.served_by ?? null], statusBases());
}
