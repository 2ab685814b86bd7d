//! English. Every sentence the card shows lives here; another language is a
//! sibling file with the same items and signatures, gathered into a
//! [`super::Words`] by one line in `words.rs`.
//!
//! The words depend on three things: the code, the hop that failed and the
//! vendor. [`CODES`] holds each code's text for its usual hop (the site's
//! server); [`SPECIALS`] holds the pages whose vendor says more than the code
//! (a Cloudflare Worker error, Heroku's crashed app, an AWS load balancer with
//! no targets); [`edge_failure`] words a failure of the CDN or proxy itself.
//!
//! The fault sentence and the headline open with the hop they blame ("The
//! site's...", "Cloudflare...", "Your...", "The network..."): a test holds
//! every real page's card to it.

use super::{CodeText, Labels, Os, Situation, Special, StepId, StepText};
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};

/// Labels of the card's interface.
pub const LABELS: Labels = Labels {
    retry_now: "Retry now",
    stop: "Stop retrying",
    more: "More",
    less: "Less",
    copy_report: "Copy report",
    copied: "Copied",
    visitor_title: "What you can do",
    owner_title: "If you run this site",
    whose_fault: "Whose fault?",
    you: "You",
    edge: "Edge",
    origin: "Site's server",
    network: "Network",
    next_retry: "Next try in",
    attempt_of: "try {n} of {m}",
    offline: "Paused: waiting for your connection. Gatewise carries on when it works again.",
    retrying: "Checking the site…",
    back: "The site is back.",
    gave_up: "Stopped retrying.",
    gave_up_tries: "Stopped retrying ({retries}): the site still fails. Reload the page to try again.",
    gave_up_asked: "The site asks for a longer wait than Gatewise keeps up by itself: reload the page at the time it gives.",
    not_resent: "This page came from a form. Gatewise never re-sends a form by itself.",
    resend: "Send the form again",
    reference: "Reference",
    written_by: "Page written by",
    served_through: "served through",
    working: "Working",
    failing: "Failing",
    unknown: "Not known",
    your_connection: "Your connection",
    check_status: "Down for everyone?",
    checking_status: "Asking the public status pages…",
    check_status_note: "Asks the site's public status page and its provider's, naming only the site's domain. Nothing is asked until you click.",
    status_link_only: "{name} publishes no status that Gatewise can read: see its status page.",
    status_site_unknown: "{name} gave no status answer (this site may have no public status page), checked {at}",
    status_unknown: "{name}'s status gave no readable answer, checked {at}",
    status_said: "{name} says: {said}, checked {at}",
    status_operational: "{name} says: all systems operational, checked {at}",
    status_degraded: "{name} says: some services are degraded, checked {at}",
    status_outage: "{name} says: major outage, checked {at}",
    status_maintenance: "{name} says: maintenance under way, checked {at}",
    status_sum_none: "There is no public status page to ask for this site.",
    status_sum_outage: "Not just you: {name} reports an outage.",
    status_sum_degraded: "Probably not just you: {name} reports problems.",
    status_sum_maintenance: "{name} reports maintenance under way.",
    status_sum_operational: "No outage reported publicly: the failure may be this site's alone, or not on its status page yet.",
    status_sum_unreadable: "No status page gave a readable answer.",
};

/// The headline, what happened and whose fault, when the visitor's own
/// connection is the likely fault (see [`super::ConnectionCause`]).
pub fn connection(cause: super::ConnectionCause) -> (String, String, String) {
    use super::ConnectionCause::*;
    match cause {
        Offline => (
            "Your connection is down, not the site".into(),
            "Your browser reports no network connection at all, so no site can load now. Gatewise waits for the connection to come back, then tries the page again.".into(),
            "Your connection, not the site.".into(),
        ),
        CaptivePortal => (
            "Your network wants you to sign in first".into(),
            "This network (a hotel, airport, café or office Wi-Fi) holds every connection until you sign in on its own page, so sites fail or lead to that page. Sign in, and Gatewise tries the page again.".into(),
            "Your network's sign-in page, not the site.".into(),
        ),
        ManySites { sites } => (
            "Your connection seems to be failing, not the site".into(),
            format!("{sites} unrelated sites failed to load within the last minute. That points at your own connection (Wi-Fi, router, VPN, DNS) rather than at this site, so Gatewise waits for the connection to come back instead of asking the site again."),
            "Your connection, most likely: several sites fail at once.".into(),
        ),
    }
}

/// Text for each status code and network failure.
pub fn code(code: u16) -> Option<&'static CodeText> {
    CODES.iter().find(|c| c.code == code)
}

/// Text for a network failure.
pub fn network(kind: NetworkFailure) -> &'static CodeText {
    use NetworkFailure::*;
    let i = match kind {
        NameNotResolved => 0,
        ConnectionRefused => 1,
        ConnectionReset => 2,
        TimedOut => 3,
        EmptyResponse => 4,
        Offline => 5,
        TlsFailure => 6,
        Unreachable => 7,
        NetworkChanged => 8,
        Certificate => 9,
        ClientCertificate => 10,
        Protocol => 11,
        Proxy => 12,
        Redirects => 13,
        BadAddress => 14,
        Other => 15,
    };
    &NETWORK[i]
}

/// Text for any 5xx code without its own entry.
pub const GENERIC_5XX: CodeText = CodeText {
    code: 0,
    title: "Server error",
    headline: "The site's server ran into a problem",
    what: "The site answered with an error of its own. Something on the server side failed while it handled your request; nothing you sent caused it.",
    fault: "The site's side. These errors are almost never the visitor's doing.",
    owner: &[
        "Read the web server's and the application's error logs at the time of the failure.",
        "Check the health of the server: CPU, memory, disk space, worker pool.",
    ],
};

/// A bot check, never an outage.
pub const CHALLENGE: CodeText = CodeText {
    code: 0,
    title: "Security check",
    headline: "The site is checking that you are a person",
    what: "This is a security check run by the site's protection service, not an outage. It usually passes by itself in a few seconds, or asks you to tick a box.",
    fault: "Nobody's: the site is working. Gatewise never retries a check like this by itself.",
    owner: &["If real visitors keep seeing this page, review the security level and the firewall rules of your protection service."],
};

/// A page that works, or a 4xx.
pub const NOT_AN_ERROR: CodeText = CodeText {
    code: 0,
    title: "No outage",
    headline: "This page is not a server failure",
    what:
        "The site answered. If the page talks about an error, it is describing one, not having one.",
    fault: "Nobody's: the server is working.",
    owner: &[],
};

/// A 4xx answer other than 429.
pub const CLIENT_ERROR: CodeText = CodeText {
    code: 0,
    title: "Request refused",
    headline: "The site is up, but it refused or could not find this page",
    what: "A 4xx answer means the server works and decided about this particular request: the page does not exist, needs a login, or the request was refused. Waiting will not change it.",
    fault: "No outage. Check the address, or the site's links.",
    owner: &["If the page should exist, check recent moves and redirects, and your access rules."],
};

