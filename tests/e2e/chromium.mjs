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

/**
 * Closes a page, and makes sure it closed. Chromium can acknowledge
 * Target.closeTarget and keep the page when the close races a navigation
 * commit (crbug 536385539, playwright#42068): Playwright's page.close() then
 * waits forever, and a second page.close() does not ask again. A page that
 * reloads itself, or one the extension reloads at that moment, meets it
 * (9 of 40 closes of a self-reloading page, measured here). The close is
 * asked again with Page.close (`runBeforeUnload`, which Playwright always
 * sends) until the page is gone; that rescued all 9.
 */
export async function closePage(page, { attempts = 5, wait = 2000 } = {}) {
    if (page.isClosed()) return;
    const closed = new Promise((resolve) => { page.once('close', () => resolve(true)); });
    const timer = () => new Promise((resolve) => { setTimeout(() => resolve(false), wait).unref(); });
    page.close().catch(() => {});
    for (let i = 0; i < attempts; i++) {
        if (await Promise.race([closed, timer()]) || page.isClosed()) return;
        page.close({ runBeforeUnload: true }).catch(() => {});
    }
    throw new Error(`the page ${page.url()} did not close after ${attempts} attempts`);
}

// The card's shadow root is closed: a page script (and Playwright's
// selectors, which run as one) cannot see into it. The tests read it as
// DevTools does, through the Chrome DevTools Protocol: the host's shadow
// roots described (pierced), a selector run inside the card's root, and
// the node found resolved to call a function on it. Clicks are the mouse's own
// (Input.dispatchMouseEvent through page.mouse) at the button's place, so
// the card sees trusted events, as from a person.

export const CARD_HOSTS = '[data-gatewise-card], #card-host';
const sessions = new WeakMap();

async function cdp(page) {
    let s = sessions.get(page);
    if (!s) {
        s = await page.context().newCDPSession(page);
        sessions.set(page, s);
    }
    return s;
}

/**
 * The node ids of the shadow roots (open or closed) of the elements that
 * match `hosts`, closed ones first (the card's; a page's decoys come after).
 * Only the hosts are described, never the whole document (an error page
 * may be 50 MB).
 */
async function shadowRoots(session, hosts) {
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: hosts });
    const found = [];
    for (const nodeId of nodeIds) {
        const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
        found.push(...(node.shadowRoots ?? []));
    }
    found.sort((a, b) => (b.shadowRootType === 'closed') - (a.shadowRootType === 'closed'));
    if (!found.length) return [];
    const { nodeIds: ids } = await session.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: found.map((r) => r.backendNodeId) });
    return ids.filter(Boolean);
}

/** The node id of the first element matching `selector` in a card's shadow root, or null. */
async function cardNode(session, selector, hosts) {
    for (const rootId of await shadowRoots(session, hosts)) {
        const { nodeId } = await session.send('DOM.querySelector', { nodeId: rootId, selector });
        if (nodeId) return nodeId;
    }
    return null;
}

/**
 * Calls `fn` (a function source, `this` the element) on the first element
 * matching `selector` in the card of `page`, with `args`; `missing` when
 * there is no such element.
 */
export async function inCard(page, selector, fn, { args = [], missing = null, hosts = CARD_HOSTS } = {}) {
    const session = await cdp(page);
    const nodeId = await cardNode(session, selector, hosts);
    if (!nodeId) return missing;
    const { object } = await session.send('DOM.resolveNode', { nodeId });
    try {
        const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: fn,
            arguments: args.map((value) => ({ value })),
            returnByValue: true,
        });
        if (exceptionDetails) throw new Error(`in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value;
    } finally {
        await session.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => {});
    }
}

/** The text of the card (in its closed shadow root) in a page, or in the popup; null when there is none. */
export function cardText(page, selector = '.card', hosts = CARD_HOSTS) {
    return inCard(page, selector, 'function () { return this.textContent; }', { hosts });
}

/** Whether the page shows the card. */
export function hasCard(page) {
    return inCard(page, '.card', 'function () { return true; }', { missing: false, hosts: '[data-gatewise-card]' }).catch(() => false);
}

/** Clicks an element of the card with the mouse, as a person would. */
export async function clickCard(page, selector, hosts = CARD_HOSTS) {
    const session = await cdp(page);
    const nodeId = await cardNode(session, selector, hosts);
    if (!nodeId) throw new Error(`no ${selector} in the card`);
    await session.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { quads } = await session.send('DOM.getContentQuads', { nodeId });
    if (!quads?.length) throw new Error(`${selector} in the card is not shown`);
    const [q] = quads;
    const x = (q[0] + q[2] + q[4] + q[6]) / 4;
    const y = (q[1] + q[3] + q[5] + q[7]) / 4;
    await page.mouse.click(x, y);
}

/**
 * For an audit in the page's own world (axe-core), which walks shadow trees
 * through `host.shadowRoot`: hands each closed root of `hosts`, as DevTools
 * sees it (CDP, pierced), to its host's `shadowRoot` in the page's main
 * world only (the card's script runs in the extension's isolated world and
 * is not touched). The tree audited is the card's own, in place. Returns a
 * function that takes the roots back.
 */
export async function revealCardRoots(page, hosts = CARD_HOSTS) {
    const session = await cdp(page);
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: hosts });
    const held = [];
    for (const nodeId of nodeIds) {
        const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
        const closed = (node.shadowRoots ?? []).find((r) => r.shadowRootType === 'closed');
        if (!closed) continue;
        const { object: host } = await session.send('DOM.resolveNode', { nodeId });
        const { object: shadow } = await session.send('DOM.resolveNode', { backendNodeId: closed.backendNodeId });
        await session.send('Runtime.callFunctionOn', {
            objectId: host.objectId,
            functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
            arguments: [{ objectId: shadow.objectId }],
        });
        held.push(host, shadow);
    }
    return async () => {
        for (const [i, object] of held.entries()) {
            if (i % 2 === 0) await session.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { delete this.shadowRoot; }' }).catch(() => {});
            await session.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => {});
        }
    };
}
