// The two hand-written pages: the landing page and the playground. Their
// dynamic parts (the live card, the diagnosis) are drawn by js/ at run time.
import { html, page } from './html.mjs';
import { paths } from './reference.mjs';

/** Landing page. `shots` are [{file, caption}] under screenshots/. */
export function landing({ version, shots, featuredCodes, t, alternates }) {
  const path = 'index.html';
  const main = html`<section class="hero">
  <div>
    <p class="eyebrow">A browser extension for Chrome and Firefox</p>
    <h1>502 Bad Gateway, explained. Then retried politely until the site is back.</h1>
    <p class="lead">When a site answers with a server error (502, 503, 504, Cloudflare\u2019s 52x, Google\u2019s \u201cThat\u2019s an error\u201d, or just a blank page), Gatewise tells you what broke, whose fault it is and what you can do, then checks the site again, spaced out, until it is back.</p>
    <p class="actions"><a class="button" href="#install">Install it</a> <a class="button button-quiet" href="playground.html">Try the playground</a></p>
  </div>
  <figure class="hero-card" aria-labelledby="live-caption">
    <div class="live-demo">
      <div class="live-controls">
        <label for="live-sample">Error page</label>
        <select id="live-sample" data-live-sample>
          <option value="cloudflare-502-2">Cloudflare 502</option>
          <option value="nginx-502-refused">nginx 502</option>
          <option value="google-502-1">Google 502</option>
          <option value="caddy-502-refused">A blank page</option>
        </select>
      </div>
      <div class="card-host" id="live-card" aria-live="polite"><p class="muted">Loading the core\u2026</p></div>
    </div>
    <figcaption id="live-caption">Live: this card was drawn just now, in this page, by Gatewise\u2019s core (WebAssembly) reading a real error page, and by the same card code the extension uses.</figcaption>
  </figure>
</section>

<section class="features" aria-labelledby="what">
  <h2 id="what">What it does</h2>
  <ul class="feature-grid">
    <li><h3>Recognises the error</h3><p>From the status line and the page itself: nginx, Apache, IIS, HAProxy, Varnish, Squid, Cloudflare (old and new pages), CloudFront, Fastly, Akamai, Google and more, and blank pages. An article that merely talks about \u201c502 Bad Gateway\u201d is not an error.</p></li>
    <li><h3>Says whose fault it is</h3><p>You, the network, the CDN or proxy in front of the site, or the site\u2019s own server, with the vendor\u2019s reference (a Cloudflare Ray ID, a CloudFront request id) when the page carries one.</p></li>
    <li><h3>Tells you what to try</h3><p>Cheapest step first, with the exact keys and commands for your system. Site owners get their own checklist for the server that wrote the page.</p></li>
    <li><h3>Retries politely</h3><p>It checks again with growing, jittered gaps and honours Retry-After, so a struggling site is not hammered. It never re-sends a form by itself.</p></li>
    <li><h3>Knows when it is you</h3><p>Unrelated sites failing at once, a browser that is offline, or a Wi-Fi sign-in page in the way: the card then says \u201cyour connection\u201d, and retries wait for it instead of asking the site. It judges from what the browser already reports, with no extra request.</p></li>
    <li><h3>Every browser error</h3><p>All of Chromium\u2019s network errors and Firefox\u2019s, from DNS to certificates, HTTP/2 and QUIC, proxies and redirect loops, each with its own explanation and rule. Certificate errors are explained, never retried; a load you stopped or your own blocker refused is left alone.</p></li>
    <li><h3>Down for everyone?</h3><p>One click asks the site’s public status page and, when the site sits behind Cloudflare, Fastly, Akamai, Google Cloud, Vercel, Netlify, GitHub or Heroku, that company’s status too, then shows what each says and when it was asked. Nothing is asked before you click; the request names only the site’s domain and carries no cookie.</p></li>
    <li><h3>For organisations</h3><p>An administrator can set auto-retry, the codes retried, the budgets, per-site rules and where the card shows, by browser policy in Chrome and Firefox. The options page shows those settings as set and locked. The source\u2019s <code>docs/policies.md</code> has example policy files for both.</p></li>
    <li><h3>Keyboard and screen readers</h3><p>Alt+Shift+R retries the current tab now, Alt+Shift+S stops it (change them in the browser’s shortcut settings). The card works with the keyboard alone, shows where the focus is, passes an automated accessibility audit, and tells screen readers quietly when the site is back.</p></li>
  </ul>
</section>

${shots.length ? html`<section aria-labelledby="shots-h"><h2 id="shots-h">Screenshots</h2>
<p>Taken by the extension\u2019s own browser tests.</p>
<ul class="shots">${shots.map((s) => html`<li><figure><a href="screenshots/${s.file}"><img class="${s.height / s.width > 1.6 ? 'shot-tall' : 'shot-wide'}" src="screenshots/${s.file}" alt="${s.caption}" loading="lazy" width="${s.width}" height="${s.height}"></a><figcaption>${s.caption}</figcaption></figure></li>`)}</ul></section>` : ''}

<section id="install" aria-labelledby="install-h">
  <h2 id="install-h">Install</h2>
  <p>Gatewise is not in the stores yet. Build it from a copy of the repository, then load the folder the build writes:</p>
  <pre><code>make      # installs what is missing, then writes dist/chrome/, dist/firefox/ and their zips</code></pre>
  <div class="install-grid">
    <div class="install">
      <h3>Chrome, Edge, Brave and other Chromium browsers</h3>
      <ol>
        <li>Open <code>chrome://extensions</code> (type it in the address bar).</li>
        <li>Turn on <strong>Developer mode</strong>, top right.</li>
        <li>Press <strong>Load unpacked</strong> and choose the <code>dist/chrome</code> folder.</li>
      </ol>
      <p class="muted">It stays installed across restarts.</p>
    </div>
    <div class="install">
      <h3>Firefox</h3>
      <ol>
        <li>Open <code>about:debugging#/runtime/this-firefox</code>.</li>
        <li>Press <strong>Load Temporary Add-on\u2026</strong></li>
        <li>Choose <code>dist/firefox/manifest.json</code>.</li>
      </ol>
      <p class="muted">Firefox removes temporary add-ons when it quits; load it again next time.</p>
    </div>
  </div>
</section>

<section aria-labelledby="learn-h">
  <h2 id="learn-h">Look something up</h2>
  <p>The <a href="${paths.index}">error reference</a> has a page for every code and vendor page Gatewise knows, for example:</p>
  <ul class="chips">${featuredCodes.map((c) => html`<li><a href="${paths.code(c.code)}">${c.title}</a></li>`)}</ul>
</section>`;
  return page({ t, alternates, path, title: 'Gatewise: 502 Bad Gateway, explained', description: 'Gatewise is a browser extension that explains 5xx server errors (502 Bad Gateway, 503, 504, Cloudflare 52x) and retries politely until the site is back.', main, version, nav: 'index.html', scripts: ['js/landing.js'] });
}