/// 429: a rate limit. Waiting is the fix.
pub const TOO_MANY_REQUESTS: CodeText = CodeText {
    code: 429,
    title: "429 Too Many Requests",
    headline: "The site is limiting how often you can ask",
    what: "The site works, but it counts the requests that come from you (usually by your address) and you are over its limit for now. The limit lifts by itself after a while; every reload before then counts as one more request.",
    fault: "No outage: the site's own limit. Other people behind the same address (a VPN, an office, a mobile carrier) can count toward it.",
    owner: &[
        "If real visitors hit the limit, raise it, or count by something finer than the IP address: a VPN or a mobile carrier puts many people behind one address.",
        "Send Retry-After with every 429 so browsers and tools know when to come back.",
    ],
};

const fn t(
    code: u16,
    title: &'static str,
    headline: &'static str,
    what: &'static str,
    fault: &'static str,
    owner: &'static [&'static str],
) -> CodeText {
    CodeText {
        code,
        title,
        headline,
        what,
        fault,
        owner,
    }
}

/// Each code's text, for a failure of the site's server (the usual hop).
pub const CODES: &[CodeText] = &[
    t(500, "500 Internal Server Error", "The site's server failed on this request",
      "Something on the site's server failed while handling your request. Most often it is the application (a bug, a broken plugin or theme, a resource limit), but the web server also sends 500 by itself, for example for a syntax error in .htaccess or a loop in its own rewrite rules.",
      "The site's server or its application. You did nothing wrong.",
      &["Open the application's error log at the time of the failure: the stack trace or fatal error names the cause.",
        "If the application logged nothing, read the web server's error log: Apache reports a broken .htaccess (\"Invalid command\") and rewrite loops (\"Request exceeded the limit of 10 internal redirects\") there.",
        "Undo the most recent deploy, plugin update or configuration change and see whether the error goes away.",
        "Check memory limits (PHP memory_limit, WP_MEMORY_LIMIT, container limits) and disk space."]),
    t(501, "501 Not Implemented", "The site's server does not support what was asked",
      "The server does not implement the method or feature this request used. That is a matter of the site's configuration, and waiting will not change it.",
      "The site's configuration.",
      &["Check which methods your server and proxy allow for this URL; a proxy may reject methods it does not know."]),
    t(502, "502 Bad Gateway", "The site's server gave its gateway a bad answer, or none",
      "A gateway (a proxy, load balancer or CDN in front of the site) forwarded your request to the server behind it, and got a broken answer or none at all. The server behind may have crashed, restarted, refused the connection or run out of workers, or the gateway may be pointed at the wrong place.",
      "The site's server behind the gateway, in most cases. A restart or a burst of load passes in minutes; a broken setting lasts until someone fixes it.",
      &["Check that the application server is running (PHP-FPM, gunicorn, uWSGI, Node, the Java server) and restart it if it is not.",
        "Read the proxy's error log for the exact cause: \"connect() failed (111: Connection refused)\", \"No such file or directory\" for a socket, \"upstream prematurely closed connection\".",
        "Check that the proxy points at the right place: nginx fastcgi_pass or proxy_pass, Apache ProxyPass, against the address or socket the application listens on.",
        "Check memory and the worker pool: a server out of memory or with every worker busy drops connections."]),
    t(503, "503 Service Unavailable", "The site's server is not taking requests right now",
      "The server is up but turned your request away: it may be in planned maintenance, overloaded, have no healthy backend to send you to, or be limiting how many requests each address may make. It sometimes says when to come back.",
      "The site's server: busy, in maintenance or limiting requests. A limit can count other people's traffic as yours: nginx answers its rate limit with 503 unless told otherwise, so a shared VPN or mobile carrier address can trip it.",
      &["If this is planned maintenance, send a Retry-After header and a page that says when you expect to be back.",
        "Check the load balancer's or proxy's view of the backends: a 503 often means none is available to take the request.",
        "nginx rate limits (limit_req, limit_conn) answer 503 by default: set limit_req_status 429 and limit_conn_status 429 so a limit is not mistaken for an outage.",
        "Check capacity: worker pool size, connection limits, CPU and memory; scale out if the load is real."]),
    t(504, "504 Gateway Timeout", "The site's server took too long to answer",
      "A gateway in front of the site waited for the server behind it, and gave up before an answer came. The server is probably up but slow: a long database query, a hung call to another service, or too much load.",
      "The site's server behind the gateway, which is too slow right now.",
      &["Find the slow requests: the slow query log, the application's traces, calls to outside APIs without a timeout.",
        "Align the timeouts along the chain (nginx proxy_read_timeout or fastcgi_read_timeout, PHP-FPM request_terminate_timeout, max_execution_time): the gateway should wait a little longer than the application does.",
        "Move long work (exports, imports, reports) to a background job instead of the request."]),
    t(505, "505 HTTP Version Not Supported", "The site's server refused the HTTP version used",
      "The server does not support the version of HTTP the request used. This is a configuration mismatch on the site's side, usually between a proxy and the server behind it.",
      "The site's configuration.",
      &["Check the HTTP versions enabled on each hop (HTTP/1.1, HTTP/2, HTTP/3) and what the proxy uses to talk to the backend."]),
    t(506, "506 Variant Also Negotiates", "The site's content negotiation is misconfigured",
      "The server is set up to choose between versions of the page, and its rules point back at themselves. It is a configuration error on the site.",
      "The site's configuration.",
      &["Review the content negotiation setup (for Apache, MultiViews and type maps) for a variant that negotiates again."]),
    t(507, "507 Insufficient Storage", "The site's server is out of storage",
      "The server could not store what it needed to finish the request: its disk or quota is full.",
      "The site's server.",
      &["Free disk space or raise the quota; check log rotation and temporary files, which fill disks quietly."]),
    t(508, "508 Loop Detected", "The site's server stopped at a loop or a resource limit",
      "In the standard, 508 is WebDAV's answer when a request would walk a loop of bindings forever (RFC 5842). Most 508s seen on the web are something else: shared hosts send it with a \"Resource Limit Is Reached\" page when the site's account has used up its allowed processes or CPU. (A redirect loop is not a 508: browsers report it as too many redirects.)",
      "The site's hosting limits, or its WebDAV setup.",
      &["On shared hosting, check the account's resource usage (entry processes, CPU, memory) in the control panel: \"Resource Limit Is Reached\" means a limit was hit; find what uses it or raise the plan.",
        "With WebDAV, look for bindings or collections that contain themselves."]),
    t(509, "509 Bandwidth Limit Exceeded", "The site's hosting plan has run out of bandwidth",
      "This unofficial code is sent by some hosting control panels when a site has used all the traffic its plan allows for now.",
      "The site's hosting plan.",
      &["Check the hosting account's bandwidth use and limits; upgrade the plan or put a cache or CDN in front."]),
    t(510, "510 Not Extended", "The site's server wants an extension the request did not use",
      "The server requires an HTTP extension that the request did not include. It is rare, and it is a matter of the site's setup.",
      "The site's configuration.",
      &["Check which extension the server's policy requires, and whether it should be required for this URL."]),
    t(511, "511 Network Authentication Required", "Your network wants you to sign in",
      "The network you are on (hotel, airport, café or office Wi-Fi) is holding your connection until you sign in on its own page. The site itself is probably fine.",
      "Your network's sign-in page, not the site.",
      &["A 511 comes from a network between the visitor and you, not from your site: nothing to change on the site."]),
    t(520, "520 Web Server Returned an Unknown Error", "The site's server sent Cloudflare an answer it could not use",
      "Cloudflare reached the site's own server, but the answer was empty, malformed or cut off, or the connection was reset.",
      "The site's server behind Cloudflare.",
      &["Check the origin's error logs for crashes at the times of the 520s.",
        "Look for oversized response headers (many cookies) and for the origin closing connections early.",
        "Make sure the origin does not block or rate-limit Cloudflare's IP ranges."]),
    t(521, "521 Web Server Is Down", "The site's server refused Cloudflare's connection",
      "Cloudflare tried to connect to the site's own server, and the server refused: the web server is stopped, or a firewall is blocking Cloudflare.",
      "The site's server behind Cloudflare.",
      &["Check that the web server is running and listening on the port Cloudflare uses (80 or 443).",
        "Allow Cloudflare's IP ranges in the firewall, iptables, fail2ban and the host's security settings."]),
    t(522, "522 Connection Timed Out", "The site's server did not answer Cloudflare in time",
      "Cloudflare tried to reach the site's own server and timed out, in one of two ways: the server never accepted the connection (no SYN+ACK within 19 seconds), or it accepted but never acknowledged Cloudflare's request (no ACK within 90 seconds). The server is overloaded, offline, or dropping Cloudflare's packets.",
      "The site's server behind Cloudflare.",
      &["Check that the origin is online and not overloaded.",
        "Allow Cloudflare's IP ranges; a firewall that silently drops them produces exactly this.",
        "Check that the DNS record in Cloudflare points at the right origin address."]),
    t(523, "523 Origin Is Unreachable", "The site's server cannot be reached from Cloudflare",
      "Cloudflare could not find a route to the site's own server. The address in its settings may be wrong, or the network in front of the server is down.",
      "The site's server or its address in Cloudflare.",
      &["Check the A/AAAA records in Cloudflare's DNS settings: after a move they often still point at the old address.",
        "Ask the hosting provider whether there is a routing problem to the server."]),
    t(524, "524 A Timeout Occurred", "The site's server took too long to answer Cloudflare",
      "Cloudflare connected to the site's own server, but no answer came before Cloudflare's time limit (100 seconds by default).",
      "The site's server behind Cloudflare, which is too slow.",
      &["Find the slow request in the origin's logs; long reports and imports belong in a background job.",
        "Check the origin's load and database performance at the time of the 524s."]),
    t(525, "525 SSL Handshake Failed", "The site's server failed the secure handshake with Cloudflare",
      "Cloudflare tried to talk to the site's own server over HTTPS, and the TLS handshake failed.",
      "The site's TLS setup.",
      &["Check that the origin accepts HTTPS on port 443 with SNI, and shares at least one cipher suite with Cloudflare.",
        "Check the SSL/TLS mode: Full and Full (strict) need a working certificate on the origin; switching to Flexible only hides the problem."]),
    t(526, "526 Invalid SSL Certificate", "The site's server has a certificate Cloudflare does not accept",
      "Cloudflare is set to verify the site's own certificate (the Full (strict) mode), and the certificate is expired, self-signed, or for another name.",
      "The site's certificate.",
      &["Renew or replace the origin certificate; a Cloudflare Origin CA certificate works for Full (strict).",
        "Check that the certificate covers the exact host name and that the chain is complete."]),
    t(527, "527 Railgun Error", "The site's Railgun link to Cloudflare failed",
      "The connection between Cloudflare and the site's Railgun listener failed. Railgun is a retired product, so this points at an old setup.",
      "The site's setup behind Cloudflare.",
      &["Check the Railgun listener and its logs, or remove Railgun from the setup."]),
    t(530, "530 Origin Error", "The site's server answered with an unofficial error",
      "530 is not a standard HTTP code. Cloudflare uses it, with an error number of its own on the page; this page does not look like Cloudflare's, so the code comes from the site's own server or its host, which give it their own meanings (often a site frozen or suspended by the host).",
      "The site's server or its hosting.",
      &["Find which hop sent the 530 (the web server, a hosting panel, an application) in the logs; it is not a standard code, so its meaning is that software's own."]),
    t(598, "598 Network Read Timeout", "The site's server stopped answering a proxy in time",
      "Some proxies send this unofficial code when the server behind them stopped sending data before the answer was complete.",
      "The site's server or the network behind the proxy.",
      &["Check the origin's response times and the proxy's read timeout."]),
    t(599, "599 Network Connect Timeout", "The site's server could not be reached by a proxy in time",
      "Some proxies send this unofficial code when they could not open a connection to the server behind them before their time limit.",
      "The site's server or the network behind the proxy.",
      &["Check that the origin is up and reachable from the proxy; check firewalls between them."]),
];

