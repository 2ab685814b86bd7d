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

const NAV = [
  ['index.html', 'Home'],
  ['playground.html', 'Playground'],
  ['reference/index.html', 'Reference'],
  ['index.html#install', 'Install'],
];

/**
 * The whole document around a page's main content.
 * @param {{path:string,title:string,description:string,main:any,scripts?:string[],nav?:string,version:string}} p
 */
export function page(p) {
  const r = (to) => rel(p.path, to);
  const nav = NAV.map(([href, label]) => {
    const current = p.nav === href ? raw(' aria-current="page"') : '';
    return html`<li><a href="${r(href)}"${current}>${label}</a></li>`;
  });
  const scripts = (p.scripts ?? []).map((s) => html`<script type="module" src="${r(s)}"></script>`);
  return `<!doctype html>
${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="color-scheme" content="light dark">
<title>${p.title}</title>
<meta name="description" content="${p.description}">
<link rel="stylesheet" href="${r('css/site.css')}">
<link rel="icon" href="${r('favicon.svg')}" type="image/svg+xml">
${scripts}
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site-header">
  <div class="wrap bar">
    <a class="brand" href="${r('index.html')}"><img src="${r('favicon.svg')}" alt="" width="28" height="28"> Gatewise</a>
    <nav aria-label="Site"><ul>${nav}</ul></nav>
  </div>
</header>
<main id="main" class="wrap">
${p.main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>Gatewise ${p.version}. Every explanation on this site comes from the same Rust core the extension runs, compiled to WebAssembly. This site works offline and loads nothing from other servers.</p>
    <p><a href="${r('reference/index.html')}">Error reference</a> · <a href="${r('playground.html')}">Playground</a> · <a href="${r('index.html#install')}">Install</a></p>
  </div>
</footer>
</body>
</html>
`}`;
}
