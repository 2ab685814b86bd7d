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
    for (const m of [chrome, firefox]) {
        assert.match(m.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
        assert.deepEqual(m.host_permissions, ['http://*/*', 'https://*/*']);
        assert.equal(m.content_scripts, undefined, 'no script in ordinary pages');
    }
});