const fn special(
    vendor: &'static [VendorId],
    variant: Option<VariantId>,
    code: Option<u16>,
    vendor_code: Option<&'static str>,
    vendor_owner: bool,
    text: CodeText,
) -> Special {
    Special {
        vendor,
        variant,
        code,
        vendor_code,
        text,
        vendor_owner,
    }
}

/// The pages whose vendor changes the words.
pub const SPECIALS: &[Special] = &[
    special(&[VendorId::Cloudflare], None, None, Some("1101"), false, t(0, "", "Cloudflare could not run the site's Worker (Cloudflare error 1101)",
      "The site runs some of its code on Cloudflare's own servers (a Worker), and that code threw an exception while handling your request. Cloudflare answered with its error 1101: the failure happened at Cloudflare's edge, before anything reached the site's own server.",
      "Cloudflare's edge, in the site's Worker code there; not you. Reloading helps only if the error depends on timing.",
      &["Cloudflare error 1101: open the Worker's logs (Workers Logs in the dashboard, or wrangler tail) and find the exception thrown for this Ray ID.",
        "Catch errors in the Worker's fetch handler and answer with a response of your own, or call ctx.passThroughOnException() so a failing Worker falls back to the origin."])),
    special(&[VendorId::Cloudflare], None, None, Some("1102"), false, t(0, "", "Cloudflare stopped the site's Worker (Cloudflare error 1102)",
      "The site runs some of its code on Cloudflare's own servers (a Worker), and that code went over its CPU time or memory limit while handling your request. Cloudflare stopped it and answered with its error 1102, before anything reached the site's own server.",
      "Cloudflare's edge, in the site's Worker code there; not you.",
      &["Cloudflare error 1102: the Worker exceeded its CPU time or memory limit; find the costly request in the Worker's logs and make it cheaper, or raise the limit on a paid plan."])),
    special(&[VendorId::Cloudflare], None, Some(530), None, true, t(530, "530 Origin Error", "The site's settings at Cloudflare stopped it from being served",
      "Cloudflare answered 530 together with an error of its own (a 1xxx number on the page), most often because the site's DNS records, origin address or tunnel at Cloudflare are wrong.",
      "The site's configuration at Cloudflare.",
      &["Look up the 1xxx code shown on the page in Cloudflare's documentation; 1016 means Cloudflare could not resolve the origin's name, 1033 that the site's Cloudflare Tunnel is not connected.",
        "Check the site's DNS records and tunnels in the Cloudflare dashboard."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuApplicationError), None, None, true, t(0, "", "The site's app on Heroku failed",
      "Heroku's router could not get an answer from the site's app. The most common reason is that the app crashed (Heroku's error H10); a request that ran past 30 seconds (H12) or an app with no web dyno running (H14) show the same page.",
      "The site's app on Heroku; not you, and not overload or maintenance.",
      &["Heroku: run heroku ps to see whether the web dynos are crashed or missing, fix the crash the log shows, then heroku ps:restart."])),
    special(&[VendorId::Heroku], Some(VariantId::HerokuMaintenance), None, None, false, t(0, "", "The site's app on Heroku is in maintenance mode",
      "The site's owner switched on Heroku's maintenance mode, so Heroku answers every request with this page until it is switched off.",
      "The site's owner, on purpose; not you.",
      &["Heroku: heroku maintenance:off when the work is done."])),
    special(&[VendorId::AwsElb], None, Some(503), None, true, t(0, "", "The site's load balancer had no server to send you to",
      "The site's AWS load balancer is working, but its target group has no registered servers to pass your request to (or none in a zone it serves). When the servers are merely unhealthy, it still sends them traffic; this answer means there are none.",
      "The site's setup behind its AWS load balancer: no server is registered to take requests.",
      &["AWS load balancer 503: the target group has no registered targets, or none in an enabled Availability Zone. Register them, or check the Auto Scaling group or deployment that should; when all targets are unhealthy an ALB fails open and still routes to them, so this is not a health-check failure."])),
    // A proxy or CDN whose 503 page says its backend failed: no rate limit here.
    special(&[VendorId::Varnish, VendorId::Fastly, VendorId::Squid, VendorId::Envoy, VendorId::Haproxy, VendorId::Akamai, VendorId::Cloudfront, VendorId::GoogleCloudLb, VendorId::AzureAppGateway, VendorId::Traefik, VendorId::Nghttpx, VendorId::H2o, VendorId::Privoxy, VendorId::Trafficserver], None, Some(503), None, true, t(0, "", "The site's server behind its proxy could not take the request",
      "The proxy or CDN in front of the site answered for it: it had no working server behind it to pass your request to. None was up, every one failed its health checks, or the connection to them failed.",
      "The site's server behind the proxy or CDN; not you.",
      &["Check the servers the proxy sends to: are they running, do they pass its health checks, can the proxy reach them (address, port, firewall)?",
        "Check capacity: worker pool size, connection limits, CPU and memory; scale out if the load is real."])),
    special(&[VendorId::MicrosoftHttpapi], None, Some(503), None, true, t(0, "", "The site's Windows server turned the request away before any application saw it",
      "Windows' own HTTP layer (HTTP.sys) answered instead of the site's application: the application pool may be stopped, its request queue full, a connection limit reached, or the address may belong to a service that is not IIS at all.",
      "The site's Windows server; not you.",
      &[])),
];

/// The words for a failure of the CDN or proxy itself, named `edge`:
/// headline, what happened, whose fault.
pub fn edge_failure(edge: &str) -> (String, String, String) {
    (
        format!("{edge} failed on its own side"),
        format!("{edge}, the service in front of the site, failed itself: it could not complete your request, so the site's own server behind it was probably never asked. Such failures are often short, and limited to one of {edge}'s locations."),
        format!("{edge}, in front of the site; not you, and probably not the site's own server."),
    )
}

/// Owner items when the CDN or proxy in front failed on its own side.
pub fn edge_owner(vendor: Option<VendorId>) -> &'static [&'static str] {
    match vendor {
        Some(VendorId::Cloudflare) => &["This error is Cloudflare's own, not your origin's: check cloudflarestatus.com for an incident, and send Cloudflare support the Ray ID and the time if it persists."],
        _ => &["The service in front of the site failed on its own side: check its status page, and send its support the reference and the time if it persists."],
    }
}

