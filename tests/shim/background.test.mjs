// The background shim with a fake browser and the real core: what it costs
// on a normal page, how it hands a failure to the engine and carries out
// its commands, and how it answers messages it should not trust.

import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { loadBackground, EXTENSION_ID } from './fake-browser.mjs';

const NGINX_502 = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
let bg;
afterEach(() => bg?.cleanup());

function navigate(b, { tab = 1, url = 'https://shop.example/', status = 200, method = 'GET', requestId = '1', formData } = {}) {
    b.chrome.webRequest.onBeforeRequest.fire({ tabId: tab, frameId: 0, requestId, url, method, type: 'main_frame', requestBody: formData ? { formData } : undefined });
    b.chrome.webRequest.onCompleted.fire({ tabId: tab, frameId: 0, requestId, url, method, type: 'main_frame', statusCode: status, statusLine: `HTTP/1.1 ${status}`, responseHeaders: [] });
    b.chrome.tabs.onUpdated.fire(tab, { status: 'complete' }, { id: tab, url, status: 'complete' });
}

const extensionPage = () => ({ id: EXTENSION_ID, url: bg.chrome.runtime.getURL('popup/popup.html') });
const contentScript = (tab, frameId = 0) => ({ id: EXTENSION_ID, tab: { id: tab }, frameId, url: 'https://shop.example/' });

describe('the background shim', () => {
    it('costs nothing on normal navigations: no core, no storage write, no message', async () => {
        bg = await loadBackground();
        await bg.settle();
        const before = bg.calls.length;
        for (let i = 0; i < 50; i++) navigate(bg, { tab: 1 + (i % 3), url: `https://site${i}.example/`, status: i % 2 ? 200 : 301, requestId: String(i) });
        await bg.settle();
        assert.equal(bg.wasmLoads(), 0, 'the wasm core is not loaded');
        const after = bg.calls.slice(before);
        assert.deepEqual(after.filter(([name]) => name.endsWith('.set') || name.startsWith('action') || name.startsWith('scripting')), [], 'no write, no badge, no script');
        assert.equal(bg.messages.length, 0);
    });

    it('hands a 502 to the engine, reads the page, sets the badge, shows the card and schedules a wake-up', async () => {
        bg = await loadBackground({ pages: { 7: NGINX_502 }, tabs: [{ id: 7, url: 'https://shop.example/' }] });
        navigate(bg, { tab: 7, status: 502 });
        await bg.settle(300);
        assert.equal(bg.wasmLoads(), 1);
        const names = bg.calls.map((c) => c.slice(0, 3).join(' '));
        assert.ok(names.includes('scripting.executeScript 7 func'), 'the page is read');
        assert.ok(names.includes('action.setBadgeText 7 502'), names.join('\n'));
        assert.ok(names.includes('scripting.executeScript 7 content/card-global.js,content/card-page.js'), 'the card');
        assert.ok(bg.calls.some(([n, name]) => n === 'alarms.create' && name === 'gatewise-wake'));
        assert.ok(bg.session.engine, 'the engine state is saved');
        assert.deepEqual(bg.session.tracked, [7]);
        // The card's content script gets its card; the popup gets it for a tab it names.
        const card = await bg.ask({ type: 'card:get' }, contentScript(7));
        assert.equal(card.card.code, 502);
        assert.equal(card.retry.state, 'waiting');
        const popup = await bg.ask({ type: 'popup:get', tabId: 7 }, extensionPage());
        assert.equal(popup.url, 'https://shop.example/');
    });

    it('refuses foreign and malformed messages, and content scripts speaking for other tabs', async () => {
        bg = await loadBackground({ pages: { 7: NGINX_502 }, tabs: [{ id: 7, url: 'https://shop.example/' }] });
        navigate(bg, { tab: 7, status: 502 });
        await bg.settle(300);
        const refused = [
            [{ type: 'card:get' }, { id: 'another-extension', tab: { id: 7 }, frameId: 0, url: 'https://shop.example/' }],
            [{ type: 'card:get' }, contentScript(7, 3)],
            [{ type: 'popup:get', tabId: 7 }, contentScript(9)],
            [{ type: 'card:action', action: 'stop', tabId: 7 }, contentScript(9)],
            [{ type: 'card:action', action: 'explode' }, contentScript(7)],
            [{ type: 'card:get', extra: true }, contentScript(7)],
            [{ type: '__proto__' }, contentScript(7)],
            [{ type: 'history:forget-all' }, contentScript(7)],
            [{ type: 'popup:get', tabId: '7' }, extensionPage()],
            [null, contentScript(7)],
            ['card:get', contentScript(7)],
        ];
        for (const [msg, sender] of refused) {
            assert.equal(await bg.ask(msg, sender) ?? null, null, JSON.stringify(msg));
        }
        // None of them stopped the retries.
        const card = await bg.ask({ type: 'card:get' }, contentScript(7));
        assert.equal(card.retry.state, 'waiting');
        // A card asked for by another document of the tab gets nothing.
        assert.equal(await bg.ask({ type: 'card:get' }, { ...contentScript(7), url: 'https://shop.example/elsewhere' }), null);
    });

    it('a 404 is judged and let go; the tab is not followed', async () => {
        bg = await loadBackground();
        navigate(bg, { tab: 3, url: 'https://shop.example/missing', status: 404 });
        await bg.settle(300);
        assert.deepEqual(bg.session.tracked ?? [], []);
        assert.ok(!bg.calls.some(([n]) => n === 'scripting.executeScript'));
    });

    it('a fresh session looks at the open tabs, and finds one showing an error', async () => {
        bg = await loadBackground({
            tabs: [{ id: 4, url: 'https://down.example/', title: '502 Bad Gateway', status: 'complete' }, { id: 5, url: 'https://news.example/', title: 'News', status: 'complete' }],
            pages: { 4: NGINX_502 },
        });
        await bg.settle(400);
        const names = bg.calls.map((c) => c.slice(0, 3).join(' '));
        assert.ok(names.includes('action.setBadgeText 4 502'), names.join('\n'));
        assert.ok(!names.some((n) => n.startsWith('scripting.executeScript 5')), 'the ordinary tab is not read');
    });

    it('asks the browser for no form content when "offer to send a form again" is off', async () => {
        bg = await loadBackground({ local: { options: { offer_resend: false } } });
        await bg.settle();
        assert.deepEqual(bg.chrome.webRequest.onBeforeRequest.specs(), [[]]);
        bg.cleanup();
        bg = await loadBackground();
        await bg.settle();
        assert.deepEqual(bg.chrome.webRequest.onBeforeRequest.specs(), [['requestBody']]);
    });

    it('a tab of a private window leaves no history', async () => {
        bg = await loadBackground({ pages: { 8: NGINX_502 }, tabs: [{ id: 8, url: 'https://shop.example/', incognito: true }] });
        navigate(bg, { tab: 8, status: 502 });
        await bg.settle(300);
        assert.ok(bg.calls.some((c) => c[0] === 'action.setBadgeText' && c[2] === '502'), 'the failure is shown');
        assert.equal(bg.local.history, undefined, 'nothing written');
    });
});

