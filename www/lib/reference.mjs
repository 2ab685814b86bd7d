// The reference section, generated from the core's knowledge base: one page
// per status code, per network failure, per vendor and per page variant, in
// each language. All text about errors comes from catalog() and explain() in
// that language; the site's own words (headings, tags) from www/words/.
import { html, raw, page, rel, jsonBlock, phrase } from './html.mjs';
import { fmtDelay, faultWord } from '../src/js/format.js';
import { speaker } from '../src/js/words.js';
import fs from 'node:fs';

/** The site's words of a language (www/words/<tag>.json). */
export function siteWords(tag = 'en') {
  return speaker(JSON.parse(fs.readFileSync(new URL(`../words/${tag}.json`, import.meta.url), 'utf8')), tag);
}

export const OSES = ['windows', 'macos', 'linux', 'chromeos', 'android', 'ios'];

/** Site paths of the reference pages of a language (`home`: "" for English, "de/" for German). */
export function pathsIn(home = '') {
  return {
    index: `${home}reference/index.html`,
    code: (c) => `${home}reference/codes/${c}.html`,
    network: (id) => `${home}reference/network/${id}.html`,
    vendor: (id) => `${home}reference/vendors/${id}.html`,
    variant: (v) => `${home}reference/variants/${v}.html`,
  };
}

/** Site paths of the English reference pages. */
export const paths = pathsIn('');

/** Code groups, in the index's order. */
export function codeGroup(code) {
  if (code < 500) return 'client';
  if (code >= 520 && code <= 530) return 'cloudflare';
  if (code >= 598) return 'proxy';
  return 'server';
}

const GROUPS = ['server', 'cloudflare', 'proxy', 'client'];

/** Commands that differ by system, for one card's visitor steps: {id: [[os, command]]}. */
function commandsByOs(core, diagnosis, t) {
  const out = {};
  for (const os of OSES) {
    const label = t(`os.${os}`);
    const card = core.explain(diagnosis, { audience: 'visitor', os, lang: t.tag });
    for (const s of card.visitor_steps) {
      if (s.command) (out[s.id] ??= []).push([label, s.command]);
    }
  }
  return out;
}

function stepCommands(list) {
  if (!list?.length) return '';
  const distinct = new Set(list.map(([, c]) => c));
  if (distinct.size === 1) return html`<p class="cmd"><code>${list[0][1]}</code></p>`;
  return html`<dl class="cmds">${list.map(([os, c]) => html`<dt>${os}</dt><dd><code>${c}</code></dd>`)}</dl>`;
}

function visitorSteps(card, cmds, t) {
  if (!card.visitor_steps.length) return html`<p>${t('steps.none')}</p>`;
  return html`<ol class="steps">${card.visitor_steps.map((s) => html`<li><strong>${s.title}</strong><p>${s.detail}</p>${stepCommands(cmds[s.id])}</li>`)}</ol>`;
}

function ownerSteps(card, t) {
  if (!card.owner_steps.length) return html`<p>${t('owner.none')}</p>`;
  return html`<ul class="checklist">${card.owner_steps.map((s) => html`<li>${s.title}${s.detail ? html` <span class="muted">${s.detail}</span>` : ''}</li>`)}</ul>`;
}

function diagram(card) {
  const word = { ok: card.labels.working, failed: card.labels.failing, unknown: card.labels.unknown };
  return html`<ol class="hops" aria-label="${card.labels.whose_fault}">${card.diagram.map((h) => html`<li class="hop hop-${h.state}"><span class="hop-label">${h.label}</span><span class="hop-state">${word[h.state] ?? h.state}</span></li>`)}</ol>`;
}

/** The live card block: the card as JSON, drawn by the extension's card.js. */
function liveCard(card, key, t) {
  return html`<section class="live-card" data-live-card aria-labelledby="card-${key}">
  <h2 id="card-${key}">${t('live.title')}</h2>
  <script type="application/json" data-card>${jsonBlock(card)}</script>
  <div class="card-host" data-card-host><p class="muted">${t('live.nojs')}</p></div>
</section>`;
}

function retryPlan(core, diagnosis, t) {
  const plan = core.planSchedule(null, diagnosis, 0, 1);
  const tries = plan.filter((s) => s.action === 'retry');
  const stop = plan.find((s) => s.action !== 'retry');
  if (!tries.length) {
    return html`<p>${phrase(t, 'plan.none', { reason: stop?.reason ? html` (<code>${stop.reason}</code>)` : '' })}</p>`;
  }
  return html`<p>${t('plan.intro', { n: tries.length })}</p>
  <ol class="schedule">${tries.map((x) => html`<li>${t('plan.after', { delay: fmtDelay(x.at_ms, t) })}</li>`)}</ol>`;
}

