//! Every sentence true (issue 12): one table test per fact, each case named
//! after the fact it guards, and one sweep over every real page that holds
//! the headline, the fault sentence, the diagram and the report to the same
//! failing hop.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use gatewise::diagnose::diagnose_network;
use gatewise::explain::en::incident_text;
use gatewise::explain::HopState;
use gatewise::{
    diagnose, explain, Card, ExplainContext, Fault, Headers, IncidentState, NetworkFailure, Os,
    Response,
};

// ---------------------------------------------------------------- inputs

fn ctx() -> ExplainContext {
    ExplainContext::default()
}

fn on(os: Os) -> ExplainContext {
    ExplainContext {
        os,
        ..Default::default()
    }
}

fn corpus(file: &str, status: u16) -> Card {
    let body = std::fs::read(common::public_corpus().join(file)).unwrap();
    explain(
        &diagnose(
            &Response::new(&body)
                .status(status)
                .url("https://shop.example/cart"),
        ),
        &ctx(),
    )
}

fn page(body: &str, status: u16, headers: &[(&str, &str)], c: ExplainContext) -> Card {
    let mut r = Response::new(body.as_bytes())
        .status(status)
        .url("https://shop.example/cart");
    for (k, v) in headers {
        r = r.header(k, v);
    }
    explain(&diagnose(&r), &c)
}

fn bare(status: u16) -> Card {
    page("", status, &[], ctx())
}

fn net(kind: NetworkFailure, c: ExplainContext) -> Card {
    explain(&diagnose_network(kind, "GET", "https://shop.example/"), &c)
}

const CF_PLAIN: &str = "<html><head><title>{c} Bad Gateway</title></head><body><center><h1>{c}</h1></center><hr><center>cloudflare</center></body></html>";

fn cloudflare_plain(status: u16) -> Card {
    page(
        &CF_PLAIN.replace("{c}", &status.to_string()),
        status,
        &[],
        ctx(),
    )
}

// ------------------------------------------------------------- checking

/// Which text of the card a case reads.
#[derive(Clone, Copy, Debug)]
enum Part {
    Headline,
    What,
    Fault,
    FirstStep,
    Steps,
    Commands,
    Owner,
    Report,
    Incident,
    All,
}

fn part(c: &Card, p: Part) -> String {
    let steps = |s: &[gatewise::explain::Step]| {
        s.iter()
            .map(|s| {
                format!(
                    "{} {} {}",
                    s.title,
                    s.detail,
                    s.command.clone().unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    match p {
        Part::Headline => format!("{} {}", c.title, c.headline),
        Part::What => c.what_happened.clone(),
        Part::Fault => c.fault_text.clone(),
        Part::Incident => c.incident_text.clone().unwrap_or_default(),
        Part::FirstStep => c
            .visitor_steps
            .first()
            .map(|s| format!("{} {}", s.title, s.detail))
            .unwrap_or_default(),
        Part::Steps => steps(&c.visitor_steps),
        Part::Commands => c
            .visitor_steps
            .iter()
            .filter_map(|s| s.command.clone())
            .collect::<Vec<_>>()
            .join("\n"),
        Part::Owner => steps(&c.owner_steps),
        Part::Report => c.report.clone(),
        Part::All => [
            Part::Headline,
            Part::What,
            Part::Fault,
            Part::Steps,
            Part::Owner,
            Part::Report,
            Part::Incident,
        ]
        .map(|p| part(c, p))
        .join("\n"),
    }
}

/// One case: a card, the part read, what must and must not be in it.
struct Case {
    name: &'static str,
    card: Card,
    part: Part,
    must: &'static [&'static str],
    must_not: &'static [&'static str],
}

fn case(
    name: &'static str,
    card: Card,
    part: Part,
    must: &'static [&'static str],
    must_not: &'static [&'static str],
) -> Case {
    Case {
        name,
        card,
        part,
        must,
        must_not,
    }
}