/** The playground. */
export function playground({ version, t, alternates }) {
  const path = 'playground.html';
  const main = html`<header class="page-head">
  <h1>Playground</h1>
  <p class="lead">Paste an error page, set the status and headers, or pick a real sample. Gatewise\u2019s core diagnoses it in this page as you type, and draws the same card the extension shows.</p>
</header>
<div class="play">
  <form class="play-input" id="play-form" autocomplete="off" novalidate>
    <div class="field">
      <label for="sample">Start from a sample</label>
      <select id="sample" name="sample"><option value="">Your own page</option></select>
      <p class="hint" id="sample-about"></p>
    </div>
    <div class="row">
      <div class="field field-status">
        <label for="status">Status</label>
        <input id="status" name="status" type="number" inputmode="numeric" min="100" max="599" placeholder="none" aria-describedby="status-hint">
      </div>
      <div class="field field-grow">
        <label for="reason">Reason phrase</label>
        <input id="reason" name="reason" type="text" placeholder="Bad Gateway" spellcheck="false">
      </div>
    </div>
    <p class="hint" id="status-hint">Leave the status empty to judge the page\u2019s text alone.</p>
    <div class="field">
      <label for="url">Address</label>
      <input id="url" name="url" type="url" spellcheck="false" value="https://www.example.com/">
    </div>
    <div class="field">
      <label for="headers">Response headers <span class="hint">(one <code>Name: value</code> per line)</span></label>
      <textarea id="headers" name="headers" rows="4" spellcheck="false" placeholder="Server: nginx/1.22.1"></textarea>
    </div>
    <div class="field">
      <label for="body">Page HTML</label>
      <textarea id="body" name="body" rows="14" spellcheck="false" placeholder="&lt;html&gt;&lt;head&gt;&lt;title&gt;502 Bad Gateway&lt;/title&gt;..."></textarea>
    </div>
    <div class="row">
      <fieldset class="toggle" id="audience">
        <legend>Show the card for</legend>
        <label><input type="radio" name="audience" value="visitor" checked> Visitor</label>
        <label><input type="radio" name="audience" value="owner"> Site owner</label>
      </fieldset>
      <div class="field">
        <label for="os">System</label>
        <select id="os" name="os">
          <option value="windows">Windows</option><option value="macos">macOS</option><option value="linux">Linux</option>
          <option value="chromeos">ChromeOS</option><option value="android">Android</option><option value="ios">iOS</option>
        </select>
      </div>
    </div>
  </form>
  <section class="play-output" aria-labelledby="out-h">
    <h2 id="out-h" class="sr-only">Result</h2>
    <p class="verdict" id="verdict"><span id="verdict-text" role="status" aria-live="polite">Loading the core\u2026</span> <span id="verdict-ms" class="muted"></span></p>
    <p class="error" id="input-error" role="alert" hidden></p>
    <div class="card-host" id="card"></div>
    <section class="diag" aria-labelledby="diag-h">
      <h3 id="diag-h">Diagnosis</h3>
      <dl class="facts" id="facts"></dl>
      <h4>Evidence</h4>
      <ul id="evidence"></ul>
      <h4>Retry plan</h4>
      <div id="plan"></div>
      <details><summary>Raw diagnosis (JSON)</summary><pre id="diagnosis-json"></pre></details>
      <details><summary>Raw card (JSON)</summary><pre id="card-json"></pre></details>
      <p class="muted">Core version <span id="core-version"></span>. Nothing you paste leaves this page.</p>
    </section>
  </section>
</div>`;
  return page({ t, alternates, path, title: 'Playground · Gatewise', description: 'Paste an error page and see how Gatewise diagnoses and explains it.', main, version, nav: path, scripts: ['js/playground.js'] });
}
