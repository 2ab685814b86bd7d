// Where the background keeps what it knows, so that it survives the service
// worker (or Firefox's event page) being stopped: one record per tab and one
// retry stream per origin, in storage.session (memory only, gone with the
// browser session; form fields never reach the disk).

import { api } from './browser.js';

const session = api.storage.session;

let queue = Promise.resolve();

/** Runs `fn` after every earlier call has finished: handlers interleave at each await, state changes must not. */
export function serial(fn) {
    const run = queue.then(fn, fn);
    queue = run.catch((e) => console.error('gatewise:', e));
    return run;
}

const tabKey = (tabId) => `tab:${tabId}`;
const streamKey = (origin) => `stream:${origin}`;

export async function getTab(tabId) {
    return (await session.get(tabKey(tabId)))[tabKey(tabId)] ?? null;
}

export async function putTab(tabId, record) {
    await session.set({ [tabKey(tabId)]: record });
}

export async function dropTab(tabId) {
    await session.remove(tabKey(tabId));
}

export async function getStream(origin) {
    return (await session.get(streamKey(origin)))[streamKey(origin)] ?? null;
}

export async function putStream(stream) {
    await session.set({ [streamKey(stream.origin)]: stream });
}

export async function dropStream(origin) {
    await session.remove(streamKey(origin));
}

export async function allStreams() {
    const all = await session.get(null);
    return Object.entries(all).filter(([k]) => k.startsWith('stream:')).map(([, v]) => v);
}

export function originOf(url) {
    try {
        return new URL(url).origin;
    } catch {
        return '';
    }
}
