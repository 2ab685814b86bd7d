// Loads the wasm core once per page and draws cards with the extension's
// own card renderer.
import init, * as core from '../pkg/gatewise.js';
import { renderCard } from '../card.js';

let ready = null;

/** The initialised core (the module's exports). */
export function loadCore() {
  ready ??= init({ module_or_path: new URL('../pkg/gatewise_bg.wasm', import.meta.url) }).then(() => core);
  return ready;
}

/** The visitor's system, as the core names it. */
export function detectOs() {
  const p = `${navigator.userAgentData?.platform ?? ''} ${navigator.platform ?? ''} ${navigator.userAgent}`.toLowerCase();
  if (/android/.test(p)) return 'android';
  if (/iphone|ipad|ipod/.test(p)) return 'ios';
  if (/cros/.test(p)) return 'chromeos';
  if (/mac/.test(p)) return 'macos';
  if (/win/.test(p)) return 'windows';
  if (/linux/.test(p)) return 'linux';
  return 'windows';
}

/** "Chrome 126 on Linux", for the report. */
export function browserName() {
  const ua = navigator.userAgent;
  const m = ua.match(/(Firefox|Edg|OPR|Chrome|Chromium|Version)\/(\d+)/);
  const names = { Edg: 'Edge', OPR: 'Opera', Version: 'Safari' };
  const os = { windows: 'Windows', macos: 'macOS', linux: 'Linux', chromeos: 'ChromeOS', android: 'Android', ios: 'iOS' }[detectOs()];
  return m ? `${names[m[1]] ?? m[1]} ${m[2]} on ${os}` : `a browser on ${os}`;
}

/**
 * Draws cards into `slot`, one after the other, on the same host (card.js
 * reuses its shadow root). Keeps the card's "More" part open or closed as
 * the person left it; `open` sets how the first card starts.
 */
export class CardSlot {
  constructor(slot, { open = false } = {}) {
    this.host = document.createElement('div');
    this.host.className = 'card-root';
    slot.replaceChildren(this.host);
    this.open = open;
    this.handle = null;
  }

  show(card, opts = {}) {
    const more = this.host.shadowRoot?.querySelector('.more');
    if (more) this.open = !more.hidden;
    this.handle?.destroy();
    this.handle = renderCard(this.host, card, { mode: 'web', shadow: 'open', audience: card.audience, retry: null, moreOpen: this.open, ...opts });
    return this.handle;
  }
}