/// A time the server asked for, in words. Rounded up, never down: "179
/// seconds" is "3 minutes", never "2".
pub fn duration(seconds: u64) -> String {
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match seconds {
        60 => "1 minute".into(),
        0..=119 => plural(seconds, "second", "seconds"),
        s if s < 2 * 3600 => plural(s.div_ceil(60), "minute", "minutes"),
        s if s < 2 * 86_400 => {
            let m = s.div_ceil(60);
            match m % 60 {
                0 => plural(m / 60, "hour", "hours"),
                r => format!(
                    "{} {}",
                    plural(m / 60, "hour", "hours"),
                    plural(r, "minute", "minutes")
                ),
            }
        }
        s => plural(s.div_ceil(86_400), "day", "days"),
    }
}

/// The fault sentence of a 503 that says when to come back: a planned or
/// announced pause, not a rate limit.
pub const FAULT_503_TIMED: &str = "The site's server, which is unavailable for now; not you.";

/// The sentence added to the fault when the server said when to come back.
pub fn retry_sentence(seconds: u64) -> String {
    format!(
        "The site itself says to try again in {}.",
        duration(seconds)
    )
}

/// "Cloudflare error 1101", for the report.
pub fn vendor_code_text(vendor_name: &str, code: &str) -> String {
    format!("{vendor_name} error {code}")
}

