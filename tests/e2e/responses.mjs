// The responses the flaky origin plays, from real pages: the shared vendor
// corpus and the project's own captures (tests/fixtures). One table for both
// browsers' scenarios.

import { page } from './server.mjs';

const html = { 'content-type': 'text/html; charset=utf-8' };

export const NGINX_502 = { status: 502, headers: { ...html, server: 'nginx/1.22.1' }, body: page('nginx_502_3.html') };
export const CLOUDFLARE_522 = { status: 522, headers: { ...html, server: 'cloudflare', 'cf-ray': '9df84e5407525930-FRA' }, body: page('cloudflare_522_1.html') };
export const GOOGLE_502 = { status: 502, headers: { ...html, server: 'GFE/2.0' }, body: page('google_502_1.html') };
export const EMPTY_502 = { status: 502, headers: { 'content-length': '0' }, body: '' };
export const RETRY_AFTER_503 = { status: 503, headers: { ...html, 'retry-after': '5' }, body: '<!doctype html><title>503 Service Unavailable</title><h1>Service Unavailable</h1><p>Down for maintenance, back in a moment.</p>' };
export const CHALLENGE_403 = { status: 403, headers: { ...html, server: 'cloudflare', 'cf-mitigated': 'challenge' }, body: page('cloudflare_403_challenge.html') };
export const WIKIMEDIA_429 = { status: 429, headers: { ...html, server: 'ATS/9.2.5', 'retry-after': '60' }, body: page('wikimedia_429_1.html') };
export const NOT_FOUND_404 = { status: 404, headers: { ...html, server: 'nginx/1.22.1' }, body: page('nginx_404_not_found.html') };
export const ARTICLE_200 = { status: 200, headers: html, body: page('none_200_blog_502_api_ko.html') };

export const FORM_PAGE = {
    status: 200,
    headers: html,
    body: `<!doctype html><title>Contact</title><form method="post" action="/submit">
<input name="name" value="Ada"><textarea name="msg">hello 502</textarea><button id="send">Send</button></form>`,
};

/** The inputs the core gets for a response, as the extension would pass them. */
export function asCoreInput(response, url, method = 'GET') {
    return {
        status: response.status,
        method,
        url,
        headers: Object.entries(response.headers ?? {}).map(([name, value]) => ({ name, value })),
        body: response.body,
        now_ms: Date.now(),
    };
}

// Short waits keep the suites fast; the core plans with them as with the defaults.
export const FAST_POLICY = { base_ms: 1500, min_delay_ms: 1000 };