fn run(fact: &str, cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in &cases {
        let text = part(&c.card, c.part);
        for m in c.must {
            if !text.contains(m) {
                failures.push(format!(
                    "{fact} / {}: {:?} lacks {m:?}:\n{text}",
                    c.name, c.part
                ));
            }
        }
        for m in c.must_not {
            if text.contains(m) {
                failures.push(format!(
                    "{fact} / {}: {:?} says {m:?}:\n{text}",
                    c.name, c.part
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// ------------------------------------------- the card agrees with itself

/// The hop a fault sentence or headline opens with.
fn opens_with_hop(text: &str, fault: Fault, edge: &str) -> bool {
    let network = ["The network", "The name lookup", "The connection"];
    match fault {
        Fault::Origin => text.starts_with("The site's"),
        Fault::Edge => text.starts_with(edge),
        Fault::Network => network.iter().any(|n| text.starts_with(n)),
        Fault::Visitor => text.starts_with("Your"),
        Fault::Unknown => {
            !(text.starts_with("The site's")
                || text.starts_with(edge)
                || text.starts_with("Your")
                || network.iter().any(|n| text.starts_with(n)))
        }
    }
}

/// Which hop the diagram marks as failing.
fn diagram_fault(c: &Card) -> Fault {
    let failed: Vec<_> = c
        .diagram
        .iter()
        .filter(|h| h.state == HopState::Failed)
        .collect();
    assert!(
        failed.len() <= 1,
        "{}: the diagram marks {} failing hops",
        c.title,
        failed.len()
    );
    match failed.first().map(|h| (h.id.as_str(), h.label.as_str())) {
        None => Fault::Unknown,
        Some(("visitor", _)) => Fault::Visitor,
        Some(("edge", l)) if l == c.labels.network => Fault::Network,
        Some(("edge", _)) => Fault::Edge,
        Some(_) => Fault::Origin,
    }
}

fn one_hop_throughout(name: &str, c: &Card) -> Result<(), String> {
    if !c.is_error {
        return Ok(());
    }
    let edge = c.diagram[1].label.as_str();
    let mut errs = Vec::new();
    if diagram_fault(c) != c.fault {
        errs.push(format!(
            "diagram says {:?}, card says {:?}",
            diagram_fault(c),
            c.fault
        ));
    }
    if !opens_with_hop(&c.fault_text, c.fault, edge) {
        errs.push(format!(
            "fault sentence does not open with the {:?} hop: {:?}",
            c.fault, c.fault_text
        ));
    }
    if !opens_with_hop(&c.headline, c.fault, edge) {
        errs.push(format!(
            "headline does not open with the {:?} hop: {:?}",
            c.fault, c.headline
        ));
    }
    let hop_line = c
        .report
        .lines()
        .find(|l| l.starts_with("Failing hop"))
        .unwrap_or_default();
    let words = (gatewise::words(gatewise::Lang::En).report.hop_name)(c.fault);
    if !hop_line.contains(words) {
        errs.push(format!("report says {hop_line:?}, card says {:?}", c.fault));
    }
    if let Some(failed) = c
        .diagram
        .iter()
        .find(|h| h.state == HopState::Failed && h.id != "visitor" && h.label != c.labels.network)
    {
        if !hop_line.contains(&failed.label) {
            errs.push(format!(
                "report's hop line {hop_line:?} does not name the diagram's {:?}",
                failed.label
            ));
        }
    }
    if c.fault == Fault::Edge {
        // Nothing may send the reader to the site's own server.
        let all = part(c, Part::All);
        for origin_talk in [
            "behind the gateway",
            "PHP-FPM",
            "memory_limit",
            "bypassing Cloudflare",
            "application crashed",
        ] {
            if all.contains(origin_talk) {
                errs.push(format!(
                    "an edge failure talks of the origin: {origin_talk:?}"
                ));
            }
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}: {}", errs.join("; ")))
    }
}

/// Every page in the fixtures (both manifests), every bare code and every
/// network failure: headline, fault sentence, diagram and report name the
/// same failing hop.
#[test]
fn every_fixture_names_one_failing_hop() {
    let mut errs = Vec::new();
    let mut checked = 0;
    let dir = common::public_corpus();
    for e in common::manifest(&dir) {
        let file = e["file"].as_str().unwrap();
        let c = corpus(file, e["status"].as_u64().unwrap() as u16);
        errs.extend(one_hop_throughout(file, &c).err());
        checked += usize::from(c.is_error);
    }
    let dir = common::fixtures();
    for e in common::manifest(&dir) {
        let file = e["file"].as_str().unwrap();
        let body = std::fs::read(dir.join("captured").join(file)).unwrap();
        let headers: Headers = e["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h[0].as_str().unwrap().to_string(),
                    h[1].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let r = Response {
            status: e["status"].as_u64().map(|s| s as u16),
            headers,
            body: &body,
            method: "GET",
            url: "https://shop.example/",
            ..Default::default()
        };
        let c = explain(&diagnose(&r), &ctx());
        errs.extend(one_hop_throughout(file, &c).err());
        checked += usize::from(c.is_error);
    }
    let catalog = gatewise::catalog::catalog();
    for entry in &catalog.codes {
        errs.extend(one_hop_throughout(&format!("bare {}", entry.code), &entry.card).err());
    }
    for entry in &catalog.network {
        errs.extend(one_hop_throughout(entry.id, &entry.card).err());
    }
    for status in [500, 502, 503, 504] {
        errs.extend(
            one_hop_throughout(
                &format!("unbranded Cloudflare {status}"),
                &cloudflare_plain(status),
            )
            .err(),
        );
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
    assert!(checked >= 60, "only {checked} error pages checked");
}

/// An unbranded Cloudflare page is Cloudflare's own failure: the words say so.
#[test]
fn fact_failing_hop_drives_the_words() {
    let cf502 = || corpus("cloudflare_502_1.html", 502);
    run(
        "the failing hop drives the words",
        vec![
            case(
                "unbranded Cloudflare 502: fault names Cloudflare",
                cf502(),
                Part::Fault,
                &["Cloudflare"],
                &["site's server behind the gateway"],
            ),
            case(
                "unbranded Cloudflare 502: headline names Cloudflare",
                cf502(),
                Part::Headline,
                &["Cloudflare"],
                &["site's server"],
            ),
            case(
                "unbranded Cloudflare 502: no PHP-FPM for the owner",
                cf502(),
                Part::Owner,
                &["Cloudflare"],
                &["PHP-FPM", "fastcgi_pass"],
            ),
            case(
                "unbranded Cloudflare 502: report names Cloudflare",
                cf502(),
                Part::Report,
                &["(Cloudflare)"],
                &["site's own server"],
            ),
            case(
                "unbranded Cloudflare 500",
                cloudflare_plain(500),
                Part::All,
                &["Cloudflare failed"],
                &["application crashed", "memory_limit"],
            ),
            case(
                "unbranded Cloudflare 504",
                cloudflare_plain(504),
                Part::All,
                &["Cloudflare failed"],
                &["too slow", "proxy_read_timeout"],
            ),
            case(
                "branded Cloudflare 504 blaming the host stays with the host",
                corpus("cloudflare_504_1.html", 504),
                Part::Fault,
                &["The site's server"],
                &[],
            ),
        ],
    );
}

/// Retry-After or a page hint says when; nothing promises sooner.
#[test]
fn fact_server_retry_time_wins() {
    let ra = |v: &'static str| page("", 503, &[("Retry-After", v)], ctx());
    let google = corpus("google_502_1.html", 502);
    run(
        "the server's own words win",
        vec![
            case(
                "Retry-After 7200: first step",
                ra("7200"),
                Part::FirstStep,
                &["Wait 2 hours"],
                &["a minute", "minute or two"],
            ),
            case(
                "Retry-After 7200: the report carries the server's time",
                ra("7200"),
                Part::Report,
                &["Server asks to retry in: 2 hours (Retry-After header)"],
                &[],
            ),
            case(
                "Retry-After 7200: fault sentence",
                ra("7200"),
                Part::Fault,
                &["2 hours"],
                &[],
            ),
            case(
                "Retry-After 7200: nothing shorter anywhere",
                ra("7200"),
                Part::All,
                &[],
                &["within a minute", "minute or two", "Wait a minute"],
            ),
            case(
                "Retry-After 7200 after a few failed tries: no \"short failures pass\"",
                page(
                    "",
                    503,
                    &[("Retry-After", "7200")],
                    ExplainContext {
                        incident: Some(gatewise::Incident {
                            state: IncidentState::Temporary,
                            since_ms: Some(0),
                            duration_ms: 60_000,
                            failures: 3,
                            vantages: 1,
                        }),
                        ..Default::default()
                    },
                ),
                Part::All,
                &[],
                &["within minutes", "often pass"],
            ),
            case(
                "no time named, a few failed tries: short failures often pass",
                page(
                    "",
                    503,
                    &[],
                    ExplainContext {
                        incident: Some(gatewise::Incident {
                            state: IncidentState::Temporary,
                            since_ms: Some(0),
                            duration_ms: 60_000,
                            failures: 3,
                            vantages: 1,
                        }),
                        ..Default::default()
                    },
                ),
                Part::Incident,
                &["often pass"],
                &[],
            ),
            case(
                "Retry-After 7200: no local fixes for an announced pause",
                ra("7200"),
                Part::Steps,
                &["well after the time the site gave (2 hours)"],
                &["private window", "Flush", "15 minutes"],
            ),
            case(
                "Retry-After 7200: an announced pause, not a rate limit",
                ra("7200"),
                Part::Fault,
                &["unavailable for now", "2 hours"],
                &["rate limit"],
            ),
            case(
                "429 with Retry-After: reloading sooner extends the limit",
                page("", 429, &[("Retry-After", "600")], ctx()),
                Part::FirstStep,
                &["Wait 10 minutes", "counts as one more request"],
                &["Gatewise never tries"],
            ),
            case(
                "Retry-After 10740 is 2 hours 59 minutes",
                ra("10740"),
                Part::FirstStep,
                &["Wait 2 hours 59 minutes"],
                &[],
            ),
            case(
                "Retry-After 150 rounds up",
                ra("150"),
                Part::FirstStep,
                &["Wait 3 minutes"],
                &["2 minutes"],
            ),
            case(
                "Retry-After 90",
                ra("90"),
                Part::FirstStep,
                &["Wait 90 seconds"],
                &[],
            ),
            case(
                "Google's page hint of 30 seconds",
                google,
                Part::FirstStep,
                &["Wait 30 seconds"],
                &["a minute"],
            ),
            case(
                "no hint: no promise of a time",
                bare(502),
                Part::All,
                &[],
                &["Most 502s are over", "within a minute or two"],
            ),
        ],
    );
}

/// 429: waiting is the fix.
#[test]
fn fact_429_waiting_is_the_fix() {
    run(
        "429 is fixed by waiting",
        vec![
            case(
                "bare 429",
                bare(429),
                Part::All,
                &["Wait"],
                &["Waiting will not change it", "mistyped"],
            ),
            case(
                "429 first step is to wait",
                bare(429),
                Part::FirstStep,
                &["Wait"],
                &[],
            ),
            case(
                "429 with Retry-After 120",
                page("", 429, &[("Retry-After", "120")], ctx()),
                Part::FirstStep,
                &["Wait 2 minutes"],
                &[],
            ),
            case(
                "429 with Retry-After 120: the fault says when",
                page("", 429, &[("Retry-After", "120")], ctx()),
                Part::Fault,
                &["2 minutes"],
                &[],
            ),
            case(
                "429 names shared addresses",
                bare(429),
                Part::Steps,
                &["VPN"],
                &[],
            ),
            case(
                "Wikimedia's 429 page",
                corpus("wikimedia_429_1.html", 429),
                Part::All,
                &["limit"],
                &["Waiting will not change it"],
            ),
        ],
    );
}

/// A 4xx resolved its name: no "mistyped domain".
#[test]
fn fact_4xx_does_not_blame_a_mistyped_domain() {
    run(
        "a 4xx resolved its name",
        vec![
            case(
                "404",
                bare(404),
                Part::Steps,
                &["after the domain"],
                &["mistyped domain", "most common cause"],
            ),
            case("403", bare(403), Part::Steps, &[], &["mistyped domain"]),
            case(
                "DNS failure still checks the spelling",
                net(NetworkFailure::NameNotResolved, ctx()),
                Part::FirstStep,
                &["spelling"],
                &[],
            ),
        ],
    );
}

/// A DNS failure does not say "the problem is the site's" and then ask for a flush.
#[test]
fn fact_dns_steps_do_not_contradict() {
    run(
        "DNS steps agree with each other",
        vec![
            case(
                "DNS: other sites loading is not a verdict",
                net(NetworkFailure::NameNotResolved, ctx()),
                Part::Steps,
                &["ipconfig /flushdns", "stuck in a cache"],
                &["the problem is the site's"],
            ),
            case(
                "DNS: a failed answer may be cached",
                net(NetworkFailure::NameNotResolved, ctx()),
                Part::Steps,
                &["holding on to a failed answer"],
                &["in case it has changed"],
            ),
            case(
                "DNS: no error page can show, so none is promised",
                net(NetworkFailure::NameNotResolved, ctx()),
                Part::Owner,
                &["monitoring from outside"],
                &["friendly error page"],
            ),
            case(
                "refused: other sites loading clears the visitor's connection",
                net(NetworkFailure::ConnectionRefused, ctx()),
                Part::Steps,
                &["your own connection is fine"],
                &[],
            ),
        ],
    );
}

/// TLS protocol errors lead with interception and old systems, not the clock.
#[test]
fn fact_tls_protocol_errors_lead_with_interception() {
    let tls = |e: &str| {
        net(
            NetworkFailure::from_browser_error(e).expect("a TLS error"),
            ctx(),
        )
    };
    let cases = [
        "net::ERR_SSL_PROTOCOL_ERROR",
        "net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH",
        "NS_ERROR_NET_INADEQUATE_SECURITY",
    ]
    .into_iter()
    .flat_map(|e| {
        [
            case(
                "first step: HTTPS-scanning antivirus",
                tls(e),
                Part::FirstStep,
                &["antivirus"],
                &["clock", "date and time"],
            ),
            case(
                "no clock step",
                tls(e),
                Part::Steps,
                &["VPN", "Update your browser"],
                &["clock"],
            ),
            case(
                "what names the causes",
                tls(e),
                Part::What,
                &["antivirus", "proxy", "VPN", "old browser or system"],
                &[],
            ),
        ]
    })
    .collect();
    run("TLS protocol errors", cases);
    let c = tls("net::ERR_SSL_PROTOCOL_ERROR");
    assert_eq!(
        c.fault,
        Fault::Unknown,
        "either side can break a TLS handshake"
    );
}

/// NXDOMAIN is "no such name"; negative caching, not "24 hours".
#[test]
fn fact_nxdomain_means_no_such_name() {
    let dns = || net(NetworkFailure::NameNotResolved, ctx());
    run(
        "NXDOMAIN",
        vec![
            case(
                "what happened",
                dns(),
                Part::What,
                &["\"no such name\" (NXDOMAIN"],
                &["got no answer"],
            ),
            case(
                "owner: negative caching",
                dns(),
                Part::Owner,
                &["negative caching"],
                &["24 hours"],
            ),
            case("nowhere 24 hours", dns(), Part::All, &[], &["24 hours"]),
        ],
    );
}

/// Phones get phone advice; Chromebooks have no F5; Safari's hard reload.
#[test]
fn fact_mobile_gets_mobile_advice() {
    let mut cases = Vec::new();
    for os in [Os::Android, Os::Ios] {
        cases.push(case(
            "phone: no keyboard shortcuts",
            page("", 502, &[], on(os)),
            Part::Commands,
            &[],
            &["Ctrl", "Cmd", "F5", "Shift"],
        ));
        cases.push(case(
            "phone: no pull-to-refresh claim",
            page("", 502, &[], on(os)),
            Part::Steps,
            &[],
            &["pull", "without the cache"],
        ));
        cases.push(case(
            "phone: no 'your phone on mobile data'",
            page("", 502, &[], on(os)),
            Part::Steps,
            &["Wi-Fi and mobile data"],
            &["your phone on mobile data"],
        ));
        cases.push(case(
            "phone on a TLS error: no keys either",
            net(NetworkFailure::TlsFailure, on(os)),
            Part::Commands,
            &[],
            &["Ctrl", "Cmd"],
        ));
    }
    cases.push(case(
        "Chromebook: no F5",
        page("", 502, &[], on(Os::Chromeos)),
        Part::Commands,
        &["Ctrl+Shift+R"],
        &["F5"],
    ));
    cases.push(case(
        "Safari's hard reload is Option+Cmd+R",
        page("", 502, &[], on(Os::Macos)),
        Part::Commands,
        &["Option+Cmd+R (Safari)"],
        &[],
    ));
    for os in [Os::Windows, Os::Macos, Os::Linux] {
        cases.push(case(
            "the OS flush does not clear Chrome's cache",
            page("", 502, &[], on(os)),
            Part::Steps,
            &["chrome://net-internals/#dns"],
            &[],
        ));
    }
    run("mobile advice", cases);
}

/// 500 is not always the application; the web server sends many.
#[test]
fn fact_500_is_not_always_the_application() {
    run(
        "500",
        vec![
            case(
                "headline",
                bare(500),
                Part::Headline,
                &["server"],
                &["crashed"],
            ),
            case(
                "what names the web server's own 500s",
                bare(500),
                Part::What,
                &[".htaccess", "web server also sends 500"],
                &[],
            ),
            case(
                "owner reads the web server's log",
                bare(500),
                Part::Owner,
                &["Request exceeded the limit of 10 internal redirects"],
                &[],
            ),
        ],
    );
}

/// Cloudflare's Worker error page is an edge failure with its 1xxx code.
#[test]
fn fact_cloudflare_worker_error_is_the_edge() {
    let w = || corpus("cloudflare_500_1.html", 500);
    run(
        "Cloudflare Worker 1101",
        vec![
            case(
                "headline shows 1101",
                w(),
                Part::Headline,
                &["1101", "Worker"],
                &[],
            ),
            case(
                "report shows 1101",
                w(),
                Part::Report,
                &["Cloudflare error 1101", "(Cloudflare)"],
                &[],
            ),
            case(
                "no origin advice",
                w(),
                Part::Owner,
                &["wrangler tail"],
                &["memory_limit", "bypassing Cloudflare", "PHP"],
            ),
        ],
    );
    let c = w();
    assert_eq!(c.fault, Fault::Edge);
    assert_eq!(c.vendor_code.as_deref(), Some("Cloudflare error 1101"));
}

/// 503 is not always "not you": a rate limit behind a shared address.
#[test]
fn fact_503_can_be_a_rate_limit() {
    let steps = |c: &Card| {
        c.visitor_steps
            .iter()
            .map(|s| s.id.clone())
            .collect::<Vec<_>>()
    };
    let c = bare(503);
    let ids = steps(&c);
    let pos = |id: &str| ids.iter().position(|s| s == id).unwrap_or(usize::MAX);
    assert!(
        pos("vpn-proxy") < pos("private-window"),
        "a 503 puts the VPN step early: {ids:?}"
    );
    run(
        "503 and rate limits",
        vec![
            case(
                "nginx's own 503 may be its rate limit",
                corpus("openresty_503_1.html", 503),
                Part::Fault,
                &["limiting requests"],
                &[],
            ),
            case(
                "Varnish's 503 names its backend, not a limit",
                corpus("varnish_503_1.html", 503),
                Part::Fault,
                &["behind the proxy"],
                &["nginx", "rate limit"],
            ),
            case(
                "Envoy's 503 names its backend, not a limit",
                corpus("envoy_503_1.html", 503),
                Part::All,
                &["behind the proxy"],
                &["limit_req"],
            ),
            case(
                "fault names the shared address",
                bare(503),
                Part::Fault,
                &["limiting requests", "VPN"],
                &["not you"],
            ),
            case(
                "fault names nginx's default",
                bare(503),
                Part::Fault,
                &["nginx"],
                &[],
            ),
            case(
                "owner: limit_req_status",
                bare(503),
                Part::Owner,
                &["limit_req_status 429"],
                &[],
            ),
        ],
    );
}

/// Heroku's Application Error is a crashed app (H10), not overload.
#[test]
fn fact_heroku_application_error_is_a_crash() {
    let h = || corpus("heroku_503_1.html", 503);
    run(
        "Heroku Application Error",
        vec![
            case(
                "headline",
                h(),
                Part::Headline,
                &["Heroku"],
                &["overload", "maintenance"],
            ),
            case(
                "what names H10",
                h(),
                Part::What,
                &["crashed", "H10"],
                &["overload", "maintenance"],
            ),
            case(
                "owner",
                h(),
                Part::Owner,
                &["heroku ps"],
                &["Retry-After header"],
            ),
        ],
    );
}

/// An AWS ALB's 503 means no registered targets (it fails open when all are unhealthy).
#[test]
fn fact_alb_503_means_no_registered_targets() {
    let alb = || {
        page("<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>", 503, &[("Server", "awselb/2.0")], ctx())
    };
    run(
        "ALB 503",
        vec![
            case(
                "owner: no registered targets",
                alb(),
                Part::Owner,
                &["no registered targets", "fails open"],
                &["every backend is marked down"],
            ),
            case("what", alb(), Part::What, &["no registered servers"], &[]),
            case(
                "ALB 502 keeps the generic 502 words",
                page("", 502, &[("Server", "awselb/2.0")], ctx()),
                Part::Owner,
                &["keep-alive"],
                &["no registered targets"],
            ),
        ],
    );
}

/// 522: no SYN+ACK within 19 s, or no ACK within 90 s.
#[test]
fn fact_522_has_two_cases() {
    run(
        "522",
        vec![
            case(
                "bare 522",
                bare(522),
                Part::What,
                &["SYN+ACK", "19 seconds", "90 seconds"],
                &[],
            ),
            case(
                "Cloudflare's 522 page",
                corpus("cloudflare_522_1.html", 522),
                Part::What,
                &["19 seconds", "90 seconds"],
                &[],
            ),
        ],
    );
}

/// 508 is WebDAV's loop; the common 508 is a hosting resource limit; a redirect loop is not 508.
#[test]
fn fact_508_is_webdav_or_a_resource_limit() {
    run(
        "508",
        vec![
            case(
                "what",
                bare(508),
                Part::What,
                &[
                    "RFC 5842",
                    "Resource Limit Is Reached",
                    "too many redirects",
                ],
                &["redirect or proxy rule"],
            ),
            case(
                "owner",
                bare(508),
                Part::Owner,
                &["Resource Limit Is Reached"],
                &["rewrite rules that send the request back"],
            ),
        ],
    );
}

/// A 530 that is not Cloudflare's does not say "Cloudflare returned 530".
#[test]
fn fact_530_off_cloudflare() {
    run(
        "530",
        vec![
            case(
                "bare 530",
                bare(530),
                Part::All,
                &[],
                &["Cloudflare returned", "Cloudflare answered", "1016"],
            ),
            case(
                "530 from nginx",
                page("", 530, &[("Server", "nginx")], ctx()),
                Part::All,
                &[],
                &["Cloudflare returned", "Cloudflare answered"],
            ),
            case(
                "530 from Cloudflare",
                page("", 530, &[("Server", "cloudflare")], ctx()),
                Part::What,
                &["Cloudflare answered 530"],
                &[],
            ),
        ],
    );
}

/// HTTP.sys's 503 has several reasons: the HTTPERR log tells which.
#[test]
fn fact_httpsys_503_points_at_httperr() {
    let h = || corpus("microsoft-httpapi_503_1.html", 503);
    run(
        "HTTP.sys 503",
        vec![
            case(
                "owner",
                h(),
                Part::Owner,
                &["HTTPERR", "QueueFull", "ConnLimit", "not IIS"],
                &["because the application pool is stopped"],
            ),
            case("what", h(), Part::What, &["queue full", "not IIS"], &[]),
        ],
    );
}

/// Envoy: proxy-config endpoint shows health; proxy-status shows config sync.
#[test]
fn fact_envoy_endpoint_health() {
    run(
        "Envoy",
        vec![case(
            "Envoy 503",
            corpus("envoy_503_1.html", 503),
            Part::Owner,
            &[
                "istioctl proxy-config endpoint",
                "HEALTHY or UNHEALTHY",
                "proxy-status only shows whether the configuration is in sync",
            ],
            &["(istioctl proxy-status for a mesh)"],
        )],
    );
}

/// Owner advice that can hurt comes with its caution.
#[test]
fn fact_owner_advice_that_can_hurt() {
    let wp = page(
        "<html><link href='/wp-content/themes/x.css'>Error</html>",
        500,
        &[],
        ctx(),
    );
    let nginx = page(
        "<title>502 Bad Gateway</title><hr><center>nginx</center>",
        502,
        &[],
        ctx(),
    );
    let aspnet = page("", 500, &[("X-Powered-By", "ASP.NET")], ctx());
    run(
        "owner advice that can hurt",
        vec![
            case(
                ".htaccess reset: back it up first",
                wp,
                Part::Owner,
                &["back it up first", "redirects and security rules"],
                &["reset .htaccess to the default rules"],
            ),
            case(
                "pm.max_children: if memory allows",
                nginx,
                Part::Owner,
                &["only if memory allows", "OOM killer"],
                &[],
            ),
            case(
                "stdoutLogEnabled is ASP.NET Core's",
                aspnet,
                Part::Owner,
                &["ASP.NET Core", "stdoutLogEnabled"],
                &[],
            ),
        ],
    );
}

/// A big site's own page does not claim its engineers are alerted.
#[test]
fn fact_big_site_owner_line_claims_no_alert() {
    run(
        "big site's own page",
        ["google_502_1.html", "reddit_503_1.html"]
            .into_iter()
            .map(|f| {
                case(
                    "no claim of an alert",
                    corpus(f, if f.starts_with("google") { 502 } else { 503 }),
                    Part::Owner,
                    &["site's own outage"],
                    &["already alerted", "engineers are"],
                )
            })
            .collect(),
    );
}

/// Clearing cookies signs you out.
#[test]
fn fact_clearing_cookies_warns_of_sign_out() {
    run(
        "clearing cookies",
        vec![case(
            "502 steps",
            bare(502),
            Part::Steps,
            &["signs you out", "for this site only"],
            &[],
        )],
    );
}

/// "Did not answer its gateway" also covers a bad answer.
#[test]
fn fact_502_covers_a_bad_answer() {
    run(
        "502 headline",
        vec![
            case(
                "bare 502",
                bare(502),
                Part::Headline,
                &["bad answer, or none"],
                &["did not answer"],
            ),
            case(
                "nginx 502",
                corpus("nginx_502_3.html", 502),
                Part::Headline,
                &["bad answer"],
                &[],
            ),
        ],
    );
}

/// No "most 502s are over within a minute or two": a broken fastcgi_pass is not.
#[test]
fn fact_502_promises_no_time() {
    let socket =
        std::fs::read(common::fixtures().join("captured/nginx_502_fastcgi_socket_missing.html"))
            .unwrap();
    let c = explain(
        &diagnose(
            &Response::new(&socket)
                .status(502)
                .header("Server", "nginx/1.22.1"),
        ),
        &ctx(),
    );
    run(
        "502 overpromise",
        vec![
            case(
                "bare 502",
                bare(502),
                Part::All,
                &["lasts until someone fixes it"],
                &["over within a minute or two", "pass within a minute or two"],
            ),
            case(
                "missing fastcgi socket",
                c,
                Part::All,
                &["fastcgi_pass"],
                &["within a minute or two"],
            ),
        ],
    );
}

/// 179 minutes is not "2 hours".
#[test]
fn fact_179_minutes_is_not_2_hours() {
    let cases = [
        (179, "2 hours 59 minutes"),
        (120, "2 hours"),
        (121, "2 hours 1 minute"),
        (59, "59 minutes"),
        (1, "1 minute"),
    ];
    for (minutes, want) in cases {
        let t = incident_text(IncidentState::Persistent, minutes, 9);
        assert!(
            t.contains(&format!("Failing for {want} (")),
            "{minutes} minutes: {t}"
        );
    }
}

/// One spelling of "Full (strict)" across every card.
#[test]
fn fact_one_spelling_of_full_strict() {
    let catalog = gatewise::catalog::catalog();
    let mut all: Vec<String> = catalog
        .codes
        .iter()
        .map(|e| part(&e.card, Part::All))
        .collect();
    all.extend(
        catalog
            .vendors
            .iter()
            .flat_map(|v| v.owner.iter().map(|s| s.to_string())),
    );
    let joined = all.join("\n");
    assert!(joined.contains("Full (strict)"));
    for wrong in [
        "Full strict",
        "Full Strict",
        "Full(strict)",
        "Full (Strict)",
    ] {
        assert!(!joined.contains(wrong), "{wrong:?} spelled differently");
    }
}

/// What the review found good stays.
#[test]
fn kept_what_the_review_found_good() {
    let gcp = page("", 502, &[("Via", "1.1 google")], ctx());
    let alb = page("", 502, &[("Server", "awselb/2.0")], ctx());
    let heroku = corpus("heroku_503_1.html", 503);
    run(
        "kept",
        vec![
            case(
                "520: empty, malformed or cut off",
                bare(520),
                Part::What,
                &["empty, malformed or cut off"],
                &[],
            ),
            case(
                "521: the server refused",
                bare(521),
                Part::What,
                &["refused"],
                &[],
            ),
            case("523: no route", bare(523), Part::What, &["route"], &[]),
            case(
                "524: 100 seconds",
                bare(524),
                Part::What,
                &["100 seconds"],
                &[],
            ),
            case(
                "526: Origin CA with Full (strict)",
                bare(526),
                Part::Owner,
                &["Origin CA certificate works for Full (strict)"],
                &[],
            ),
            case(
                "ALB keep-alive",
                alb,
                Part::Owner,
                &["keep-alive timeout longer than the load balancer's idle timeout"],
                &[],
            ),
            case(
                "Google Cloud health-check ranges",
                gcp,
                Part::Owner,
                &["130.211.0.0/22", "35.191.0.0/16"],
                &[],
            ),
            case(
                "Heroku's H-codes",
                heroku,
                Part::Owner,
                &["H10", "H12", "H13"],
                &[],
            ),
            case(
                "site-only data clearing",
                bare(502),
                Part::Steps,
                &["for this site only"],
                &[],
            ),
        ],
    );
}
