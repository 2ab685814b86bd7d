// The playground: diagnoses what the person types, on every input, with the
// wasm core, and draws the card with the extension's card renderer.
import { loadCore, CardSlot, detectOs, browserName } from './gw.js';
import { fmtDelay, faultWord, parseHeaders, formatHeaders } from './format.js';
import { fetchWords } from './words.js';

// The page is in English; the site's phrases come from its word file.
const t = await fetchWords(new URL('../', import.meta.url), 'en');

const DEBOUNCE_MS = 8;
const $ = (id) => document.getElementById(id);
const form = $('play-form');
const fields = { sample: $('sample'), status: $('status'), reason: $('reason'), url: $('url'), headers: $('headers'), body: $('body'), os: $('os') };
const out = { verdict: $('verdict'), error: $('input-error'), facts: $('facts'), evidence: $('evidence'), plan: $('plan'), json: $('diagnosis-json'), cardJson: $('card-json') };
const slot = new CardSlot($('card'), { open: true });

let core = null;
let samples = [];
let known = { codes: [], network: [], variants: [], vendors: [] };
let timer = 0;
let pendingSince = null;
let seq = 0;
let startedMs = Date.now();

const audience = () => form.querySelector('input[name="audience"]:checked')?.value ?? 'visitor';

/** Reads the form into the response the core takes, or an error message. */
function readInput() {
  const raw = fields.status.value.trim();
  let status = null;
  if (raw !== '') {
    status = Number(raw);
    if (!Number.isInteger(status) || status < 100 || status > 599) return { error: 'The status must be a whole number from 100 to 599, or empty.' };
  }
  const { headers, bad } = parseHeaders(fields.headers.value);
  if (bad.length) return { error: `Header line ${bad.join(', ')} has no colon: write each header as Name: value.` };
  return {
    response: {
      status,
      reason: fields.reason.value.trim() || null,
      method: 'GET',
      url: fields.url.value.trim(),
      headers,
      body: fields.body.value,
      now_ms: Date.now(),
    },
  };
}

function el(tag, text, attrs = {}) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function refLink(text, path) {
  return el('a', text, { href: path });
}

function showFacts(d) {
  const rows = [
    ['Outage', d.is_error ? 'Yes: a server failure' : `No (${d.kind.replace(/-/g, ' ')})`],
    ['Status', d.status == null ? 'none found' : [known.codes.includes(d.status) ? refLink(String(d.status), `reference/codes/${d.status}.html`) : String(d.status), ` from the ${d.status_source.replace(/-/g, ' ')}`]],
    ['Written by', d.vendor === 'unknown' ? 'an unknown server' : known.vendors.includes(d.vendor) ? refLink(d.vendor_name, `reference/vendors/${d.vendor}.html`) : d.vendor_name],
    ['Served through', d.served_by],
    ['Page variant', known.variants.includes(d.variant) ? refLink(d.variant, `reference/variants/${d.variant}.html`) : d.variant],
    ['Failing hop', d.is_error ? faultWord(d.fault, t) : 'none'],
    ['Vendor code', d.vendor_code],
    [d.reference_label ?? 'Reference', d.reference],
    ['Retry-After', d.retry_after_s == null ? null : `${d.retry_after_s} s`],
    ['The page asks to wait', d.retry_hint ? `${d.retry_hint.seconds} s` : null],
    ['Behind it', d.stack.length ? d.stack.join(', ') : null],
  ];
  out.facts.replaceChildren(...rows.filter(([, v]) => v != null && v !== '').flatMap(([k, v]) => {
    const dd = el('dd');
    dd.append(...[v].flat());
    return [el('dt', k), dd];
  }));
  out.evidence.replaceChildren(...(d.evidence.length ? d.evidence : ['nothing: no status and no recognisable page']).map((e) => el('li', e)));
}

function showPlan(d) {
  const plan = core.planSchedule(null, d, Date.now(), startedMs % 2 ** 32);
  const tries = plan.filter((s) => s.action === 'retry');
  if (!tries.length) {
    const stop = plan.find((s) => s.action !== 'retry');
    out.plan.replaceChildren(el('p', `Gatewise would not retry this page by itself${stop?.reason ? ` (${stop.reason.replace(/-/g, ' ')})` : ''}.`));
    return;
  }
  const list = el('ol', null, { class: 'schedule' });
  const t0 = tries[0].at_ms - tries[0].delay_ms;
  list.append(...tries.map((x) => el('li', `after ${fmtDelay(x.at_ms - t0, t)}${x.basis && x.basis !== 'backoff' ? ` (${x.basis.replace(/-/g, ' ')})` : ''}`)));
  out.plan.replaceChildren(el('p', `If the site stays down, Gatewise checks it ${tries.length} times, then stops:`), list);
}

