// End-to-end in real Firefox ESR (headless, geckodriver), with the test
// build of the extension (the shipped code plus extension/test/: a bridge
// for what WebDriver cannot reach). The shared scenarios (scenarios.mjs),
// then what is Firefox's own: the background is an event page, suspended
// when idle.
//
// Firefox differences the scenarios assert instead of hiding:
// - a 5xx with an empty body is a blank page in Firefox, not a browser error
//   page: the card is in the page (Chromium: only in the popup).
// - headless Firefox has no notification service: the notification is
//   created and closed at once, so its events are read instead.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { firefoxDriver } from './drivers.mjs';
import { scenarios } from './scenarios.mjs';
import { originPool, sequence, OK_PAGE, sleep, until } from './server.mjs';
import * as R from './responses.mjs';
import { startRecorder } from './recorder.mjs';

const origin = originPool(after);

/**
 * The hosts Firefox itself contacts in an e2e run, each with why. Checked
 * apart: the same Firefox, profile preferences and proxy with no add-on
 * installed, opening one local page, asked the same host within 40 s.
 */
const FIREFOX_OWN = [
    // Remote Settings, Firefox's own sync of its blocklists and security
    // data (add-on and certificate blocklists, CRLite, HSTS and pinning
    // updates...), polled at start whatever is installed.
    /^firefox\.settings\.services\.mozilla\.com:443$/,
];
let driver;

describe('Firefox', { timeout: 400_000 }, () => {
    before(async () => {
        driver = await firefoxDriver();
    });
    after(async () => {
        await driver?.close();
    });

    scenarios(() => driver, origin);
});

// The "worker stopped mid-wait" scenario, in Firefox: there is no service
// worker (MV3 runs an event page) and WebDriver cannot stop one, so a second
// Firefox runs with the event page's idle timeout at 1 s: Firefox suspends
// it during the wait, as it does after 30 s for real, and the test checks
// that a new instance (a marker set before is gone) made the retry.
describe('Firefox, the background suspended mid-wait', { timeout: 120_000 }, () => {
    let idle;
    before(async () => {
        idle = await firefoxDriver({ prefs: { 'extensions.background.idle.timeout': 1000 } });
    });
    after(async () => {
        await idle?.close();
    });

    it('the event page suspended mid-wait: the retry still happens', async () => {
        await idle.setOptions({ card_in_page: false, policy: { base_ms: 8000, min_delay_ms: 8000 } });
        const srv = await origin({ '/': sequence(R.NGINX_502, OK_PAGE('Survived')) });
        const tab = await idle.open(srv.url('/'));
        const tabId = await idle.tabIdOf(srv.url('/'));
        await until(async () => (await idle.badge(tabId)) === '502', { what: 'the badge' });
        await idle.ff.ask('test:mark');
        await sleep(4000); // idle: Firefox suspends the event page after 1 s
        await until(async () => (await tab.title()) === 'Survived', { timeout: 40000, what: 'the page to come back' });
        assert.equal(await idle.ff.ask('test:marked'), false, 'a new instance of the background did it');
        // With a 1 s idle timeout Firefox may suspend the event page while
        // its probe is out (a fetch does not keep it awake); the engine then
        // asks again once, as it must for a worker stopped mid-probe.
        const dests = srv.requests.map((r) => r.dest);
        assert.ok(['document,empty,document', 'document,empty,empty,document'].includes(dests.join()), dests.join());
        assert.ok(srv.requests[1].at - srv.requests[0].at >= 8000 - 50);
    });
});

describe('Firefox, every request recorded', { timeout: 180_000 }, () => {
    it('from install to recovery, with the popup and the options open, no host but the test origins is asked', async () => {
        // Every request of the browser goes through a recording proxy, the
        // loopback's too (Firefox sends no request for 127.0.0.1 to a proxy
        // unless allowed to): the add-on's install and start, a failure,
        // its probes and reload, the popup and the options page.
        const recorder = await startRecorder();
        const ff = await firefoxDriver({
            prefs: {
                'network.proxy.type': 1,
                'network.proxy.http': '127.0.0.1',
                'network.proxy.http_port': recorder.port,
                'network.proxy.ssl': '127.0.0.1',
                'network.proxy.ssl_port': recorder.port,
                'network.proxy.no_proxies_on': '',
                'network.proxy.allow_hijacking_localhost': true,
            },
        });
        try {
            await ff.setOptions({ policy: R.FAST_POLICY });
            const srv = await origin({ '/': sequence(R.NGINX_502, OK_PAGE('Recorded')) });
            const tab = await ff.open(srv.url('/'));
            const tabId = await ff.tabIdOf(srv.url('/'));
            const popup = await ff.popup(tabId);
            await until(async () => (await tab.title()) === 'Recorded', { timeout: 30000, what: 'the page to come back' });
            const options = await ff.options();
            await sleep(1500);
            assert.ok(recorder.hosts.includes(`127.0.0.1:${srv.port}`), `the test origin went through the recorder: ${recorder.hosts.join(' ')}`);
            // What Firefox itself asks, with or without the add-on (FIREFOX_OWN), and nothing else.
            assert.deepEqual(recorder.foreign().filter((h) => !FIREFOX_OWN.some((re) => re.test(h))), [], 'hosts other than the test origins and the browser\'s own');
            await popup.close();
            await options.close();
        } finally {
            await ff.close();
            await recorder.close();
        }
    });
});