const NETWORK: [CodeText; 16] = [
    t(0, "Site not found", "The name lookup for this site failed",
      "Your browser asked DNS (the Internet's directory of names) for this site's address and got none. Either the answer was \"no such name\" (NXDOMAIN: the name is mistyped, does not exist, or its domain has expired or lost its records), or the lookup itself failed because a DNS server did not respond.",
      "The name lookup (DNS): either your connection's DNS resolver or the site's domain. The steps below tell which.",
      &["Check that the domain's records exist and point at the right address, that the domain has not expired, and that its name servers answer.",
        "A \"no such name\" answer is cached too (negative caching, for the time the zone's SOA record sets), so resolvers that asked before a fix keep failing until that runs out; changed records likewise live until their TTL ends."]),
    t(0, "Connection refused", "The site's server refused the connection",
      "Your browser reached the site's machine, but nothing there accepted the connection: the web server is not running, or a firewall rejected it.",
      "The site's server, unless a firewall or proxy on your side blocks it.",
      &["Check that the web server is running and listening on ports 80 and 443.",
        "Check the firewall rules in front of the server."]),
    t(0, "Connection reset", "The connection to the site was cut",
      "The connection opened and was then cut before the page arrived. The site's server may have crashed mid-answer, or something on the way (a firewall, a proxy, a VPN) cut it.",
      "The network between you and the site, or the site's server.",
      &["Look for crashes or restarts of the web server at the time, and for a firewall or DDoS protection resetting connections."]),
    t(0, "Timed out", "The connection to the site timed out",
      "Your browser waited for the site and got no answer in time. The server may be down or overloaded, or something on the way is dropping the traffic.",
      "The network on the way, or the site's server.",
      &["Check that the server is up and reachable from outside, and that the firewall does not silently drop connections."]),
    t(0, "Empty response", "The site's server closed the connection without an answer",
      "The site's server accepted the connection and closed it without sending anything back: it probably crashed or restarted while handling the request.",
      "The site's server.",
      &["Look for crashes, restarts or out-of-memory kills of the web server or application at the time."]),
    t(0, "No connection", "Your device is offline",
      "Your browser reports that it has no Internet connection at all, so no site can load right now.",
      "Your connection, not the site.",
      &[]),
    t(0, "Secure connection failed", "A secure connection to the site could not be set up",
      "Your browser and the site could not agree on how to secure the connection: a TLS protocol or cipher error, not a certificate problem. Most often something in between interferes: antivirus software that scans HTTPS, a proxy, a VPN or a filtering network. An old browser or system, or a site that offers only outdated protocols, gives the same error.",
      "Not known from here: software or a network on your side that intercepts secure connections, an outdated system, or the site's TLS setup.",
      &["Test the site with an SSL checker: protocols (TLS 1.2 and 1.3), cipher suites and the certificate chain; check that port 443 speaks TLS, not plain HTTP."]),
    // The kinds below came with the full lists of browser errors (issue 11).
    t(0, "Site unreachable", "The network could not reach the site's server",
      "Your browser had the site's address but found no way to it: no route led there, or a firewall on the way forbade the connection. The site's server may be off the network, or a network between you and it is failing.",
      "The network on the way, or the site's server being off the network.",
      &["Check that the server is up and that the name's A and AAAA records hold the addresses it really answers on: an IPv6 record for a server that no longer listens on IPv6 gives this error.",
        "Check the firewall and the routing in front of the server."]),
    t(0, "Connection changed", "Your connection changed while the page loaded",
      "Your device switched networks in the middle of the load (Wi-Fi to mobile data, a VPN going up or down, waking from sleep), and the browser dropped the request under way. Loading it again on the new connection usually works.",
      "Your connection, for a moment: not the site.",
      &[]),
    t(0, "Certificate error", "The browser cannot trust the certificate of this connection",
      "Your browser stopped before talking to the site because the certificate it showed cannot be trusted for this name: expired or not yet valid, made out for another name, signed by an authority the browser does not know, or revoked. It is often the site's mistake, but the same error appears when your device's clock is wrong, when a Wi-Fi sign-in page or security software steps into the connection, or when someone intercepts it. Do not tell the browser to go on anyway on a site where you sign in or pay.",
      "Not known from here: most often the site's certificate (expired, wrong name, missing intermediate); sometimes your clock, your network or software that inspects secure traffic. Waiting does not change a certificate, so Gatewise does not retry.",
      &["Check the certificate with an SSL checker: its dates, the names it covers, and that the server sends the whole chain (the intermediate certificates too).",
        "Check that the automatic renewal ran (certbot, your host's or your CDN's) and that the web server was reloaded after it."]),
    t(0, "Certificate of your own needed", "Your own certificate is needed to open this site",
      "This site lets in only visitors who show a certificate of their own (from a smart card, an employer or a government) while the secure connection is set up, and none was sent, or the one sent was refused.",
      "Your side: the certificate the site asks of you. Gatewise does not retry this.",
      &["If visitors should not need a certificate, check the server's client-certificate setting (nginx ssl_verify_client, Apache SSLVerifyClient).",
        "Check that the authorities you accept for client certificates are the ones your visitors' certificates come from."]),
    t(0, "Broken response", "The site's answer broke the rules of HTTP",
      "Your browser connected and got an answer it could not use: malformed, cut short, wrongly compressed, or an HTTP/2 or HTTP/3 (QUIC) stream that failed. This is usually the site's server, its CDN or a proxy in between; now and then a security program or proxy on your side that rewrites traffic.",
      "The site's server or the service in front of it, most likely.",
      &["Read the web server's and the proxy's logs for HTTP/2 stream resets, responses cut short and upstreams that closed early.",
        "Check that Content-Length and Content-Encoding match the body actually sent (a body compressed twice, a length a proxy changed).",
        "If the errors come with HTTP/2 or HTTP/3 only, compare with them turned off, and check the proxy's header size limits and timeouts."]),
    t(0, "Proxy failed", "Your proxy failed: the browser could not go through it",
      "Your browser is set to reach the web through a proxy (by you, your employer or school, or by a proxy script), and that proxy could not be reached, wanted a login that failed, or would not carry the request. The site itself was never reached.",
      "Your network's proxy, not the site.",
      &[]),
    t(0, "Redirect loop", "The site's redirects go round in a loop",
      "The site redirected your browser from one address to another so many times, or to an address the browser will not follow, that it gave up. Most often two settings of the site disagree (HTTP and HTTPS, with and without www); now and then an old cookie keeps a login loop going.",
      "The site's setup, most often; an old cookie of yours now and then. Gatewise does not retry this.",
      &["Follow the redirects with curl -sIL and find where the loop closes.",
        "Check that the application, the web server and the CDN agree on HTTPS and on the host name: a CDN in flexible TLS mode sends HTTP to a server that redirects to HTTPS, for ever."]),
    t(0, "Address refused", "The browser will not open this address",
      "The address is one the browser refuses to load: malformed, with a scheme it does not know, or with a port kept for other services (mail, for example) that browsers block to protect them.",
      "The address, not the site's server. Gatewise does not retry this.",
      &["If your own links lead here, serve the site on the usual ports (80 and 443) and fix the links."]),
    t(0, "Network error", "The page could not be loaded",
      "Your browser reported a failure of its own network layer that says no more than that the page did not arrive. Such failures are often brief.",
      "Not known from here.",
      &["Check that the server is up and answers from outside your own network."]),
];

