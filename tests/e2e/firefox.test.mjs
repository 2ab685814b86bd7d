// End-to-end, in real Firefox ESR (headless, geckodriver), with the test
// build of the extension (the shipped code plus extension/test/: a bridge
// for what WebDriver cannot reach). The same scenarios as Chromium's, with
// the texts expected from the core itself.
//
// The "service worker stopped mid-wait" scenario, in Firefox: there is no
// background service worker (MV3 runs an event page) and WebDriver cannot
// stop one, so a second Firefox runs with the event page's idle timeout at
// 1 s (extensions.background.idle.timeout): Firefox suspends it during the
// wait, as it does after 30 s for real, and the test checks that a new
// instance (a marker set before is gone) made the retry.
// Firefox differences the tests assert instead of hiding:
// - a 5xx with an empty body is a blank page in Firefox, not a browser error
//   page: the card is in the page (Chromium: only in the popup).
// - headless Firefox has no notification service: the notification is
//   created and closed at once, so the test reads the browser's
//   notifications.onClosed event for it rather than getAll().

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import core from './core.mjs';
import { buildExtension, keepScreenshot } from './build.mjs';
import { launchFirefox } from './firefox.mjs';
import { originPool, sequence, OK_PAGE, freePort, sleep, until } from './server.mjs';
import * as R from './responses.mjs';

const FAST = R.FAST_POLICY;
const labels = core.explain(core.diagnose(R.asCoreInput(R.NGINX_502, 'http://x/')), null).labels;
const origin = originPool(after);

let ff;

