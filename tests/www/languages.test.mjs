// The reference in every language: German pages under de/, their texts from
// the core in German, the site's own words from www/words/de.json (no English
// phrase of the site left), and a language menu linking each page to itself
// in the other languages. Each word file has exactly English's phrases.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, SITE, requireSite } from './harness.mjs';

let core;
const WORDS = path.join(REPO, 'www/words');
const words = (tag) => JSON.parse(fs.readFileSync(path.join(WORDS, `${tag}.json`), 'utf8'));
const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const textOf = (html) => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ENT[e]).replace(/\s+/g, ' ');
const read = (p) => {
  const f = path.join(SITE, p);
  assert.ok(fs.existsSync(f), `${p} is missing`);
  return fs.readFileSync(f, 'utf8');
};

before(async () => {
  requireSite();
  core = await import(path.join(SITE, 'pkg/gatewise.js'));
  await core.default({ module_or_path: fs.readFileSync(path.join(SITE, 'pkg/gatewise_bg.wasm')) });
  if (core.wordsNeeded('de')) core.loadWords(JSON.parse(fs.readFileSync(path.join(SITE, 'pkg/words/de.json'), 'utf8')));
});

test('every word file has exactly the English phrases, with the same placeholders', () => {
  const en = words('en');
  const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  for (const file of fs.readdirSync(WORDS)) {
    const tag = file.replace(/\.json$/, '');
    const w = words(tag);
    assert.deepEqual(Object.keys(w).sort(), Object.keys(en).sort(), `${file}: not the same keys as en.json`);
    for (const [k, v] of Object.entries(en)) assert.equal(holes(w[k]), holes(v), `${file} ${k}: placeholders`);
  }
});

test('the German reference says what the core says in German, in the site\'s German words', () => {
  const d = core.diagnose({ status: 502, body: '', url: 'https://example.com/' });
  const card = core.explain(d, { lang: 'de' });
  const english = core.explain(d, {});
  assert.notEqual(card.headline, english.headline, 'the core has German');
  const html = read('de/reference/codes/502.html');
  assert.match(html, /<html lang="de">/);
  const text = textOf(html);
  for (const s of [card.title, card.headline, card.what_happened, card.fault_text, ...card.visitor_steps.map((s) => s.title)]) {
    assert.ok(text.includes(s.replace(/\s+/g, ' ')), `missing: ${s}`);
  }
  const de = words('de');
  assert.ok(text.includes(de.what) && text.includes(de['how_retry']), 'the site\'s German headings');
  // No English phrase of the site's own is left on a German page.
  const en = words('en');
  for (const page of ['de/reference/codes/502.html', 'de/reference/index.html', 'de/reference/network/name-not-resolved.html']) {
    const t = textOf(read(page));
    for (const [k, v] of Object.entries(en)) {
      const fixed = v.split(/\{\w+\}/).filter((part) => part.trim().length >= 12);
      for (const part of fixed) if (part !== de[k] && !de[k].includes(part)) assert.ok(!t.includes(part), `${page}: English "${part}" (${k})`);
    }
    assert.ok(!t.includes(english.headline) || page !== 'de/reference/codes/502.html', `${page}: English core text`);
  }
});

test('each page links to itself in the other languages', () => {
  const en = read('reference/codes/502.html');
  const de = read('de/reference/codes/502.html');
  assert.match(en, /<link rel="alternate" hreflang="de" href="\.\.\/\.\.\/de\/reference\/codes\/502\.html">/);
  assert.match(de, /<link rel="alternate" hreflang="en" href="\.\.\/\.\.\/\.\.\/reference\/codes\/502\.html">/);
  assert.match(de, /<nav class="langs" aria-label="Sprache">/);
  assert.match(de, /hreflang="de" lang="de" aria-current="true">Deutsch</);
  // Home is English; its menu leads to each language's reference.
  assert.match(read('index.html'), /href="de\/reference\/index\.html" hreflang="de" lang="de">Deutsch</);
  // Every German code page exists, one for each English one.
  const codes = fs.readdirSync(path.join(SITE, 'reference/codes'));
  assert.deepEqual(fs.readdirSync(path.join(SITE, 'de/reference/codes')), codes);
});
