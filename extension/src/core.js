// Loads the Rust core (wasm) once. A Chrome MV3 service worker may not use
// top-level await, so callers await `core()` inside each handler.

import init, * as gatewise from '../wasm/gatewise.js';
import { api } from './browser.js';

let ready = null;

/** The core's exports, once the wasm is instantiated. */
export function core() {
    ready ??= init({ module_or_path: api.runtime.getURL('wasm/gatewise_bg.wasm') }).then(() => gatewise);
    return ready;
}

/** Fresh random bits for the planner's jitter. */
export function seed() {
    const words = crypto.getRandomValues(new Uint32Array(2));
    // 53 bits: what a JS number carries exactly.
    return (words[0] & 0x1fffff) * 2 ** 32 + words[1];
}