/// A step the visitor can take, in words and, where needed, commands. The
/// words fit the failure (`situation`), the time the server asked for
/// (`retry_s`) and the visitor's system (no shortcuts on a phone).
pub fn step(id: StepId, os: Os, situation: Situation, retry_s: Option<u64>) -> StepText {
    use Situation as S;
    use StepId::*;
    let mobile = matches!(os, Os::Android | Os::Ios);
    #[rustfmt::skip]
    let (title, detail): (String, String) = match (id, situation) {
        (Wait, S::RateLimited) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("Wait {d}, then reload once"), format!("The site said when to come back: in {d}. Every reload before then counts as one more request and can keep the limit in place."))
        }
        (Wait, _) if retry_s.is_some() => {
            let d = duration(retry_s.unwrap_or_default());
            (format!("Wait {d}, then reload"), format!("The site said when to come back: in {d}. Trying sooner is unlikely to work, and Gatewise never tries before then."))
        }
        (Wait, S::RateLimited) => ("Wait a few minutes, then reload once".into(), "The limit lifts by itself. Every reload before then counts as one more request and can keep it in place.".into()),
        (Wait, _) => ("Wait a minute, then reload".into(), "Short failures often clear within minutes; one caused by a broken setting lasts until someone fixes it. Gatewise retries for you, spacing its tries out so it does not add to the load.".into()),
        (DownForEveryone, _) => ("Check whether it is down for everyone".into(), "A \"down for everyone or just me\" checker, or the site's status page or social account, tells you whether others see it too.".into()),
        (OtherSites, S::Dns) => ("Check that other sites load".into(), "If none load, your connection or its DNS is failing. If they do, this site's name is either broken at its domain or stuck in a cache on your side; the next steps clear that cache.".into()),
        (OtherSites, _) => ("Check that other sites load".into(), "If they do, your own connection is fine and the trouble is at the site or on the way to it.".into()),
        (PrivateWindow, _) => ("Try a private window".into(), "It runs without your extensions and cookies, which rules them out.".into()),
        (HardReload, _) if mobile => ("Reload the page".into(), "Phone browsers have no reload that skips the cache; if a plain reload shows the same error, clearing this site's data (below) does that job.".into()),
        (HardReload, _) => ("Reload without the cache".into(), "This fetches the page fresh instead of from your browser's cache.".into()),
        (OtherNetwork, S::Edge) if mobile => ("Try another network or device".into(), "Switch between Wi-Fi and mobile data: another network may reach the site through another location of the service in front of it.".into()),
        (OtherNetwork, S::Edge) => ("Try another device or network".into(), "For example your phone on mobile data, not the same Wi-Fi: another network may reach the site through another location of the service in front of it.".into()),
        (OtherNetwork, _) if mobile => ("Try another network or device".into(), "Switch between Wi-Fi and mobile data, or try a computer on another connection.".into()),
        (OtherNetwork, _) => ("Try another device or network".into(), "For example your phone on mobile data, not the same Wi-Fi.".into()),
        (ClearSiteData, _) => ("Clear this site's cookies and cache".into(), "In the browser's settings, remove stored data for this site only, then reload. This signs you out of the site, and anything it kept unsaved is lost.".into()),
        (FlushDns, S::Dns) if mobile => ("Refresh your phone's DNS".into(), "Your phone may be holding on to a failed answer; this makes it ask again. Phones have no command for it: restarting the connection does it.".into()),
        (FlushDns, S::Dns) => ("Flush your DNS cache".into(), "Your device may be holding on to a failed answer; this makes it ask again. Chrome keeps a DNS cache of its own that this does not clear: open chrome://net-internals/#dns and press Clear host cache (Firefox: about:networking#dns, Clear DNS Cache).".into()),
        (FlushDns, _) if mobile => ("Refresh your phone's DNS".into(), "This makes your phone look the site's address up again, in case it has changed. Phones have no command for it: restarting the connection does it.".into()),
        (FlushDns, _) => ("Flush your DNS cache".into(), "This makes your device look the site's address up again, in case it has changed. Chrome keeps a DNS cache of its own that this does not clear: open chrome://net-internals/#dns and press Clear host cache (Firefox: about:networking#dns, Clear DNS Cache).".into()),
        (PublicDns, _) => ("Try a public DNS resolver".into(), "If your provider's DNS is failing, a public resolver (set in your network settings) can still find the site.".into()),
        (VpnProxy, S::Dns) => ("Turn off your VPN or proxy for a moment".into(), "A VPN or proxy looks names up for you, and its DNS can fail while your own works.".into()),
        (VpnProxy, S::Proxy) => ("Check your proxy settings".into(), "Your browser goes through a proxy set in the system's or the browser's network settings, or by your employer. Check that it is meant to be on; at work or school, ask your IT whether the proxy is down.".into()),
        (VpnProxy, S::Tls) => ("Turn off your VPN or proxy for a moment".into(), "A VPN, a proxy, or a company or school network that inspects secure traffic can break the setup of a secure connection.".into()),
        (VpnProxy, S::RateLimited | S::Busy) => ("Turn off your VPN or proxy for a moment".into(), "A VPN, a proxy or a mobile carrier puts many people behind one address; a site that limits requests per address may be counting their traffic as yours.".into()),
        (VpnProxy, _) => ("Turn off your VPN or proxy for a moment".into(), "A VPN or proxy in the path can fail on its own, or be blocked by the site.".into()),
        (Antivirus, _) => ("Turn off your antivirus's HTTPS scanning for a moment".into(), "Security software that inspects secure connections (often called HTTPS, SSL or web scanning) is a frequent cause of this error. Reload with that feature off, then turn it back on.".into()),
        (UpdateSystem, _) => ("Update your browser and system".into(), "Sites now require recent TLS versions and ciphers; an old browser or operating system, or one that no longer gets updates, cannot connect to them.".into()),
        (RestartRouter, _) => ("Restart your modem and router".into(), "Unplug them for thirty seconds, then wait for the connection to come back.".into()),
        (CheckConnection, _) => ("Check your connection".into(), "Make sure Wi-Fi, mobile data or cable is connected and that other sites load.".into()),
        (CheckAddress, S::BadAddress) => ("Check the address".into(), "Look for a typo, an unusual scheme, or a port number after the name (such as :25). If a link brought you here, the link is wrong.".into()),
        (CheckAddress, S::Dns) => ("Check the address".into(), "Check the spelling of the site's name in the address bar: a typo gives exactly this error.".into()),
        (CheckAddress, _) => ("Check the address".into(), "The site answered, so its name is right: check the rest of the address (the part after the domain), or the link that brought you here.".into()),
        (SignIn, S::ClientCertificate) => ("Use your certificate".into(), "If you have one (on a smart card, or installed by your employer), check that it is plugged in or installed, reload, and pick it when the browser asks. Without one, ask the site or your IT how to get in.".into()),
        (SignIn, S::Certificate) => ("Sign in to the Wi-Fi first".into(), "On a hotel, airport or café network, the sign-in page steps into secure connections until you have signed in: open any plain http:// page or the Wi-Fi settings, sign in, then reload.".into()),
        (SignIn, _) => ("Open the network's sign-in page".into(), "Open any plain http:// page, or your device's Wi-Fi settings, and complete the sign-in, then reload.".into()),
        (CheckClock, _) => ("Check your device's date and time".into(), "A wrong clock makes valid certificates look expired or not yet valid.".into()),
        (Report, S::Certificate) => ("Tell the site".into(), "If other devices and networks get the same warning, the site's certificate is at fault and its owner needs to know. Copy the report below and send it to their support.".into()),
        (Report, S::Redirects) => ("Tell the site".into(), "If a private window loops too, the site's setup is at fault. Copy the report below and send it to their support.".into()),
        (Report, S::Tls) => ("Tell the site".into(), "If it fails on other devices and networks too, the site's secure setup is at fault and its owner needs to know. Copy the report below and send it to their support.".into()),
        (Report, S::Dns) => ("Tell the site".into(), "If the name fails on other networks and on a down-checker too, the site's domain is broken. Its own address may not work for mail either: reach its owner another way (a social account, a colleague) with the report below.".into()),
        (Report, _) if retry_s.is_some() => ("Tell the site".into(), format!("If it still fails well after the time the site gave ({}), on more than one device, the site's owner needs to know. Copy the report below and send it to their support.", duration(retry_s.unwrap_or_default()))),
        (Report, _) => ("Tell the site".into(), "If it still fails after about 15 minutes, on more than one device, the site's owner needs to know. Copy the report below and send it to their support.".into()),
    };
    let command: Option<&str> = match (id, os) {
        (HardReload, Os::Macos) => Some("Cmd+Shift+R (Chrome, Firefox) or Option+Cmd+R (Safari)"),
        (HardReload, Os::Windows | Os::Linux) => Some("Ctrl+Shift+R (or Ctrl+F5)"),
        (HardReload, Os::Chromeos) => Some("Ctrl+Shift+R"),
        (PrivateWindow, Os::Macos) => Some("Cmd+Shift+N (Chrome, Safari) or Cmd+Shift+P (Firefox)"),
        (PrivateWindow, Os::Windows | Os::Linux | Os::Chromeos) => {
            Some("Ctrl+Shift+N (Chrome) or Ctrl+Shift+P (Firefox)")
        }
        (PrivateWindow, Os::Android) => Some("Chrome: menu ⋮ → New Incognito tab"),
        (PrivateWindow, Os::Ios) => {
            Some("Safari: Tabs button → Private; Chrome: ⋯ → New Incognito Tab")
        }
        (FlushDns, Os::Windows) => Some("ipconfig /flushdns"),
        (FlushDns, Os::Macos) => {
            Some("sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder")
        }
        (FlushDns, Os::Linux) => {
            Some("resolvectl flush-caches    # systemd-resolved; or restart nscd or dnsmasq")
        }
        (FlushDns, Os::Chromeos) => Some("chrome://net-internals/#dns → Clear host cache"),
        (FlushDns, Os::Android | Os::Ios) => {
            Some("Turn airplane mode on, wait ten seconds, turn it off")
        }
        _ => None,
    };
    StepText {
        id,
        title,
        detail,
        command,
    }
}

