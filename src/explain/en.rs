//! English. Every sentence the card shows lives here; a second language is
//! a sibling module with the same items and one more arm in
//! [`super::Lang`].

use super::{CodeText, Labels, StepText, StepId, Os};
use crate::network::NetworkFailure;

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
    offline: "Paused: you are offline. Gatewise carries on when the connection is back.",
    retrying: "Checking the site…",
    back: "The site is back.",
    gave_up: "Stopped retrying.",
    not_resent: "This page came from a form. Gatewise never re-sends a form by itself.",
    resend: "Send the form again",
    reference: "Reference",
    written_by: "Page written by",
    served_through: "served through",
    working: "Working",
    failing: "Failing",
    unknown: "Not known",
};

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
    what: "The site answered. If the page talks about an error, it is describing one, not having one.",
    fault: "Nobody's: the server is working.",
    owner: &[],
};

/// A 4xx answer.
pub const CLIENT_ERROR: CodeText = CodeText {
    code: 0,
    title: "Request refused",
    headline: "The site is up, but it refused or could not find this page",
    what: "A 4xx answer means the server works and decided about this particular request: the page does not exist, needs a login, or the request was refused. Waiting will not change it.",
    fault: "No outage. Check the address, or the site's links.",
    owner: &["If the page should exist, check recent moves and redirects, and your access rules."],
};

const fn t(code: u16, title: &'static str, headline: &'static str, what: &'static str, fault: &'static str, owner: &'static [&'static str]) -> CodeText {
    CodeText { code, title, headline, what, fault, owner }
}

