// The Rust core (dist/pkg), loaded in Node: the tests compare what the
// browser shows with what the core says for the same response.

import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

const pkg = path.join(ROOT, 'dist', 'pkg');
const core = await import(path.join(pkg, 'gatewise.js'));
await core.default({ module_or_path: fs.readFileSync(path.join(pkg, 'gatewise_bg.wasm')) });
// The wasm keeps only English; every other language is a table beside it, as in the extension.
for (const { tag } of JSON.parse(fs.readFileSync(path.join(pkg, 'words', 'languages.json'), 'utf8'))) {
    if (core.wordsNeeded(tag)) core.loadWords(JSON.parse(fs.readFileSync(path.join(pkg, 'words', `${tag}.json`), 'utf8')));
}
/** A `_locales` messages file of the extension. */
export function messages(locale) {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'extension', '_locales', locale, 'messages.json'), 'utf8'));
}
export default core;
