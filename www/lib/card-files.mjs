// The card renderer is the extension's file, copied as it is. If it imports
// sibling modules, they come along, at the same relative places.
import fs from 'node:fs';
import path from 'node:path';

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|import\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** [[absolute source, site path]] for card.js and what it imports, card.js at the site root. */
export function cardModules(entry) {
  const root = path.dirname(entry);
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const rel = path.relative(root, file);
    if (rel.startsWith('..')) throw new Error(`card.js imports ${file}, outside ${root}`);
    seen.set(file, rel.split(path.sep).join('/'));
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(IMPORT)) visit(path.resolve(path.dirname(file), m[1] ?? m[2] ?? m[3]));
  };
  visit(entry);
  return [...seen.entries()];
}