const CODES: &[CodeText] = &[
    t(500, "500 Internal Server Error", "The site's application crashed on this request",
      "The web server passed your request to the site's application, and the application failed with an error it did not handle: a bug, a broken plugin or theme, a configuration mistake or a resource limit.",
      "The site's application. You did nothing wrong.",
      &["Open the application's error log at the time of the failure: the stack trace or fatal error names the cause.",
        "Undo the most recent deploy, plugin update or configuration change and see whether the error goes away.",
        "Check memory limits (PHP memory_limit, WP_MEMORY_LIMIT, container limits) and disk space."]),
    t(501, "501 Not Implemented", "The server does not support what was asked",
      "The server does not implement the method or feature this request used. That is a matter of the site's configuration, and waiting will not change it.",
      "The site's configuration.",
      &["Check which methods your server and proxy allow for this URL; a proxy may reject methods it does not know."]),
    t(502, "502 Bad Gateway", "The site's server did not answer its gateway",
      "A gateway (a proxy, load balancer or CDN in front of the site) forwarded your request to the server behind it, and got a broken answer or none at all. The server behind may have crashed, restarted, refused the connection or run out of workers.",
      "The site's server behind the gateway, in most cases. Most 502s are over within a minute or two.",
      &["Check that the application server is running (PHP-FPM, gunicorn, uWSGI, Node, the Java server) and restart it if it is not.",
        "Read the proxy's error log for the exact cause: \"connect() failed (111: Connection refused)\", \"No such file or directory\" for a socket, \"upstream prematurely closed connection\".",
        "Check that the proxy points at the right place: nginx fastcgi_pass or proxy_pass, Apache ProxyPass, against the address or socket the application listens on.",
        "Check memory and the worker pool: a server out of memory or with every worker busy drops connections."]),
    t(503, "503 Service Unavailable", "The site is overloaded or down for maintenance",
      "The server is up but will not take requests right now: it may be in planned maintenance, overloaded, or have no healthy backend to send you to. It sometimes says when to come back.",
      "The site's capacity or its planned maintenance, not you.",
      &["If this is planned maintenance, send a Retry-After header and a page that says when you expect to be back.",
        "Check the load balancer's health checks: a 503 often means every backend is marked down.",
        "Check capacity: worker pool size, connection limits, CPU and memory; scale out if the load is real."]),
    t(504, "504 Gateway Timeout", "The site's server took too long to answer",
      "A gateway in front of the site waited for the server behind it, and gave up before an answer came. The server is probably up but slow: a long database query, a hung call to another service, or too much load.",
      "The site's server behind the gateway, which is too slow right now.",
      &["Find the slow requests: the slow query log, the application's traces, calls to outside APIs without a timeout.",
        "Align the timeouts along the chain (nginx proxy_read_timeout or fastcgi_read_timeout, PHP-FPM request_terminate_timeout, max_execution_time): the gateway should wait a little longer than the application does.",
        "Move long work (exports, imports, reports) to a background job instead of the request."]),
    t(505, "505 HTTP Version Not Supported", "The server refused the HTTP version used",
      "The server does not support the version of HTTP the request used. This is a configuration mismatch on the site's side, usually between a proxy and the server behind it.",
      "The site's configuration.",
      &["Check the HTTP versions enabled on each hop (HTTP/1.1, HTTP/2, HTTP/3) and what the proxy uses to talk to the backend."]),
    t(506, "506 Variant Also Negotiates", "The server's content negotiation is misconfigured",
      "The server is set up to choose between versions of the page, and its rules point back at themselves. It is a configuration error on the site.",
      "The site's configuration.",
      &["Review the content negotiation setup (for Apache, MultiViews and type maps) for a variant that negotiates again."]),
    t(507, "507 Insufficient Storage", "The site's server is out of storage",
      "The server could not store what it needed to finish the request: its disk or quota is full.",
      "The site's server.",
      &["Free disk space or raise the quota; check log rotation and temporary files, which fill disks quietly."]),
    t(508, "508 Loop Detected", "The site's server went round in a loop",
      "The server found that handling this request would loop forever, often because of a redirect or proxy rule that points back at itself. Some hosts also send 508 when an account hits its resource limits.",
      "The site's configuration or its hosting limits.",
      &["Look for proxy or rewrite rules that send the request back to the same server.",
        "On shared hosting, check the account's resource usage (entry processes, CPU): 508 often means a limit was hit."]),
    t(509, "509 Bandwidth Limit Exceeded", "The site used up its bandwidth allowance",
      "This unofficial code is sent by some hosting control panels when a site has used all the traffic its plan allows for now.",
      "The site's hosting plan.",
      &["Check the hosting account's bandwidth use and limits; upgrade the plan or put a cache or CDN in front."]),
    t(510, "510 Not Extended", "The server wants an extension the request did not use",
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
      "Cloudflare tried to connect to the site's own server, and the connection was never completed: the server is overloaded, offline, or dropping Cloudflare's packets.",
      "The site's server behind Cloudflare.",
      &["Check that the origin is online and not overloaded.",
        "Allow Cloudflare's IP ranges; a firewall that silently drops them produces exactly this.",
        "Check that the DNS record in Cloudflare points at the right origin address."]),
    t(523, "523 Origin Is Unreachable", "Cloudflare cannot reach the site's server",
      "Cloudflare could not find a route to the site's own server. The address in its settings may be wrong, or the network in front of the server is down.",
      "The site's server or its address in Cloudflare.",
      &["Check the A/AAAA records in Cloudflare's DNS settings: after a move they often still point at the old address.",
        "Ask the hosting provider whether there is a routing problem to the server."]),
    t(524, "524 A Timeout Occurred", "The site's server took too long to answer Cloudflare",
      "Cloudflare connected to the site's own server, but no answer came before Cloudflare's time limit (100 seconds by default).",
      "The site's server behind Cloudflare, which is too slow.",
      &["Find the slow request in the origin's logs; long reports and imports belong in a background job.",
        "Check the origin's load and database performance at the time of the 524s."]),
    t(525, "525 SSL Handshake Failed", "Cloudflare could not set up a secure connection to the site's server",
      "Cloudflare tried to talk to the site's own server over HTTPS, and the TLS handshake failed.",
      "The site's TLS setup.",
      &["Check that the origin accepts HTTPS on port 443 with SNI, and shares at least one cipher suite with Cloudflare.",
        "Check the SSL/TLS mode: Full and Full (strict) need a working certificate on the origin; switching to Flexible only hides the problem."]),
    t(526, "526 Invalid SSL Certificate", "The site's server has a certificate Cloudflare does not accept",
      "Cloudflare is set to verify the site's own certificate (Full strict), and the certificate is expired, self-signed, or for another name.",
      "The site's certificate.",
      &["Renew or replace the origin certificate; a Cloudflare Origin CA certificate works for Full (strict).",
        "Check that the certificate covers the exact host name and that the chain is complete."]),
    t(527, "527 Railgun Error", "Cloudflare's link to the site's server was cut",
      "The connection between Cloudflare and the site's Railgun listener failed. Railgun is a retired product, so this points at an old setup.",
      "The site's setup behind Cloudflare.",
      &["Check the Railgun listener and its logs, or remove Railgun from the setup."]),
    t(530, "530 Origin Error", "Cloudflare could not serve the site",
      "Cloudflare returned 530 together with an error of its own (a 1xxx code on the page), most often because the site's DNS or origin settings at Cloudflare are wrong.",
      "The site's configuration at Cloudflare.",
      &["Look up the 1xxx code shown on the page in Cloudflare's documentation; 1016 means Cloudflare could not resolve the origin's name.",
        "Check the site's DNS records and tunnels in the Cloudflare dashboard."]),
    t(598, "598 Network Read Timeout", "A proxy gave up waiting for the site's server",
      "Some proxies send this unofficial code when the server behind them stopped sending data before the answer was complete.",
      "The site's server or the network behind the proxy.",
      &["Check the origin's response times and the proxy's read timeout."]),
    t(599, "599 Network Connect Timeout", "A proxy could not connect to the site's server in time",
      "Some proxies send this unofficial code when they could not open a connection to the server behind them before their time limit.",
      "The site's server or the network behind the proxy.",
      &["Check that the origin is up and reachable from the proxy; check firewalls between them."]),
];

