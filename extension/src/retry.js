// Auto-retry, on the schedule the core plans. Tabs of one origin share one
// stream: one planner, one timer, one probe per attempt; when the probe says
// the site is back, every tab of the stream reloads. Streams live in
// storage.session and the timers are re-armed whenever the background wakes,
// so a wait survives the service worker being stopped.

import { api } from './browser.js';
import { core, seed } from './core.js';
import { serial, getTab, putTab, dropTab, getStream, putStream, dropStream, allStreams, originOf } from './state.js';
import { loadOptions, policyFor } from './options-store.js';
import { record } from './history.js';
import { probe, isOutage } from './probe.js';
import { setBadge } from './badge.js';
import { notifyBack } from './notify.js';
import { injectCard, pushRetry } from './page.js';

export const ALARM_PREFIX = 'attempt:';
const RELOAD_GRACE_MS = 60_000;
const timers = new Map();
const inFlight = new Set(); // origins whose probe is running in this worker

/** What a card shows for a tab of this stream. */
export function streamRetry(stream) {
    return {
        state: stream.paused ? 'offline' : stream.phase === 'waiting' ? 'waiting' : stream.phase === 'reloading' ? 'back' : 'probing',
        at_ms: stream.decision.at_ms,
        attempt: stream.decision.attempt,
        max_attempts: stream.planner.policy.max_attempts,
    };
}

/** What a card shows once the core said stop. */
function stopRetry(decision) {
    switch (decision.reason) {
        case 'unsafe-method': return { state: 'not-resent' };
        case 'stopped-by-user': return { state: 'stopped' };
        case 'attempts-exhausted': case 'time-exhausted': case 'retry-after-too-long': return { state: 'gave-up' };
        default: return null; // not ours to retry: no countdown, just "Retry now"
    }
}

/** The retry state of a tab, wherever it lives. */
export async function retryOfTab(tab) {
    if (tab?.stream) {
        const stream = await getStream(tab.stream);
        if (stream) return streamRetry(stream);
    }
    return tab?.retry ?? null;
}

/** Retries already made, for the card's report. */
export async function attemptsOfTab(tab) {
    const stream = tab?.stream ? await getStream(tab.stream) : null;
    const planner = stream?.planner ?? tab?.planner;
    const planned = planner?.state?.attempts ?? 0;
    return stream?.phase === 'waiting' ? Math.max(0, planned - 1) : planned;
}

function schedule(stream) {
    clearTimeout(timers.get(stream.origin));
    const at = stream.decision.at_ms;
    timers.set(stream.origin, setTimeout(() => fire(stream.origin), Math.max(0, at - Date.now())));
    // The backup that wakes a stopped worker. Browsers may round it up to
    // 30 s for installed extensions; the in-memory timer is the precise one.
    api.alarms.create(ALARM_PREFIX + stream.origin, { when: Math.max(at, Date.now() + 1000) });
}

function unschedule(origin) {
    clearTimeout(timers.get(origin));
    timers.delete(origin);
    api.alarms.clear(ALARM_PREFIX + origin);
}

async function pushAll(stream, retry = streamRetry(stream)) {
    await Promise.all(stream.tabs.map((tabId) => pushRetry(tabId, retry)));
}

async function leaveStream(tabId, origin) {
    const stream = await getStream(origin);
    if (!stream) return;
    stream.tabs = stream.tabs.filter((t) => t !== tabId);
    if (stream.tabs.length === 0) {
        unschedule(origin);
        await dropStream(origin);
    } else {
        await putStream(stream);
    }
}

/** Applies the core's next step to a stream: wait again, or give up for every tab. */
async function applyStep(stream, step, diagnosis) {
    stream.planner = step.planner;
    stream.last = diagnosis;
    if (step.decision.action === 'retry') {
        Object.assign(stream, { decision: step.decision, phase: 'waiting', paused: false });
        await putStream(stream);
        schedule(stream);
        await pushAll(stream);
        return;
    }
    unschedule(stream.origin);
    await dropStream(stream.origin);
    const retry = stopRetry(step.decision) ?? { state: 'gave-up' };
    for (const tabId of stream.tabs) {
        const tab = await getTab(tabId);
        if (tab) await putTab(tabId, { ...tab, stream: null, retry, planner: step.planner });
        await pushRetry(tabId, retry);
    }
}

