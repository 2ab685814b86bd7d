#!/usr/bin/env node
// Builds the public web page into dist/www/: the landing page, the
// playground and the error reference, all from the wasm core in dist/pkg.
//   node www/build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './lib/core.mjs';
import { readCollection, FEATURED, SAMPLE_URL, responseOf } from './lib/samples.mjs';
import { buildReference, paths } from './lib/reference.mjs';
import { landing, playground } from './lib/pages.mjs';
import { cardModules } from './lib/card-files.mjs';
import { speaker } from './src/js/words.js';
import { readShots } from './lib/shots.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const out = path.join(repo, 'dist/www');
const pkg = path.join(repo, 'dist/pkg');
const CARD = path.join(repo, 'extension/src/card.js');
const SHOTS = process.env.GATEWISE_SCREENSHOTS ?? path.join(repo, 'docs/screenshots');

/** The samples shown on the landing page; each must be a sample id. */
const LIVE_SAMPLES = ['cloudflare-502-2', 'nginx-502-refused', 'google-502-1', 'caddy-502-refused'];

/** A variant's name for people, from the core (its card's variant_label). */
function variantTitle(core, d, lang = 'en') {
  const label = core.explain(d, { lang }).variant_label;
  if (!label) throw new Error(`the core has no ${lang} label for variant ${d.variant}`);
  return label;
}

/**
 * The site's languages: each the core speaks (its table loaded from
 * dist/pkg/words/) and the site has words for (www/words/<tag>.json).
 * English is at the site's root, every other language under its tag.
 */
function siteLanguages(core) {
  const tables = path.join(pkg, 'words');
  const listed = fs.existsSync(path.join(tables, 'languages.json')) ? JSON.parse(fs.readFileSync(path.join(tables, 'languages.json'), 'utf8')) : core.languages();
  const out = [];
  for (const { tag, name } of listed) {
    if (core.wordsNeeded(tag)) core.loadWords(JSON.parse(fs.readFileSync(path.join(tables, `${tag}.json`), 'utf8')));
    const words = path.join(here, 'words', `${tag}.json`);
    if (!fs.existsSync(words)) {
      console.warn(`www: no www/words/${tag}.json: no ${name} pages`);
      continue;
    }
    out.push({ tag, name, home: tag === 'en' ? '' : `${tag.toLowerCase()}/`, t: speaker(JSON.parse(fs.readFileSync(words, 'utf8')), tag) });
  }
  return out;
}

function write(rel, data) {
  const f = path.join(out, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, data);
}

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyDir(a, b);
    else fs.copyFileSync(a, b);
  }
}