const NETWORK: [CodeText; 7] = [
    t(0, "Site not found", "The site's name could not be found",
      "Your browser asked the Internet's address book (DNS) where this site is, and got no answer. The address may be mistyped, the site's domain may have a DNS problem, or your own connection's DNS may be failing.",
      "Either your connection's DNS or the site's domain; the steps below tell which.",
      &["Check that the domain's DNS records exist and point at the right address, and that the domain has not expired.",
        "After a move, remember that old records can live in caches for up to their TTL (up to 24 hours)."]),
    t(0, "Connection refused", "The site's server refused the connection",
      "Your browser reached the site's machine, but nothing there accepted the connection: the web server is not running, or a firewall rejected it.",
      "The site's server, unless a firewall or proxy on your side blocks it.",
      &["Check that the web server is running and listening on ports 80 and 443.",
        "Check the firewall rules in front of the server."]),
    t(0, "Connection reset", "The connection to the site was cut",
      "The connection opened and was then cut before the page arrived. The site's server may have crashed mid-answer, or something on the way (a firewall, a proxy, a VPN) cut it.",
      "The network between you and the site, or the site's server.",
      &["Look for crashes or restarts of the web server at the time, and for a firewall or DDoS protection resetting connections."]),
    t(0, "Timed out", "The site took too long to respond",
      "Your browser waited for the site and got no answer in time. The server may be down or overloaded, or something on the way is dropping the traffic.",
      "The network or the site's server.",
      &["Check that the server is up and reachable from outside, and that the firewall does not silently drop connections."]),
    t(0, "Empty response", "The site closed the connection without an answer",
      "The site's server accepted the connection and closed it without sending anything back: it probably crashed or restarted while handling the request.",
      "The site's server.",
      &["Look for crashes, restarts or out-of-memory kills of the web server or application at the time."]),
    t(0, "No connection", "Your device is offline",
      "Your browser reports that it has no Internet connection at all, so no site can load right now.",
      "Your connection, not the site.",
      &[]),
    t(0, "Secure connection failed", "A secure connection to the site could not be set up",
      "Your browser and the site could not agree on a secure (HTTPS) connection. The site's TLS setup may be broken, or something on your network is interfering.",
      "Usually the site's TLS setup; sometimes your network or your device's clock.",
      &["Test the site's TLS setup with an SSL checker; check the certificate chain, protocols and cipher suites."]),
];

