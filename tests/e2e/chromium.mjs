// Chromium with the extension loaded (playwright-core, Debian's chromium,
// headless, a fresh profile each time). The service worker is reached with
// sw.evaluate: it runs the extension's own APIs, so the tests read the real
// badge, notifications and storage.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { until } from './server.mjs';

/**
 * Chromium with the extension. `wait: false` returns at once, before the
 * extension's worker is up (the first load of a fresh browser); `ready()`
 * waits for it.
 */
export async function launchChromium(extDir, { colorScheme = 'light', wait = true, args = [] } = {}) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gatewise-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        colorScheme,
        viewport: { width: 960, height: 900 },
        args: [
            '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
            ...args,
        ],
    });
    let id = null;
    const worker = () => context.serviceWorkers().find((w) => id && w.url().startsWith(`chrome-extension://${id}/`));

    async function ready() {
        const first = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
        id = new URL(first.url()).host;
        ext.id = id;
        // The worker exists before its module has run: wait for the listeners,
        // or the first navigation could go unseen.
        await until(() => first.evaluate(() => chrome.webRequest.onCompleted.hasListeners()), { what: 'the background to listen' });
    }

    const ext = {
        context,
        id,
        worker,
        ready,
        /** Runs `fn(arg)` in the extension's service worker (waiting for it, if it was stopped). */
        async evaluate(fn, arg) {
            const w = worker() ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
            return w.evaluate(fn, arg);
        },
        async setOptions(options) {
            await ext.evaluate((o) => chrome.storage.local.set({ options: o }), options);
        },
        /** The tab id of a page, or of the tab showing `url` (the browser's error pages have another URL for Playwright). */
        async tabId(pageOrUrl) {
            const url = typeof pageOrUrl === 'string' ? pageOrUrl : pageOrUrl.url();
            return until(() => ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u || t.pendingUrl === u)?.id, url), { what: `tab of ${url}` });
        },
        badge: (tabId) => ext.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId),
        notifications: () => ext.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
        session: () => ext.evaluate(() => chrome.storage.session.get(null)),
        /** The popup of `tabId`, opened as a page (a headless browser has no toolbar to click). */
        async popup(tabId, size = { width: 400, height: 600 }) {
            const popup = await context.newPage();
            await popup.setViewportSize(size);
            await popup.goto(`chrome-extension://${id}/popup/popup.html?tab=${tabId}`);
            await popup.waitForSelector('body[data-ready="true"]');
            return popup;
        },
        /**
         * Stops the extension's service worker as Chrome does when it idles:
         * the Stop button of chrome://serviceworker-internals (CDP's
         * ServiceWorker.stopAllWorkers does not reach extension workers).
         */
        async stopWorker() {
            const internals = await context.newPage();
            await internals.goto('chrome://serviceworker-internals/');
            const item = internals.locator('.serviceworker-registration', { hasText: `chrome-extension://${id}/` });
            await item.getByRole('button', { name: 'Stop' }).first().click();
            await until(async () => (await item.locator('.serviceworker-running-status .value').first().textContent()) === 'STOPPED', { what: 'the worker to stop' });
            await internals.close();
        },
        async close() {
            await context.close();
            fs.rmSync(profile, { recursive: true, force: true });
        },
    };
    if (wait) await ready();
    return ext;
}

/** The text of the card (in its shadow root) in a page, or in the popup; null when there is none. */
export async function cardText(page, selector = '.card', host = '[data-gatewise-card], #card-host') {
    // The card's host is the one with a shadow root (a page may make decoys).
    return page.evaluate(([sel, h]) => [...document.querySelectorAll(h)].find((e) => e.shadowRoot)?.shadowRoot.querySelector(sel)?.textContent ?? null, [selector, host]);
}
