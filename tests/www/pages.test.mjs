// Opens every page of the built site in headless Chromium: no console error
// or warning, no failed request, no request outside the site, one h1, and
// every card drawn by the extension's card.js. Saves screenshots of the main
// pages (light, dark, phone) to tests/www/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, openPage, sitePages, ARTIFACTS } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(() => env?.close());

/** Waits for what the page draws with JavaScript; returns the number of cards drawn. */
async function settle(page, p) {
  if (p === 'playground.html') {
    await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
  }
  const hosts = await page.locator('.card-host').count();
  if (hosts) {
    await page.waitForFunction((n) => [...document.querySelectorAll('.card-host .card-root')].filter((h) => h.shadowRoot?.querySelector('section.card h2')?.textContent).length === n, hosts, { timeout: 5000 });
  }
  return hosts;
}

test('every page loads cleanly and draws its cards', async () => {
  const pages = sitePages();
  assert.ok(pages.length >= 60, `only ${pages.length} pages`);
  const { page, problems, close } = await openPage(env);
  const failures = [];
  let cards = 0;
  for (const p of pages) {
    problems.length = 0;
    await page.goto(env.server.url + p, { waitUntil: 'load' });
    try {
      cards += await settle(page, p);
    } catch (e) {
      failures.push(`${p}: cards not drawn (${e.message.split('\n')[0]})`, ...problems.map((m) => `${p}: ${m}`));
      // One broken script breaks every page: say so once, not 90 times.
      if (failures.filter((f) => f.includes('cards not drawn')).length >= 3) break;
      continue;
    }
    const h1 = await page.locator('h1').count();
    if (h1 !== 1) failures.push(`${p}: ${h1} h1 elements`);
    const title = await page.title();
    if (!title || !/Gatewise/.test(title)) failures.push(`${p}: title "${title}"`);
    // English at the root, every other language under its tag (de/...).
    const lang = /^([a-z]{2}(?:-[a-z]{2})?)\//.exec(p)?.[1] ?? 'en';
    if ((await page.getAttribute('html', 'lang'))?.toLowerCase() !== lang) failures.push(`${p}: no lang`);
    // Images need a text alternative (empty for decoration).
    const noAlt = await page.locator('img:not([alt])').count();
    if (noAlt) failures.push(`${p}: ${noAlt} images without alt`);
    failures.push(...problems.map((m) => `${p}: ${m}`));
  }
  await close();
  assert.deepEqual(failures, []);
  console.log(`# ${pages.length} pages clean, ${cards} cards drawn by card.js`);
});

test('the landing page shows a live card made by the wasm core', async () => {
  const { page, problems, close } = await openPage(env);
  await page.goto(env.server.url + 'index.html');
  await settle(page, 'index.html');
  const card = () => page.locator('#live-card .card-root').evaluate((h) => ({
    code: h.shadowRoot.querySelector('.code')?.textContent,
    headline: h.shadowRoot.querySelector('h2').textContent,
    reference: h.shadowRoot.querySelector('.reference code')?.textContent ?? null,
  }));
  const cloudflare = await card();
  assert.equal(cloudflare.code, '502');
  assert.match(cloudflare.reference, /^[0-9a-f]{16}$/, 'the Ray ID read from the Cloudflare page');
  await page.selectOption('[data-live-sample]', 'caddy-502-refused');
  await page.waitForFunction(() => !document.querySelector('#live-card .card-root').shadowRoot.querySelector('.reference'));
  const blank = await card();
  assert.equal(blank.code, '502');
  assert.equal(blank.reference, null);
  assert.deepEqual(problems, []);
  await close();
});

test('screenshots of the main pages', async () => {
  const shots = [
    ['index.html', 'light', 1280], ['index.html', 'dark', 1280], ['index.html', 'light', 390],
    ['playground.html', 'light', 1280], ['playground.html', 'dark', 1280], ['playground.html', 'light', 390],
    ['reference/index.html', 'light', 1280], ['reference/codes/502.html', 'dark', 1280],
    ['reference/variants/cloudflare-branded.html', 'light', 1280], ['reference/network/name-not-resolved.html', 'light', 390],
  ];
  for (const [p, colorScheme, width] of shots) {
    const { page, problems, close } = await openPage(env, { colorScheme, viewport: { width, height: 900 } });
    await page.goto(env.server.url + p);
    await settle(page, p);
    // Nothing may stick out sideways, on a phone either.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${p} at ${width}px scrolls sideways by ${overflow}px`);
    const file = path.join(ARTIFACTS, `${p.replace(/\.html$/, '').replace(/\//g, '_')}-${colorScheme}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    assert.deepEqual(problems, [], p);
    await close();
  }
});
