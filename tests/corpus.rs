//! Table tests over every real page: the public corpus (../shared) and our
//! own captures of real servers (tests/fixtures).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use gatewise::{diagnose, Fault, Headers, Kind, Response};

/// The hop each public page blames. Most proxies and CDNs report their
/// upstream; an unbranded Cloudflare page is Cloudflare's own, and so is
/// its Worker error 1101 (the site's code failed on Cloudflare's servers).
fn expected_fault(file: &str, status: u16) -> Fault {
    match file {
        _ if status < 500 => Fault::Unknown,
        "cloudflare_502_1.html" | "cloudflare_500_1.html" => Fault::Edge,
        _ => Fault::Origin,
    }
}

#[test]
fn public_corpus_with_status_line() {
    let dir = common::public_corpus();
    let mut checked = 0;
    for e in common::manifest(&dir) {
        let file = e["file"].as_str().unwrap();
        let status = e["status"].as_u64().unwrap() as u16;
        let body = std::fs::read(dir.join(file)).unwrap();
        let d = diagnose(&Response::new(&body).status(status));
        assert_eq!(
            d.is_error,
            status >= 500,
            "{file}: is_error ({:?})",
            d.evidence
        );
        assert_eq!(d.status, Some(status), "{file}: status");
        if e["vendor"] != "none" {
            assert_eq!(
                d.vendor,
                common::vendor_id(e["vendor"].as_str().unwrap()),
                "{file}: vendor ({:?})",
                d.evidence
            );
        }
        assert_eq!(
            d.fault,
            expected_fault(file, status),
            "{file}: fault ({:?})",
            d.evidence
        );
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} pages checked");
}

/// Without a status line, the page's own text must do: the vendor is still
/// found, the status is the one the text names (or none), and nothing that
/// is not a 5xx is called an outage.
#[test]
fn public_corpus_text_alone() {
    let dir = common::public_corpus();
    for e in common::manifest(&dir) {
        let file = e["file"].as_str().unwrap();
        let status = e["status"].as_u64().unwrap() as u16;
        let body = std::fs::read(dir.join(file)).unwrap();
        let d = diagnose(&Response::new(&body));
        assert_eq!(
            d.is_error,
            status >= 500,
            "{file}: is_error ({:?})",
            d.evidence
        );
        assert!(
            d.status.is_none() || d.status == Some(status),
            "{file}: status {:?}, manifest {status}",
            d.status
        );
        if e["vendor"] != "none" {
            assert_eq!(
                d.vendor,
                common::vendor_id(e["vendor"].as_str().unwrap()),
                "{file}: vendor"
            );
        }
    }
}

/// Pages whose text names their code: the text alone gives it.
#[test]
fn status_from_text() {
    let dir = common::public_corpus();
    let cases = [
        ("cloudflare_522_1.html", 522),
        ("cloudflare_521_2.html", 521),
        ("cloudflare_502_2.html", 502),
        ("google_502_1.html", 502),
        ("google_502_2.html", 502),
        ("iis_502_1.html", 502),
        ("cloudfront_504_1.html", 504),
        ("haproxy_503_1.html", 503),
        ("reddit_503_1.html", 503),
        ("microsoft-httpapi_503_1.html", 503),
        ("varnish_503_1.html", 503),
        ("nginx_502_3.html", 502),
        ("wikimedia_429_1.html", 429),
    ];
    for (file, want) in cases {
        let body = std::fs::read(dir.join(file)).unwrap();
        let d = diagnose(&Response::new(&body));
        assert_eq!(d.status, Some(want), "{file} ({:?})", d.evidence);
        assert_eq!(d.status_source, gatewise::StatusSource::PageText, "{file}");
    }
}

fn captured_response(e: &serde_json::Value) -> (Option<u16>, Headers) {
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
    (e["status"].as_u64().map(|s| s as u16), headers)
}