/** Diagnoses the form now. */
function run() {
  clearTimeout(timer);
  timer = 0;
  $('card').removeAttribute('aria-busy');
  const since = pendingSince ?? performance.now();
  pendingSince = null;
  const input = readInput();
  let d;
  let card;
  try {
    if (input.error) throw new Error(input.error);
    d = core.diagnose(input.response);
    card = core.explain(d, { audience: audience(), os: fields.os.value, started_ms: startedMs, tz_offset_min: -new Date().getTimezoneOffset(), attempts: 0, browser: browserName() });
  } catch (e) {
    out.error.textContent = e.message;
    out.error.hidden = false;
    say('Fix the input to see the diagnosis.', '');
    $('card').dataset.seq = String(++seq);
    return;
  }
  out.error.hidden = true;
  slot.show(card, { audience: audience() });
  showFacts(d);
  showPlan(d);
  out.json.textContent = JSON.stringify(d, null, 2);
  out.cardJson.textContent = JSON.stringify(card, null, 2);
  const ms = performance.now() - since;
  const what = d.is_error ? `${card.title}${d.vendor !== 'unknown' ? `, page written by ${d.vendor_name}` : ''}` : `Not an outage: ${card.title || d.kind.replace(/-/g, ' ')}`;
  say(`${what}.`, `Answered in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms.`);
  $('card').dataset.seq = String(++seq);
  $('card').dataset.ms = ms.toFixed(2);
}

/** The verdict: its words are announced only when they change, the timing never. */
function say(text, timing) {
  const live = $('verdict-text');
  if (live.textContent !== text) live.textContent = text;
  $('verdict-ms').textContent = timing;
}

function schedule(e) {
  pendingSince ??= e?.timeStamp && e.timeStamp <= performance.now() ? e.timeStamp : performance.now();
  clearTimeout(timer);
  $('card').setAttribute('aria-busy', 'true');
  timer = setTimeout(run, DEBOUNCE_MS);
}

async function loadSample(id) {
  const s = samples.find((x) => x.id === id);
  if (!s) return;
  fields.sample.value = id;
  const body = await fetch(s.file).then((r) => {
    if (!r.ok) throw new Error(`${s.file}: ${r.status}`);
    return r.text();
  });
  fields.status.value = s.status ?? '';
  fields.reason.value = s.reason ?? '';
  fields.url.value = s.url;
  fields.headers.value = formatHeaders(s.headers);
  fields.body.value = body;
  $('sample-about').replaceChildren(el('span', `${s.about}. `), el('span', `Source: ${s.source}. `), refLink('Raw file', s.file));
  startedMs = Date.now();
  run();
}

function applyHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  if (h.get('sample')) return loadSample(h.get('sample'));
  if (h.get('status')) {
    fields.sample.value = '';
    fields.status.value = h.get('status');
    fields.reason.value = '';
    fields.headers.value = '';
    fields.body.value = '';
    $('sample-about').textContent = 'A bare response with this status and an empty page.';
    run();
    return null;
  }
  return loadSample(samples[0].id);
}

async function main() {
  [core, samples, known] = await Promise.all([
    loadCore(),
    fetch('samples/index.json').then((r) => r.json()),
    fetch('reference/index.json').then((r) => r.json()),
  ]);
  $('core-version').textContent = core.version();
  fields.os.value = detectOs();
  const groups = new Map();
  for (const s of samples) {
    if (!groups.has(s.group)) groups.set(s.group, el('optgroup', null, { label: s.group }));
    groups.get(s.group).append(el('option', s.label, { value: s.id }));
  }
  fields.sample.append(...groups.values());
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    if (e.target === fields.sample) return;
    schedule(e);
  });
  form.addEventListener('change', (e) => {
    if (e.target === fields.sample) {
      if (fields.sample.value) history.replaceState(null, '', `#sample=${fields.sample.value}`);
      loadSample(fields.sample.value).catch(showLoadError);
    } else if (e.target.name === 'audience' || e.target === fields.os) {
      run();
    }
  });
  window.addEventListener('hashchange', () => Promise.resolve(applyHash()).catch(showLoadError));
  await applyHash();
  document.body.dataset.ready = 'true';
}

function showLoadError(e) {
  out.error.textContent = `Could not load the sample: ${e.message}`;
  out.error.hidden = false;
}

main().catch((e) => {
  say(`The playground could not start: ${e.message}`, '');
});
