// The playground against the native CLI: every sample, diagnosed in the
// page by the wasm core, must agree with `gatewise diagnose --json` run on
// the same file with the same status, reason, URL and headers. Also: typing
// your own page, headers, the audience toggle, bad input, and the time from
// an input to the new card (median must stay under 50 ms).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, openPage, SITE, REPO, ARTIFACTS, median } from './harness.mjs';

const CLI = path.join(REPO, 'target/release/gatewise');
const FIELDS = ['is_error', 'kind', 'status', 'vendor', 'variant', 'fault', 'served_by', 'reference'];

let env;
let core;
before(async () => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "cargo build --release" first`);
  env = await start();
  core = await import(path.join(SITE, 'pkg/gatewise.js'));
  await core.default({ module_or_path: fs.readFileSync(path.join(SITE, 'pkg/gatewise_bg.wasm')) });
});
after(() => env?.close());

/** The CLI's diagnosis of a body (a file, or text on stdin). */
function cli({ status, reason, url, headers }, { file, text }) {
  const args = ['diagnose', '--json'];
  if (status != null && status !== '') args.push('--status', String(status));
  if (reason) args.push('--reason', reason);
  if (url) args.push('--url', url);
  for (const [n, v] of headers ?? []) args.push('--header', `${n}: ${v}`);
  args.push(file ?? '-');
  return JSON.parse(execFileSync(CLI, args, { input: text ?? '', encoding: 'utf8' }));
}

const pick = (d) => Object.fromEntries(FIELDS.map((k) => [k, d[k]]));

/** Waits for the next answer after `action`; returns what the page shows. */
async function answer(page, action) {
  const before = await page.getAttribute('#card', 'data-seq');
  await action();
  // A new answer, and no input still waiting for its own (aria-busy).
  await page.waitForFunction((b) => {
    const card = document.getElementById('card');
    return card.dataset.seq !== b && !card.hasAttribute('aria-busy');
  }, before, { timeout: 5000 });
  return shown(page);
}

/** What the page shows now. */
function shown(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#card .card-root')?.shadowRoot;
    const err = document.getElementById('input-error');
    return {
      diagnosis: err.hidden ? JSON.parse(document.getElementById('diagnosis-json').textContent) : null,
      error: err.hidden ? null : err.textContent,
      headline: root?.querySelector('h2')?.textContent ?? null,
      code: root?.querySelector('.code')?.textContent ?? null,
      firstList: root?.querySelector('.more h3')?.textContent ?? null,
      verdict: document.getElementById('verdict').textContent,
    };
  });
}

test('every sample: the playground agrees with the CLI, and draws the core\u2019s card', async () => {
  const samples = JSON.parse(fs.readFileSync(path.join(SITE, 'samples/index.json'), 'utf8'));
  const { page, problems, close } = await openPage(env);
  await page.goto(`${env.server.url}playground.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const mismatches = [];
  const variants = new Set();
  for (const s of samples) {
    const got = await answer(page, () => page.selectOption('#sample', s.id));
    const want = cli(s, { file: path.join(SITE, s.file) });
    variants.add(got.diagnosis.variant);
    if (JSON.stringify(pick(got.diagnosis)) !== JSON.stringify(pick(want))) {
      mismatches.push(`${s.id}: page ${JSON.stringify(pick(got.diagnosis))} vs CLI ${JSON.stringify(pick(want))}`);
    }
    // The card on screen is the core's card for that diagnosis.
    const card = core.explain(got.diagnosis, { audience: 'visitor' });
    if (got.headline !== card.headline) mismatches.push(`${s.id}: card says "${got.headline}", core "${card.headline}"`);
    if ((got.code ?? null) !== (card.code == null ? null : String(card.code))) mismatches.push(`${s.id}: card code ${got.code} vs ${card.code}`);
  }
  assert.deepEqual(mismatches, []);
  // The samples the issue asks for are all there.
  for (const v of ['nginx-default', 'apache-proxy-error', 'iis-custom-error', 'cloudflare-plain', 'cloudflare-legacy', 'cloudflare-branded', 'google-robot', 'cloudfront-default', 'varnish-guru-meditation', 'fastly-guru-mediation', 'blank', 'not-an-error']) {
    assert.ok(variants.has(v), `no sample shows ${v}`);
  }
  assert.deepEqual(problems, []);
  console.log(`# ${samples.length} samples agree with the CLI on ${FIELDS.join(', ')}`);
  await close();
});

