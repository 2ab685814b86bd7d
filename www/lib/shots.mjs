// Screenshots made by the extension's tests (docs/screenshots/*.png): which
// to show, in what order, and a caption read from the file name
// ("card-cloudflare-522-dark.png": "The card on a Cloudflare 522 page, in dark mode").
import fs from 'node:fs';
import path from 'node:path';
import { pngSize } from './png.mjs';

const KINDS = [['card', 'The card'], ['popup', 'The toolbar popup'], ['options', 'The options page']];
const MODIFIERS = { dark: 'in dark mode', more: 'opened up', post: 'after a form was sent (never re-sent by itself)', empty: 'with an empty body', connection: 'when your own connection is the fault' };

/** Caption for a file name; `vendors` maps ids to names. */
export function caption(file, vendors) {
  const words = file.replace(/\.png$/, '').split(/[-_]+/);
  const kind = KINDS.find(([k]) => k === words[0]);
  const rest = kind ? words.slice(1) : words;
  const vendor = rest.map((w) => vendors.get(w)).find(Boolean);
  const code = rest.find((w) => /^\d{3}$/.test(w));
  const mods = rest.filter((w) => MODIFIERS[w]).map((w) => MODIFIERS[w]);
  const known = new Set([...(vendor ? [rest.find((w) => vendors.get(w))] : []), code, ...rest.filter((w) => MODIFIERS[w])]);
  const other = rest.filter((w) => !known.has(w));
  let text = kind ? kind[1] : 'Gatewise';
  if (code) text += ` on a ${vendor ? `${vendor} ` : ''}${code} page`;
  else if (vendor) text += ` on a ${vendor} page`;
  if (other.length) text += ` (${other.join(' ')})`;
  if (mods.length) text += `, ${mods.join(', ')}`;
  return text;
}

/** [{file, caption, width, height, buf}] in display order: cards, popup, options, others. */
export function readShots(dir, vendors) {
  if (!fs.existsSync(dir)) return [];
  const rank = (f) => {
    const i = KINDS.findIndex(([k]) => f.startsWith(`${k}-`) || f === `${k}.png`);
    return i < 0 ? KINDS.length : i;
  };
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort((a, b) => rank(a) - rank(b) || a.replace(/\.png$/, '').localeCompare(b.replace(/\.png$/, '')))
    .map((file) => {
      const buf = fs.readFileSync(path.join(dir, file));
      const size = pngSize(buf);
      return size && { file, caption: caption(file, vendors), buf, ...size };
    })
    .filter(Boolean);
}
