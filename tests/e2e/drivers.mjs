// The two drivers of the e2e scenarios: the same small interface over
// Chromium (playwright-core) and Firefox (WebDriver through geckodriver).
// A third browser is a third driver here, not a third copy of the tests.
//
//   driver.name, driver.setOptions(options), driver.open(url) -> tab,
//   driver.badge(tabId), driver.popup(tabId) -> tab, driver.options() -> tab,
//   driver.backNotified(origin), driver.close()
//   tab.id(), tab.goto(url), tab.title(), tab.hasCard(), tab.cardText(sel),
//   tab.cardAttr(sel, name), tab.cardVisible(sel), tab.cardOverflow(), tab.clickCard(sel),
//   tab.click(sel), tab.run(fn, arg), tab.screenshot({ card }), tab.close()

import { launchChromium, closePage, cardText as chromiumCardText, hasCard as chromiumHasCard, clickCard as chromiumClickCard, inCard as chromiumInCard } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';
import { buildExtension } from './build.mjs';
import { until } from './server.mjs';

const HOST = '[data-gatewise-card], #card-host';

/**
 * The card's elements (not the screen-reader-only ones) whose box sticks
 * out of the card's own box, sideways: text that does not fit. A function
 * body, `el` the card's section.
 */
const OVERFLOW = `const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('*')].filter((e) => e.className !== 'sr-only' && !e.closest('[hidden]')).flatMap((e) => {
        const r = e.getBoundingClientRect();
        return r.width && (r.right > box.right + 0.5 || r.left < box.left - 0.5 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') ? [\`\${e.tagName.toLowerCase()}.\${e.className}\`] : [];
    });`;

export async function chromiumDriver() {
    const ext = await launchChromium(buildExtension('chrome'));
    const wrap = (page, known) => {
        return {
            page,
            id: async () => known ?? ext.tabId(page),
            goto: (url) => page.goto(url).catch(() => {}),
            title: () => page.title().catch(() => ''),
            url: () => page.url(),
            hasCard: () => chromiumHasCard(page),
            cardText: (sel = '.card') => chromiumCardText(page, sel),
            cardAttr: (sel, name) => chromiumInCard(page, sel, 'function (n) { return this.getAttribute(n); }', { args: [name] }),
            cardVisible: (sel) => chromiumInCard(page, sel, 'function () { return Boolean(!this.hidden && this.getClientRects().length && getComputedStyle(this).visibility !== "hidden"); }', { missing: false }),
            cardOverflow: () => chromiumInCard(page, '.card', `function () { const el = this; ${OVERFLOW} }`, { missing: [] }),
            clickCard: (sel) => chromiumClickCard(page, sel),
            click: (sel) => page.click(sel),
            run: (fn, arg) => page.evaluate(fn, arg),
            screenshot: ({ card = false } = {}) => (card ? page.locator(HOST).first().screenshot() : page.screenshot({ fullPage: true })),
            close: () => closePage(page),
        };
    };
    return {
        name: 'chromium',
        /** Chromium shows its own page for a 5xx with an empty body: no script runs there. */
        ownErrorPageForEmptyBody: true,
        ext,
        setOptions: (o) => ext.setOptions(o),
        async open(url) {
            const page = await ext.context.newPage();
            if (url) await page.goto(url).catch(() => {});
            return wrap(page);
        },
        tabIdOf: (url) => ext.tabId(url),
        badge: (tabId) => ext.badge(tabId),
        popup: async (tabId) => wrap(await ext.popup(tabId), tabId),
        async options() {
            const page = await ext.context.newPage();
            await page.setViewportSize({ width: 760, height: 900 });
            await page.goto(`chrome-extension://${ext.id}/options/options.html`);
            await page.waitForSelector('body[data-ready="true"]');
            return wrap(page);
        },
        backNotified: async (origin) => (await ext.notifications()).includes(`back:${origin}`),
        errors: () => [],
        close: () => ext.close(),
    };
}

export async function firefoxDriver({ prefs } = {}) {
    const ff = await launchFirefox(buildExtension('firefox', { test: true }), { prefs });
    const wrap = (handle, known) => {
        const on = async (fn) => {
            await ff.switchTo(handle);
            return fn();
        };
        return {
            handle,
            id: () => on(async () => known ?? ff.tabId(await ff.wd('GET', '/url'))),
            goto: (url) => on(() => ff.goto(url)),
            title: () => on(() => ff.title()),
            url: () => on(() => ff.wd('GET', '/url')),
            hasCard: () => on(() => ff.hasCard()).catch(() => false),
            cardText: (sel = '.card') => on(() => ff.cardText(sel)),
            cardAttr: (sel, name) => on(() => ff.inCard(sel, 'return el.getAttribute(arguments[1]);', [name])),
            cardVisible: (sel) => on(() => ff.inCard(sel, 'return Boolean(!el.hidden && el.getClientRects().length);', [], false)),
            cardOverflow: () => on(() => ff.inCard('.card', OVERFLOW, [], [])),
            clickCard: (sel) => on(() => ff.clickCard(sel)),
            async click(sel) {
                await ff.switchTo(handle);
                const el = await ff.wd('POST', '/element', { using: 'css selector', value: sel });
                await ff.wd('POST', `/element/${Object.values(el)[0]}/click`, {});
            },
            run: (fn, arg) => on(() => ff.run(`return (${fn})(arguments[0]);`, arg ?? null)),
            screenshot: ({ card = false } = {}) => on(() => ff.screenshot(card ? '[data-gatewise-card]' : undefined)),
            close: () => ff.closeTab(handle),
        };
    };
    return {
        name: 'firefox',
        /** Firefox shows a blank page for a 5xx with an empty body: the card goes in it. */
        ownErrorPageForEmptyBody: false,
        ff,
        setOptions: (o) => ff.setOptions(o),
        open: async (url) => wrap(await ff.openTab(url)),
        tabIdOf: (url) => ff.tabId(url),
        badge: (tabId) => ff.badge(tabId),
        popup: async (tabId) => wrap(await ff.openExtensionPage(`popup/popup.html?tab=${tabId}`), tabId),
        options: async () => wrap(await ff.openExtensionPage('options/options.html')),
        // Headless Firefox has no notification service: the notification is
        // created and closed at once, so its events are what the test reads.
        backNotified: async (origin) => (await ff.ask('test:notification-events')).some((e) => e.endsWith(`:back:${origin}`)),
        errors: () => ff.ask('test:errors'),
        close: () => ff.close(),
    };
}

export { until };
