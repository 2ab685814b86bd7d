// Small HTML helpers: escaping, relative links and the page frame every
// generated page shares.
import path from 'node:path';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

/** Tagged template that escapes every interpolated value unless it is raw(). */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return raw(out);
}

class Raw {
  constructor(s) { this.s = s; }
  toString() { return this.s; }
}

/** Marks a string as already-safe HTML. */
export const raw = (s) => new Raw(String(s));

function render(v) {
  if (v instanceof Raw) return v.s;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

/** The relative URL from the page at `from` to the site file `to` (both site paths). */
export function rel(from, to) {
  return path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
}

/** JSON for a <script type="application/json"> block: "<" can't close it. */
export const jsonBlock = (v) => raw(JSON.stringify(v).replace(/</g, '\\u003c'));

/**
 * A phrase of the site's words (`t`, www/src/js/words.js) as HTML: its text
 * escaped, each {placeholder} filled with a value that may be html``.
 */
export function phrase(t, key, vars = {}) {
  const template = t.raw(key);
  return raw(template.split(/(\{\w+\})/).map((part) => {
    const k = /^\{(\w+)\}$/.exec(part)?.[1];
    return k && k in vars ? render(vars[k]) : esc(part);
  }).join(''));
}

const NAV = [
  ['index.html', 'nav.home'],
  ['playground.html', 'nav.playground'],
  ['reference/index.html', 'nav.reference'],
  ['index.html#install', 'nav.install'],
];

/**
 * The whole document around a page's main content. `t` gives the site's
 * words in the page's language (`lang`); `home` is the path of that
 * language's root ("" for English, "de/" for German); `alternates` lists the
 * same page in each language, `[{tag, name, path}]`, for the language menu.
 * @param {{path:string,title:string,description:string,main:any,scripts?:string[],nav?:string,version:string,t:Function,lang?:string,home?:string,alternates?:object[]}} p
 */
export function page(p) {
  const r = (to) => rel(p.path, to);
  const { t } = p;
  const home = p.home ?? '';
  // Only the reference exists in every language; Home, Playground and Install are English pages.
  const navPath = (href) => (href.startsWith('reference/') ? `${home}${href}` : href);
  const nav = NAV.map(([href, key]) => {
    const current = p.nav === navPath(href) ? raw(' aria-current="page"') : '';
    return html`<li><a href="${r(navPath(href))}"${current}>${t(key)}</a></li>`;
  });
  const alternates = p.alternates ?? [];
  const links = alternates.map((a) => html`<link rel="alternate" hreflang="${a.tag}" href="${r(a.path)}">`);
  const menu = alternates.length > 1 ? html`<nav class="langs" aria-label="${t('nav.languages')}"><ul>${alternates.map((a) => html`<li><a href="${r(a.path)}" hreflang="${a.tag}" lang="${a.tag}"${a.tag === (p.lang ?? 'en') ? raw(' aria-current="true"') : ''}>${a.name}</a></li>`)}</ul></nav>` : '';
  const scripts = (p.scripts ?? []).map((s) => html`<script type="module" src="${r(s)}"></script>`);
  return `<!doctype html>
${html`<html lang="${p.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="color-scheme" content="light dark">
<title>${p.title}</title>
<meta name="description" content="${p.description}">
<link rel="stylesheet" href="${r('css/site.css')}">
<link rel="icon" href="${r('favicon.svg')}" type="image/svg+xml">
${links}
${scripts}
</head>
<body>
<a class="skip" href="#main">${t('skip')}</a>
<header class="site-header">
  <div class="wrap bar">
    <a class="brand" href="${r('index.html')}"><img src="${r('favicon.svg')}" alt="" width="28" height="28"> Gatewise</a>
    <nav aria-label="${t('nav.site')}"><ul>${nav}</ul></nav>
    ${menu}
  </div>
</header>
<main id="main" class="wrap">
${p.main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${t('footer.core', { version: p.version })}</p>
    <p><a href="${r(`${home}reference/index.html`)}">${t('footer.reference')}</a> · <a href="${r('playground.html')}">${t('nav.playground')}</a> · <a href="${r('index.html#install')}">${t('nav.install')}</a></p>
  </div>
</footer>
</body>
</html>
`}`;
}
