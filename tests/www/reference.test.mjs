// The reference is the core's knowledge base, page for page: every code,
// network failure, vendor and sample variant has a page, and each page says
// what catalog() and explain() say, word for word. A changed core text
// changes the page (checked by building from an altered catalog).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SITE, requireSite } from './harness.mjs';
import { buildReference } from '../../www/lib/reference.mjs';

let core;
let catalog;
before(async () => {
  requireSite();
  core = await import(path.join(SITE, 'pkg/gatewise.js'));
  await core.default({ module_or_path: fs.readFileSync(path.join(SITE, 'pkg/gatewise_bg.wasm')) });
  catalog = core.catalog();
});

const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** The visible text of a page: no tags, no JSON blocks, entities decoded, spaces collapsed. */
function textOf(html) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ENT[e])
    .replace(/\s+/g, ' ');
}
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const read = (p) => {
  const f = path.join(SITE, p);
  assert.ok(fs.existsSync(f), `${p} is missing`);
  return textOf(fs.readFileSync(f, 'utf8'));
};

/** Every sentence of a card that a reference page must carry. */
function cardTexts(card, owner) {
  return [card.title, card.headline, card.what_happened, card.fault_text, ...card.visitor_steps.flatMap((s) => [s.title, s.detail]), ...owner.owner_steps.map((s) => s.title)];
}

function missingIn(text, wanted) {
  return wanted.filter(Boolean).map(squash).filter((w) => !text.includes(w));
}

test('one page per code, saying what the core says', () => {
  const problems = [];
  for (const entry of catalog.codes) {
    const d = core.diagnose({ status: entry.code, body: '', url: 'https://example.com/' });
    const owner = core.explain(d, { audience: 'owner' });
    const text = read(`reference/codes/${entry.code}.html`);
    for (const m of missingIn(text, cardTexts(entry.card, owner))) problems.push(`${entry.code}: "${m.slice(0, 60)}"`);
  }
  assert.deepEqual(problems, []);
  for (const c of [500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 527, 530]) assert.ok(catalog.codes.some((x) => x.code === c), `the catalog has no ${c}`);
});

test('one page per network failure', () => {
  const problems = [];
  assert.ok(catalog.network.length >= 5);
  for (const entry of catalog.network) {
    const d = core.diagnoseNetwork(entry.id, 'GET', 'https://example.com/');
    const text = read(`reference/network/${entry.id}.html`);
    for (const m of missingIn(text, cardTexts(entry.card, core.explain(d, { audience: 'owner' })))) problems.push(`${entry.id}: "${m.slice(0, 60)}"`);
  }
  assert.deepEqual(problems, []);
});

test('one page per vendor, with its own checklist, and per sample variant', () => {
  const problems = [];
  for (const v of catalog.vendors) {
    const text = read(`reference/vendors/${v.id}.html`);
    for (const m of missingIn(text, [v.name, ...v.owner])) problems.push(`${v.id}: "${m.slice(0, 60)}"`);
  }
  // Variant pages: the card of the sample they show, rebuilt here from the sample file.
  const samples = JSON.parse(fs.readFileSync(path.join(SITE, 'samples/index.json'), 'utf8'));
  const { variants } = JSON.parse(fs.readFileSync(path.join(SITE, 'reference/index.json'), 'utf8'));
  const covered = new Set();
  for (const s of samples) {
    const d = core.diagnose({ status: s.status, reason: s.reason || null, url: s.url, headers: s.headers, body: fs.readFileSync(path.join(SITE, s.file)) });
    if (covered.has(d.variant)) continue;
    const html = fs.readFileSync(path.join(SITE, `reference/variants/${d.variant}.html`), 'utf8');
    if (!html.includes(`#sample=${s.id}"`)) continue; // another sample stands for this variant
    covered.add(d.variant);
    const text = textOf(html);
    const card = core.explain(d, { audience: 'visitor' });
    for (const m of missingIn(text, [...cardTexts(card, core.explain(d, { audience: 'owner' })), ...d.evidence])) problems.push(`${d.variant}: "${m.slice(0, 60)}"`);
  }
  assert.deepEqual([...variants].sort(), [...covered].sort(), 'every variant page is checked against its sample');
  // Every variant named by the catalog is either a page or listed on its vendor's page.
  for (const v of catalog.vendors) {
    const text = read(`reference/vendors/${v.id}.html`);
    for (const variant of v.variants) if (!text.includes(variant)) problems.push(`${v.id}: variant ${variant} not listed`);
  }
  assert.deepEqual(problems, []);
});

test('the reference index links every page', () => {
  const html = fs.readFileSync(path.join(SITE, 'reference/index.html'), 'utf8');
  const want = [
    ...catalog.codes.map((c) => `codes/${c.code}.html`),
    ...catalog.network.map((n) => `network/${n.id}.html`),
    ...catalog.vendors.map((v) => `vendors/${v.id}.html`),
  ];
  assert.deepEqual(want.filter((w) => !html.includes(`href="${w}"`)), []);
});

test('a changed core text changes the page: nothing is worded by the site', () => {
  const altered = JSON.parse(JSON.stringify(catalog));
  const c502 = altered.codes.find((c) => c.code === 502);
  c502.card.what_happened = 'XYZZY what happened, from the core';
  altered.vendors[0].owner = ['XYZZY vendor check, from the core'];
  altered.network[0].card.headline = 'XYZZY network headline';
  const out = buildReference(core, { catalog: altered, samples: [], variants: [], version: 'test' });
  const page = (p) => textOf(out.find((o) => o.path === p).html);
  assert.ok(page('reference/codes/502.html').includes(c502.card.what_happened));
  assert.ok(page(`reference/vendors/${altered.vendors[0].id}.html`).includes('XYZZY vendor check, from the core'));
  assert.ok(page(`reference/network/${altered.network[0].id}.html`).includes('XYZZY network headline'));
  assert.ok(page('reference/index.html').includes('XYZZY network headline'));
});
