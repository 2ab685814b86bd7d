// Builds the extension for a test run into a fresh temporary directory
// (never the shared dist/), so test files can run in any order.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './server.mjs';

export function buildExtension(target, { test = false } = {}) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `gatewise-${target}-`));
    const args = [path.join(ROOT, 'extension', 'build.mjs'), '--target', target, '--out', out];
    if (test) args.push('--test');
    execFileSync(process.execPath, args, { stdio: 'pipe' });
    return out;
}

export const ARTIFACTS = path.join(ROOT, 'tests', 'e2e', 'artifacts');
export const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');
fs.mkdirSync(ARTIFACTS, { recursive: true });

/**
 * Keeps a screenshot in artifacts/. The ones the docs and the web page use
 * are also written to docs/screenshots/ when GATEWISE_UPDATE_SCREENSHOTS=1,
 * so that an ordinary test run leaves the work tree as it found it.
 */
export function keepScreenshot(name, png, { docs = false } = {}) {
    fs.writeFileSync(path.join(ARTIFACTS, name), png);
    if (docs && process.env.GATEWISE_UPDATE_SCREENSHOTS === '1') {
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
        fs.writeFileSync(path.join(SCREENSHOTS, name), png);
    }
}
