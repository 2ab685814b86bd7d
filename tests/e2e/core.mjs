// The Rust core (dist/pkg), loaded in Node: the tests compare what the
// browser shows with what the core says for the same response.

import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

const pkg = path.join(ROOT, 'dist', 'pkg');
const core = await import(path.join(pkg, 'gatewise.js'));
await core.default({ module_or_path: fs.readFileSync(path.join(pkg, 'gatewise_bg.wasm')) });
export default core;
