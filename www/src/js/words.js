// The site's own words (navigation, headings, tags), one file per language
// in www/words/<tag>.json; the core says everything about errors itself.
// Shared by the build (Node) and the pages (browser).

/** A function that gives a dictionary's phrase with its {placeholders} filled; a missing key throws. */
export function speaker(dict, tag = 'en') {
  const t = (key, vars = {}) => {
    const s = dict[key];
    if (typeof s !== 'string') throw new Error(`www words (${tag}): no "${key}"`);
    return s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  };
  t.raw = (key) => t(key, new Proxy({}, { has: () => false }));
  t.tag = tag;
  return t;
}

/** The words of a language, fetched from the site (`base`: the URL of the site's root). */
export async function fetchWords(base, tag = 'en') {
  const answer = await fetch(new URL(`words/${tag}.json`, base));
  if (!answer.ok) throw new Error(`no words for ${tag}`);
  return speaker(await answer.json(), tag);
}
