// Formatting shared by the build (Node) and the pages (browser).

/** "4 s", "2 min 5 s", "1 h 3 min". */
export function fmtDelay(ms) {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

/** Whose fault, in a few words. */
export function faultWord(f) {
  return {
    origin: 'the site\u2019s server',
    edge: 'the edge in front of the site',
    network: 'the network in between',
    visitor: 'the visitor\u2019s side',
    unknown: 'nobody: not an outage',
  }[f] ?? f;
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