/** A top-level load of `tabId` ended with `diagnosis` (success or failure). */
export function onOutcome(tabId, diagnosis, form) {
    return serial(async () => {
        const c = await core();
        const now = Date.now();
        const origin = originOf(diagnosis.url);
        const tab = (await getTab(tabId)) ?? {};
        const next = { ...tab, url: diagnosis.url, origin, diagnosis, form: null, seen_ms: now };
        await record(origin, !isOutage(diagnosis), diagnosis.status, now);

        if (!isOutage(diagnosis)) {
            if (tab.stream) await leaveStream(tabId, tab.stream);
            await putTab(tabId, { ...next, stream: null, retry: null, planner: null, started_ms: null });
            await setBadge(tabId, diagnosis);
            return { card: false };
        }

        next.started_ms = tab.url === diagnosis.url && tab.started_ms ? tab.started_ms : now;
        next.form = form ?? null;
        const options = await loadOptions();
        const policy = policyFor(c, options, diagnosis.url);
        const stream = await getStream(origin);
        const ended = tab.planner?.state?.url === diagnosis.url ? tab.planner : null;

        if (stream && !ended) {
            // Another tab (or this one) already waits on this origin: join it,
            // if the core would retry this failure at all.
            const trial = c.planNext(c.newPlanner(policy), diagnosis, now, seed());
            if (trial.decision.action === 'retry') {
                if (!stream.tabs.includes(tabId)) stream.tabs.push(tabId);
                await putTab(tabId, { ...next, stream: origin, retry: null, planner: null });
                if (stream.phase === 'reloading') {
                    // The probe said "back" but the page failed again: the stream's next failure.
                    await applyStep(stream, c.planNext(stream.planner, { ...diagnosis, url: stream.url }, now, seed()), diagnosis);
                } else {
                    await putStream(stream);
                }
            } else {
                await putTab(tabId, { ...next, stream: null, retry: stopRetry(trial.decision), planner: trial.planner });
            }
        } else {
            const step = c.planNext(ended ?? c.newPlanner(policy), diagnosis, now, seed());
            if (step.decision.action === 'retry') {
                const created = { origin, url: diagnosis.url, planner: step.planner, decision: step.decision, phase: 'waiting', tabs: [tabId], last: diagnosis };
                await putStream(created);
                schedule(created);
                await putTab(tabId, { ...next, stream: origin, retry: null, planner: null });
            } else {
                await putTab(tabId, { ...next, stream: null, retry: stopRetry(step.decision), planner: step.planner });
            }
        }
        await setBadge(tabId, diagnosis);
        const saved = await getTab(tabId);
        await pushRetry(tabId, await retryOfTab(saved));
        return { card: options.card_in_page };
    }).then(async (result) => {
        if (result?.card) await injectCard(tabId);
    });
}

/** The timer (or alarm) of a stream went off. */
export async function fire(origin) {
    const stream = await serial(async () => {
        const s = await getStream(origin);
        if (!s || s.phase !== 'waiting') return null;
        if (Date.now() < s.decision.at_ms - 25) {
            schedule(s);
            return null;
        }
        if (!navigator.onLine) {
            // Offline: nothing to learn from a probe. The "online" event resumes.
            const paused = { ...s, paused: true };
            await putStream(paused);
            await pushAll(paused);
            return null;
        }
        Object.assign(s, { phase: 'probing', probe_ms: Date.now(), paused: false });
        await putStream(s);
        await pushAll(s);
        return s;
    });
    if (!stream) return;
    inFlight.add(origin);
    try {
        await attempt(stream, origin);
    } finally {
        inFlight.delete(origin);
    }
}

