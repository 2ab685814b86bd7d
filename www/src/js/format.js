// Formatting shared by the build (Node) and the pages (browser).

/** "4 s", "2 min 5 s", "1 h 3 min", in the words of `t` (words.js). */
export function fmtDelay(ms, t) {
  const s = Math.round(ms / 1000);
  if (s < 60) return t('delay.s', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? t('delay.min_s', { m, s: s % 60 }) : t('delay.min', { m });
  const h = Math.floor(m / 60);
  return m % 60 ? t('delay.h_min', { h, m: m % 60 }) : t('delay.h', { h });
}

/** Whose fault, in a few words of `t`. */
export function faultWord(f, t) {
  return ['origin', 'edge', 'network', 'visitor', 'unknown'].includes(f) ? t(`fault.${f}`) : f;
}

/** "Name: value" lines into [[name, value]]; lines without a colon are reported. */
export function parseHeaders(text) {
  const headers = [];
  const bad = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const at = line.indexOf(':');
    if (at <= 0) bad.push(i + 1);
    else headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  });
  return { headers, bad };
}

/** [[name, value]] into "Name: value" lines. */
export const formatHeaders = (headers) => headers.map(([n, v]) => `${n}: ${v}`).join('\n');
