// End-to-end, in real Chromium (Debian's /usr/bin/chromium, headless) with
// the shipped build of the extension (dist/chrome, built fresh into a
// temporary directory). Every scenario has its own flaky origin (its own
// port), and asserts on what the server saw and what the page and popup show.
// The texts expected come from the core itself (dist/pkg), never from here.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import core from './core.mjs';
import { buildExtension, keepScreenshot } from './build.mjs';
import { launchChromium, cardText } from './chromium.mjs';
import { originPool, sequence, OK_PAGE, freePort, sleep, until } from './server.mjs';
import * as R from './responses.mjs';

const FAST = R.FAST_POLICY;
const labels = core.explain(core.diagnose(R.asCoreInput(R.NGINX_502, 'http://x/')), null).labels;
const origin = originPool(after);

let ext;

const title = (page) => page.title().catch(() => '');
const hasCard = (page) => page.evaluate(() => Boolean(document.querySelector('gatewise-card')?.shadowRoot?.querySelector('.card')));
const card = (page) => page.locator('gatewise-card');

describe('Chromium', { timeout: 300_000 }, () => {
    before(async () => {
        ext = await launchChromium(buildExtension('chrome'));
    });
    after(async () => {
        await ext?.close();
    });

    it('nginx 502 that recovers after two failures: card, countdown, comes back alone, notifies', async () => {
        await ext.setOptions({ policy: FAST });
        const srv = await origin({ '/': sequence(R.NGINX_502, R.NGINX_502, OK_PAGE('Back again')) });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/'));
        await until(() => hasCard(page), { what: 'the card' });

        const expected = core.explain(core.diagnose(R.asCoreInput(R.NGINX_502, srv.url('/'))), null);
        assert.equal(await cardText(page, 'h2'), expected.headline);
        assert.equal(await cardText(page, '.fault'), expected.fault_text);
        assert.equal(await card(page).locator('[data-hop="origin"]').getAttribute('data-state'), 'failed');
        const countdown = await cardText(page, '.retry');
        assert.match(countdown, new RegExp(`^${labels.next_retry} 0:0\\d`), countdown);
        await card(page).locator('button.toggle').click();
        assert.ok((await cardText(page, '.steps')).includes(expected.visitor_steps[0].title));
        keepScreenshot('chromium-card-nginx-502.png', await card(page).screenshot());

        await until(async () => (await title(page)) === 'Back again', { timeout: 20000, what: 'the page to come back' });
        assert.equal(await hasCard(page), false);
        const seen = srv.requests.map((r) => `${r.method} ${r.dest}`);
        assert.deepEqual(seen, ['GET document', 'GET empty', 'GET empty', 'GET document'], 'one load, two probes, one reload');
        const [load, probe1, probe2] = srv.requests;
        assert.ok(probe1.at - load.at >= FAST.min_delay_ms - 50, `first probe after ${probe1.at - load.at} ms`);
        assert.ok(probe2.at - probe1.at >= FAST.min_delay_ms - 50, `second probe after ${probe2.at - probe1.at} ms`);
        assert.ok((await ext.notifications()).includes(`back:${srv.origin}`), 'the "site is back" notification');
        assert.equal(await ext.badge(await ext.tabId(page)), '');
        await page.close();
    });

    it('503 with Retry-After: 5 is not asked again before 5 s', async () => {
        await ext.setOptions({ policy: FAST });
        const srv = await origin({ '/': sequence(R.RETRY_AFTER_503, OK_PAGE('Maintenance over')) });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/'));
        await until(() => hasCard(page), { what: 'the card' });
        assert.match(await cardText(page, '.retry'), new RegExp(`^${labels.next_retry} 0:0[56]`));
        await until(async () => (await title(page)) === 'Maintenance over', { timeout: 20000, what: 'the page to come back' });
        const [first, second] = srv.requests;
        assert.ok(second.at - first.at >= 5000, `asked again after ${second.at - first.at} ms`);
        await page.close();
    });

    it("Cloudflare 522: the card names Cloudflare and blames the origin", async () => {
        await ext.setOptions({ policy: FAST });
        const srv = await origin({ '/': R.CLOUDFLARE_522 });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/'));
        await until(() => hasCard(page), { what: 'the card' });
        const expected = core.explain(core.diagnose(R.asCoreInput(R.CLOUDFLARE_522, srv.url('/'))), null);
        assert.equal(expected.fault, 'origin');
        assert.equal(await cardText(page, 'h2'), expected.headline);
        assert.match(await cardText(page, '.vendor'), /Cloudflare/);
        assert.equal(await card(page).locator('[data-hop="edge"] .hop-label').textContent(), 'Cloudflare');
        assert.equal(await card(page).locator('[data-hop="origin"]').getAttribute('data-state'), 'failed');
        assert.equal(await card(page).locator('[data-hop="edge"]').getAttribute('data-state'), 'ok');
        assert.match(await cardText(page, '.reference'), /9df84e5407525930/);
        keepScreenshot('card-cloudflare-522.png', await card(page).screenshot(), { docs: true });
        await page.emulateMedia({ colorScheme: 'dark' });
        keepScreenshot('card-cloudflare-522-dark.png', await card(page).screenshot(), { docs: true });
        await card(page).locator('button.stop').click();
        await page.close();
    });

    it("Google's 502 page", async () => {
        await ext.setOptions({ policy: FAST });
        const srv = await origin({ '/': R.GOOGLE_502 });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/'));
        await until(() => hasCard(page), { what: 'the card' });
        const expected = core.explain(core.diagnose(R.asCoreInput(R.GOOGLE_502, srv.url('/'))), null);
        assert.equal(await cardText(page, 'h2'), expected.headline);
        assert.equal(await cardText(page, '.vendor'), expected.vendor_line);
        assert.match(expected.vendor_line, /Google/);
        await card(page).locator('button.toggle').click();
        keepScreenshot('card-google-502-more.png', await card(page).screenshot(), { docs: true });
        await card(page).locator('button.stop').click();
        await page.close();
    });

    it('502 with an empty body (the browser\'s own error page): badge and popup card', async () => {
        await ext.setOptions({ policy: { base_ms: 4000, min_delay_ms: 3000 } });
        const srv = await origin({ '/': sequence(R.EMPTY_502, OK_PAGE('Recovered')) });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/')).catch(() => {}); // net::ERR_HTTP_RESPONSE_CODE_FAILURE: the browser's own page
        const tabId = await ext.tabId(srv.url('/'));
        await until(async () => (await ext.badge(tabId)) === '502', { what: 'the badge' });
        assert.equal(await hasCard(page).catch(() => false), false, 'no script runs in the browser\'s error page');
        const popup = await ext.popup(tabId);
        const expected = core.explain(core.diagnose(R.asCoreInput(R.EMPTY_502, srv.url('/'))), null);
        assert.equal(await cardText(popup, 'h2'), expected.headline);
        assert.match(await cardText(popup, '.retry'), new RegExp(`^${labels.next_retry}`));
        assert.equal(await popup.locator('#archive').getAttribute('href'), `https://web.archive.org/web/2/${srv.url('/')}`);
        assert.ok(srv.requests.every((r) => r.path === '/'), 'the popup asks nothing of any other host');
        keepScreenshot('popup-502-empty.png', await popup.screenshot({ fullPage: true }), { docs: true });
        await until(async () => (await title(page)) === 'Recovered', { timeout: 20000, what: 'the page to come back' });
        await until(async () => (await ext.badge(tabId)) === '', { what: 'the badge to clear' });
        await popup.close();
        await page.close();
    });

    it('connection refused (nothing listening), then the server starts', async () => {
        await ext.setOptions({ policy: FAST });
        const port = await freePort();
        const page = await ext.context.newPage();
        const url = `http://127.0.0.1:${port}/`;
        await page.goto(url).catch(() => {});
        const tabId = await ext.tabId(url);
        await until(async () => (await ext.badge(tabId)) === 'ERR', { what: 'the badge' });
        const popup = await ext.popup(tabId);
        const expected = core.explain(core.diagnoseNetwork('net::ERR_CONNECTION_REFUSED', 'GET', url), null);
        assert.equal(await cardText(popup, 'h2'), expected.headline);
        keepScreenshot('popup-connection-refused.png', await popup.screenshot({ fullPage: true }));
        await popup.close();
        const srv = await origin({ '/': OK_PAGE('Listening now') }, { port });
        await until(async () => (await title(page)) === 'Listening now', { timeout: 30000, what: 'the page to come back' });
        assert.ok(srv.probes().length >= 1, 'a probe came before the reload');
        assert.ok(srv.probes()[0].at <= srv.loads()[0].at, 'the probe came first');
        await page.close();
    });

    it('a POST answered with 502 is never sent again by itself; a button offers it', async () => {
        await ext.setOptions({ policy: FAST });
        let posts = 0;
        const srv = await origin({
            '/form': R.FORM_PAGE,
            '/submit': (req) => (req.method === 'POST' && ++posts === 1 ? R.NGINX_502 : OK_PAGE('Thanks')),
        });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/form'));
        await page.click('#send');
        await until(() => hasCard(page), { what: 'the card' });
        assert.equal(await cardText(page, '.retry'), labels.not_resent);
        assert.equal(await card(page).locator('button.resend').isVisible(), true);
        assert.equal(await card(page).locator('button.retry-now').isVisible(), false);
        keepScreenshot('card-post-502.png', await card(page).screenshot(), { docs: true });
        await sleep(3500);
        const submits = () => srv.requests.filter((r) => r.path === '/submit');
        assert.deepEqual(submits().map((r) => r.method), ['POST'], 'no resubmission, no probe');
        await card(page).locator('button.resend').click();
        await until(async () => (await title(page)) === 'Thanks', { what: 'the form to be sent again' });
        assert.deepEqual(submits().map((r) => r.method), ['POST', 'POST']);
        const fields = (r) => [...new URLSearchParams(r.body)].sort().join('&');
        assert.equal(fields(submits()[1]), fields(submits()[0]), 'the same fields');
        await page.close();
    });

    it('a 404 and an article about 502 served with 200: no card, no retry', async () => {
        await ext.setOptions({ policy: FAST });
        const srv = await origin({ '/missing': R.NOT_FOUND_404, '/article': R.ARTICLE_200 });
        const page = await ext.context.newPage();
        for (const path of ['/missing', '/article']) {
            await page.goto(srv.url(path));
            const tabId = await ext.tabId(page);
            await until(async () => srv.requests.some((r) => r.path === path), { what: `the load of ${path}` });
            await sleep(2500);
            assert.equal(await hasCard(page), false, `no card on ${path}`);
            assert.equal(await ext.badge(tabId), '');
        }
        assert.deepEqual(srv.requests.map((r) => r.path), ['/missing', '/article'], 'nothing retried');
        await page.close();
    });

    it('a Cloudflare challenge is never retried', async () => {
        await ext.setOptions({ policy: FAST });
        const srv = await origin({ '/': R.CHALLENGE_403 });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/'));
        const tabId = await ext.tabId(page);
        await sleep(3000);
        assert.equal(await hasCard(page), false);
        assert.equal(srv.requests.filter((r) => r.path === '/').length, 1);
        await page.close();
    });

    it('ten tabs on one failing origin share the probes of one tab, then all reload', async () => {
        await ext.setOptions({ policy: { base_ms: 3000, min_delay_ms: 2500 } });
        let probes = 0;
        const srv = await origin({
            '/t': (req) => {
                if (req.headers['sec-fetch-dest'] !== 'document') probes += 1;
                return probes >= 3 ? OK_PAGE('Ten are back') : R.NGINX_502;
            },
        });
        const pages = await Promise.all(Array.from({ length: 10 }, () => ext.context.newPage()));
        await Promise.all(pages.map((p, i) => p.goto(srv.url(`/t?tab=${i}`))));
        for (const p of pages) await until(async () => (await title(p)) === 'Ten are back', { timeout: 40000, what: 'every tab to come back' });
        assert.equal(srv.probes().length, 3, 'the probes of one tab (two failed, one answered)');
        const probeTimes = srv.probes().map((r) => r.at);
        assert.ok(probeTimes[1] - probeTimes[0] >= 2400 && probeTimes[2] - probeTimes[1] >= 2400, 'spaced as one tab\'s');
        const reloads = srv.loads().filter((r) => r.at > probeTimes[2]);
        assert.equal(reloads.length, 10, 'all ten reloaded once the site answered');
        await Promise.all(pages.map((p) => p.close()));
    });

    it('the service worker stopped mid-wait: the retry still happens', async () => {
        // No card in the page: nothing but the stored state and the alarm can bring the retry.
        await ext.setOptions({ card_in_page: false, policy: { base_ms: 6000, min_delay_ms: 6000 } });
        const srv = await origin({ '/': sequence(R.NGINX_502, OK_PAGE('Survived')) });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/'));
        const tabId = await ext.tabId(page);
        await until(async () => (await ext.badge(tabId)) === '502', { what: 'the badge' });
        await ext.evaluate(() => { globalThis.beforeStop = true; });
        await ext.stopWorker();
        await until(async () => (await title(page)) === 'Survived', { timeout: 45000, what: 'the page to come back' });
        assert.equal(await ext.evaluate(() => globalThis.beforeStop ?? false), false, 'a new worker did it');
        assert.deepEqual(srv.requests.map((r) => r.dest), ['document', 'empty', 'document']);
        assert.ok(srv.requests[1].at - srv.requests[0].at >= 6000 - 50);
        await page.close();
    });

    it('Stop: no more requests', async () => {
        await ext.setOptions({ policy: FAST });
        const srv = await origin({ '/': R.NGINX_502 });
        const page = await ext.context.newPage();
        await page.goto(srv.url('/'));
        await until(() => hasCard(page), { what: 'the card' });
        await card(page).locator('button.stop').click();
        await until(async () => (await cardText(page, '.retry')) === labels.gave_up, { what: 'the stopped state' });
        const count = srv.requests.length;
        await sleep(5000);
        assert.equal(srv.requests.length, count, 'nothing after Stop');
        assert.equal(await card(page).locator('button.stop').isVisible(), false);
        assert.equal(await card(page).locator('button.retry-now').isVisible(), true);
        await page.close();
    });

    it('the options page', async () => {
        await ext.setOptions({});
        const page = await ext.context.newPage();
        await page.setViewportSize({ width: 760, height: 900 });
        await page.goto(`chrome-extension://${ext.id}/options/options.html`);
        await page.waitForSelector('body[data-ready="true"]');
        const defaults = core.defaultPolicy();
        for (const code of defaults.codes) assert.equal(await page.isChecked(`input[name="code"][value="${code}"]`), true);
        assert.equal(await page.isChecked('input[name="code"][value="500"]'), false);
        assert.equal(await page.inputValue('input[name="max_attempts"]'), String(defaults.max_attempts));
        await page.fill('#site-host', 'https://Example.com/path');
        await page.selectOption('#site-rule', 'never');
        await page.click('#site-add');
        await page.uncheck('input[name="code"][value="504"]');
        await until(async () => (await ext.evaluate(() => chrome.storage.local.get('options'))).options?.policy?.codes?.includes(504) === false, { what: 'the saved options' });
        const { options } = await ext.evaluate(() => chrome.storage.local.get('options'));
        assert.equal(options.sites['example.com'], 'never');
        keepScreenshot('options.png', await page.screenshot({ fullPage: true }), { docs: true });
        await page.close();
    });
});
