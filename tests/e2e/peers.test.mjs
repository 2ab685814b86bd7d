// End-to-end in Chromium (and Firefox): "Down for everyone?" against local stand-ins of
// the status pages, and the accessibility of the card and the popup (the
// axe-core audit, the keyboard alone, the polite announcement).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, closePage, inCard as chromiumInCard, cardText, clickCard, revealCardRoots } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';
import { buildExtension, keepScreenshot } from './build.mjs';
import { originPool, until, OK_PAGE, sequence, ROOT } from './server.mjs';
import * as R from './responses.mjs';

const origin = originPool(after);
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
// A long first wait: the card stays while the test looks at it.
const SLOW = { policy: { base_ms: 600_000, min_delay_ms: 600_000, cap_ms: 600_000 } };
let ext;

// The card's shadow root is closed: the tests read it through CDP (chromium.mjs).
const has = (page, sel) => chromiumInCard(page, sel, 'function () { return true; }', { missing: false }).catch(() => false);
const texts = (page, sel) => chromiumInCard(page, '.card', 'function (s) { return [...this.querySelectorAll(s)].map((e) => e.textContent); }', { args: [sel], missing: [] });
const attr = (page, sel, name) => chromiumInCard(page, sel, 'function (n) { return this.getAttribute(n); }', { args: [name] });
const visible = (page, sel) => chromiumInCard(page, sel, 'function () { return Boolean(!this.hidden && this.getClientRects().length && getComputedStyle(this).visibility !== "hidden"); }', { missing: false });

/**
 * Runs axe-core in the page's world on `include`, with the card's closed
 * roots handed to their hosts for the audit (revealCardRoots): axe walks
 * the card's own tree, in place. Returns its results.
 */
async function audit(page, include) {
    // Evaluated, not a <script>: extension pages' CSP refuses inline scripts.
    await page.evaluate(AXE);
    const hide = await revealCardRoots(page);
    try {
        return await runAxe(page, include);
    } finally {
        await hide();
    }
}

function runAxe(page, include) {
    return page.evaluate(async (sel) => {
        // The WCAG A and AA rules and axe's best practices.
        const r = await globalThis.axe.run({ include: [sel] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return {
            violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) })),
            checked: r.passes.reduce((n, p) => n + p.nodes.length, 0),
            shadow: r.passes.some((p) => p.nodes.some((n) => n.target.some((t) => Array.isArray(t)))),
        };
    }, include);
}