/// A step the visitor can take, in words and, where needed, commands.
pub fn step(id: StepId, os: Os) -> StepText {
    use StepId::*;
    let (title, detail): (&str, &str) = match id {
        Wait => ("Wait a minute, then reload", "Most of these errors pass within a minute or two. Gatewise retries for you, spacing its tries out so it does not add to the load."),
        DownForEveryone => ("Check whether it is down for everyone", "A \"down for everyone or just me\" checker, or the site's status page or social account, tells you whether others see it too."),
        OtherSites => ("Check that other sites load", "If they do, your connection is fine and the problem is the site's."),
        PrivateWindow => ("Try a private window", "It runs without your extensions and cookies, which rules them out."),
        HardReload => ("Reload without the cache", "This fetches the page fresh instead of from your browser's cache."),
        OtherNetwork => ("Try another device or network", "For example your phone on mobile data, not the same Wi-Fi."),
        ClearSiteData => ("Clear this site's cookies and cache", "In the browser's settings, remove stored data for this site only, then reload."),
        FlushDns => ("Flush your DNS cache", "This makes your device look up the site's address again, in case it has changed."),
        PublicDns => ("Try a public DNS resolver", "If your provider's DNS is failing, a public resolver (set in your network settings) can still find the site."),
        VpnProxy => ("Turn off your VPN or proxy for a moment", "A VPN or proxy in the path can fail on its own, or be blocked by the site."),
        RestartRouter => ("Restart your modem and router", "Unplug them for thirty seconds, then wait for the connection to come back."),
        CheckConnection => ("Check your connection", "Make sure Wi-Fi or cable is connected and that other sites load."),
        CheckAddress => ("Check the address", "A mistyped domain name is the most common cause of this error."),
        SignIn => ("Open the network's sign-in page", "Open any plain http:// page, or your device's Wi-Fi settings, and complete the sign-in, then reload."),
        CheckClock => ("Check your device's date and time", "A wrong clock makes valid certificates look invalid."),
        Report => ("Tell the site", "If it still fails after about 15 minutes, on more than one device, the site's owner needs to know. Copy the report below and send it to their support."),
    };
    let command: Option<&str> = match (id, os) {
        (HardReload, Os::Macos) => Some("Cmd+Shift+R"),
        (HardReload, Os::Windows | Os::Linux | Os::Chromeos) => Some("Ctrl+Shift+R (or Ctrl+F5)"),
        (HardReload, Os::Android | Os::Ios) => Some("Tap reload while the page is open (or pull down to refresh)"),
        (PrivateWindow, Os::Macos) => Some("Cmd+Shift+N (Chrome) or Cmd+Shift+P (Firefox)"),
        (PrivateWindow, Os::Windows | Os::Linux | Os::Chromeos) => Some("Ctrl+Shift+N (Chrome) or Ctrl+Shift+P (Firefox)"),
        (FlushDns, Os::Windows) => Some("ipconfig /flushdns"),
        (FlushDns, Os::Macos) => Some("sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder"),
        (FlushDns, Os::Linux) => Some("resolvectl flush-caches    # systemd-resolved; or restart nscd or dnsmasq"),
        (FlushDns, Os::Chromeos) => Some("chrome://net-internals/#dns → Clear host cache"),
        (FlushDns, Os::Android | Os::Ios) => Some("Turn airplane mode on, wait ten seconds, turn it off"),
        _ => None,
    };
    StepText { id, title, detail, command }
}

