// One probe: the failing URL fetched from the background, fresh from the
// server (no cache) and with the cookies the page would send. The caller
// reloads the tabs only when it answers normally, so a site that is still
// down costs one request per attempt, whatever the number of tabs.

const TIMEOUT_MS = 30_000;
const BODY_LIMIT = 256 * 1024;

async function readLimited(response) {
    if (!response.body) return new Uint8Array();
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    while (size < BODY_LIMIT) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.length;
    }
    reader.cancel().catch(() => {});
    const out = new Uint8Array(Math.min(size, BODY_LIMIT));
    let at = 0;
    for (const c of chunks) {
        const part = c.subarray(0, out.length - at);
        out.set(part, at);
        at += part.length;
    }
    return out;
}

/** The core's diagnosis of the URL now, or null when no response came at all. */
export async function probe(core, url) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    try {
        const response = await fetch(url, { cache: 'no-store', credentials: 'include', redirect: 'follow', signal: abort.signal });
        const body = core.needsBody(response.status) ? await readLimited(response) : '';
        if (!body) response.body?.cancel().catch(() => {});
        return core.diagnose({
            status: response.status,
            reason: response.statusText,
            method: 'GET',
            url,
            headers: [...response.headers].map(([name, value]) => ({ name, value })),
            body,
            now_ms: Date.now(),
        });
    } catch {
        return null;
    } finally {
        clearTimeout(timer);
    }
}

/** Whether a diagnosis is an outage worth waiting out (not a 404, not a bot check). */
export function isOutage(diagnosis) {
    return Boolean(diagnosis?.is_error) && (diagnosis.kind === 'server-error' || diagnosis.kind === 'network-failure');
}
