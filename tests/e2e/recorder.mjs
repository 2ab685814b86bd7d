// A recording HTTP proxy: the browser sends every request through it (the
// loopback too), it notes the host of each, forwards plain HTTP to
// 127.0.0.1 only and refuses everything else (HTTPS tunnels to any host).
// A test then asserts that no host but the test origins was ever asked.

import http from 'node:http';

export async function startRecorder() {
    const hosts = [];
    const server = http.createServer((req, res) => {
        let target;
        try {
            target = new URL(req.url);
        } catch {
            res.writeHead(400).end();
            return;
        }
        hosts.push(target.host);
        if (target.hostname !== '127.0.0.1') {
            res.writeHead(502, { 'content-type': 'text/plain' }).end('the recorder forwards to 127.0.0.1 only');
            return;
        }
        const upstream = http.request({ host: '127.0.0.1', port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (up) => {
            res.writeHead(up.statusCode, up.headers);
            up.pipe(res);
        });
        upstream.on('error', () => res.destroy());
        req.pipe(upstream);
    });
    // HTTPS (and any other tunnel): noted, never opened.
    server.on('connect', (req, socket) => {
        hosts.push(req.url);
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        port: server.address().port,
        /** Every host asked, in order, with its port. */
        hosts,
        /** The hosts asked that are not on the loopback. */
        foreign: () => hosts.filter((h) => !/^127\.0\.0\.1(:\d+)?$/.test(h)),
        close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
    };
}