/**
 * Builds every reference page of one language. `ctx.t` gives the site's
 * words in it (its tag is `t.tag`), `ctx.home` the path of its root ("" or
 * "de/"), `ctx.alternates(path)` the same page in each language. Returns
 * [{path, html}].
 */
export function buildReference(core, ctx) {
  const { catalog, version } = ctx;
  const t = ctx.t ?? siteWords('en');
  const lang = t.tag;
  const home = ctx.home ?? '';
  const paths = pathsIn(home);
  const alternates = ctx.alternates ?? (() => []);
  const explain = (d, o = {}) => core.explain(d, { ...o, lang });
  const out = [];
  const emit = (path, title, description, main, nav = paths.index) =>
    out.push({ path, html: page({ path, title: `${title} · Gatewise`, description, main, version, nav, scripts: ['js/card-embed.js'], t, lang, home, alternates: alternates(path) }) });

  const crumbs = (path, label) => html`<nav class="crumbs" aria-label="${t('crumb.label')}"><a href="${rel(path, paths.index)}">${t('crumb.reference')}</a> <span aria-hidden="true">›</span> <span aria-current="page">${label}</span></nav>`;
  const variantsByCode = new Map();
  for (const v of ctx.variants) {
    if (v.diagnosis.status != null) {
      if (!variantsByCode.has(v.diagnosis.status)) variantsByCode.set(v.diagnosis.status, []);
      variantsByCode.get(v.diagnosis.status).push(v);
    }
  }

  // Codes.
  for (const entry of catalog.codes) {
    const path = paths.code(entry.code);
    const d = core.diagnose({ status: entry.code, body: '', url: 'https://example.com/' });
    const cards = { visitor: entry.card, owner: explain(d, { audience: 'owner' }) };
    const seen = variantsByCode.get(entry.code) ?? [];
    const main = html`${crumbs(path, entry.code)}
<article class="ref">
  <header class="ref-head">
    <p class="eyebrow">${entry.server_error ? t('code.eyebrow.server') : t('code.eyebrow.client')} · HTTP ${entry.code}</p>
    <h1>${entry.card.title}</h1>
    <p class="lead">${entry.card.headline}</p>
    <ul class="tags">
      <li class="tag ${entry.server_error ? 'tag-bad' : 'tag-ok'}">${entry.server_error ? t('tag.failure') : t('tag.not_failure')}</li>
      <li class="tag">${entry.retryable ? t('tag.retries') : t('tag.no_retry')}</li>
      <li class="tag">${t('tag.likely', { fault: faultWord(entry.card.fault, t) })}</li>
    </ul>
  </header>
  <section><h2>${t('what')}</h2><p>${entry.card.what_happened}</p></section>
  <section><h2>${entry.card.labels.whose_fault}</h2><p>${entry.card.fault_text}</p>${diagram(entry.card)}</section>
  <section><h2>${entry.card.labels.visitor_title}</h2>${visitorSteps(entry.card, commandsByOs(core, d, t), t)}</section>
  <section><h2>${entry.card.labels.owner_title}</h2>${ownerSteps(cards.owner, t)}</section>
  ${entry.server_error ? html`<section><h2>${t('how_retry')}</h2>${retryPlan(core, d, t)}</section>` : ''}
  ${seen.length ? html`<section><h2>${t('real_pages')}</h2><ul class="links">${seen.map((v) => html`<li><a href="${rel(path, paths.variant(v.variant))}">${v.titles?.[lang] ?? v.title}</a></li>`)}</ul></section>` : ''}
  ${liveCard(cards.visitor, entry.code, t)}
  <p class="try"><a class="button" href="${rel(path, 'playground.html')}#status=${entry.code}">${t('try_code', { code: entry.code })}</a></p>
</article>`;
    emit(path, entry.card.title, t('code.description', { title: entry.card.title, headline: entry.card.headline }), main);
  }

  // Network failures.
  for (const entry of catalog.network) {
    const path = paths.network(entry.id);
    const d = core.diagnoseNetwork(entry.id, 'GET', 'https://example.com/');
    const cards = { visitor: entry.card, owner: explain(d, { audience: 'owner' }) };
    const main = html`${crumbs(path, entry.card.title)}
<article class="ref">
  <header class="ref-head">
    <p class="eyebrow">${t('net.eyebrow')} · <code>${entry.id}</code></p>
    <h1>${entry.card.title}</h1>
    <p class="lead">${entry.card.headline}</p>
    <ul class="tags"><li class="tag tag-bad">${t('net.tag')}</li><li class="tag">${t('tag.likely', { fault: faultWord(entry.card.fault, t) })}</li></ul>
  </header>
  <section><h2>${t('what')}</h2><p>${entry.card.what_happened}</p></section>
  <section><h2>${entry.card.labels.whose_fault}</h2><p>${entry.card.fault_text}</p>${diagram(entry.card)}</section>
  <section><h2>${entry.card.labels.visitor_title}</h2>${visitorSteps(entry.card, commandsByOs(core, d, t), t)}</section>
  <section><h2>${entry.card.labels.owner_title}</h2>${ownerSteps(cards.owner, t)}</section>
  <section><h2>${t('how_retry')}</h2>${retryPlan(core, d, t)}</section>
  ${liveCard(cards.visitor, entry.id, t)}
</article>`;
    emit(path, entry.card.title, `${entry.card.title}: ${entry.card.headline}.`, main);
  }

  // Variants (each from a real sample page). A variant belongs to the vendor
  // whose fingerprints name it; the others (blank, challenge...) to no one.
  const ownerOf = (variant) => catalog.vendors.find((x) => x.variants.includes(variant))?.id ?? null;
  const byVendor = new Map();
  for (const v of ctx.variants) {
    const path = paths.variant(v.variant);
    const d = v.diagnosis;
    const cards = { visitor: explain(d, { audience: 'visitor' }), owner: explain(d, { audience: 'owner' }) };
    const title = v.titles?.[lang] ?? v.title;
    const owner = ownerOf(v.variant);
    if (owner) {
      if (!byVendor.has(owner)) byVendor.set(owner, []);
      byVendor.get(owner).push(v);
    }
    const s = v.sample;
    const vendorLink = catalog.vendors.some((x) => x.id === d.vendor) ? html`<a href="${rel(path, paths.vendor(d.vendor))}">${d.vendor_name}</a>` : d.vendor_name;
    const codeLink = d.status != null && catalog.codes.some((c) => c.code === d.status) ? html`<a href="${rel(path, paths.code(d.status))}">${cards.visitor.title}</a>` : cards.visitor.title;
    const main = html`${crumbs(path, title)}
<article class="ref">
  <header class="ref-head">
    <p class="eyebrow">${t('variant.eyebrow')} · <code>${v.variant}</code></p>
    <h1>${title}</h1>
    <p class="lead">${cards.visitor.headline}</p>
    <ul class="tags">
      <li class="tag ${d.is_error ? 'tag-bad' : 'tag-ok'}">${d.is_error ? t('variant.outage') : t('variant.not_outage')}</li>
      <li class="tag">${phrase(t, 'variant.written_by', { vendor: d.vendor === 'unknown' ? t('variant.unknown_server') : vendorLink })}</li>
      <li class="tag">${phrase(t, 'variant.sample', { code: codeLink })}</li>
    </ul>
  </header>
  <section><h2>${t('variant.how')}</h2>
    <ul>${d.evidence.map((e) => html`<li>${e}</li>`)}</ul>
    <p class="muted">${t('variant.sample_about', { about: s.about, origin: s.origin })}</p>
    <details class="excerpt"><summary>${t('variant.source', { bytes: v.bytes })}</summary><pre><code>${v.excerpt || t('variant.empty')}</code></pre></details>
  </section>
  <section><h2>${t('what')}</h2><p>${cards.visitor.what_happened}</p>${cards.visitor.vendor_line ? html`<p>${cards.visitor.vendor_line}.</p>` : ''}</section>
  <section><h2>${cards.visitor.labels.whose_fault}</h2><p>${cards.visitor.fault_text}</p>${diagram(cards.visitor)}</section>
  <section><h2>${cards.visitor.labels.visitor_title}</h2>${visitorSteps(cards.visitor, commandsByOs(core, d, t), t)}</section>
  <section><h2>${cards.visitor.labels.owner_title}</h2>${ownerSteps(cards.owner, t)}</section>
  ${liveCard(cards.visitor, v.variant, t)}
  <p class="try"><a class="button" href="${rel(path, 'playground.html')}#sample=${s.id}">${t('variant.open')}</a></p>
</article>`;
    emit(path, title, t('variant.description', { title }), main);
  }

  // Vendors.
  for (const vendor of catalog.vendors) {
    const path = paths.vendor(vendor.id);
    const seen = byVendor.get(vendor.id) ?? [];
    const seenIds = new Set(seen.map((v) => v.variant));
    const unseen = vendor.variants.filter((v) => !seenIds.has(v));
    const role = ['proxy', 'load-balancer', 'cdn', 'platform', 'site', 'app-server'].includes(vendor.role) ? t(`role.${vendor.role}`) : vendor.role;
    const main = html`${crumbs(path, vendor.name)}
<article class="ref">
  <header class="ref-head">
    <p class="eyebrow">${t('vendor.eyebrow')} · <code>${vendor.id}</code></p>
    <h1>${vendor.name}</h1>
    <p class="lead">${t('vendor.lead', { name: vendor.name, role })}</p>
  </header>
  <section><h2>${t('vendor.pages')}</h2>
    ${seen.length ? html`<ul class="links">${seen.map((v) => html`<li><a href="${rel(path, paths.variant(v.variant))}">${v.titles?.[lang] ?? v.title}</a> <code>${v.variant}</code></li>`)}</ul>` : html`<p>${t('vendor.no_sample', { name: vendor.name })}</p>`}
    ${unseen.length ? html`<p>${t('vendor.unseen', { name: vendor.name })} ${unseen.map((v, i) => html`${i ? ', ' : ''}<code>${v}</code>`)}.</p>` : ''}
  </section>
  <section><h2>${t('vendor.owner', { name: vendor.name })}</h2>
    ${vendor.owner.length ? html`<ul class="checklist">${vendor.owner.map((o) => html`<li>${o}</li>`)}</ul>` : html`<p>${t('vendor.owner_none', { name: vendor.name })}</p>`}
  </section>
</article>`;
    emit(path, vendor.name, t('vendor.description', { name: vendor.name }), main);
  }

  // Index.
  const ix = paths.index;
  const codeList = (group) => catalog.codes.filter((c) => codeGroup(c.code) === group);
  const groupSections = (ids) => GROUPS.filter((id) => ids.includes(id)).map((id) => {
    const list = codeList(id);
    if (!list.length) return '';
    return html`<section class="ix" id="${id}"><h2>${t(`group.${id}`)}</h2><p>${t(`group.${id}.blurb`)}</p><ul class="ix-grid">${list.map((c) => html`<li><a href="${rel(ix, paths.code(c.code))}"><span class="ix-code">${c.code}</span><span class="ix-title">${c.card.title.replace(/^\d+\s*/, '')}</span><span class="ix-line">${c.card.headline}</span></a></li>`)}</ul></section>`;
  });
  const otherVariants = ctx.variants.filter((v) => !ownerOf(v.variant));
  const main = html`<header class="page-head">
  <h1>${t('index.title')}</h1>
  <p class="lead">${t('index.lead', { version })}</p>
  <nav class="toc" aria-label="${t('index.toc')}"><a href="#server">${t('index.toc.5xx')}</a> <a href="#cloudflare">${t('index.toc.cloudflare')}</a> <a href="#network">${t('index.toc.network')}</a> <a href="#vendors">${t('index.toc.vendors')}</a> <a href="#client">${t('index.toc.client')}</a></nav>
</header>
${groupSections(["server", "cloudflare", "proxy"])}
<section class="ix" id="network"><h2>${t('index.network')}</h2><p>${t('index.network.blurb')}</p>
<ul class="ix-grid ix-net">${catalog.network.map((n) => html`<li><a href="${rel(ix, paths.network(n.id))}"><span class="ix-title">${n.card.title}</span><span class="ix-line">${n.card.headline}</span><code>${n.id}</code></a></li>`)}</ul></section>
<section class="ix" id="vendors"><h2>${t('index.vendors')}</h2><p>${t('index.vendors.blurb')}</p>
<ul class="vendor-list">${catalog.vendors.map((v) => {
  const mine = byVendor.get(v.id) ?? [];
  return html`<li><a class="vendor-name" href="${rel(ix, paths.vendor(v.id))}">${v.name}</a>${mine.length ? html`<ul>${mine.map((x) => html`<li><a href="${rel(ix, paths.variant(x.variant))}">${x.titles?.[lang] ?? x.title}</a></li>`)}</ul>` : ''}</li>`;
})}</ul>
${otherVariants.length ? html`<h3>${t('index.other')}</h3><ul class="links">${otherVariants.map((x) => html`<li><a href="${rel(ix, paths.variant(x.variant))}">${x.titles?.[lang] ?? x.title}</a> <code>${x.variant}</code></li>`)}</ul>` : ''}
</section>
${groupSections(["client"])}`;
  out.push({ path: ix, html: page({ path: ix, title: `${t('index.title')} · Gatewise`, description: t('index.description'), main, version, nav: ix, t, lang, home, alternates: alternates(ix) }) });
  return out;
}
