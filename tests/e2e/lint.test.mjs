// The Firefox build passes `web-ext lint` (Mozilla's add-on linter) with no
// error and no warning; both manifests carry exactly their browser's keys.

import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildExtension } from './build.mjs';
import { ROOT } from './server.mjs';

const run = promisify(execFile);

it('web-ext lint: no errors, no warnings', { timeout: 120_000 }, async () => {
    const dir = buildExtension('firefox');
    const bin = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
    const { stdout } = await run(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { maxBuffer: 1 << 24 }).catch((e) => e);
    const report = JSON.parse(stdout);
    const show = (list) => list.map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`).join('\n');
    assert.equal(report.errors.length, 0, show(report.errors));
    assert.equal(report.warnings.length, 0, show(report.warnings));
});

it('each browser gets its own background and settings, from one source', () => {
    const chrome = JSON.parse(fs.readFileSync(path.join(buildExtension('chrome'), 'manifest.json'), 'utf8'));
    const firefox = JSON.parse(fs.readFileSync(path.join(buildExtension('firefox'), 'manifest.json'), 'utf8'));
    assert.equal(chrome.background.service_worker, 'src/background.js');
    assert.equal(chrome.background.scripts, undefined);
    assert.equal(chrome.browser_specific_settings, undefined);
    assert.deepEqual(firefox.background.scripts, ['src/background.js']);
    assert.equal(firefox.background.service_worker, undefined);
    assert.equal(firefox.browser_specific_settings.gecko.strict_min_version, '140.0');
    assert.ok(firefox.browser_specific_settings.gecko.data_collection_permissions);
    // Firefox alone has a captive-portal API; its permissions are Chromium's plus that one.
    assert.deepEqual(firefox.permissions, [...chrome.permissions, 'captivePortal']);
    assert.ok(!chrome.permissions.includes('captivePortal'));
    for (const m of [chrome, firefox]) {
        assert.match(m.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
        assert.deepEqual(m.host_permissions, ['http://*/*', 'https://*/*']);
        assert.equal(m.content_scripts, undefined, 'no script in ordinary pages');
    }
});

it('the permissions are those the code uses, each explained in extension/README.md', () => {
    // The APIs that need a permission, and where the code reaches them
    // (api.X. or api.X?. , also chrome.X / browser.X). `null`: the API needs
    // none (every extension has runtime, action, tabs without URLs, permissions, commands).
    const NEEDS = { webRequest: 'webRequest', scripting: 'scripting', storage: 'storage', alarms: 'alarms', notifications: 'notifications', captivePortal: 'captivePortal', runtime: null, action: null, i18n: null, tabs: null, permissions: null, commands: null, cookies: 'cookies', history: 'history', webNavigation: 'webNavigation', declarativeNetRequest: 'declarativeNetRequest', management: 'management', downloads: 'downloads', contextMenus: 'contextMenus' };
    // APIs one browser alone has: the code reaches them with `?.` and only that browser asks.
    const ONLY = { captivePortal: 'firefox' };
    const shipped = ['src', 'popup', 'options', 'content'].flatMap((dir) => fs.readdirSync(path.join(ROOT, 'extension', dir), { recursive: true })
        .filter((f) => /\.m?js$/.test(f)).map((f) => fs.readFileSync(path.join(ROOT, 'extension', dir, f), 'utf8')));
    const used = new Set();
    const namespaces = new Set();
    for (const text of shipped) {
        for (const [, ns] of text.matchAll(/\b(?:api|chrome|browser)\.([a-zA-Z]+)\??\./g)) {
            assert.ok(ns in NEEDS, `the lint test knows whether ${ns} needs a permission`);
            namespaces.add(ns);
            if (NEEDS[ns]) used.add(NEEDS[ns]);
        }
    }
    const readme = fs.readFileSync(path.join(ROOT, 'extension', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Permissions, and why'), readme.indexOf('## Browser differences'));
    const explained = new Set([...section.matchAll(/^- `([a-zA-Z_.]+)`/gm)].map((m) => m[1]));
    for (const target of ['chrome', 'firefox']) {
        const m = JSON.parse(fs.readFileSync(path.join(buildExtension(target), 'manifest.json'), 'utf8'));
        const wanted = [...used].filter((p) => !ONLY[p] || ONLY[p] === target);
        assert.deepEqual([...m.permissions].sort(), wanted.sort(), `${target}: the permissions asked for are exactly those the code uses`);
        assert.equal(m.optional_permissions, undefined);
        for (const p of m.permissions) assert.ok(explained.has(p), `${p} is explained in extension/README.md`);
        assert.match(section, /Host access to `http:\/\/\*\/\*` and `https:\/\/\*\/\*`/);
        // The manifest keys that grant something without being permissions.
        assert.equal(Boolean(m.commands), namespaces.has('commands'), `${target}: the manifest declares commands exactly when the code listens for them`);
        if (m.commands) assert.ok(explained.has('commands'), 'commands is explained in extension/README.md');
        if (m.storage?.managed_schema) assert.ok(explained.has('storage.managed_schema'), 'storage.managed_schema is explained in extension/README.md');
        if (namespaces.has('permissions')) assert.match(section, /`permissions\.request`/, 'the use of the permissions API is explained');
    }
});
