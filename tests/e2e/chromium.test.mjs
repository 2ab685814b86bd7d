// End-to-end in real Chromium (Debian's /usr/bin/chromium, headless) with
// the shipped build of the extension, with the browser's defaults (its own
// auto-reload of network-error pages on). The shared scenarios
// (scenarios.mjs), then what only Chromium has: prerendering, a service
// worker that can be stopped, and the first load of a fresh browser.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumDriver } from './drivers.mjs';
import { scenarios } from './scenarios.mjs';
import { keepScreenshot, buildExtension } from './build.mjs';
import { launchChromium, closePage } from './chromium.mjs';
import { originPool, sequence, OK_PAGE, sleep, until } from './server.mjs';
import { startRecorder } from './recorder.mjs';
import * as R from './responses.mjs';
import core from './core.mjs';

const coreLabels = () => core.explain(core.diagnose(R.asCoreInput(R.NGINX_502, 'http://x/')), null).labels;

const origin = originPool(after);
let driver;

describe('Chromium', { timeout: 400_000 }, () => {
    before(async () => {
        driver = await chromiumDriver();
    });
    after(async () => {
        await driver?.close();
    });

    scenarios(() => driver, origin);

    it('the card in dark mode', async () => {
        await driver.setOptions({ policy: R.FAST_POLICY });
        const srv = await origin({ '/': R.CLOUDFLARE_522 });
        const tab = await driver.open(srv.url('/'));
        await until(() => tab.hasCard(), { what: 'the card' });
        await tab.page.emulateMedia({ colorScheme: 'dark' });
        keepScreenshot('card-cloudflare-522-dark.png', await tab.screenshot({ card: true }), { docs: true });
        await tab.clickCard('button.stop');
        await tab.close();
    });

    it('a prerendered 502 (speculation rules) is not the tab\'s page: no badge, no card, no retry', async () => {
        await driver.setOptions({ policy: R.FAST_POLICY });
        const srv = await origin({
            '/': { status: 200, headers: { 'content-type': 'text/html' }, body: `<!doctype html><title>Home</title><script type="speculationrules">{"prerender":[{"source":"list","urls":["/next"]}]}</script><a href="/next">next</a>` },
            '/next': R.NGINX_502,
        });
        // What the browser reports of /next, kept to be shown if the test fails.
        await driver.ext.evaluate(() => {
            globalThis.seenNext = [];
            const keep = (type) => (d) => { if (d.url.endsWith('/next')) globalThis.seenNext.push({ type, tab: d.tabId, frame: d.frameId, lifecycle: d.documentLifecycle, frameType: d.frameType, error: d.error, status: d.statusCode }); };
            chrome.webRequest.onBeforeRequest.addListener(keep('request'), { urls: ['http://*/*'], types: ['main_frame'] });
            chrome.webRequest.onCompleted.addListener(keep('completed'), { urls: ['http://*/*'], types: ['main_frame'] });
            chrome.webRequest.onErrorOccurred.addListener(keep('error'), { urls: ['http://*/*'], types: ['main_frame'] });
        });
        const tab = await driver.open(srv.url('/'));
        await until(() => srv.requests.some((r) => r.path === '/next'), { what: 'the prerender' });
        await sleep(3000);
        assert.equal(await tab.title(), 'Home');
        const badge = await driver.badge(await tab.id());
        // On failure, what the engine kept (to tell which event it took for the tab's).
        assert.equal(badge, '', badge && JSON.stringify(await driver.ext.evaluate(() => globalThis.seenNext)));
        assert.equal(await tab.hasCard(), false);
        assert.equal(srv.requests.filter((r) => r.path === '/next').length, 1, 'no probe of a page nobody saw');
        await tab.close();
    });

    it('the service worker stopped mid-wait: the retry still happens', async () => {
        // No card in the page: nothing but the stored state and the alarm can bring the retry.
        const { ext } = driver;
        await driver.setOptions({ card_in_page: false, policy: { base_ms: 6000, min_delay_ms: 6000 } });
        const srv = await origin({ '/': sequence(R.NGINX_502, OK_PAGE('Survived')) });
        const tab = await driver.open(srv.url('/'));
        const tabId = await tab.id();
        await until(async () => (await driver.badge(tabId)) === '502', { what: 'the badge' });
        await ext.evaluate(() => { globalThis.beforeStop = true; });
        await ext.stopWorker();
        await until(async () => (await tab.title()) === 'Survived', { timeout: 45000, what: 'the page to come back' });
        assert.equal(await ext.evaluate(() => globalThis.beforeStop ?? false), false, 'a new worker did it');
        assert.deepEqual(srv.requests.map((r) => r.dest), ['document', 'empty', 'document']);
        assert.ok(srv.requests[1].at - srv.requests[0].at >= 6000 - 50);
        await tab.close();
    });

    it('the browser offline mid-wait: the engine pauses, says so, and resumes once back with one probe', async () => {
        // context.setOffline emulates the network's loss (DevTools network
        // conditions) in the page and in the extension's service worker.
        const { ext } = driver;
        const labels = coreLabels();
        await driver.setOptions({ policy: { base_ms: 3000, min_delay_ms: 2500 } });
        let up = false;
        const srv = await origin({ '/': () => (up ? OK_PAGE('Online again') : R.NGINX_502) });
        const tab = await driver.open(srv.url('/'));
        await until(() => tab.hasCard(), { what: 'the card' });
        await ext.context.setOffline(true);
        try {
            await until(async () => (await tab.cardText('.retry')) === labels.offline, { timeout: 20000, what: 'the card to say the browser is offline' });
            const seen = srv.requests.length;
            await sleep(6000); // two retry delays, offline
            assert.equal(srv.requests.length, seen, 'nothing left for the site while offline');
            assert.equal(await tab.cardText('.retry'), labels.offline, 'still waiting for the network');
            up = true;
        } finally {
            await ext.context.setOffline(false);
        }
        const back = Date.now();
        await until(async () => (await tab.title()) === 'Online again', { timeout: 20000, what: 'the page to come back' });
        const after = srv.requests.filter((r) => r.at >= back);
        assert.deepEqual(after.map((r) => r.dest === 'document' ? 'load' : 'probe'), ['probe', 'load'], 'one probe and one reload once online');
        assert.ok(srv.probes().length <= 2, `${srv.probes().length} probes in all`);
        await tab.close();
    });

    it('the extension turned off and on mid-wait: the new one finds the tab at start and brings it back, no storm', async () => {
        const { ext } = driver;
        const labels = coreLabels();
        await driver.setOptions({ policy: { base_ms: 5000, min_delay_ms: 5000 } });
        let up = false;
        // Down until the first probe, which finds it up.
        const srv = await origin({
            '/': (req) => {
                if (req.headers['sec-fetch-dest'] !== 'document') up = true;
                return up ? OK_PAGE('Reloaded and back') : R.NGINX_502;
            },
        });
        const tab = await driver.open(srv.url('/'));
        await until(() => tab.hasCard(), { what: 'the card' });
        await ext.evaluate(() => { globalThis.beforeReload = true; });
        const old = ext.worker();
        // Off and on again, as from the switch on chrome://extensions (its
        // page may use the management API on any extension). In this
        // headless Chromium, chrome.runtime.reload() leaves an extension
        // loaded from the command line disabled, so it cannot serve here.
        const extensions = await ext.context.newPage();
        await extensions.goto('chrome://extensions/');
        const setEnabled = (on) => extensions.evaluate(([id, on]) => new Promise((resolve, reject) => chrome.management.setEnabled(id, on, () => (chrome.runtime.lastError ? reject(new Error(chrome.runtime.lastError.message)) : resolve()))), [ext.id, on]);
        await setEnabled(false);
        await until(() => !ext.context.serviceWorkers().includes(old) || !ext.worker(), { what: 'the worker to go' });
        await setEnabled(true);
        await extensions.close();
        await until(() => ext.worker() && ext.worker() !== old, { what: 'the new worker' });
        await until(() => ext.evaluate(() => chrome.webRequest.onCompleted.hasListeners()), { what: 'the new background to listen' });
        assert.equal(await ext.evaluate(() => globalThis.beforeReload ?? false), false, 'a new worker');
        // The new background scans the open tabs, reads the error page and draws its card.
        await until(async () => new RegExp(`^(${labels.next_retry}|${labels.retrying})`).test(await tab.cardText('.retry') ?? ''), { timeout: 20000, what: 'the new card' });
        await until(async () => (await tab.title()) === 'Reloaded and back', { timeout: 30000, what: 'the page to come back' });
        assert.deepEqual(srv.requests.map((r) => r.dest === 'document' ? 'load' : 'probe'), ['load', 'probe', 'load'], 'one load, one probe, one reload');
        const badge = await driver.badge(await tab.id());
        // On failure, what the engine kept (to tell which event it took for the tab's).
        assert.equal(badge, '', badge && JSON.stringify(await driver.ext.evaluate(() => globalThis.seenNext)));
        await tab.close();
    });

    it('the service worker stopped mid-probe: the probe is asked again, the page comes back', async () => {
        const { ext } = driver;
        await driver.setOptions({ card_in_page: false, policy: { base_ms: 2000, min_delay_ms: 2000 } });
        let probes = 0;
        const srv = await origin({
            '/': async (req) => {
                if (req.headers['sec-fetch-dest'] === 'document') return probes >= 2 ? OK_PAGE('Probed twice') : R.NGINX_502;
                probes += 1;
                if (probes === 1) await sleep(6000); // the first probe hangs while the worker is stopped
                return OK_PAGE('Probed twice');
            },
        });
        const tab = await driver.open(srv.url('/'));
        await until(() => probes >= 1, { timeout: 15000, what: 'the first probe' });
        await ext.stopWorker();
        await until(async () => (await tab.title()) === 'Probed twice', { timeout: 45000, what: 'the page to come back' });
        assert.ok(probes <= 3, `${probes} probes`);
        await tab.close();
    });
});