describe('Chromium: Down for everyone?', { timeout: 180_000 }, () => {
    before(async () => {
        // *.example.test resolves to the loopback: the site has a real host
        // name (an IP address has no status page to ask).
        ext = await launchChromium(buildExtension('chrome', { test: true }), { args: ['--host-resolver-rules=MAP *.example.test 127.0.0.1'] });
    });
    after(async () => ext?.close());

    it('asks nothing until clicked; then the site\'s status page and Cloudflare\'s, without cookies; caches; popup too', async () => {
        const statusPages = await origin({
            '/example.test/api/v2/status.json': { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ page: { id: 'x', name: 'Example' }, status: { indicator: 'none', description: 'All Systems Operational' } }) },
            '/cloudflare': { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ page: { id: 'y', name: 'Cloudflare' }, status: { indicator: 'major', description: 'Partial System Outage' } }) },
        });
        await ext.evaluate((bases) => { globalThis.gatewiseStatusBases = bases; }, { site: `${statusPages.origin}/{domain}/api/v2/status.json`, vendors: { cloudflare: `${statusPages.origin}/cloudflare` } });
        const before = statusPages.requests.length;

        await ext.setOptions(SLOW);
        const site = await origin({ '/': R.CLOUDFLARE_522 });
        const page = await ext.context.newPage();
        await page.goto(`http://shop.example.test:${site.port}/`).catch(() => {});
        await until(() => has(page, '.check-status'), { what: 'the card with its button' });
        assert.equal(statusPages.requests.length, before, 'nothing asked before the click');
        assert.match(await cardText(page, '.status-note'), /naming only the site's domain/);

        await clickCard(page, 'button.check-status');
        await until(async () => (await texts(page, '.status li')).length === 2, { what: 'two status lines' });
        const lines = await texts(page, '.status li');
        assert.match(lines[0], /^status\.example\.test says: All Systems Operational, checked \d\d:\d\d /);
        assert.match(lines[1], /^Cloudflare says: Partial System Outage, checked \d\d:\d\d /);
        assert.equal(await cardText(page, '.status-summary'), 'Not just you: Cloudflare reports an outage.');
        assert.equal(await attr(page, '.status', 'aria-live'), 'polite');
        const asked = statusPages.requests.slice(before);
        assert.deepEqual(asked.map((r) => r.path).sort(), ['/cloudflare', '/example.test/api/v2/status.json']);
        keepScreenshot('card-down-for-everyone.png', await page.locator('[data-gatewise-card]').screenshot(), { docs: true });

        // The popup: the same answer, from the cache (nothing asked again).
        const tabId = await ext.tabId(page);
        const popup = await ext.popup(tabId);
        await clickCard(popup, 'button.check-status');
        await until(async () => (await texts(popup, '.status li')).length === 2, { what: 'the popup\'s status lines' });
        assert.deepEqual(await texts(popup, '.status li'), lines);
        assert.equal(statusPages.requests.length, before + 2, 'answered from the cache');
        keepScreenshot('popup-down-for-everyone.png', await popup.screenshot({ fullPage: true }), { docs: true });
        await closePage(popup);
        await closePage(page);
    });

    it('the request carries no cookie and no referrer', async () => {
        const seen = [];
        const statusPages = await origin({
            '*': (req) => {
                seen.push({ cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null });
                return { status: 503, headers: { 'content-type': 'text/plain', 'set-cookie': 'sid=secret; Path=/' }, body: 'down' };
            },
        });
        // A cookie for the stand-in, set by an ordinary visit.
        const visit = await ext.context.newPage();
        await visit.goto(statusPages.url('/x')).catch(() => {});
        await closePage(visit);
        assert.equal(seen.length, 1);
        await ext.evaluate((bases) => { globalThis.gatewiseStatusBases = bases; }, { site: `${statusPages.origin}/{domain}/api/v2/status.json` });
        await ext.setOptions(SLOW);
        const site = await origin({ '/': R.NGINX_502 });
        const page = await ext.context.newPage();
        await page.goto(`http://www.nocookie.example.test:${site.port}/`).catch(() => {});
        await until(() => has(page, '.check-status'), { what: 'the card' });
        await clickCard(page, 'button.check-status');
        await until(async () => (await texts(page, '.status li')).length === 1, { what: 'one status line (nginx has no status page)' });
        assert.match(await cardText(page, '.status li'), /^status\.example\.test gave no status answer/);
        assert.equal(seen.length, 2);
        assert.deepEqual(seen[1], { cookie: null, referer: null });
        await closePage(page);
    });
});

