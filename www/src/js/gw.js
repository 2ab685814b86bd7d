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
 * Draws `card` into `slot`. A shadow root cannot be removed, so every card
 * gets a fresh host element; the previous one is destroyed and replaced.
 */
export class CardSlot {
  constructor(slot) {
    this.slot = slot;
    this.handle = null;
  }

  show(card, opts = {}) {
    this.handle?.destroy?.();
    const host = document.createElement('div');
    host.className = 'card-root';
    this.slot.replaceChildren(host);
    this.handle = renderCard(host, card, {
      mode: 'web',
      audience: card.audience,
      retry: null,
      onCopy: (text) => navigator.clipboard?.writeText(typeof text === 'string' ? text : card.report).catch(() => {}),
      ...opts,
    });
    return this.handle;
  }
}
