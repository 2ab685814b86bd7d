// The background shim, for the keyboard shortcuts and "Down for everyone?":
// a fake browser, the real core, and a real local HTTP server standing in
// for the status pages.

import { describe, it, afterEach, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { loadBackground, EXTENSION_ID } from './fake-browser.mjs';

const NGINX_502 = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
let bg;
afterEach(() => bg?.cleanup());

function fail(b, tab, url) {
    b.chrome.webRequest.onBeforeRequest.fire({ tabId: tab, frameId: 0, requestId: '1', url, method: 'GET', type: 'main_frame' });
    b.chrome.webRequest.onCompleted.fire({ tabId: tab, frameId: 0, requestId: '1', url, method: 'GET', type: 'main_frame', statusCode: 502, statusLine: 'HTTP/1.1 502', responseHeaders: [] });
    b.chrome.tabs.onUpdated.fire(tab, { status: 'complete' }, { id: tab, url, status: 'complete' });
}

const popupSender = () => ({ id: EXTENSION_ID, url: bg.chrome.runtime.getURL('popup/popup.html') });
const cardSender = (tab, url) => ({ id: EXTENSION_ID, tab: { id: tab }, frameId: 0, url });

async function until(fn, what) {
    for (let i = 0; i < 200; i++) {
        const v = await fn();
        if (v) return v;
        await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timed out waiting for ${what}`);
}

describe('keyboard shortcuts', () => {
    it('"stop" on the current tab stops its retries, as the card\'s button does', async () => {
        bg = await loadBackground({ pages: { 7: NGINX_502 }, tabs: [{ id: 7, url: 'https://shop.example/', active: true }] });
        fail(bg, 7, 'https://shop.example/');
        await bg.settle(300);
        assert.equal((await bg.ask({ type: 'popup:get', tabId: 7 }, popupSender())).retry.state, 'waiting');
        bg.chrome.commands.onCommand.fire('stop');
        await until(async () => (await bg.ask({ type: 'popup:get', tabId: 7 }, popupSender())).retry?.state === 'stopped', 'the stop');
    });

    it('"retry-now" on the current tab probes at once', async () => {
        // A first wait of ten minutes: only the shortcut can bring the probe within the test.
        const slow = { policy: { base_ms: 600_000, min_delay_ms: 600_000, cap_ms: 600_000 } };
        bg = await loadBackground({ pages: { 7: NGINX_502 }, tabs: [{ id: 7, url: 'http://127.0.0.1:9/', active: true }], local: { options: slow } });
        fail(bg, 7, 'http://127.0.0.1:9/');
        await bg.settle(300);
        const before = bg.calls.filter(([n, url]) => n === 'fetch' && url.startsWith('http://127.0.0.1:9/')).length;
        assert.equal(before, 0, 'no probe yet: the first wait is not over');
        assert.ok((await bg.ask({ type: 'popup:get', tabId: 7 }, popupSender())).retry.at_ms > Date.now() + 500_000, 'a long wait');
        bg.chrome.commands.onCommand.fire('retry-now');
        await until(() => bg.calls.some(([n, url]) => n === 'fetch' && url.startsWith('http://127.0.0.1:9/')), 'the probe');
    });

    it('an unknown command does nothing', async () => {
        bg = await loadBackground({ pages: { 7: NGINX_502 }, tabs: [{ id: 7, url: 'https://shop.example/', active: true }] });
        fail(bg, 7, 'https://shop.example/');
        await bg.settle(300);
        const before = bg.calls.length;
        bg.chrome.commands.onCommand.fire('resend');
        bg.chrome.commands.onCommand.fire('_execute_action');
        await bg.settle(100);
        assert.deepEqual(bg.calls.slice(before).filter(([n]) => n === 'fetch' || n === 'tabs.reload'), []);
    });
});

describe('Down for everyone? (shim)', () => {
    let server;
    let port;
    const seen = [];
    let answer = () => ({ status: 200, body: JSON.stringify({ page: { name: 'Example' }, status: { indicator: 'major', description: 'Partial System Outage' } }) });
    before(async () => {
        server = http.createServer((req, res) => {
            seen.push({ url: req.url, cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null });
            const a = answer(req);
            res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.body);
        });
        await new Promise((r) => server.listen(0, '127.0.0.1', r));
        port = server.address().port;
    });
    after(() => new Promise((r) => server.close(r)));

    it('asks nothing by itself; on request, asks the site\'s status page once, sends no cookie, and caches the answer', async () => {
        bg = await loadBackground({ pages: { 7: NGINX_502 }, tabs: [{ id: 7, url: 'https://shop.example.com/', active: true }] });
        globalThis.gatewiseStatusBases = { site: `http://127.0.0.1:${port}/{domain}/api/v2/status.json` };
        try {
            fail(bg, 7, 'https://shop.example.com/');
            await bg.settle(300);
            assert.equal(seen.length, 0, 'nothing asked before the click');
            const popup = await bg.ask({ type: 'popup:get', tabId: 7 }, popupSender());
            assert.deepEqual(popup.status_origins, [`http://127.0.0.1:${port}/*`]);
            const report = await bg.ask({ type: 'card:status' }, cardSender(7, 'https://shop.example.com/'));
            assert.equal(report.lines.length, 1);
            assert.match(report.lines[0].text, /^status\.example\.com says: Partial System Outage, checked \d\d:\d\d$/);
            assert.equal(report.lines[0].state, 'outage');
            assert.equal(report.summary, 'Not just you: status.example.com reports an outage.');
            assert.deepEqual(seen.map((s) => s.url), ['/example.com/api/v2/status.json'], 'only the domain is sent');
            assert.equal(seen[0].cookie, null);
            // A second click within the cache time asks nothing.
            const again = await bg.ask({ type: 'card:status', tabId: 7 }, popupSender());
            assert.equal(again.lines[0].text, report.lines[0].text);
            assert.equal(seen.length, 1);
        } finally {
            delete globalThis.gatewiseStatusBases;
        }
    });

    it('a garbage answer is "no readable answer"; a status host not allowed is not asked', async () => {
        seen.length = 0;
        answer = () => ({ status: 200, body: '<html>hello</html>'.repeat(100_000) });
        bg = await loadBackground({ pages: { 7: NGINX_502 }, tabs: [{ id: 7, url: 'https://www.other.example.org/', active: true }] });
        globalThis.gatewiseStatusBases = { site: `http://127.0.0.1:${port}/{domain}/api/v2/status.json` };
        try {
            fail(bg, 7, 'https://www.other.example.org/');
            await bg.settle(300);
            const report = await bg.ask({ type: 'card:status' }, cardSender(7, 'https://www.other.example.org/'));
            assert.equal(report.lines[0].state, 'unknown');
            assert.equal(report.summary, 'No status page gave a readable answer.');
            bg.cleanup();
            seen.length = 0;
            bg = await loadBackground({ pages: { 8: NGINX_502 }, tabs: [{ id: 8, url: 'https://a.example.net/', active: true }], permitted: false });
            fail(bg, 8, 'https://a.example.net/');
            await bg.settle(300);
            const refused = await bg.ask({ type: 'card:status' }, cardSender(8, 'https://a.example.net/'));
            assert.equal(refused.lines[0].state, 'unknown');
            assert.equal(seen.length, 0, 'nothing asked without the permission');
        } finally {
            delete globalThis.gatewiseStatusBases;
        }
    });

    it('a content script cannot ask about another tab', async () => {
        bg = await loadBackground({ pages: { 7: NGINX_502 }, tabs: [{ id: 7, url: 'https://shop.example.com/' }] });
        fail(bg, 7, 'https://shop.example.com/');
        await bg.settle(300);
        assert.equal(await bg.ask({ type: 'card:status', tabId: 7 }, cardSender(9, 'https://evil.example/')), null);
        assert.equal(await bg.ask({ type: 'card:status', extra: 1 }, cardSender(7, 'https://shop.example.com/')), null);
    });
});