test('your own page, status and headers, as typed', async () => {
  const { page, problems, close } = await openPage(env);
  await page.goto(`${env.server.url}playground.html#status=503`);
  await page.waitForSelector('body[data-ready="true"]');
  let now = await shown(page);
  assert.equal(now.diagnosis.status, 503, 'the #status=503 link sets the status');
  assert.equal(now.code, '503');

  // Typed text, no status: the page's own words.
  const text = '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>';
  await page.fill('#status', '');
  now = await answer(page, () => page.fill('#body', text));
  const want = cli({ url: 'https://www.example.com/' }, { text });
  assert.deepEqual(pick(now.diagnosis), pick(want));
  assert.equal(now.diagnosis.status, 504);

  // A header typed in: the CLI gets the same one.
  const headers = [['Server', 'cloudflare'], ['CF-RAY', '8a530e14471928f2-LAX']];
  await page.fill('#body', '');
  await page.fill('#status', '502');
  now = await answer(page, () => page.fill('#headers', headers.map(([n, v]) => `${n}: ${v}`).join('\n')));
  assert.deepEqual(pick(now.diagnosis), pick(cli({ status: 502, url: 'https://www.example.com/', headers }, { text: '' })));

  // Visitor or owner: the card leads with the reader's list.
  await page.selectOption('#sample', 'nginx-502-refused');
  await page.waitForFunction(() => document.getElementById('status').value === '502');
  now = await answer(page, () => page.check('input[name="audience"][value="owner"]'));
  const labels = core.explain(now.diagnosis, {}).labels;
  assert.equal(now.firstList, labels.owner_title);
  now = await answer(page, () => page.check('input[name="audience"][value="visitor"]'));
  assert.equal(now.firstList, labels.visitor_title);

  // Bad input is said in words, not thrown.
  now = await answer(page, () => page.fill('#status', '999'));
  assert.match(now.error, /100 to 599/);
  await page.fill('#status', '502');
  now = await answer(page, () => page.fill('#headers', 'no colon here'));
  assert.match(now.error, /Name: value/);
  now = await answer(page, () => page.fill('#headers', ''));
  assert.equal(now.error, null);
  assert.deepEqual(problems, []);
  await close();
});

test('"More" starts open, and stays as the person left it when the card is drawn again', async () => {
  const { page, problems, close } = await openPage(env);
  await page.goto(`${env.server.url}playground.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const expanded = () => page.evaluate(() => {
    const root = document.querySelector('#card .card-root').shadowRoot;
    return { aria: root.querySelector('button.toggle').getAttribute('aria-expanded'), hidden: root.querySelector('.more').hidden };
  });
  assert.deepEqual(await expanded(), { aria: 'true', hidden: false }, 'open at start');
  // A real click (the card ignores a script's) closes it; the next card keeps it closed.
  await page.locator('#card .card-root').locator('button.toggle').click();
  assert.deepEqual(await expanded(), { aria: 'false', hidden: true });
  await answer(page, () => page.selectOption('#sample', 'nginx-502-refused'));
  assert.deepEqual(await expanded(), { aria: 'false', hidden: true }, 'kept closed');
  await page.locator('#card .card-root').locator('button.toggle').click();
  await answer(page, () => page.fill('#status', '504'));
  assert.deepEqual(await expanded(), { aria: 'true', hidden: false }, 'kept open');
  assert.deepEqual(problems, []);
  await close();
});

test('the playground answers an input within 50 ms (median)', async () => {
  const { page, problems, close } = await openPage(env);
  await page.goto(`${env.server.url}playground.html#sample=cloudflare-502-2`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => document.getElementById('status').value === '502');
  // Each round: one input event on the page's HTML (as a keystroke makes),
  // timed from the event until the new card and diagnosis are on screen.
  const times = await page.evaluate(async (rounds) => {
    const body = document.getElementById('body');
    const out = document.getElementById('card');
    const original = body.value;
    const variants = [original, original.replace('Bad gateway', 'Gateway time-out'), '', '<h1>503 Service Unavailable</h1>'];
    const ms = [];
    for (let i = 0; i < rounds; i++) {
      const seq = out.dataset.seq;
      const done = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (out.dataset.seq !== seq) { mo.disconnect(); resolve(); }
        });
        mo.observe(out, { attributes: true, attributeFilter: ['data-seq'] });
      });
      body.value = variants[i % variants.length] + (i % 2 ? ' ' : '');
      const t0 = performance.now();
      body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ' ' }));
      await done;
      const answered = performance.now() - t0;
      // Then until the browser has painted the new card.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      ms.push({ answered, painted: performance.now() - t0 });
    }
    return ms;
  }, 40);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median_ms: +median(s).toFixed(2), p90_ms: +s[Math.floor(s.length * 0.9)].toFixed(2), max_ms: +s.at(-1).toFixed(2) };
  };
  const answered = stats(times.map((t) => t.answered));
  const painted = stats(times.map((t) => t.painted));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'latency.json'), JSON.stringify({ rounds: times.length, debounce_included: true, answered, painted, times_ms: times }, null, 1));
  console.log(`# playground latency over ${times.length} inputs: card and diagnosis in the page after median ${answered.median_ms} ms (p90 ${answered.p90_ms}, max ${answered.max_ms}); painted after median ${painted.median_ms} ms (p90 ${painted.p90_ms})`);
  assert.ok(answered.median_ms < 50, `answered: median ${answered.median_ms} ms`);
  assert.ok(painted.median_ms < 50, `painted: median ${painted.median_ms} ms`);
  const verdict = await page.textContent('#verdict');
  assert.match(verdict, /Answered in \d/);
  assert.deepEqual(problems, []);
  await close();
});
