// The sample error pages: real vendor pages from the shared corpus and real
// captures from tests/fixtures. The playground offers the featured ones plus
// one page for every page variant the core recognised in the collection; the
// reference's variant pages are built from the same diagnoses.
import fs from 'node:fs';
import path from 'node:path';

/** Where the two collections live, relative to the repository. */
export const SOURCES = {
  corpus: { dir: '../shared/corpus/public', manifest: 'manifest.json', label: 'public vendor page' },
  fixture: { dir: 'tests/fixtures/captured', manifest: '../manifest.json', label: 'captured from a real server' },
};

/**
 * The featured samples, in the order the playground lists them. `file` is
 * `<source>:<file name>`; label and group are what a person sees.
 */
export const FEATURED = [
  ['fixture:nginx_502_refused.html', 'nginx: 502 Bad Gateway (upstream refused)', 'Proxies and web servers'],
  ['fixture:nginx_504_timeout.html', 'nginx: 504 Gateway Time-out', 'Proxies and web servers'],
  ['fixture:apache_502_invalid_response.html', 'Apache: 502 Proxy Error', 'Proxies and web servers'],
  ['corpus:iis_502_1.html', 'IIS: 502 invalid response from a gateway', 'Proxies and web servers'],
  ['fixture:haproxy_503_no_server.html', 'HAProxy: 503 no server available', 'Proxies and web servers'],
  ['fixture:varnish_503_sick.html', 'Varnish: 503 Backend fetch failed', 'Proxies and web servers'],
  ['corpus:cloudflare_502_2.html', 'Cloudflare (current page): 502 Bad gateway', 'CDNs and clouds'],
  ['corpus:cloudflare_522_1.html', 'Cloudflare (current page): 522 Connection timed out', 'CDNs and clouds'],
  ['corpus:cloudflare_521_2.html', 'Cloudflare (old page): 521 Web server is down', 'CDNs and clouds'],
  ['corpus:cloudflare_502_1.html', 'Cloudflare (old plain page): 502 Bad Gateway', 'CDNs and clouds'],
  ['corpus:cloudfront_502_1.html', 'Amazon CloudFront: 502 ERROR', 'CDNs and clouds'],
  ['corpus:fastly_503_2.html', 'Fastly: 503 first byte timeout', 'CDNs and clouds'],
  ['corpus:google_502_1.html', 'Google: 502. That\u2019s an error.', 'CDNs and clouds'],
  ['fixture:caddy_502_refused.html', 'Blank page: Caddy 502 with an empty body', 'Blank and unusual'],
  ['fixture:none_200_docs_cloudflare_502_504.html', 'Not an error: an article about 502, served with 200', 'Not outages'],
  ['fixture:cloudflare_403_challenge.html', 'Not an error: Cloudflare\u2019s bot check (403)', 'Not outages'],
  ['fixture:nginx_404_not_found.html', 'Not an error: nginx 404 Not Found', 'Not outages'],
];

/** A stable, URL-safe id for a page file. */
export const sampleId = (file) => path.basename(file).replace(/\.[a-z]+$/i, '').replace(/_/g, '-').toLowerCase();

/** Reads both manifests into one list of pages with their response metadata. */
export function readCollection(repo) {
  const pages = [];
  for (const [kind, src] of Object.entries(SOURCES)) {
    const dir = path.resolve(repo, src.dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, src.manifest), 'utf8'));
    for (const e of manifest) {
      pages.push({
        key: `${kind}:${e.file}`,
        id: sampleId(e.file),
        kind,
        file: e.file,
        abs: path.join(dir, e.file),
        status: e.status ?? null,
        reason: e.reason ?? '',
        headers: (e.headers ?? []).map(([name, value]) => [name, value]),
        about: kind === 'corpus' ? e.variant : e.scenario,
        notes: e.notes ?? '',
        origin: kind === 'corpus' ? (e.source?.repo ? `${e.source.repo}, ${e.source.path}` : 'public source (see the corpus manifest)') : `${e.server ?? 'server'}, captured ${e.captured ?? ''}`.trim(),
      });
    }
  }
  const ids = new Set();
  for (const p of pages) {
    if (ids.has(p.id)) throw new Error(`two sample pages share the id ${p.id}`);
    ids.add(p.id);
  }
  return pages;
}

/** The URL every sample is diagnosed with, here and in the playground. */
export const SAMPLE_URL = 'https://www.example.com/';

/** The response the core is asked about, for the build. */
export function responseOf(p, body) {
  return { status: p.status, reason: p.reason || null, method: 'GET', url: SAMPLE_URL, headers: p.headers, body };
}
