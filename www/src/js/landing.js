// Landing page: a live card, made here by the wasm core from a real sample.
import { loadCore, CardSlot, detectOs, browserName } from './gw.js';

const select = document.querySelector('[data-live-sample]');
const slot = new CardSlot(document.getElementById('live-card'));
const started = Date.now();
let samples = null;
const bodies = new Map();

async function draw() {
  const core = await loadCore();
  samples ??= await fetch('samples/index.json').then((r) => r.json());
  const sample = samples.find((s) => s.id === select.value) ?? samples[0];
  if (!bodies.has(sample.id)) bodies.set(sample.id, await fetch(sample.file).then((r) => r.text()));
  const diagnosis = core.diagnose({ status: sample.status, reason: sample.reason || null, url: sample.url, headers: sample.headers, body: bodies.get(sample.id), now_ms: Date.now() });
  const card = core.explain(diagnosis, { audience: 'visitor', os: detectOs(), started_ms: started, tz_offset_min: -new Date().getTimezoneOffset(), browser: browserName() });
  slot.show(card);
}

function fail(e) {
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = `The live card could not be drawn: ${e.message}`;
  document.getElementById('live-card').append(p);
}

select.addEventListener('change', () => draw().catch(fail));
draw().catch(fail);