describe('Firefox', { timeout: 300_000 }, () => {
    before(async () => {
        ff = await launchFirefox(buildExtension('firefox', { test: true }));
    });
    after(async () => {
        await ff?.close();
    });

    it('nginx 502 that recovers after two failures: card, countdown, comes back alone, notifies', async () => {
        await ff.setOptions({ policy: FAST });
        const srv = await origin({ '/': sequence(R.NGINX_502, R.NGINX_502, OK_PAGE('Back again')) });
        const tab = await ff.openTab(srv.url('/'));
        await until(() => ff.hasCard(), { what: 'the card' });
        const expected = core.explain(core.diagnose(R.asCoreInput(R.NGINX_502, srv.url('/'))), null);
        assert.equal(await ff.cardText('h2'), expected.headline);
        assert.equal(await ff.cardText('.fault'), expected.fault_text);
        assert.match(await ff.cardText('.retry'), new RegExp(`^${labels.next_retry} 0:0\\d`));
        keepScreenshot('firefox-card-nginx-502.png', await ff.screenshot('gatewise-card'));
        await until(async () => (await ff.title()) === 'Back again', { timeout: 20000, what: 'the page to come back' });
        assert.equal(await ff.hasCard(), false);
        assert.deepEqual(srv.requests.map((r) => `${r.method} ${r.dest}`), ['GET document', 'GET empty', 'GET empty', 'GET document']);
        const [load, probe1, probe2] = srv.requests;
        assert.ok(probe1.at - load.at >= FAST.min_delay_ms - 50 && probe2.at - probe1.at >= FAST.min_delay_ms - 50);
        const events = await until(async () => {
            const seen = await ff.ask('test:notification-events');
            return seen.some((e) => e.endsWith(`:back:${srv.origin}`)) && seen;
        }, { what: 'the "site is back" notification' });
        assert.ok(events.length > 0);
        await ff.closeTab(tab);
    });

    it('503 with Retry-After: 5 is not asked again before 5 s', async () => {
        await ff.setOptions({ policy: FAST });
        const srv = await origin({ '/': sequence(R.RETRY_AFTER_503, OK_PAGE('Maintenance over')) });
        const tab = await ff.openTab(srv.url('/'));
        await until(() => ff.hasCard(), { what: 'the card' });
        await until(async () => (await ff.title()) === 'Maintenance over', { timeout: 20000, what: 'the page to come back' });
        const [first, second] = srv.requests;
        assert.ok(second.at - first.at >= 5000, `asked again after ${second.at - first.at} ms`);
        await ff.closeTab(tab);
    });

    it('Cloudflare 522: the card names Cloudflare and blames the origin', async () => {
        await ff.setOptions({ policy: FAST });
        const srv = await origin({ '/': R.CLOUDFLARE_522 });
        const tab = await ff.openTab(srv.url('/'));
        await until(() => ff.hasCard(), { what: 'the card' });
        const expected = core.explain(core.diagnose(R.asCoreInput(R.CLOUDFLARE_522, srv.url('/'))), null);
        assert.equal(await ff.cardText('h2'), expected.headline);
        assert.match(await ff.cardText('.vendor'), /Cloudflare/);
        assert.equal(await ff.cardText('[data-hop="edge"] .hop-label'), 'Cloudflare');
        assert.equal(await ff.run('return document.querySelector("gatewise-card").shadowRoot.querySelector("[data-hop=origin]").dataset.state;'), 'failed');
        keepScreenshot('firefox-card-cloudflare-522.png', await ff.screenshot('gatewise-card'));
        await ff.clickCard('button.stop');
        await ff.closeTab(tab);
    });

    it("Google's 502 page", async () => {
        await ff.setOptions({ policy: FAST });
        const srv = await origin({ '/': R.GOOGLE_502 });
        const tab = await ff.openTab(srv.url('/'));
        await until(() => ff.hasCard(), { what: 'the card' });
        const expected = core.explain(core.diagnose(R.asCoreInput(R.GOOGLE_502, srv.url('/'))), null);
        assert.equal(await ff.cardText('h2'), expected.headline);
        assert.equal(await ff.cardText('.vendor'), expected.vendor_line);
        await ff.clickCard('button.stop');
        await ff.closeTab(tab);
    });

    it('502 with an empty body: badge, popup card, and (Firefox shows a blank page) the card in the page', async () => {
        await ff.setOptions({ policy: { base_ms: 4000, min_delay_ms: 3000 } });
        const srv = await origin({ '/': sequence(R.EMPTY_502, OK_PAGE('Recovered')) });
        const tab = await ff.openTab(srv.url('/'));
        const tabId = await ff.tabId(srv.url('/'));
        await until(async () => (await ff.badge(tabId)) === '502', { what: 'the badge' });
        const expected = core.explain(core.diagnose(R.asCoreInput(R.EMPTY_502, srv.url('/'))), null);
        await until(() => ff.hasCard(), { what: 'the card in the blank page' });
        assert.equal(await ff.cardText('h2'), expected.headline);
        const popup = await ff.openExtensionPage(`popup/popup.html?tab=${tabId}`);
        assert.equal(await ff.cardText('h2'), expected.headline);
        assert.equal(await ff.run('return document.getElementById("archive").href;'), `https://web.archive.org/web/2/${srv.url('/')}`);
        keepScreenshot('firefox-popup-502-empty.png', await ff.screenshot());
        await ff.closeTab(popup);
        await ff.switchTo(tab);
        await until(async () => (await ff.title()) === 'Recovered', { timeout: 20000, what: 'the page to come back' });
        await until(async () => (await ff.badge(tabId)) === '', { what: 'the badge to clear' });
        await ff.closeTab(tab);
    });

    it('connection refused (nothing listening), then the server starts', async () => {
        await ff.setOptions({ policy: FAST });
        const port = await freePort();
        const url = `http://127.0.0.1:${port}/`;
        const tab = await ff.openTab(url);
        const tabId = await ff.tabId(url);
        await until(async () => (await ff.badge(tabId)) === 'ERR', { what: 'the badge' });
        const popup = await ff.openExtensionPage(`popup/popup.html?tab=${tabId}`);
        const expected = core.explain(core.diagnoseNetwork('NS_ERROR_CONNECTION_REFUSED', 'GET', url), null);
        assert.equal(await ff.cardText('h2'), expected.headline);
        await ff.closeTab(popup);
        const srv = await origin({ '/': OK_PAGE('Listening now') }, { port });
        await ff.switchTo(tab);
        await until(async () => (await ff.title()) === 'Listening now', { timeout: 30000, what: 'the page to come back' });
        assert.ok(srv.probes().length >= 1 && srv.probes()[0].at <= srv.loads()[0].at, 'a probe came first');
        await ff.closeTab(tab);
    });

    it('a POST answered with 502 is never sent again by itself; a button offers it', async () => {
        await ff.setOptions({ policy: FAST });
        let posts = 0;
        const srv = await origin({
            '/form': R.FORM_PAGE,
            '/submit': (req) => (req.method === 'POST' && ++posts === 1 ? R.NGINX_502 : OK_PAGE('Thanks')),
        });
        const tab = await ff.openTab(srv.url('/form'));
        const send = await ff.wd('POST', '/element', { using: 'css selector', value: '#send' });
        await ff.wd('POST', `/element/${Object.values(send)[0]}/click`, {});
        await until(() => ff.hasCard(), { what: 'the card' });
        assert.equal(await ff.cardText('.retry'), labels.not_resent);
        await sleep(3500);
        const submits = () => srv.requests.filter((r) => r.path === '/submit');
        assert.deepEqual(submits().map((r) => r.method), ['POST'], 'no resubmission, no probe');
        await ff.clickCard('button.resend');
        await until(async () => (await ff.title()) === 'Thanks', { what: 'the form to be sent again' });
        const fields = (r) => [...new URLSearchParams(r.body)].sort().join('&');
        assert.deepEqual(submits().map((r) => r.method), ['POST', 'POST']);
        assert.equal(fields(submits()[1]), fields(submits()[0]));
        await ff.closeTab(tab);
    });

    it('a 404 and an article about 502 served with 200: no card, no retry', async () => {
        await ff.setOptions({ policy: FAST });
        const srv = await origin({ '/missing': R.NOT_FOUND_404, '/article': R.ARTICLE_200 });
        const tab = await ff.openTab();
        for (const path of ['/missing', '/article']) {
            await ff.goto(srv.url(path));
            const tabId = await ff.tabId(srv.url(path));
            await until(async () => srv.requests.some((r) => r.path === path), { what: `the load of ${path}` });
            await sleep(2500);
            assert.equal(await ff.hasCard(), false);
            assert.equal(await ff.badge(tabId), '');
        }
        assert.deepEqual(srv.requests.map((r) => r.path), ['/missing', '/article']);
        await ff.closeTab(tab);
    });

    it('a Cloudflare challenge is never retried', async () => {
        await ff.setOptions({ policy: FAST });
        const srv = await origin({ '/': R.CHALLENGE_403 });
        const tab = await ff.openTab(srv.url('/'));
        const tabId = await until(async () => (await ff.ask('test:tabs')).find((t) => t.url?.startsWith(srv.url('/')))?.id, { what: 'the tab' });
        await sleep(3000);
        assert.equal(await ff.hasCard(), false);
        assert.equal(srv.requests.filter((r) => r.path === '/').length, 1);
        await ff.closeTab(tab);
    });

    it('ten tabs on one failing origin share the probes of one tab, then all reload', async () => {
        await ff.setOptions({ policy: { base_ms: 3500, min_delay_ms: 3000 } });
        let probes = 0;
        const srv = await origin({
            '/t': (req) => {
                if (req.headers['sec-fetch-dest'] !== 'document') probes += 1;
                return probes >= 3 ? OK_PAGE('Ten are back') : R.NGINX_502;
            },
        });
        const tabs = [];
        for (let i = 0; i < 10; i++) tabs.push(await ff.openTab(srv.url(`/t?tab=${i}`)));
        for (const tab of tabs) {
            await ff.switchTo(tab);
            await until(async () => (await ff.title()) === 'Ten are back', { timeout: 60000, what: 'every tab to come back' });
        }
        assert.equal(srv.probes().length, 3, 'the probes of one tab (two failed, one answered)');
        const probeTimes = srv.probes().map((r) => r.at);
        assert.equal(srv.loads().filter((r) => r.at > probeTimes[2]).length, 10, 'all ten reloaded once the site answered');
        for (const tab of tabs) await ff.closeTab(tab);
    });

    it('Stop: no more requests', async () => {
        await ff.setOptions({ policy: FAST });
        const srv = await origin({ '/': R.NGINX_502 });
        const tab = await ff.openTab(srv.url('/'));
        await until(() => ff.hasCard(), { what: 'the card' });
        await ff.clickCard('button.stop');
        await until(async () => (await ff.cardText('.retry')) === labels.gave_up, { what: 'the stopped state' });
        const count = srv.requests.length;
        await sleep(5000);
        assert.equal(srv.requests.length, count, 'nothing after Stop');
        await ff.closeTab(tab);
    });

    it('the options page', async () => {
        await ff.setOptions({});
        const page = await ff.openExtensionPage('options/options.html');
        const checked = await ff.run('return [...document.querySelectorAll("input[name=code]:checked")].map((b) => Number(b.value));');
        assert.deepEqual(checked, core.defaultPolicy().codes);
        keepScreenshot('firefox-options.png', await ff.screenshot());
        await ff.closeTab(page);
    });
});