/// Owner items that depend on the vendor that wrote the page.
pub fn vendor_owner(vendor: VendorId) -> &'static [&'static str] {
    match vendor {
        VendorId::Nginx | VendorId::Openresty => &[
            "nginx: read /var/log/nginx/error.log; the line for this request names the upstream and the exact error.",
            "nginx with PHP-FPM: check that the pool is running (systemctl status php*-fpm) and that fastcgi_pass matches the pool's listen socket or port.",
            "If PHP-FPM logs \"server reached pm.max_children\", raise pm.max_children only if memory allows (each worker takes its share; too many and the kernel's OOM killer ends them), or find what holds the workers.",
        ],
        VendorId::Apache => &[
            "Apache: read /var/log/apache2/error.log (or /var/log/httpd/error_log); mod_proxy logs the backend and the reason.",
            "Check the ProxyPass target and the backend's keep-alive: a backend closing idle connections before Apache does causes intermittent 502s (try disablereuse=On or a shorter ttl).",
        ],
        VendorId::Iis => &[
            "IIS: check that the application pool is started; enable Failed Request Tracing for the status to see which module failed.",
            "With ARR as a proxy, compare ARR's proxy timeout with the backend's response time.",
        ],
        VendorId::MicrosoftHttpapi => &["HTTP.sys answered, not the application: find this request in the HTTPERR log (%SystemRoot%\\System32\\LogFiles\\HTTPERR); its reason column says why: AppOffline or Disabled (the pool is stopped, often by rapid-fail protection after crashes), QueueFull (the pool's queue is full), ConnLimit (the connection limit), or a URL registered by a service that is not IIS."],
        VendorId::Haproxy => &["HAProxy: check backend health (show servers state on the runtime API) and the timeout server setting against the backend's response time."],
        VendorId::Varnish => &["Varnish: check the backend probe and first_byte_timeout; varnishlog -g request -q 'RespStatus >= 500' shows the failing fetches."],
        VendorId::Fastly => &["Fastly: check the backend's health and first-byte timeout in the service configuration; the Guru Mediation details identify the cache node."],
        VendorId::Squid => &["Squid: the error code on the page (ERR_*) says what failed; check that Squid can reach the destination and resolve its name."],
        VendorId::Envoy => &["Envoy or Istio: check the upstream cluster's health, outlier detection and route timeouts; in a mesh, istioctl proxy-config endpoint <pod> shows each endpoint as HEALTHY or UNHEALTHY (istioctl proxy-status only shows whether the configuration is in sync)."],
        VendorId::Traefik => &["Traefik: check that the service's servers are up and pass their health checks in the dashboard."],
        VendorId::Caddy => &["Caddy: check the reverse_proxy upstream address and Caddy's log (journalctl -u caddy)."],
        VendorId::Lighttpd => &["lighttpd: read /var/log/lighttpd/error.log and check the backend configured in mod_proxy or mod_fastcgi."],
        VendorId::Litespeed => &["LiteSpeed: check the external application (lsphp) limits and timeouts, and the server's stderr log."],
        VendorId::Cloudflare => &["Cloudflare: to test the origin alone, request it directly (bypassing Cloudflare) from another machine; compare with Cloudflare's status page for an incident of theirs."],
        VendorId::Cloudfront => &["CloudFront: check the origin's protocol policy and certificate, the origin response timeout, and the origin's security groups; the request ID helps AWS support."],
        VendorId::AwsElb => &["AWS load balancer: check the target group's health; set the targets' keep-alive timeout longer than the load balancer's idle timeout."],
        VendorId::GoogleCloudLb => &["Google Cloud load balancer: check the backend service's health checks and timeout, and that the firewall allows Google's health-check ranges (130.211.0.0/22 and 35.191.0.0/16)."],
        VendorId::AzureAppGateway => &["Azure Application Gateway: open Backend health; check the network security groups and the request timeout of the backend settings."],
        VendorId::Akamai => &["Akamai: look the reference number up in Akamai Control Center's error-reference tool; it names the failing step between the edge and the origin."],
        VendorId::Heroku => &["Heroku: run heroku logs --tail and look for the router's H-codes (H10 crashed, H12 timeout after 30 s, H13 connection closed); heroku ps:restart restarts the dynos."],
        VendorId::Vercel => &["Vercel: open the function's logs for this request; check its maximum duration and memory."],
        VendorId::Netlify => &["Netlify: check the function logs and the deploy's status for this site."],
        VendorId::Nghttpx => &["nghttpx: read its error log (errorlog-file) for the backend it could not reach, and check the backend addresses and backend-read-timeout against the backend's response time."],
        VendorId::H2o => &["H2O: read its error-log; check the proxy.reverse.url target and proxy.timeout.io against the backend's response time."],
        VendorId::Tinyproxy => &["Tinyproxy: its log names the host it could not connect to, and whether the name did not resolve or the connection was refused; check the Upstream and Timeout settings."],
        VendorId::Privoxy => &["Privoxy: the page says what failed (connect failed, timeout, no data); check that the destination is up and reachable, and any forward rules that send the request through another proxy."],
        VendorId::Trafficserver => &["Apache Traffic Server: the reason phrase and traffic_server's logs name the failure; check the remap rule's origin and the connect and no-activity timeouts."],
        VendorId::Tomcat => &["Tomcat: the exception and its root cause are in catalina.out or the host's log; the report's stack trace names the failing class. Switch showReport and showServerInfo off in the ErrorReportValve so visitors do not see it."],
        VendorId::Jetty => &["Jetty: read the server's log for the servlet named on the page; with its proxy servlet, check the target and the proxy's timeout."],
        VendorId::Gunicorn => &["Gunicorn: the traceback of the exception is in the error log (--error-logfile or the service's journal); a worker that dies on --timeout shows as WORKER TIMEOUT there."],
        VendorId::Google | VendorId::Reddit | VendorId::Wikimedia | VendorId::Github => &["This is the site's own outage, on its own error page: the cause is inside its systems, so its internal monitoring, logs and incident process are where to look."],
    }
}

/// Owner items that depend on what the site runs.
pub fn stack_owner(stack: &str) -> &'static [&'static str] {
    match stack {
        "wordpress" => &[
            "WordPress: disable plugins to find a faulty one (rename wp-content/plugins, then restore them one by one) and switch to a default theme.",
            "WordPress: raise WP_MEMORY_LIMIT in wp-config.php if the log shows memory exhaustion. To rule out .htaccess, back it up first, then reset it to WordPress's default rules (the reset drops your own redirects and security rules; restore them from the backup).",
        ],
        "php" => &["PHP: check max_execution_time and memory_limit, and the PHP-FPM log (slowlog shows stuck scripts)."],
        "aspnet" => &["ASP.NET: check the application event log; for ASP.NET Core under IIS, turn on stdoutLogEnabled in web.config for a while to capture the app's startup errors."],
        "express" => &["Node: check that the process is running under its manager (systemd, pm2) and the memory use before it died."],
        _ => &[],
    }
}

