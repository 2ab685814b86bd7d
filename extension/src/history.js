// Each origin's outcomes (storage.local "history"), for the incidents the
// card and the popup tell. Bounded, and private: an origin is recorded only
// once it has failed, so this never becomes a log of ordinary browsing.

import { api } from './browser.js';

const PER_ORIGIN = 100;
const ORIGINS = 200;
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

let writes = Promise.resolve();

async function load() {
    const { history } = await api.storage.local.get('history');
    return history ?? {};
}

/** Records one outcome `{ok, status}` for `origin` at `atMs`. */
export function record(origin, ok, status, atMs = Date.now()) {
    if (!origin) return Promise.resolve();
    writes = writes.then(async () => {
        const history = await load();
        if (ok && !history[origin]) return;
        const list = (history[origin] ?? []).filter((o) => atMs - o.at_ms < MAX_AGE_MS);
        list.push({ at_ms: atMs, ok, status: status ?? null, vantage: null });
        history[origin] = list.slice(-PER_ORIGIN);
        const origins = Object.keys(history);
        if (origins.length > ORIGINS) {
            const newest = (o) => history[o].at(-1)?.at_ms ?? 0;
            origins.sort((a, b) => newest(a) - newest(b)).slice(0, origins.length - ORIGINS).forEach((o) => delete history[o]);
        }
        await api.storage.local.set({ history });
    }).catch((e) => console.error('gatewise: history', e));
    return writes;
}

/** The recorded outcomes of `origin`, oldest first. */
export async function historyOf(origin) {
    await writes;
    return (await load())[origin] ?? [];
}
