// The reference section, generated from the core's knowledge base: one page
// per status code, per network failure, per vendor and per page variant. All
// text comes from catalog() and explain(); nothing here words an error.
import { html, raw, page, rel, jsonBlock } from './html.mjs';
import { fmtDelay, faultWord } from '../src/js/format.js';

export const OSES = [
  ['windows', 'Windows'], ['macos', 'macOS'], ['linux', 'Linux'],
  ['chromeos', 'ChromeOS'], ['android', 'Android'], ['ios', 'iOS and iPadOS'],
];

const ROLE = {
  proxy: 'a web server or reverse proxy in front of the application',
  'load-balancer': 'a load balancer in front of the application',
  cdn: 'a CDN: it serves the site from its own edge servers',
  platform: 'a hosting platform: it runs the application',
  site: 'a site that writes its own error pages',
};

/** Site paths of the reference pages. */
export const paths = {
  index: 'reference/index.html',
  code: (c) => `reference/codes/${c}.html`,
  network: (id) => `reference/network/${id}.html`,
  vendor: (id) => `reference/vendors/${id}.html`,
  variant: (v) => `reference/variants/${v}.html`,
};

/** Code groups, in the index's order. */
export function codeGroup(code) {
  if (code < 500) return 'client';
  if (code >= 520 && code <= 530) return 'cloudflare';
  if (code >= 598) return 'proxy';
  return 'server';
}

const GROUPS = [
  ['server', 'Server errors (5xx)', 'The standard codes a server, proxy or gateway answers with when it cannot serve the page.'],
  ['cloudflare', 'Cloudflare\u2019s own codes', 'Cloudflare answers with these when it cannot get a proper answer from the site behind it.'],
  ['proxy', 'Other proxies\u2019 codes', 'Unofficial codes some proxies use for timeouts.'],
  ['client', 'Not outages (4xx)', 'Gatewise recognises these so that it never treats them as a server failure.'],
];