async function attempt(stream, origin) {
    const c = await core();
    if (!stream.decision.probe) {
        await serial(() => back(stream.origin, c, false));
        return;
    }
    const seen = await probe(c, stream.url);
    await record(origin, seen ? !isOutage(seen) : false, seen?.status, Date.now());
    await serial(async () => {
        const s = await getStream(origin);
        if (!s || s.phase !== 'probing') return; // stopped or left meanwhile
        if (seen && !isOutage(seen)) return back(origin, c, true);
        // No response at all: the same failure as before, as far as anyone can tell.
        const failure = seen ?? s.last;
        await applyStep(s, c.planNext(s.planner, { ...failure, url: s.url }, Date.now(), seed()), failure);
    });
}

/** The site answers again (or the policy reloads without probing): reload every tab of the stream. */
async function back(origin, c, confirmed) {
    const stream = await getStream(origin);
    if (!stream) return;
    Object.assign(stream, { phase: 'reloading', reload_ms: Date.now() });
    await putStream(stream);
    unschedule(origin);
    await pushAll(stream, { state: confirmed ? 'back' : 'probing' });
    for (const tabId of stream.tabs) api.tabs.reload(tabId, { bypassCache: true }).catch(() => {});
    const options = await loadOptions();
    if (confirmed && options.notify) await notifyBack(origin, c.explain(stream.last, null).labels);
}

/** The tab starts loading `url`: somewhere else ends its retries. */
export function onNavigate(tabId, url) {
    return serial(async () => {
        const tab = await getTab(tabId);
        if (!tab || tab.url === url) return;
        if (tab.stream) await leaveStream(tabId, tab.stream);
        const c = await core();
        const planner = tab.planner ? c.planNavigate(tab.planner, url) : null;
        await putTab(tabId, { ...tab, stream: null, retry: null, planner: planner?.state ? planner : null });
    });
}

export function onTabClosed(tabId) {
    return serial(async () => {
        const tab = await getTab(tabId);
        if (tab?.stream) await leaveStream(tabId, tab.stream);
        await dropTab(tabId);
    });
}

/** The person pressed Stop in this tab. */
export function stopTab(tabId) {
    return serial(async () => {
        const tab = await getTab(tabId);
        if (!tab) return;
        const c = await core();
        const stream = tab.stream ? await getStream(tab.stream) : null;
        const planner = stream?.planner ?? tab.planner ?? c.newPlanner(null);
        if (tab.stream) await leaveStream(tabId, tab.stream);
        const retry = { state: 'stopped' };
        await putTab(tabId, { ...tab, stream: null, retry, planner: c.planStop(planner) });
        await pushRetry(tabId, retry);
    });
}

/** The person pressed "Retry now": the stream's attempt now, or a plain reload. */
export async function retryNow(tabId) {
    const origin = await serial(async () => {
        const tab = await getTab(tabId);
        const stream = tab?.stream ? await getStream(tab.stream) : null;
        if (stream?.phase !== 'waiting') return null;
        stream.decision = { ...stream.decision, at_ms: Date.now() };
        await putStream(stream);
        return stream.origin;
    });
    if (origin) return fire(origin);
    return api.tabs.reload(tabId).catch(() => {});
}

/** The background woke up (or came back online): re-arm every stream's timer. */
export function rearm() {
    return serial(async () => {
        for (const stream of await allStreams()) {
            if (stream.phase === 'reloading' && Date.now() - stream.reload_ms > RELOAD_GRACE_MS) {
                unschedule(stream.origin);
                await dropStream(stream.origin);
            } else if (stream.phase === 'probing' && !inFlight.has(stream.origin)) {
                // The worker stopped during a probe: its answer is lost, ask again.
                await putStream({ ...stream, phase: 'waiting' });
                setTimeout(() => fire(stream.origin), 0);
            } else if (stream.phase === 'waiting') {
                schedule(stream);
            }
        }
    });
}