describe('Chromium: keyboard and screen readers', { timeout: 180_000 }, () => {
    before(async () => {
        ext = await launchChromium(buildExtension('chrome'));
    });
    after(async () => ext?.close());

    it('the card in the page and in the popup pass axe-core (WCAG 2.2 AA and best practices), light and dark', async () => {
        await ext.setOptions(SLOW);
        const site = await origin({ '/': R.CLOUDFLARE_522 });
        const page = await ext.context.newPage();
        await page.goto(site.url('/')).catch(() => {});
        await until(() => has(page, '.card'), { what: 'the card' });
        // "More" open, so that the steps, the report and its button are audited too.
        await clickCard(page, 'button.toggle');
        for (const scheme of ['light', 'dark']) {
            await page.emulateMedia({ colorScheme: scheme });
            const r = await audit(page, '[data-gatewise-card]');
            assert.deepEqual(r.violations, [], `card (${scheme})`);
            assert.ok(r.checked > 20 && r.shadow, `axe looked inside the card's shadow root (${r.checked} checks)`);
        }
        const popup = await ext.popup(await ext.tabId(page));
        for (const scheme of ['light', 'dark']) {
            await popup.emulateMedia({ colorScheme: scheme });
            const r = await audit(popup, 'body');
            assert.deepEqual(r.violations, [], `popup (${scheme})`);
            assert.ok(r.checked > 20 && r.shadow, `axe looked inside the popup card's shadow root (${r.checked} checks)`);
        }
        await closePage(popup);
        await closePage(page);
    });

    it('works with the keyboard alone: tab order, visible focus, Enter and Space act', async () => {
        await ext.setOptions(SLOW);
        const site = await origin({ '/': R.NGINX_502 });
        const page = await ext.context.newPage();
        await page.goto(site.url('/')).catch(() => {});
        await until(() => has(page, '.card'), { what: 'the card' });
        // The card comes first in the page: Tab from the top reaches its buttons in order.
        // The focused element of the card's (closed) root, read through CDP.
        const focused = () => chromiumInCard(page, '.card', `function () {
            const el = this.getRootNode().activeElement;
            if (!el) return null;
            const style = getComputedStyle(el);
            return { cls: el.className, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        }`);
        const order = [];
        for (let i = 0; i < 4; i++) {
            await page.keyboard.press('Tab');
            const f = await focused();
            if (!f) break;
            order.push(f.cls);
            assert.ok(f.outline, `focus visible on ${f.cls}`);
        }
        assert.deepEqual(order, ['primary retry-now', 'stop', 'toggle', 'check-status']);
        // Enter on "Down for everyone?" (nginx on an IP address: nothing to ask): the focus stays on it.
        await page.keyboard.press('Enter');
        await until(async () => ((await cardText(page, '.status-summary')) ?? '') !== '', { what: 'the status answer' });
        assert.equal((await focused()).cls, 'check-status');
        // Space on "More" opens the details; Enter on "Stop" stops.
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Space');
        assert.equal(await attr(page, 'button.toggle', 'aria-expanded'), 'true');
        assert.equal(await visible(page, '#gw-more'), true);
        await page.keyboard.press('Shift+Tab');
        assert.equal((await focused()).cls, 'stop');
        await page.keyboard.press('Enter');
        await until(async () => (await attr(page, '.card', 'data-retry')) === 'stopped', { what: 'stopped by the keyboard' });
        // "Stop" is gone: the focus moved to the next button, not to the page's top.
        const after = await focused();
        assert.equal(after?.cls, 'primary retry-now');
        assert.ok(after.outline);
        keepScreenshot('card-keyboard-focus.png', await page.locator('[data-gatewise-card]').screenshot(), { docs: true });
        await closePage(page);
    });

    it('"the site is back" is announced politely, once, and the countdown is not read out', async () => {
        await ext.setOptions({ policy: R.FAST_POLICY, card_in_page: true });
        // The page's own card goes with the reload; the popup, open on the
        // tab, stays and says it.
        const site = await origin({ '/': sequence(R.NGINX_502, OK_PAGE('Back')) });
        const page = await ext.context.newPage();
        await page.goto(site.url('/')).catch(() => {});
        const tabId = await ext.tabId(page);
        const popup = await ext.popup(tabId);
        const live = '[aria-live="polite"]';
        assert.equal(await attr(popup, '.retry', 'aria-hidden'), 'true', 'the ticking countdown is hidden from screen readers');
        await until(async () => (await page.title()) === 'Back', { timeout: 30000, what: 'the page to come back' });
        await until(async () => ((await cardText(popup, live)) ?? '') !== '' && (await attr(popup, '.card', 'data-retry')) === 'back', { what: 'the popup to say the site is back' });
        assert.equal(await attr(popup, live, 'role'), 'status');
        const said = await cardText(popup, live);
        assert.ok(said.length > 0 && !/\d:\d\d/.test(said), said);
        await closePage(popup);
        await closePage(page);
    });
});

