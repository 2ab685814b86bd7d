// A flaky origin for the e2e tests: a local HTTP server on 127.0.0.1 (a
// random port) that answers each path from a script of responses and
// records every request it sees (method, path, time, and whether the
// browser sent it as a page load or as a fetch: Sec-Fetch-Dest).

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
// The shared corpus sits beside the repository (../shared), as in CI.
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'public');

/** A real vendor page (corpus) or capture (tests/fixtures/captured). */
export function page(name) {
    const candidates = [path.join(ROOT, 'tests/fixtures/captured', name), path.join(CORPUS, name)];
    const file = candidates.find((f) => fs.existsSync(f));
    if (!file) throw new Error(`no fixture ${name}`);
    return fs.readFileSync(file, 'utf8');
}

export const OK_PAGE = (title = 'All good') => ({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html><head><title>${title}</title></head><body><h1 id="ok">${title}</h1><p>The site works.</p></body></html>`,
});

/** Answers from `responses` in turn; the last one repeats. */
export function sequence(...responses) {
    let i = 0;
    return () => responses[Math.min(i++, responses.length - 1)];
}

/** Starts a server. `routes`: { '/path': response | (request, record) => response or a promise of one }. */
export async function startServer(routes = {}, { port = 0 } = {}) {
    const requests = [];
    const server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c) => { body += c; });
        req.on('end', () => {
            const url = new URL(req.url, 'http://x');
            const record = {
                method: req.method,
                path: url.pathname,
                query: url.search,
                at: Date.now(),
                dest: req.headers['sec-fetch-dest'] ?? null,
                mode: req.headers['sec-fetch-mode'] ?? null,
                body,
            };
            if (url.pathname === '/favicon.ico') {
                res.writeHead(404).end();
                return;
            }
            requests.push(record);
            // When the exchange ended, answered or cut by either side.
            res.on('close', () => { record.endedAt = Date.now(); });
            const route = routes[url.pathname] ?? routes['*'];
            // A route may answer later (a slow or hanging upstream).
            Promise.resolve(typeof route === 'function' ? route(req, record) : route).then((answer) => {
                if (res.destroyed) return;
                if (!answer) {
                    res.writeHead(404, { 'content-type': 'text/plain' }).end('no route');
                    return;
                }
                res.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers });
                if (answer.stream) answer.stream(res, record);
                else res.end(answer.body ?? '');
            });
        });
    });
    server.keepAliveTimeout = 1000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
    });
    const actual = server.address().port;
    return {
        server,
        port: actual,
        origin: `http://127.0.0.1:${actual}`,
        url: (p = '/') => `http://127.0.0.1:${actual}${p}`,
        requests,
        /** Page loads (navigations) and probes (the extension's fetches), apart. */
        loads: (p) => requests.filter((r) => r.dest === 'document' && (!p || r.path === p)),
        probes: (p) => requests.filter((r) => r.dest !== 'document' && (!p || r.path === p)),
        routes,
        close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
    };
}

/**
 * A response whose body is `head` then `size` bytes of `filler` in chunks,
 * written as fast as the reader takes them. `record.sent` counts the bytes
 * the server handed to the socket and `record.closed` says when it ended
 * (`'done'`, or `'cut'` when the reader hung up first).
 */
export function bigResponse(status, headers, head, size, filler = ' ') {
    const chunk = Buffer.alloc(64 * 1024, filler);
    return {
        status,
        headers,
        stream(res, record) {
            record.sent = 0;
            res.on('close', () => { record.closed ??= res.writableFinished ? 'done' : 'cut'; });
            const pump = () => {
                while (!res.destroyed && record.sent < size) {
                    const part = record.sent === 0 ? Buffer.concat([Buffer.from(head), chunk]) : chunk;
                    record.sent += part.length;
                    if (!res.write(part)) return res.once('drain', pump);
                }
                if (!res.destroyed) res.end();
            };
            pump();
        },
    };
}

/** A port with nothing listening (for "connection refused"), free a moment ago. */
export async function freePort() {
    const s = http.createServer();
    await new Promise((r) => s.listen(0, '127.0.0.1', r));
    const { port } = s.address();
    await new Promise((r) => s.close(r));
    return port;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value (returned), or fails after `timeout` ms. */
export async function until(fn, { timeout = 15000, every = 100, what = 'condition' } = {}) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
        try {
            last = await fn();
            if (last) return last;
        } catch (e) {
            last = e;
        }
        await sleep(every);
    }
    throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/**
 * The origins a test file starts: `const origin = originPool(after)`, then
 * `await origin(routes)`; every one is closed when the file's tests end.
 */
export function originPool(after) {
    const servers = [];
    after(() => Promise.all(servers.map((s) => s.close())));
    return async (routes, opts) => {
        const s = await startServer(routes, opts);
        servers.push(s);
        return s;
    };
}
