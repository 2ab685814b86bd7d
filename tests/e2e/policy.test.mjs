// Organisation policies, written where each browser really reads them:
// Chromium's managed policy directory (/etc/chromium/policies/managed/,
// "3rdparty" -> "extensions" -> the extension's id) and Firefox's
// distribution/policies.json next to its binary ("3rdparty" ->
// "Extensions" -> the add-on's id). Each test removes what it wrote.
// Needs root (the e2e suites run as root here); skipped otherwise.

import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, closePage, inCard } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';
import { buildExtension, keepScreenshot } from './build.mjs';
import { originPool, until } from './server.mjs';
import * as R from './responses.mjs';

const origin = originPool(after);
const root = process.getuid?.() === 0;

// The policy of the docs' example (docs/policies.md), less the per-site rule for a real host.
const POLICY = {
    auto_retry: false,
    card_in_page: false,
    max_attempts: 5,
    codes: [502, 503],
    sites: { 'intranet.example': 'always' },
};

/** Chromium's id for an unpacked extension: the SHA-256 of its path, 32 hex digits written a-p. */
function unpackedId(dir) {
    const hex = crypto.createHash('sha256').update(fs.realpathSync(dir)).digest('hex').slice(0, 32);
    return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Writes `file` (and its missing directories) and returns a function that puts everything back. */
function writeTemporarily(file, text) {
    const made = [];
    for (let dir = path.dirname(file); !fs.existsSync(dir); dir = path.dirname(dir)) made.unshift(dir);
    for (const dir of made) fs.mkdirSync(dir);
    const before = fs.existsSync(file) ? fs.readFileSync(file) : null;
    fs.writeFileSync(file, text);
    return () => {
        if (before) fs.writeFileSync(file, before);
        else fs.rmSync(file, { force: true });
        for (const dir of made.reverse()) fs.rmdirSync(dir);
    };
}

describe('Chromium: policies from /etc/chromium/policies/managed', { timeout: 120_000, skip: !root && 'needs root' }, () => {
    it('storage.managed has the policy; the options page locks it; the engine honours it', async () => {
        const dir = buildExtension('chrome');
        const id = unpackedId(dir);
        const restore = writeTemporarily(`/etc/chromium/policies/managed/gatewise-test-${id}.json`, JSON.stringify({ '3rdparty': { extensions: { [id]: POLICY } } }));
        let ext;
        try {
            ext = await launchChromium(dir);
            assert.equal(ext.id, id);
            assert.deepEqual(await ext.evaluate(() => chrome.storage.managed.get()), POLICY);
            await ext.setOptions({ auto_retry: true, card_in_page: true, notify: false, policy: { max_attempts: 12, codes: [502, 503, 504] }, sites: { 'mine.example': 'never' } });

            const options = await ext.context.newPage();
            await options.setViewportSize({ width: 760, height: 1000 });
            await options.goto(`chrome-extension://${id}/options/options.html`);
            await options.waitForSelector('body[data-ready="true"]');
            assert.equal(await options.isVisible('#managed-note'), true);
            const state = await options.evaluate(() => {
                const f = document.getElementById('form');
                return {
                    auto: [f.auto_retry.checked, f.auto_retry.disabled],
                    attempts: [f.max_attempts.value, f.max_attempts.disabled],
                    minutes: f.max_total_min.disabled,
                    notify: [f.notify.checked, f.notify.disabled],
                    popupOnly: [f.querySelector('input[name="card_in_page"][value="popup"]').checked, f.querySelector('input[name="card_in_page"][value="popup"]').disabled],
                    codes: [...f.querySelectorAll('input[name="code"]:checked')].map((b) => b.value),
                    sites: [...document.querySelectorAll('#sites li')].map((li) => `${li.querySelector('.host').textContent} ${li.dataset.managed === 'true' && li.querySelector('.managed') && !li.querySelector('button') ? 'locked' : li.querySelector('button') ? 'removable' : '?'}`),
                    marks: document.querySelectorAll('.managed').length,
                };
            });
            assert.deepEqual(state, {
                auto: [false, true],
                attempts: ['5', true],
                minutes: false,
                notify: [false, false],
                popupOnly: [true, true],
                codes: ['502', '503'],
                sites: ['intranet.example locked', 'mine.example removable'],
                marks: 5, // auto-retry, the codes, attempts, where the card shows, the intranet rule
            });
            keepScreenshot('options-managed.png', await options.screenshot({ fullPage: true }), { docs: true });
            // A change the person may make keeps their own values under the locked ones.
            await options.check('input[name="notify"]');
            await until(async () => (await ext.evaluate(() => chrome.storage.local.get('options'))).options.notify === true, { what: 'the saved change' });
            const saved = (await ext.evaluate(() => chrome.storage.local.get('options'))).options;
            assert.equal(saved.auto_retry, true, 'the person\'s own auto-retry is kept');
            assert.equal(saved.policy.max_attempts, 12);
            assert.equal(saved.audience, 'visitor', 'what is never managed is saved as the person set it');
            await closePage(options);

            // A 502: no card in the page (popup only), no retry planned.
            const site = await origin({ '/': R.NGINX_502 });
            const page = await ext.context.newPage();
            await page.goto(site.url('/')).catch(() => {});
            const tabId = await ext.tabId(page);
            await until(async () => (await ext.badge(tabId)) === '502', { what: 'the badge' });
            const popup = await ext.popup(tabId);
            // The popup's card is in a closed shadow root: read through CDP.
            const retryState = () => inCard(popup, '.card', 'function () { return this.dataset.retry ?? null; }');
            assert.equal(await retryState(), 'none', 'nothing planned');
            assert.equal(await ext.evaluate(() => chrome.alarms.get('gatewise-wake')), undefined);
            assert.equal(await page.evaluate(() => document.querySelector('[data-gatewise-card]') !== null), false, 'no card in the page');
            assert.equal(site.probes().length, 0);
            await closePage(popup);
            await closePage(page);
        } finally {
            await ext?.close();
            restore();
        }
        assert.equal(fs.existsSync(`/etc/chromium/policies/managed/gatewise-test-${id}.json`), false);
    });
});

describe('Firefox: policies from distribution/policies.json', { timeout: 120_000, skip: !root && 'needs root' }, () => {
    it('storage.managed has the policy; the engine honours it', async () => {
        // An id of its own, so that no other Firefox running the usual
        // add-on meanwhile (another test run) gets these policies.
        const addonId = 'gatewise-policy-test@gatewise.dev';
        const dir = buildExtension('firefox', { test: true });
        const manifestFile = path.join(dir, 'manifest.json');
        const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
        manifest.browser_specific_settings.gecko.id = addonId;
        fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
        const binaryDir = path.dirname(fs.realpathSync(process.env.FIREFOX ?? '/usr/bin/firefox-esr'));
        const file = path.join(binaryDir, 'distribution', 'policies.json');
        assert.equal(fs.existsSync(file), false, `${file} exists already: not overwriting it`);
        const restore = writeTemporarily(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [addonId]: POLICY } } } }));
        let ff;
        try {
            ff = await launchFirefox(dir);
            assert.deepEqual(await ff.ask('test:managed'), POLICY);
            await ff.ask('test:set-options', { options: { auto_retry: true, card_in_page: true } });
            const site = await origin({ '/': R.NGINX_502 });
            const handle = await ff.openTab(site.url('/'));
            const tabId = await ff.tabId(site.url('/'));
            await until(async () => (await ff.ask('test:badge', { tabId })) === '502', { what: 'the badge' });
            const session = await ff.ask('test:session');
            assert.equal(session.engine?.wake ?? null, null, 'no retry planned');
            assert.equal(await ff.ask('test:alarm'), null);
            await ff.switchTo(handle);
            assert.equal(await ff.hasCard(), false, 'no card in the page');
            assert.equal(site.probes().length, 0);
            await ff.closeTab(handle);
        } finally {
            await ff?.close();
            restore();
        }
        assert.equal(fs.existsSync(file), false);
    });
});
