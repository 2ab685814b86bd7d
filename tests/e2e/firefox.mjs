// Firefox ESR with the extension, driven through geckodriver's WebDriver
// HTTP API with plain fetch() (no selenium). The add-on is a test build
// (extension/test/): WebDriver cannot open moz-extension:// pages nor read
// the badge, so a content script on the test server's pages relays a few
// questions to the background (test/hooks.js), and opens extension pages
// from the extension itself.

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, sleep, startServer, until } from './server.mjs';

const ADDON_ID = 'gatewise@gatewise.dev';

async function webdriver(base, method, route, body) {
    const res = await fetch(`${base}${route}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (json.value?.error) {
        const e = new Error(`${method} ${route}: ${json.value.error}: ${json.value.message}`);
        e.webdriver = json.value.error;
        throw e;
    }
    return json.value;
}

export async function launchFirefox(extDir, { colorScheme = 'light', prefs = {} } = {}) {
    const port = await freePort();
    const driver = spawn(process.env.GECKODRIVER ?? 'geckodriver', ['--port', String(port), '--log', 'error'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const base = `http://127.0.0.1:${port}`;
    await until(() => fetch(`${base}/status`).then((r) => r.ok, () => false), { what: 'geckodriver' });
    const uuid = crypto.randomUUID();
    const profileRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gatewise-ff-'));
    const session = await webdriver(base, 'POST', '/session', {
        capabilities: {
            alwaysMatch: {
                browserName: 'firefox',
                'moz:firefoxOptions': {
                    binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
                    args: ['-headless', '-profile', profileRoot],
                    prefs: {
                        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
                        'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
                        'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
                        'browser.shell.checkDefaultBrowser': false,
                        'datareporting.policy.dataSubmissionEnabled': false,
                        'toolkit.telemetry.reportingpolicy.firstRun': false,
                        'browser.startup.homepage_override.mstone': 'ignore',
                        'network.captive-portal-service.enabled': false,
                        'dom.disable_open_during_load': false,
                        ...prefs,
                    },
                },
            },
        },
    });
    const sid = session.sessionId;
    const wd = (method, route, body) => webdriver(base, method, `/session/${sid}${route}`, body);
    await wd('POST', '/moz/addon/install', { path: extDir, temporary: true });

    // The control tab: a page of our own where the test bridge runs.
    const control = await startServer({
        '/control': { status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>control</title>' },
    });
    const controlHandle = await wd('GET', '/window');
    await wd('POST', '/url', { url: control.url('/control') });

    const ff = {
        wd,
        uuid,
        base: `moz-extension://${uuid}/`,
        /** Asks the background's test hooks, from the control tab. */
        async ask(type, args = {}) {
            const current = await wd('GET', '/window');
            if (current !== controlHandle) await wd('POST', '/window', { handle: controlHandle });
            try {
                return await until(async () => {
                    const r = await wd('POST', '/execute/async', {
                        script: `const [ask, done] = arguments;
                            const id = Math.random();
                            const on = (e) => { if (e.data?.gatewiseTestReply?.id === id) { removeEventListener('message', on); done({ ok: true, result: e.data.gatewiseTestReply.result }); } };
                            addEventListener('message', on);
                            postMessage({ gatewiseTest: { ...ask, id } }, '*');
                            setTimeout(() => done({ ok: false }), 2000);`,
                        args: [{ type, ...args }],
                    });
                    return r.ok ? r : null;
                }, { what: `the test bridge (${type})` }).then((r) => r.result);
            } finally {
                if (current !== controlHandle) await wd('POST', '/window', { handle: current });
            }
        },
        /** Opens a new tab at `url`; resolves to its window handle (the tab is selected). */
        async openTab(url) {
            const { handle } = await wd('POST', '/window/new', { type: 'tab' });
            await wd('POST', '/window', { handle });
            if (url) await ff.goto(url);
            return handle;
        },
        async goto(url) {
            try {
                await wd('POST', '/url', { url });
            } catch (e) {
                if (!/error page|neterror|aborted/i.test(e.message)) throw e;
            }
        },
        async closeTab(handle) {
            await wd('POST', '/window', { handle });
            await wd('DELETE', '/window');
            await wd('POST', '/window', { handle: controlHandle });
        },
        switchTo: (handle) => wd('POST', '/window', { handle }),
        title: () => wd('GET', '/title').catch(() => ''),
        run: (script, ...args) => wd('POST', '/execute/sync', { script, args }),
        /**
         * The first element matching `selector` in a card's shadow root, or
         * null. The root is closed: no page script reaches it, but
         * WebDriver's "Get Element Shadow Root" returns closed roots too
         * (Marionette reads them with chrome privileges), and an element
         * found there can be handed to a script as its argument.
         */
        async cardElement(selector, hosts = '[data-gatewise-card], #card-host') {
            for (const host of await wd('POST', '/elements', { using: 'css selector', value: hosts })) {
                const shadow = await wd('GET', `/element/${Object.values(host)[0]}/shadow`).catch(() => null);
                if (!shadow) continue;
                const el = await wd('POST', `/shadow/${Object.values(shadow)[0]}/element`, { using: 'css selector', value: selector }).catch(() => null);
                if (el) return el;
            }
            return null;
        },
        /** Runs `body` with `el` the card's element matching `selector` (and `arguments[1]`...); `missing` if none. */
        async inCard(selector, body, args = [], missing = null) {
            const el = await ff.cardElement(selector);
            return el ? ff.run(`const el = arguments[0]; ${body}`, el, ...args) : missing;
        },
        /** The text of the card (page or popup), or null. */
        cardText: (selector = '.card') => ff.inCard(selector, 'return el.textContent;'),
        hasCard: async () => Boolean(await ff.cardElement('.card', '[data-gatewise-card]')),
        /** Clicks a button of the card with a real WebDriver click. */
        async clickCard(selector) {
            const el = await ff.cardElement(selector);
            if (!el) throw new Error(`no ${selector} in the card`);
            await wd('POST', `/element/${Object.values(el)[0]}/click`, {});
        },
        /** A PNG of the card (its shadow root's section), or of the whole page. */
        async screenshot(selector) {
            if (!selector) return Buffer.from(await wd('GET', '/screenshot'), 'base64');
            const host = await wd('POST', '/element', { using: 'css selector', value: selector });
            return Buffer.from(await wd('GET', `/element/${Object.values(host)[0]}/screenshot`), 'base64');
        },
        async tabId(url) {
            return until(async () => (await ff.ask('test:tabs')).find((t) => t.url === url)?.id, { what: `tab of ${url}` });
        },
        badge: (tabId) => ff.ask('test:badge', { tabId }),
        session: () => ff.ask('test:session'),
        notifications: () => ff.ask('test:notifications'),
        setOptions: (options) => ff.ask('test:set-options', { options }),
        /** Opens an extension page in a new tab, from the extension (WebDriver cannot navigate there). */
        async openExtensionPage(pagePath) {
            const before = await wd('GET', '/window/handles');
            await ff.ask('test:open', { path: pagePath });
            const handle = await until(async () => (await wd('GET', '/window/handles')).find((h) => !before.includes(h)), { what: 'the extension page' });
            await wd('POST', '/window', { handle });
            await until(() => ff.run('return document.body?.dataset.ready === "true";'), { what: `${pagePath} to be ready` });
            return handle;
        },
        async close() {
            await wd('DELETE', '').catch(() => {});
            driver.kill();
            await control.close();
            await sleep(200);
            fs.rmSync(profileRoot, { recursive: true, force: true });
        },
    };
    await until(() => ff.ask('test:tabs'), { what: 'the add-on to start' });
    return ff;
}
