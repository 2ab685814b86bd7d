// Loads the wasm core in Node, for the build: the same module the pages run.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Imports dist/pkg/gatewise.js and initialises it from the .wasm file. */
export async function loadCore(pkgDir) {
  const js = path.join(pkgDir, 'gatewise.js');
  const wasm = path.join(pkgDir, 'gatewise_bg.wasm');
  for (const f of [js, wasm]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run bash scripts/build-wasm.sh first`);
  }
  const core = await import(pathToFileURL(js).href);
  await core.default({ module_or_path: fs.readFileSync(wasm) });
  return core;
}
