// What a card needs: the core's explanation of a tab's diagnosis, with the
// context only the browser knows (system, time zone, attempts, incident).

import { core } from './core.js';
import { browserLabel, coreOs } from './browser.js';
import { historyOf } from './history.js';
import { loadOptions } from './options-store.js';
import { retryOfTab, attemptsOfTab } from './retry.js';

let platform = null;

export async function cardOf(tab) {
    const c = await core();
    platform ??= Promise.all([coreOs(), browserLabel()]);
    const [os, browser] = await platform;
    const options = await loadOptions();
    const history = await historyOf(tab.origin);
    const context = {
        audience: options.audience,
        os,
        started_ms: tab.started_ms ?? tab.seen_ms,
        tz_offset_min: -new Date().getTimezoneOffset(),
        attempts: await attemptsOfTab(tab),
        tried: [],
        browser,
        incident: history.length ? c.judgeIncident(history, Date.now()) : null,
    };
    return { card: c.explain(tab.diagnosis, context), retry: await retryOfTab(tab), audience: options.audience, history };
}