describe('the visitor\'s connection', () => {
    const fail = (b, tab, url, error) => {
        b.chrome.webRequest.onBeforeRequest.fire({ tabId: tab, frameId: 0, requestId: `f${tab}`, url, method: 'GET', type: 'main_frame' });
        b.chrome.webRequest.onErrorOccurred.fire({ tabId: tab, frameId: 0, requestId: `f${tab}`, url, method: 'GET', type: 'main_frame', error });
    };
    const headline = async (tab, url) => (await bg.ask({ type: 'card:get' }, { ...contentScript(tab), url }))?.card?.headline ?? '';

    it('hands Firefox\'s captive-portal state to the engine: the card says "your network" until it is cleared', async () => {
        bg = await loadBackground({ captivePortal: true, tabs: [{ id: 7, url: 'https://shop.example/' }] });
        assert.ok(bg.chrome.captivePortal.onStateChanged.hasListeners(), 'the background listens to the captive portal');
        fail(bg, 7, 'https://shop.example/', 'NS_ERROR_CONNECTION_REFUSED');
        await bg.until(() => bg.calls.some(([n, tab]) => n === 'action.setBadgeText' && tab === 7), 'the badge');
        assert.match(await headline(7, 'https://shop.example/'), /^The site's server refused/);
        bg.chrome.captivePortal.onStateChanged.fire({ state: 'locked_portal' });
        await bg.until(async () => (await headline(7, 'https://shop.example/')).startsWith('Your network wants you to sign in'), 'the portal card');
        bg.chrome.captivePortal.onStateChanged.fire({ state: 'unlocked_portal' });
        await bg.until(async () => (await headline(7, 'https://shop.example/')).startsWith('The site\'s server refused'), 'the site\'s card again');
    });

    it('without the API (Chromium) nothing is registered and nothing breaks', async () => {
        bg = await loadBackground();
        assert.equal(bg.chrome.captivePortal, undefined);
        fail(bg, 3, 'https://shop.example/', 'net::ERR_CONNECTION_REFUSED');
        await bg.until(() => bg.calls.some(([n, tab]) => n === 'action.setBadgeText' && tab === 3), 'the badge');
    });

    it('three unrelated sites failing: "your connection"; a page of another site loading ends it', async () => {
        const urls = { 1: 'https://shop.example/', 2: 'https://news.example.org/', 3: 'http://mail.example.net/' };
        bg = await loadBackground({ tabs: Object.entries(urls).map(([id, url]) => ({ id: Number(id), url })) });
        fail(bg, 1, urls[1], 'net::ERR_NAME_NOT_RESOLVED');
        fail(bg, 2, urls[2], 'net::ERR_CONNECTION_TIMED_OUT');
        fail(bg, 3, urls[3], 'net::ERR_NAME_NOT_RESOLVED');
        await bg.until(async () => (await headline(1, urls[1])).startsWith('Your connection seems to be failing'), 'the connection card');
        // An ordinary page of a tab the engine does not follow: handed over only now, as "site-ok".
        navigate(bg, { tab: 9, url: 'https://weather.example.com/', status: 200, requestId: 'ok' });
        await bg.until(async () => !(await headline(1, urls[1])).startsWith('Your connection'), 'the judgement to end');
        assert.match(await headline(1, urls[1]), /name lookup/);
    });
});