/// Owner items that depend on the vendor that wrote the page.
pub fn vendor_owner(vendor: &str) -> &'static [&'static str] {
    match vendor {
        "nginx" | "openresty" => &[
            "nginx: read /var/log/nginx/error.log; the line for this request names the upstream and the exact error.",
            "nginx with PHP-FPM: check that the pool is running (systemctl status php*-fpm) and that fastcgi_pass matches the pool's listen socket or port.",
            "If PHP-FPM logs \"server reached pm.max_children\", raise pm.max_children or find what holds the workers.",
        ],
        "apache" => &[
            "Apache: read /var/log/apache2/error.log (or /var/log/httpd/error_log); mod_proxy logs the backend and the reason.",
            "Check the ProxyPass target and the backend's keep-alive: a backend closing idle connections before Apache does causes intermittent 502s (try disablereuse=On or a shorter ttl).",
        ],
        "iis" => &[
            "IIS: check that the application pool is started; enable Failed Request Tracing for the status to see which module failed.",
            "With ARR as a proxy, compare ARR's proxy timeout with the backend's response time.",
        ],
        "microsoft-httpapi" => &["HTTP.sys answered because the application pool is stopped or disabled (often by rapid-fail protection after crashes): check the pool and the event log."],
        "haproxy" => &["HAProxy: check backend health (show servers state on the runtime API) and the timeout server setting against the backend's response time."],
        "varnish" => &["Varnish: check the backend probe and first_byte_timeout; varnishlog -g request -q 'RespStatus >= 500' shows the failing fetches."],
        "fastly" => &["Fastly: check the backend's health and first-byte timeout in the service configuration; the Guru Mediation details identify the cache node."],
        "squid" => &["Squid: the error code on the page (ERR_*) says what failed; check that Squid can reach the destination and resolve its name."],
        "envoy" => &["Envoy or Istio: check the upstream cluster's health, outlier detection and route timeouts (istioctl proxy-status for a mesh)."],
        "traefik" => &["Traefik: check that the service's servers are up and pass their health checks in the dashboard."],
        "caddy" => &["Caddy: check the reverse_proxy upstream address and Caddy's log (journalctl -u caddy)."],
        "lighttpd" => &["lighttpd: read /var/log/lighttpd/error.log and check the backend configured in mod_proxy or mod_fastcgi."],
        "litespeed" => &["LiteSpeed: check the external application (lsphp) limits and timeouts, and the server's stderr log."],
        "cloudflare" => &["Cloudflare: to test the origin alone, request it directly (bypassing Cloudflare) from another machine; compare with Cloudflare's status page for an incident of theirs."],
        "cloudfront" => &["CloudFront: check the origin's protocol policy and certificate, the origin response timeout, and the origin's security groups; the request ID helps AWS support."],
        "aws-elb" => &["AWS load balancer: check the target group's health; set the targets' keep-alive timeout longer than the load balancer's idle timeout."],
        "google-cloud-lb" => &["Google Cloud load balancer: check the backend service's health checks and timeout, and that the firewall allows Google's health-check ranges (130.211.0.0/22 and 35.191.0.0/16)."],
        "azure-app-gateway" => &["Azure Application Gateway: open Backend health; check the network security groups and the request timeout of the backend settings."],
        "akamai" => &["Akamai: look the reference number up in Akamai Control Center's error-reference tool; it names the failing step between the edge and the origin."],
        "heroku" => &["Heroku: run heroku logs --tail and look for the router's H-codes (H10 crashed, H12 timeout after 30 s, H13 connection closed); heroku ps:restart restarts the dynos."],
        "vercel" => &["Vercel: open the function's logs for this request; check its maximum duration and memory."],
        "netlify" => &["Netlify: check the function logs and the deploy's status for this site."],
        "google" | "reddit" | "wikimedia" | "github" => &["This is the site's own outage; its engineers are already alerted. Nothing to change on your side."],
        _ => &[],
    }
}

/// Owner items that depend on what the site runs.
pub fn stack_owner(stack: &str) -> &'static [&'static str] {
    match stack {
        "wordpress" => &[
            "WordPress: disable plugins to find a faulty one (rename wp-content/plugins, then restore them one by one) and switch to a default theme.",
            "WordPress: raise WP_MEMORY_LIMIT in wp-config.php if the log shows memory exhaustion; reset .htaccess to the default rules.",
        ],
        "php" => &["PHP: check max_execution_time and memory_limit, and the PHP-FPM log (slowlog shows stuck scripts)."],
        "aspnet" => &["ASP.NET: check the application event log and stdout logs of the app (stdoutLogEnabled in web.config)."],
        "express" => &["Node: check that the process is running under its manager (systemd, pm2) and the memory use before it died."],
        _ => &[],
    }
}