describe('Firefox, the background suspended mid-wait', { timeout: 120_000 }, () => {
    let idle;
    before(async () => {
        idle = await launchFirefox(buildExtension('firefox', { test: true }), { prefs: { 'extensions.background.idle.timeout': 1000 } });
    });
    after(async () => {
        await idle?.close();
    });

    it('the event page suspended mid-wait: the retry still happens', async () => {
        // No card in the page: nothing but the stored state and the alarm can bring the retry.
        await idle.setOptions({ card_in_page: false, policy: { base_ms: 8000, min_delay_ms: 8000 } });
        const srv = await origin({ '/': sequence(R.NGINX_502, OK_PAGE('Survived')) });
        const tab = await idle.openTab(srv.url('/'));
        const tabId = await idle.tabId(srv.url('/'));
        await until(async () => (await idle.badge(tabId)) === '502', { what: 'the badge' });
        await idle.ask('test:mark');
        await sleep(4000); // idle: Firefox suspends the event page after 1 s
        await idle.switchTo(tab);
        await until(async () => (await idle.title()) === 'Survived', { timeout: 40000, what: 'the page to come back' });
        assert.equal(await idle.ask('test:marked'), false, 'a new instance of the background did it');
        // With a 1 s idle timeout Firefox may suspend the event page while
        // its probe is out (a fetch does not keep it awake); the engine then
        // asks again once, as it must for a worker stopped mid-probe.
        const dests = srv.requests.map((r) => r.dest);
        assert.ok(['document,empty,document', 'document,empty,empty,document'].includes(dests.join()), dests.join());
        assert.ok(srv.requests[1].at - srv.requests[0].at >= 8000 - 50);
    });
});
