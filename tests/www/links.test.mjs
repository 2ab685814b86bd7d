// Crawls the built site from index.html, as a static host serves it: every
// link, stylesheet, script and image must resolve, every #fragment must
// name an id on its page, nothing may point outside the site, and every
// page must be reachable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { SITE, requireSite, sitePages } from './harness.mjs';

let server;
before(async () => {
  requireSite();
  server = await serve(SITE);
});
after(() => server?.close());

const ATTR = /\s(href|src)\s*=\s*"([^"]*)"/g;
const ids = (html) => new Set([...html.matchAll(/\sid\s*=\s*"([^"]+)"/g)].map((m) => m[1]));
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

test('every internal link resolves, no link leaves the site, every page is reachable', async () => {
  const base = new URL(server.url);
  const seen = new Map(); // url without hash -> body (html) or true
  const fragments = [];
  const broken = [];
  const external = [];
  const queue = [new URL('index.html', base).href];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    const res = await fetch(url);
    if (res.status !== 200) {
      broken.push(`${url} -> ${res.status}`);
      seen.set(url, '');
      continue;
    }
    const type = res.headers.get('content-type') ?? '';
    const body = type.startsWith('text/html') ? await res.text() : (await res.arrayBuffer(), '');
    seen.set(url, body);
    if (!body) continue;
    // Drop the JSON blocks and code excerpts: they are data, not links.
    const markup = body.replace(/<script type="application\/json"[\s\S]*?<\/script>/g, '').replace(/<pre>[\s\S]*?<\/pre>/g, '');
    for (const m of markup.matchAll(ATTR)) {
      const raw = decode(m[2]);
      if (/^(data:|mailto:)/.test(raw)) continue;
      if (/^[a-z]+:/i.test(raw) || raw.startsWith('//')) {
        external.push(`${url}: ${raw}`);
        continue;
      }
      if (raw.startsWith('/')) {
        external.push(`${url}: ${raw} (root-relative: breaks under a sub-path)`);
        continue;
      }
      const target = new URL(raw, url);
      if (target.origin !== base.origin) continue;
      if (target.hash && target.hash !== '#') fragments.push({ from: url, page: target.href.split('#')[0], id: decodeURIComponent(target.hash.slice(1)), raw });
      target.hash = '';
      if (!seen.has(target.href)) queue.push(target.href);
    }
  }
  for (const f of fragments) {
    const html = seen.get(f.page);
    if (!html) continue; // already reported as broken
    // The playground's hash carries its state (#sample=..., #status=...).
    if (f.page.endsWith('/playground.html') && /^(sample|status)=/.test(f.id)) continue;
    if (!ids(html).has(f.id)) broken.push(`${f.from}: ${f.raw} (no id "${f.id}")`);
  }
  assert.deepEqual(external, [], 'links leaving the site');
  assert.deepEqual(broken, [], 'broken links');
  const reached = new Set([...seen.keys()].map((u) => new URL(u).pathname.slice(1)));
  const orphans = sitePages().filter((p) => !reached.has(p));
  assert.deepEqual(orphans, [], 'pages no link reaches');
  const pages = [...seen.values()].filter(Boolean).length;
  assert.ok(pages >= 60, `crawled only ${pages} pages`);
  console.log(`# crawled ${seen.size} URLs (${pages} pages), ${fragments.length} fragment links`);
});

test('the playground\u2019s sample links name real samples', async () => {
  const index = await (await fetch(new URL('samples/index.json', server.url))).json();
  const known = new Set(index.map((s) => s.id));
  const missing = [];
  for (const p of sitePages()) {
    const html = await (await fetch(new URL(p, server.url))).text();
    for (const m of html.matchAll(/playground\.html#sample=([a-z0-9-]+)/g)) if (!known.has(m[1])) missing.push(`${p}: ${m[1]}`);
  }
  for (const s of index) {
    const res = await fetch(new URL(s.file, server.url));
    if (res.status !== 200) missing.push(`${s.file}: ${res.status}`);
  }
  assert.deepEqual(missing, []);
});