describe('Chromium, a fresh browser', { timeout: 120_000 }, () => {
    it('an error page open before the worker is up is found at start and brought back', async () => {
        const ext = await launchChromium(buildExtension('chrome'), { wait: false });
        try {
            const srv = await origin({ '/': sequence(R.NGINX_502, R.NGINX_502, OK_PAGE('Found at start')) });
            // The first page of the profile, navigated at once, before waiting for the worker.
            const page = ext.context.pages()[0] ?? await ext.context.newPage();
            await page.goto(srv.url('/'));
            await ext.ready();
            await ext.setOptions({ policy: R.FAST_POLICY });
            await until(async () => (await page.title()) === 'Found at start', { timeout: 40000, what: 'the page to come back' });
        } finally {
            await ext.close();
        }
    });
});

describe('Chromium, every request recorded', { timeout: 120_000 }, () => {
    it('from install to recovery, with the popup and the options open, no host but the test origins is asked', async () => {
        // Every request of the browser goes through a recording proxy, the
        // loopback's too: the extension's install and start, a failure, its
        // probes and reload, the popup and the options page.
        const recorder = await startRecorder();
        const ext = await launchChromium(buildExtension('chrome'), { args: [`--proxy-server=http://127.0.0.1:${recorder.port}`, '--proxy-bypass-list=<-loopback>'] });
        try {
            await ext.setOptions({ policy: R.FAST_POLICY });
            const srv = await origin({ '/': sequence(R.NGINX_502, OK_PAGE('Recorded')), '/q': R.NGINX_502 });
            const page = await ext.context.newPage();
            await page.goto(srv.url('/'));
            const tabId = await ext.tabId(page);
            const popup = await ext.popup(tabId);
            await until(async () => (await page.title()) === 'Recorded', { timeout: 20000, what: 'the page to come back' });
            const options = await ext.context.newPage();
            await options.goto(`chrome-extension://${ext.id}/options/options.html`);
            await options.waitForSelector('body[data-ready="true"]');
            await sleep(1500);
            assert.ok(recorder.hosts.includes(`127.0.0.1:${srv.port}`), `the test origin went through the recorder: ${recorder.hosts.join(' ')}`);
            // Chromium itself asks Google's update and sign-in services even
            // with background networking off, with or without an extension;
            // those are the browser's, and nothing else may appear.
            const browsers = /^(update\.googleapis\.com|accounts\.google\.com)(:443)?$/;
            assert.deepEqual(recorder.foreign().filter((h) => !browsers.test(h)), [], 'hosts other than the test origins and the browser\'s own');
            await closePage(popup);
            await closePage(options);
        } finally {
            await ext.close();
            await recorder.close();
        }
    });
});