describe('Firefox: Down for everyone?, and the accessibility audit', { timeout: 180_000 }, () => {
    let ff;
    before(async () => {
        // shop.example.test resolves to the loopback.
        ff = await launchFirefox(buildExtension('firefox', { test: true }), { prefs: { 'network.dns.localDomains': 'shop.example.test' } });
    });
    after(async () => ff?.close());

    it('the card asks on click only and shows both answers', async () => {
        const statusPages = await origin({
            '/example.test/api/v2/status.json': { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: { indicator: 'minor', description: 'Degraded Performance' } }) },
            '/cloudflare': { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: { indicator: 'none', description: 'All Systems Operational' } }) },
        });
        await ff.ask('test:status-bases', { bases: { site: `${statusPages.origin}/{domain}/api/v2/status.json`, vendors: { cloudflare: `${statusPages.origin}/cloudflare` } } });
        await ff.setOptions(SLOW);
        const site = await origin({ '/': R.CLOUDFLARE_522 });
        const handle = await ff.openTab(`http://shop.example.test:${site.port}/`);
        await until(() => ff.hasCard(), { what: 'the card' });
        assert.equal(statusPages.requests.length, 0, 'nothing asked before the click');
        await ff.clickCard('button.check-status');
        const lines = () => ff.inCard('.card', 'return [...el.querySelectorAll(".status li")].map((li) => li.textContent);', [], []);
        await until(async () => (await lines()).length === 2, { what: 'two status lines' });
        const [own, cdn] = await lines();
        assert.match(own, /^status\.example\.test says: Degraded Performance, checked \d\d:\d\d /);
        assert.match(cdn, /^Cloudflare says: All Systems Operational, checked \d\d:\d\d /);
        assert.equal(await ff.cardText('.status-summary'), 'Probably not just you: status.example.test reports problems.');
        assert.deepEqual(statusPages.requests.map((r) => r.path).sort(), ['/cloudflare', '/example.test/api/v2/status.json']);
        keepScreenshot('firefox-card-down-for-everyone.png', await ff.screenshot('[data-gatewise-card]'));
        await ff.closeTab(handle);
    });

    it('the card in the page and the popup pass axe-core in Firefox too', async () => {
        /**
         * axe-core in the current tab, through WebDriver (extension pages' CSP
         * refuses a <script>). The card's root is closed: WebDriver's "Get
         * Element Shadow Root" returns it, and the script hands it to its host's
         * `shadowRoot` in the script's own world for the audit (axe walks shadow
         * trees through `host.shadowRoot`), then takes it back.
         */
        const ffAudit = async (include) => {
            const pairs = [];
            for (const host of await ff.wd('POST', '/elements', { using: 'css selector', value: '[data-gatewise-card], #card-host' })) {
                const shadow = await ff.wd('GET', `/element/${Object.values(host)[0]}/shadow`).catch(() => null);
                if (shadow) pairs.push([host, shadow]);
            }
            return ff.wd('POST', '/execute/async', {
                script: `${AXE}
                    const [include, pairs] = arguments;
                    const done = arguments[arguments.length - 1];
                    for (const [host, root] of pairs) Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => root });
                    const back = () => { for (const [host] of pairs) delete host.shadowRoot; };
                    axe.run({ include: [include] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                        .then((r) => { back(); done({ violations: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.failureSummary) })), checked: r.passes.reduce((n, p) => n + p.nodes.length, 0), shadow: r.passes.some((p) => p.nodes.some((n) => n.target.some((t) => Array.isArray(t)))) }); }, (e) => { back(); done({ error: String(e) }); });`,
                args: [include, pairs],
            });
        };
        await ff.setOptions(SLOW);
        const site = await origin({ '/': R.NGINX_502 });
        const handle = await ff.openTab(site.url('/'));
        await until(() => ff.hasCard(), { what: 'the card' });
        await ff.clickCard('button.toggle');
        const page = await ffAudit('[data-gatewise-card]');
        assert.equal(page.error, undefined);
        assert.deepEqual(page.violations, [], 'card');
        assert.ok(page.checked > 20 && page.shadow, `axe looked inside the card's shadow root (${page.checked} checks)`);
        const tabId = await ff.tabId(site.url('/'));
        const popup = await ff.openExtensionPage(`popup/popup.html?tab=${tabId}`);
        const pop = await ffAudit('body');
        assert.equal(pop.error, undefined);
        assert.deepEqual(pop.violations, [], 'popup');
        assert.ok(pop.checked > 20 && pop.shadow, `axe looked inside the popup card's shadow root (${pop.checked} checks)`);
        await ff.closeTab(popup);
        await ff.closeTab(handle);
    });
});