/// Things every owner should check whatever failed.
pub const OWNER_ALWAYS: &[&str] = &[
    "Undo the most recent change (deploy, configuration, DNS, certificate) if the errors began right after it.",
    "Set up monitoring and a friendly error page that says the outage is temporary.",
];

/// The same, when no server answered at all (no error page can show).
pub const OWNER_ALWAYS_NO_RESPONSE: &[&str] = &[
    "Undo the most recent change (deploy, configuration, DNS, certificate) if the errors began right after it.",
    "Set up monitoring from outside your own network, so a failure like this reaches you before visitors report it.",
];

/// "Failing for 12 minutes" and the incident sentences.
pub fn incident_text(state: crate::incident::IncidentState, minutes: u64, failures: u32) -> String {
    use crate::incident::IncidentState::*;
    match state {
        Healthy => String::new(),
        Temporary => format!("Failing for {} so far ({} failed {}). Short failures like this often pass within minutes.", minutes_text(minutes), failures, plural(failures, "try", "tries")),
        Persistent => format!("Failing for {} ({} failed {}): this is no longer a blip. The site's owner needs to act; reporting it helps.", minutes_text(minutes), failures, plural(failures, "try", "tries")),
        Recovered => format!("The site was down for {} and is back.", minutes_text(minutes)),
    }
}

fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn minutes_text(m: u64) -> String {
    match m {
        0 => "less than a minute".into(),
        1 => "1 minute".into(),
        m if m < 120 => format!("{m} minutes"),
        m => duration(m.saturating_mul(60)),
    }
}

/// Words of the support report.
pub struct ReportWords;

impl ReportWords {
    /// Its heading.
    pub const HEADING: &'static str = "Error report (made by Gatewise)";
    /// Field names.
    pub const URL: &'static str = "Page";
    /// When it started.
    pub const STARTED: &'static str = "First seen";
    /// The error.
    pub const ERROR: &'static str = "Error";
    /// The vendor.
    pub const SERVER: &'static str = "Page written by";
    /// The vendor's own error code.
    pub const VENDOR_CODE: &'static str = "Vendor's error code";
    /// The server's own retry time.
    pub const RETRY_AFTER: &'static str = "Server asks to retry in";
    /// Where that time came from.
    pub fn retry_source(source: &str) -> &'static str {
        match source {
            "retry-after" => "Retry-After header",
            "refresh" => "the page's refresh",
            _ => "the page's text",
        }
    }
    /// The reference.
    pub const REFERENCE: &'static str = "Reference";
    /// The failing hop.
    pub const HOP: &'static str = "Failing hop (best guess)";
    /// Attempts.
    pub const TRIED: &'static str = "Already tried";
    /// Browser.
    pub const BROWSER: &'static str = "Browser";
    /// Automatic retries, counted.
    pub fn retries(n: u32) -> String {
        format!("{n} automatic {}", plural(n, "retry", "retries"))
    }
    /// The hop names.
    pub fn hop(f: crate::Fault) -> &'static str {
        match f {
            crate::Fault::Visitor => "the visitor's side",
            crate::Fault::Network => "the network between visitor and site",
            crate::Fault::Edge => "the CDN or proxy in front of the site",
            crate::Fault::Origin => "the site's own server",
            crate::Fault::Unknown => "not known",
        }
    }
}

/// A name for each page variant, for people ("Cloudflare's branded error
/// page"). Every variant a fingerprint names has one (a test checks).
pub fn variant_label(id: VariantId) -> Option<&'static str> {
    Some(match id {
        VariantId::CloudflarePlain => "Cloudflare's plain error page (its own failure)",
        VariantId::CloudflareLegacy => "Cloudflare's older branded error page",
        VariantId::CloudflareBranded => "Cloudflare's branded error page, with its diagram",
        VariantId::CloudfrontDefault => "CloudFront's \"The request could not be satisfied\" page",
        VariantId::FastlyGuruMediation => "Fastly's \"Guru Mediation\" page",
        VariantId::VarnishGuruMeditation => "Varnish's \"Guru Meditation\" page",
        VariantId::AkamaiEdgeError => "Akamai's edge error page, with a reference number",
        VariantId::GoogleRobot => "Google's \"That's an error\" page",
        VariantId::GfeServerError => "Google Cloud load balancer's \"Server Error\" page",
        VariantId::AzureAppgwDefault => "Azure Application Gateway's built-in error page",
        VariantId::AwsElbDefault => "AWS load balancer's built-in error page",
        VariantId::HerokuApplicationError => "Heroku's \"Application Error\" page",
        VariantId::HerokuMaintenance => "Heroku's maintenance page",
        VariantId::HerokuNoSuchApp => "Heroku's \"no such app\" page",
        VariantId::VercelFunctionFailed => "Vercel's function failure page",
        VariantId::VercelFunctionTimeout => "Vercel's function timeout page",
        VariantId::VercelNotFound => "Vercel's deployment-not-found page",
        VariantId::GithubUnicorn => "GitHub's unicorn page",
        VariantId::NginxDefault => "nginx's built-in error page",
        VariantId::Nginx50xHtml => "nginx's stock 50x.html page",
        VariantId::OpenrestyDefault => "OpenResty's built-in error page",
        VariantId::ApacheProxyError => "Apache's \"Proxy Error\" page",
        VariantId::ApacheGatewayTimeout => "Apache's gateway timeout page",
        VariantId::ApacheServiceUnavailable => "Apache's \"Service Unavailable\" page",
        VariantId::ApacheInternalError => "Apache's \"Internal Server Error\" page",
        VariantId::IisDetailed => "IIS's detailed error page",
        VariantId::IisCustomError => "IIS's error page",
        VariantId::HttpapiServiceUnavailable => "Windows HTTP.sys \"Service Unavailable\" page",
        VariantId::HaproxyDefault => "HAProxy's built-in error page",
        VariantId::SquidErrorPage => "Squid's error page",
        VariantId::EnvoyLocalReply => "Envoy's \"upstream connect error\" reply",
        VariantId::EnvoyNoHealthyUpstream => "Envoy's \"no healthy upstream\" reply",
        VariantId::EnvoyUpstreamTimeout => "Envoy's upstream timeout reply",
        VariantId::LighttpdDefault => "lighttpd's built-in error page",
        VariantId::LitespeedDefault => "LiteSpeed's built-in error page",
        VariantId::RedditOw => "Reddit's \"Ow!\" page",
        VariantId::WikimediaError => "Wikimedia's error page",
        VariantId::TinyproxyDefault => "Tinyproxy's error page",
        VariantId::PrivoxyErrorPage => "Privoxy's error page",
        VariantId::TomcatErrorReport => "Tomcat's error report",
        VariantId::JettyErrorPage => "Jetty's error page",
        VariantId::GunicornDefault => "Gunicorn's \"Internal Server Error\" page",
        VariantId::Blank => "A blank page with a server error",
        VariantId::CustomPage => "The site's own error page",
        VariantId::NotAnError => "A page that works (or only talks about an error)",
        VariantId::Challenge => "A bot check (challenge) page",
        VariantId::ClientError => "A 4xx page: not an outage",
        VariantId::Binary => "A body that is not a page",
    })
}