#[test]
fn captured_servers() {
    let dir = common::fixtures();
    let mut checked = 0;
    for e in common::manifest(&dir) {
        let file = e["file"].as_str().unwrap();
        let body = std::fs::read(dir.join("captured").join(file)).unwrap();
        let (status, headers) = captured_response(&e);
        let r = Response {
            status,
            headers,
            body: &body,
            method: "GET",
            ..Default::default()
        };
        let d = diagnose(&r);
        assert_eq!(
            d.is_error,
            e["is_error"].as_bool().unwrap(),
            "{file}: is_error ({:?})",
            d.evidence
        );
        if e["vendor"] != "none" {
            assert_eq!(
                d.vendor,
                e["vendor"].as_str().unwrap(),
                "{file}: vendor ({:?})",
                d.evidence
            );
        }
        if let Some(fault) = e["fault"].as_str() {
            assert_eq!(d.fault.id(), fault, "{file}: fault");
        }
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} captures checked");
}

/// The captures' bodies alone: no negative is ever an outage, and every
/// page with a recognisable template keeps its vendor.
#[test]
fn captured_bodies_alone_never_raise_false_alarms() {
    let dir = common::fixtures();
    for e in common::manifest(&dir) {
        let file = e["file"].as_str().unwrap();
        let body = std::fs::read(dir.join("captured").join(file)).unwrap();
        let d = diagnose(&Response::new(&body));
        if !e["is_error"].as_bool().unwrap() {
            assert!(
                !d.is_error,
                "{file}: a negative called an outage ({:?})",
                d.evidence
            );
            assert!(d.kind != Kind::ServerError, "{file}");
        }
    }
}

#[test]
fn references_are_extracted() {
    let dir = common::public_corpus();
    let cases = [
        (
            "cloudflare_522_1.html",
            "Cloudflare Ray ID",
            "9df84e5407525930",
        ),
        (
            "cloudfront_502_1.html",
            "CloudFront request ID",
            "CcHDq7MkdEVDYjw0vrc9w7P4aCNUker-1xwy-Pqbh6JjA5CRBurt_g==",
        ),
        (
            "akamai_503_1.html",
            "Akamai reference",
            "132.e6eece17.1694877766.1654822b",
        ),
        ("varnish_503_1.html", "Varnish XID", "10389692"),
        (
            "fastly_503_1.html",
            "Fastly details",
            "cache-sea4461-SEA 1645545919 4156862784",
        ),
    ];
    for (file, label, value) in cases {
        let body = std::fs::read(dir.join(file)).unwrap();
        let d = diagnose(&Response::new(&body).status(503));
        assert_eq!(d.reference.as_deref(), Some(value), "{file}");
        assert_eq!(d.reference_label.as_deref(), Some(label), "{file}");
    }
    let squid = std::fs::read(common::fixtures().join("captured/squid_503_refused.html")).unwrap();
    let d = diagnose(
        &Response::new(&squid)
            .status(503)
            .header("X-Squid-Error", "ERR_CONNECT_FAIL 111"),
    );
    assert_eq!(d.vendor_code.as_deref(), Some("ERR_CONNECT_FAIL"));
}

#[test]
fn variants_are_named() {
    let dir = common::public_corpus();
    let cases = [
        ("cloudflare_502_1.html", "cloudflare-plain"),
        ("cloudflare_502_2.html", "cloudflare-branded"),
        ("cloudflare_521_2.html", "cloudflare-legacy"),
        ("google_502_1.html", "google-robot"),
        ("iis_502_1.html", "iis-custom-error"),
        ("nginx_502_1.html", "nginx-50x-html"),
        ("nginx_502_3.html", "nginx-default"),
        ("apache_502_1.html", "apache-proxy-error"),
        ("fastly_503_1.html", "fastly-guru-mediation"),
        ("varnish_503_2.html", "varnish-guru-meditation"),
    ];
    for (file, variant) in cases {
        let body = std::fs::read(dir.join(file)).unwrap();
        assert_eq!(
            diagnose(&Response::new(&body).status(502)).variant,
            variant,
            "{file}"
        );
    }
    let blank = diagnose(&Response::new(b"").status(502).header("Server", "Caddy"));
    assert_eq!(
        (
            blank.variant.as_str(),
            blank.vendor.as_str(),
            blank.is_error
        ),
        ("blank", "caddy", true)
    );
}