async function main() {
  const t0 = Date.now();
  const core = await loadCore(pkg);
  // The ids the core writes: compare against these, never against its words.
  const ids = core.ids();
  const version = core.version();
  const catalog = core.catalog();
  const languages = siteLanguages(core);
  const en = languages.find((l) => l.tag === 'en');
  if (!en) throw new Error('www/words/en.json is missing');
  /** The same page in each language, for the language menu (the English path in, every language's out). */
  const alternatesOf = (home) => (p) => {
    const enPath = p.slice(home.length);
    return languages.map((l) => ({ tag: l.tag, name: l.name, path: enPath.startsWith('reference/') ? `${l.home}${enPath}` : enPath }));
  };

  // Diagnose every sample page the project has.
  const collection = readCollection(repo).map((p) => {
    const body = fs.readFileSync(p.abs);
    const diagnosis = core.diagnose({ ...responseOf(p, body), now_ms: null });
    return { ...p, body, diagnosis };
  });
  const byKey = new Map(collection.map((p) => [p.key, p]));
  const featuredRank = new Map(FEATURED.map(([key], i) => [key, i]));
  for (const [key] of FEATURED) if (!byKey.has(key)) throw new Error(`featured sample ${key} is not in the collection`);

  // One representative page per variant: featured first, then real errors.
  const rank = (p) => [featuredRank.get(p.key) ?? 1e6, p.diagnosis.is_error ? 0 : 1, p.kind === 'fixture' ? 0 : 1];
  const cmp = (a, b) => { const x = rank(a), y = rank(b); for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i]; return 0; };
  const reps = new Map();
  for (const p of [...collection].sort(cmp)) if (!reps.has(p.diagnosis.variant)) reps.set(p.diagnosis.variant, p);
  const variants = [...reps.entries()].map(([variant, p]) => {
    const text = p.body.toString('utf8');
    const titles = Object.fromEntries(languages.map((l) => [l.tag, variantTitle(core, p.diagnosis, l.tag)]));
    return { variant, sample: p, diagnosis: p.diagnosis, title: titles.en, titles, bytes: p.body.length, excerpt: text.length > 4000 ? `${text.slice(0, 4000)}\n…` : text };
  }).sort((a, b) => a.title.localeCompare(b.title));

  // The playground's samples: featured, then every other representative.
  fs.rmSync(out, { recursive: true, force: true });
  const chosen = [
    ...FEATURED.map(([key, label, group]) => ({ p: byKey.get(key), label, group })),
    ...variants.filter((v) => !featuredRank.has(v.sample.key)).map((v) => {
      const card = core.explain(v.diagnosis, {});
      return { p: v.sample, label: `${v.diagnosis.vendor === ids.unknownVendor ? 'Unknown server' : v.diagnosis.vendor_name}: ${card.title}`, group: v.diagnosis.is_error ? 'More pages, one per variant' : 'Not outages' };
    }),
  ];
  const index = chosen.map(({ p, label, group }) => {
    write(`samples/${p.id}.txt`, p.body);
    return { id: p.id, label, group, status: p.status, reason: p.reason, headers: p.headers, url: SAMPLE_URL, file: `samples/${p.id}.txt`, about: p.about, origin: p.origin, source: `${p.kind === 'corpus' ? 'shared corpus' : 'tests/fixtures/captured'}/${p.file}` };
  });
  write('samples/index.json', JSON.stringify(index, null, 1));
  for (const id of LIVE_SAMPLES) if (!index.some((s) => s.id === id)) throw new Error(`landing sample ${id} missing`);

  // The core and the shared card renderer, as they are.
  copyDir(pkg, path.join(out, 'pkg'));
  if (fs.existsSync(CARD)) {
    for (const [from, to] of cardModules(CARD)) write(to, fs.readFileSync(from));
  } else {
    console.warn(`www: ${path.relative(repo, CARD)} is missing: the pages cannot draw cards until it exists`);
  }
  copyDir(path.join(here, 'src'), out);

  // Screenshots from the extension's tests, if there are any.
  const shots = readShots(SHOTS, new Map(catalog.vendors.map((v) => [v.id, v.name])));
  for (const s of shots) write(`screenshots/${s.file}`, s.buf);

  // Pages.
  const featuredCodes = [500, 502, 503, 504, 521, 522, 524].map((c) => catalog.codes.find((x) => x.code === c)).filter(Boolean).map((c) => ({ code: c.code, title: c.card.title }));
  // Home and the playground are English pages; their language menu leads to each language's reference.
  const toReference = () => languages.map((l) => ({ tag: l.tag, name: l.name, path: `${l.home}reference/index.html` }));
  write('index.html', landing({ version, shots, featuredCodes, t: en.t, alternates: toReference() }));
  write('playground.html', playground({ version, t: en.t, alternates: toReference() }));
  const ref = languages.flatMap((l) => buildReference(core, {
    catalog: l.tag === 'en' ? catalog : core.catalog(l.tag), samples: index, variants, version, t: l.t, home: l.home, alternates: alternatesOf(l.home),
  }));
  for (const p of ref) write(p.path, p.html);
  for (const l of languages) write(`words/${l.tag}.json`, fs.readFileSync(path.join(here, 'words', `${l.tag}.json`)));
  // What exists, for the playground's links into the reference.
  write(paths.index.replace(/\.html$/, '.json'), JSON.stringify({
    codes: catalog.codes.map((c) => c.code),
    network: catalog.network.map((n) => n.id),
    vendors: catalog.vendors.map((v) => v.id),
    variants: variants.map((v) => v.variant),
  }));
  write('.nojekyll', '');

  const pages = 2 + ref.length;
  console.log(`www: ${pages} pages (${languages.map((l) => l.tag).join(', ')}), ${index.length} samples, ${variants.length} variants, ${shots.length} screenshots -> ${path.relative(repo, out)}/ in ${Date.now() - t0} ms`);
}

main().catch((e) => {
  console.error(`www: ${e.message}`);
  process.exit(1);
});
