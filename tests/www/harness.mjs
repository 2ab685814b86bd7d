// What every web page test needs: the built site, a server for it and a
// headless Chromium that reports console errors and failed requests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = path.join(REPO, 'dist/www');
export const ARTIFACTS = path.join(REPO, 'tests/www/artifacts');

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Fails with the command to run when the site was not built. */
export function requireSite() {
  if (!fs.existsSync(path.join(SITE, 'index.html'))) {
    throw new Error(`${SITE} is missing: build it with "node www/build.mjs" (after "bash scripts/build-wasm.sh")`);
  }
}

/** Starts the server and the browser. */
export async function start() {
  requireSite();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serve(SITE);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A page that records console errors, page errors, failed requests and
 * any request that leaves the test server.
 */
export async function openPage(env, { colorScheme = 'light', viewport = { width: 1280, height: 900 } } = {}) {
  const context = await env.browser.newContext({ colorScheme, viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // Which page a request belongs to: the main frame's navigations counted.
  // A request of a page already left, aborted by that navigation (the
  // favicon the browser fetches after 'load'), is no failure of any page.
  let shown = 0;
  const of = new WeakMap();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) shown += 1;
    of.set(r, shown);
  });
  // The test leaving a page counts from the moment it asks: the browser
  // aborts the old page's favicon before the new navigation's request event.
  const goto = page.goto.bind(page);
  page.goto = (...args) => {
    shown += 1;
    return goto(...args);
  };
  page.on('requestfailed', (r) => {
    const text = r.failure()?.errorText;
    if (text === 'net::ERR_ABORTED' && !r.isNavigationRequest() && of.get(r) < shown) return;
    problems.push(`request failed: ${r.url()} (${text})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(env.server.url) && !u.startsWith('data:')) problems.push(`request outside the site: ${u}`);
  });
  return { page, problems, close: () => context.close() };
}

/** Every .html file of the built site, as site paths. */
export function sitePages(dir = SITE, base = '') {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = base + e.name;
    if (e.isDirectory()) out.push(...sitePages(path.join(dir, e.name), `${rel}/`));
    else if (e.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
