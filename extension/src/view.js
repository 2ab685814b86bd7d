// What a card needs: the core's explanation of a tab's failure, with the
// context only the browser knows (system, time zone, the site's history).

import { api, browserLabel, coreOs } from './browser.js';
import { core } from './core.js';
import { ensureWords, tagOf } from './i18n.js';

let platform = null;

/** The card of an engine view (`Engine.view`): the explanation, the retry state and the site's history. */
export async function cardOf(view) {
    const c = await core();
    platform ??= Promise.all([coreOs(), browserLabel()]);
    const [os, browser] = await platform;
    const { options = {}, history = {} } = await api.storage.local.get(['options', 'history']);
    const audience = options.audience ?? 'visitor';
    const seen = history[view.origin] ?? [];
    // The core reads any tag: de-AT is German, a language it lacks English.
    const lang = tagOf(options);
    await ensureWords(c, lang);
    const context = {
        audience,
        os,
        lang,
        started_ms: view.started_ms,
        tz_offset_min: -new Date().getTimezoneOffset(),
        attempts: view.attempts,
        tried: [],
        browser,
        incident: seen.length ? c.judgeIncident(seen, Date.now()) : null,
        connection: view.connection ?? null,
    };
    return {
        card: c.explain(view.diagnosis, context),
        retry: view.retry,
        can_resend: view.can_resend,
        can_retry_now: view.can_retry_now,
        audience,
        history: seen,
        archive: view.archive_url,
    };
}