/// Things every owner should check whatever failed.
pub const OWNER_ALWAYS: &[&str] = &[
    "Undo the most recent change (deploy, configuration, DNS, certificate) if the errors began right after it.",
    "Set up monitoring and a friendly error page that says the outage is temporary.",
];

/// "Failing for 12 minutes" and the incident sentences.
pub fn incident_text(state: crate::incident::IncidentState, minutes: u64, failures: u32) -> String {
    use crate::incident::IncidentState::*;
    match state {
        Healthy => String::new(),
        Temporary => format!("Failing for {} so far ({} failed {}). Most failures like this are over within minutes.", minutes_text(minutes), failures, plural(failures, "try", "tries")),
        Persistent => format!("Failing for {} ({} failed {}): this is no longer a blip. The site's owner needs to act; reporting it helps.", minutes_text(minutes), failures, plural(failures, "try", "tries")),
        Recovered => format!("The site was down for {} and is back.", minutes_text(minutes)),
    }
}

fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

fn minutes_text(m: u64) -> String {
    match m {
        0 => "less than a minute".into(),
        1 => "1 minute".into(),
        m if m < 120 => format!("{m} minutes"),
        m => format!("{} hours", m / 60),
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
pub fn variant_label(id: &str) -> Option<&'static str> {
    Some(match id {
        "cloudflare-plain" => "Cloudflare's plain error page (its own failure)",
        "cloudflare-legacy" => "Cloudflare's older branded error page",
        "cloudflare-branded" => "Cloudflare's branded error page, with its diagram",
        "cloudfront-default" => "CloudFront's \"The request could not be satisfied\" page",
        "fastly-guru-mediation" => "Fastly's \"Guru Mediation\" page",
        "varnish-guru-meditation" => "Varnish's \"Guru Meditation\" page",
        "akamai-edge-error" => "Akamai's edge error page, with a reference number",
        "google-robot" => "Google's \"That's an error\" page",
        "gfe-server-error" => "Google Cloud load balancer's \"Server Error\" page",
        "azure-appgw-default" => "Azure Application Gateway's built-in error page",
        "aws-elb-default" => "AWS load balancer's built-in error page",
        "heroku-application-error" => "Heroku's \"Application Error\" page",
        "heroku-maintenance" => "Heroku's maintenance page",
        "heroku-no-such-app" => "Heroku's \"no such app\" page",
        "vercel-function-failed" => "Vercel's function failure page",
        "vercel-function-timeout" => "Vercel's function timeout page",
        "vercel-not-found" => "Vercel's deployment-not-found page",
        "github-unicorn" => "GitHub's unicorn page",
        "nginx-default" => "nginx's built-in error page",
        "nginx-50x-html" => "nginx's stock 50x.html page",
        "openresty-default" => "OpenResty's built-in error page",
        "apache-proxy-error" => "Apache's \"Proxy Error\" page",
        "apache-gateway-timeout" => "Apache's gateway timeout page",
        "apache-service-unavailable" => "Apache's \"Service Unavailable\" page",
        "apache-internal-error" => "Apache's \"Internal Server Error\" page",
        "iis-detailed" => "IIS's detailed error page",
        "iis-custom-error" => "IIS's error page",
        "httpapi-service-unavailable" => "Windows HTTP.sys \"Service Unavailable\" page",
        "haproxy-default" => "HAProxy's built-in error page",
        "squid-error-page" => "Squid's error page",
        "envoy-local-reply" => "Envoy's \"upstream connect error\" reply",
        "envoy-no-healthy-upstream" => "Envoy's \"no healthy upstream\" reply",
        "envoy-upstream-timeout" => "Envoy's upstream timeout reply",
        "lighttpd-default" => "lighttpd's built-in error page",
        "litespeed-default" => "LiteSpeed's built-in error page",
        "reddit-ow" => "Reddit's \"Ow!\" page",
        "wikimedia-error" => "Wikimedia's error page",
        "blank" => "A blank page with a server error",
        "custom-page" => "The site's own error page",
        "not-an-error" => "A page that works (or only talks about an error)",
        "challenge" => "A bot check (challenge) page",
        "client-error" => "A 4xx page: not an outage",
        "binary" => "A body that is not a page",
        _ => return None,
    })
}