/** Commands that differ by system, for one card's visitor steps: {id: [[os, command]]}. */
function commandsByOs(core, diagnosis) {
  const out = {};
  for (const [os, label] of OSES) {
    const card = core.explain(diagnosis, { audience: 'visitor', os });
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

function visitorSteps(card, cmds) {
  if (!card.visitor_steps.length) return html`<p>Nothing to do on your side.</p>`;
  return html`<ol class="steps">${card.visitor_steps.map((s) => html`<li><strong>${s.title}</strong><p>${s.detail}</p>${stepCommands(cmds[s.id])}</li>`)}</ol>`;
}

function ownerSteps(card) {
  if (!card.owner_steps.length) return html`<p>Nothing specific.</p>`;
  return html`<ul class="checklist">${card.owner_steps.map((s) => html`<li>${s.title}${s.detail ? html` <span class="muted">${s.detail}</span>` : ''}</li>`)}</ul>`;
}

function diagram(card) {
  const word = { ok: card.labels.working, failed: card.labels.failing, unknown: card.labels.unknown };
  return html`<ol class="hops" aria-label="${card.labels.whose_fault}">${card.diagram.map((h) => html`<li class="hop hop-${h.state}"><span class="hop-label">${h.label}</span><span class="hop-state">${word[h.state] ?? h.state}</span></li>`)}</ol>`;
}

/** The live card block: the card as JSON, drawn by the extension's card.js. */
function liveCard(card, key) {
  return html`<section class="live-card" data-live-card aria-labelledby="card-${key}">
  <h2 id="card-${key}">The card Gatewise shows</h2>
  <script type="application/json" data-card>${jsonBlock(card)}</script>
  <div class="card-host" data-card-host><p class="muted">The card appears here when JavaScript runs; everything it says is on this page above.</p></div>
</section>`;
}

function retryPlan(core, diagnosis) {
  const plan = core.planSchedule(null, diagnosis, 0, 1);
  const tries = plan.filter((s) => s.action === 'retry');
  const stop = plan.find((s) => s.action !== 'retry');
  if (!tries.length) {
    return html`<p>Gatewise does not retry this by itself${stop?.reason ? html` (<code>${stop.reason}</code>)` : ''}: waiting will not change the answer. You can still reload the page yourself.</p>`;
  }
  return html`<p>If every try fails, Gatewise checks the page again ${tries.length} times, spacing the tries out (with a little random spread, so that many visitors do not all come back at once), then stops:</p>
  <ol class="schedule">${tries.map((t) => html`<li>after ${fmtDelay(t.at_ms)}</li>`)}</ol>`;
}

/** Builds every reference page. Returns [{path, html}]. */
export function buildReference(core, ctx) {
  const { catalog, samples, version } = ctx;
  const out = [];
  const emit = (path, title, description, main, nav = paths.index) =>
    out.push({ path, html: page({ path, title: `${title} · Gatewise`, description, main, version, nav, scripts: ['js/card-embed.js'] }) });

  const crumbs = (path, label) => html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${rel(path, paths.index)}">Reference</a> <span aria-hidden="true">›</span> <span aria-current="page">${label}</span></nav>`;
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
    const cards = { visitor: entry.card, owner: core.explain(d, { audience: 'owner' }) };
    const seen = variantsByCode.get(entry.code) ?? [];
    const main = html`${crumbs(path, entry.code)}
<article class="ref">
  <header class="ref-head">
    <p class="eyebrow">${entry.server_error ? 'Server error' : 'Not an outage'} · HTTP ${entry.code}</p>
    <h1>${entry.card.title}</h1>
    <p class="lead">${entry.card.headline}</p>
    <ul class="tags">
      <li class="tag ${entry.server_error ? 'tag-bad' : 'tag-ok'}">${entry.server_error ? 'Server failure' : 'Not a server failure'}</li>
      <li class="tag">${entry.retryable ? 'Gatewise retries it' : 'Retrying will not help'}</li>
      <li class="tag">Most likely: ${faultWord(entry.card.fault)}</li>
    </ul>
  </header>
  <section><h2>What happened</h2><p>${entry.card.what_happened}</p></section>
  <section><h2>${entry.card.labels.whose_fault}</h2><p>${entry.card.fault_text}</p>${diagram(entry.card)}</section>
  <section><h2>${entry.card.labels.visitor_title}</h2>${visitorSteps(entry.card, commandsByOs(core, d))}</section>
  <section><h2>${entry.card.labels.owner_title}</h2>${ownerSteps(cards.owner)}</section>
  ${entry.server_error ? html`<section><h2>How Gatewise retries it</h2>${retryPlan(core, d)}</section>` : ''}
  ${seen.length ? html`<section><h2>Real pages with this code</h2><ul class="links">${seen.map((v) => html`<li><a href="${rel(path, paths.variant(v.variant))}">${v.title}</a></li>`)}</ul></section>` : ''}
  ${liveCard(cards.visitor, entry.code)}
  <p class="try"><a class="button" href="${rel(path, 'playground.html')}#status=${entry.code}">Try ${entry.code} in the playground</a></p>
</article>`;
    emit(path, entry.card.title, `${entry.card.title}: ${entry.card.headline}. What it means, whose fault it is, what to do.`, main);
  }

  // Network failures.
  for (const entry of catalog.network) {
    const path = paths.network(entry.id);
    const d = core.diagnoseNetwork(entry.id, 'GET', 'https://example.com/');
    const cards = { visitor: entry.card, owner: core.explain(d, { audience: 'owner' }) };
    const main = html`${crumbs(path, entry.card.title)}
<article class="ref">
  <header class="ref-head">
    <p class="eyebrow">No answer at all · <code>${entry.id}</code></p>
    <h1>${entry.card.title}</h1>
    <p class="lead">${entry.card.headline}</p>
    <ul class="tags"><li class="tag tag-bad">No response from the site</li><li class="tag">Most likely: ${faultWord(entry.card.fault)}</li></ul>
  </header>
  <section><h2>What happened</h2><p>${entry.card.what_happened}</p></section>
  <section><h2>${entry.card.labels.whose_fault}</h2><p>${entry.card.fault_text}</p>${diagram(entry.card)}</section>
  <section><h2>${entry.card.labels.visitor_title}</h2>${visitorSteps(entry.card, commandsByOs(core, d))}</section>
  <section><h2>${entry.card.labels.owner_title}</h2>${ownerSteps(cards.owner)}</section>
  <section><h2>How Gatewise retries it</h2>${retryPlan(core, d)}</section>
  ${liveCard(cards.visitor, entry.id)}
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
    const cards = { visitor: core.explain(d, { audience: 'visitor' }), owner: core.explain(d, { audience: 'owner' }) };
    const owner = ownerOf(v.variant);
    if (owner) {
      if (!byVendor.has(owner)) byVendor.set(owner, []);
      byVendor.get(owner).push(v);
    }
    const s = v.sample;
    const vendorLink = catalog.vendors.some((x) => x.id === d.vendor) ? html`<a href="${rel(path, paths.vendor(d.vendor))}">${d.vendor_name}</a>` : d.vendor_name;
    const codeLink = d.status != null && catalog.codes.some((c) => c.code === d.status) ? html`<a href="${rel(path, paths.code(d.status))}">${cards.visitor.title}</a>` : cards.visitor.title;
    const main = html`${crumbs(path, v.title)}
<article class="ref">
  <header class="ref-head">
    <p class="eyebrow">Page variant · <code>${v.variant}</code></p>
    <h1>${v.title}</h1>
    <p class="lead">${cards.visitor.headline}</p>
    <ul class="tags">
      <li class="tag ${d.is_error ? 'tag-bad' : 'tag-ok'}">${d.is_error ? 'Outage' : 'Not an outage'}</li>
      <li class="tag">Written by ${d.vendor === 'unknown' ? 'an unknown server' : vendorLink}</li>
      <li class="tag">Sample: ${codeLink}</li>
    </ul>
  </header>
  <section><h2>How Gatewise recognises it</h2>
    <ul>${d.evidence.map((e) => html`<li>${e}</li>`)}</ul>
    <p class="muted">The sample: ${s.about}. Source: ${s.origin}.</p>
    <details class="excerpt"><summary>The sample page\u2019s source (${v.bytes} bytes)</summary><pre><code>${v.excerpt || '(empty body)'}</code></pre></details>
  </section>
  <section><h2>What happened</h2><p>${cards.visitor.what_happened}</p>${cards.visitor.vendor_line ? html`<p>${cards.visitor.vendor_line}.</p>` : ''}</section>
  <section><h2>${cards.visitor.labels.whose_fault}</h2><p>${cards.visitor.fault_text}</p>${diagram(cards.visitor)}</section>
  <section><h2>${cards.visitor.labels.visitor_title}</h2>${visitorSteps(cards.visitor, commandsByOs(core, d))}</section>
  <section><h2>${cards.visitor.labels.owner_title}</h2>${ownerSteps(cards.owner)}</section>
  ${liveCard(cards.visitor, v.variant)}
  <p class="try"><a class="button" href="${rel(path, 'playground.html')}#sample=${s.id}">Open this page in the playground</a></p>
</article>`;
    emit(path, v.title, `${v.title}: how Gatewise recognises this error page and what to do about it.`, main);
  }

  // Vendors.
  for (const vendor of catalog.vendors) {
    const path = paths.vendor(vendor.id);
    const seen = byVendor.get(vendor.id) ?? [];
    const seenIds = new Set(seen.map((v) => v.variant));
    const unseen = vendor.variants.filter((v) => !seenIds.has(v));
    const main = html`${crumbs(path, vendor.name)}
<article class="ref">
  <header class="ref-head">
    <p class="eyebrow">Vendor · <code>${vendor.id}</code></p>
    <h1>${vendor.name}</h1>
    <p class="lead">${vendor.name} is ${ROLE[vendor.role] ?? vendor.role}.</p>
  </header>
  <section><h2>Its error pages</h2>
    ${seen.length ? html`<ul class="links">${seen.map((v) => html`<li><a href="${rel(path, paths.variant(v.variant))}">${v.title}</a> <code>${v.variant}</code></li>`)}</ul>` : html`<p>Gatewise recognises ${vendor.name} by its headers and page text; this site has no sample of its pages yet.</p>`}
    ${unseen.length ? html`<p>Gatewise also recognises these ${vendor.name} pages (no sample of them on this site yet): ${unseen.map((v, i) => html`${i ? ', ' : ''}<code>${v}</code>`)}.</p>` : ''}
  </section>
  <section><h2>If you run a site behind ${vendor.name}</h2>
    ${vendor.owner.length ? html`<ul class="checklist">${vendor.owner.map((o) => html`<li>${o}</li>`)}</ul>` : html`<p>Nothing specific to ${vendor.name}: see the checklist of the error code.</p>`}
  </section>
</article>`;
    emit(path, vendor.name, `${vendor.name} error pages: how Gatewise recognises them and what the site's owner should check.`, main);
  }

  // Index.
  const ix = paths.index;
  const codeList = (group) => catalog.codes.filter((c) => codeGroup(c.code) === group);
  const groupSections = (ids) => GROUPS.filter(([id]) => ids.includes(id)).map(([id, title, blurb]) => {
    const list = codeList(id);
    if (!list.length) return '';
    return html`<section class="ix" id="${id}"><h2>${title}</h2><p>${blurb}</p><ul class="ix-grid">${list.map((c) => html`<li><a href="${rel(ix, paths.code(c.code))}"><span class="ix-code">${c.code}</span><span class="ix-title">${c.card.title.replace(/^\d+\s*/, '')}</span><span class="ix-line">${c.card.headline}</span></a></li>`)}</ul></section>`;
  });
  const otherVariants = ctx.variants.filter((v) => !ownerOf(v.variant));
  const main = html`<header class="page-head">
  <h1>Error reference</h1>
  <p class="lead">Every error Gatewise knows: what it means, whose fault it most likely is, what a visitor can try and what the site\u2019s owner should check. Generated from the same core the extension runs, version ${version}.</p>
  <nav class="toc" aria-label="On this page"><a href="#server">5xx codes</a> <a href="#cloudflare">Cloudflare</a> <a href="#network">No answer at all</a> <a href="#vendors">Vendors</a> <a href="#client">Not outages</a></nav>
</header>
${groupSections(["server", "cloudflare", "proxy"])}
<section class="ix" id="network"><h2>No answer at all</h2><p>The browser got no page to show: the connection failed before any status code.</p>
<ul class="ix-grid ix-net">${catalog.network.map((n) => html`<li><a href="${rel(ix, paths.network(n.id))}"><span class="ix-title">${n.card.title}</span><span class="ix-line">${n.card.headline}</span><code>${n.id}</code></a></li>`)}</ul></section>
<section class="ix" id="vendors"><h2>Vendors and their pages</h2><p>Who wrote the error page tells which hop failed. Each vendor\u2019s page lists the variants of its error pages that Gatewise recognises.</p>
<ul class="vendor-list">${catalog.vendors.map((v) => {
  const mine = byVendor.get(v.id) ?? [];
  return html`<li><a class="vendor-name" href="${rel(ix, paths.vendor(v.id))}">${v.name}</a>${mine.length ? html`<ul>${mine.map((x) => html`<li><a href="${rel(ix, paths.variant(x.variant))}">${x.title}</a></li>`)}</ul>` : ''}</li>`;
})}</ul>
${otherVariants.length ? html`<h3>Other kinds of page</h3><ul class="links">${otherVariants.map((x) => html`<li><a href="${rel(ix, paths.variant(x.variant))}">${x.title}</a> <code>${x.variant}</code></li>`)}</ul>` : ''}
</section>
${groupSections(["client"])}`;
  out.push({ path: ix, html: page({ path: ix, title: 'Error reference · Gatewise', description: 'Every 5xx error, Cloudflare code and network failure: what it means and what to do.', main, version, nav: ix }) });
  return out;
}
