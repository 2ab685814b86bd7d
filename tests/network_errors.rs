//! Every error a browser reports without a page (issue 11, item 3): each
//! code of Chromium's `net_error_list.h` and of Firefox's lists (stored in
//! `tests/data/`, with their provenance) has a class, and the engine keeps
//! the class's rule: retried, explained only, or left alone.

use gatewise::engine::{Command, Engine, Event, RetryView};
use gatewise::plan::SplitMix64;
use gatewise::{explain, ErrorClass, ErrorRule, ExplainContext, NetworkFailure};
use std::collections::HashSet;

fn names(file: &str) -> Vec<String> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
        .collect()
}

/// Every error string as the browsers report it.
fn every_error() -> Vec<String> {
    let chromium = names("chromium_net_errors.txt")
        .into_iter()
        .map(|n| format!("net::ERR_{n}"));
    chromium.chain(names("firefox_net_errors.txt")).collect()
}

/// What the engine did with a top-level load that failed with `error`.
struct Seen {
    badge: bool,
    card: bool,
    view: Option<RetryView>,
    streams: usize,
}

fn run(error: &str) -> Seen {
    let mut engine = Engine::default();
    let mut rng = SplitMix64(3);
    let url = "https://shop.example/cart";
    let mut out = engine.handle(
        1_000,
        Event::Request {
            tab: 1,
            frame: 0,
            lifecycle: None,
            request: "r1".into(),
            url: url.into(),
            method: "GET".into(),
            form: None,
        },
        &mut rng,
    );
    out.extend(engine.handle(
        1_050,
        Event::NetworkError {
            tab: 1,
            frame: 0,
            lifecycle: None,
            request: "r1".into(),
            url: url.into(),
            method: "GET".into(),
            error: error.into(),
        },
        &mut rng,
    ));
    Seen {
        badge: out
            .iter()
            .any(|c| matches!(c, Command::SetBadge { text, .. } if !text.is_empty())),
        card: out
            .iter()
            .any(|c| matches!(c, Command::ShowCard { .. } | Command::UpdateCard { .. })),
        view: engine.view(1).map(|v| v.retry),
        streams: engine.streams(),
    }
}

#[test]
fn the_lists_are_whole() {
    let chromium = names("chromium_net_errors.txt");
    assert!(
        chromium.len() >= 230,
        "net_error_list.h has about 240 codes, the data has {}",
        chromium.len()
    );
    for must in [
        "ABORTED",
        "BLOCKED_BY_CLIENT",
        "NAME_NOT_RESOLVED",
        "CERT_DATE_INVALID",
        "HTTP2_PROTOCOL_ERROR",
        "QUIC_PROTOCOL_ERROR",
        "PROXY_CONNECTION_FAILED",
        "DNS_NO_MATCHING_SUPPORTED_ALPN",
    ] {
        assert!(
            chromium.iter().any(|n| n == must),
            "{must} missing from the Chromium list"
        );
    }
    let firefox = names("firefox_net_errors.txt");
    for must in [
        "NS_BINDING_ABORTED",
        "NS_ERROR_UNKNOWN_HOST",
        "NS_ERROR_NET_TIMEOUT",
        "NS_ERROR_CONNECTION_REFUSED",
        "SEC_ERROR_UNKNOWN_ISSUER",
        "SSL_ERROR_BAD_CERT_DOMAIN",
        "MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT",
    ] {
        assert!(
            firefox.iter().any(|n| n == must),
            "{must} missing from the Firefox list"
        );
    }
    let all = every_error();
    assert_eq!(
        all.iter().collect::<HashSet<_>>().len(),
        all.len(),
        "a name is listed twice"
    );
}

#[test]
fn every_code_has_a_class_and_the_engine_keeps_its_rule() {
    let mut classes = HashSet::new();
    for error in every_error() {
        let b = NetworkFailure::lookup(&error).unwrap_or_else(|| panic!("{error}: no class"));
        classes.insert(b.class);
        assert_eq!(
            b.failure.is_none(),
            b.class.rule() == ErrorRule::LeaveAlone,
            "{error}: a kind to explain exactly when not left alone"
        );
        if let Some(k) = b.failure {
            assert_eq!(k.class(), b.class, "{error}");
            assert_eq!(k.retryable(), b.class.rule() == ErrorRule::Retry, "{error}");
        }
        let seen = run(&error);
        match b.class.rule() {
            ErrorRule::LeaveAlone => {
                assert!(
                    !seen.badge && !seen.card && seen.view.is_none() && seen.streams == 0,
                    "{error}: must be left alone"
                );
            }
            ErrorRule::ExplainOnly => {
                assert!(seen.badge && seen.card, "{error}: must be explained");
                assert_eq!(
                    seen.view,
                    Some(RetryView::None),
                    "{error}: must never be retried"
                );
                assert_eq!(seen.streams, 0, "{error}: must never be retried");
            }
            ErrorRule::Retry => {
                assert!(seen.badge && seen.card, "{error}: must be explained");
                assert!(
                    matches!(seen.view, Some(RetryView::Waiting { .. })),
                    "{error}: must be retried, got {:?}",
                    seen.view
                );
                assert_eq!(seen.streams, 1, "{error}");
            }
        }
    }
    for c in ErrorClass::ALL {
        assert!(classes.contains(&c), "no listed code has the class {c:?}");
    }
}

#[test]
fn the_classes_follow_the_names() {
    for error in every_error() {
        let class = NetworkFailure::lookup(&error).map(|b| b.class);
        let name = error.trim_start_matches("net::ERR_");
        let expect = if name.starts_with("CERT_")
            && !name.contains("DATABASE")
            && !name.contains("VERIFIER")
            || name.starts_with("SEC_ERROR_")
            || name.starts_with("MOZILLA_PKIX_ERROR_")
        {
            Some(ErrorClass::Certificate)
        } else if name.starts_with("BLOCKED_BY_")
            || name.ends_with("_URI")
                && name.starts_with("NS_ERROR_")
                && name != "NS_ERROR_MALFORMED_URI"
        {
            Some(ErrorClass::BlockedByClientOrPolicy)
        } else if name == "ABORTED" || name == "NS_BINDING_ABORTED" {
            Some(ErrorClass::Aborted)
        } else if name.starts_with("DNS_")
            && name != "DNS_REQUEST_CANCELLED"
            && name != "DNS_NAME_HTTPS_ONLY"
            || name.ends_with("UNKNOWN_HOST") && !name.contains("PROXY")
        {
            Some(ErrorClass::NameResolution)
        } else if name.starts_with("HTTP2_") && !name.contains("TRANSPORT_SECURITY")
            || name.starts_with("QUIC_") && !name.contains("CERT")
        {
            Some(ErrorClass::Protocol)
        } else if name.starts_with("NS_ERROR_PROXY_")
            || name.starts_with("PAC_")
            || name.starts_with("SOCKS_")
        {
            Some(ErrorClass::Proxy)
        } else {
            continue;
        };
        assert_eq!(class, expect, "{error}");
    }
}

#[test]
fn certificate_errors_are_explained_never_retried() {
    for error in [
        "net::ERR_CERT_DATE_INVALID",
        "net::ERR_CERT_AUTHORITY_INVALID",
        "SEC_ERROR_EXPIRED_CERTIFICATE",
        "SSL_ERROR_BAD_CERT_DOMAIN",
        "MOZILLA_PKIX_ERROR_SOME_FUTURE_NAME",
    ] {
        let b = NetworkFailure::classify(error);
        assert_eq!(b.class, ErrorClass::Certificate, "{error}");
        let seen = run(error);
        assert_eq!(seen.view, Some(RetryView::None), "{error}");
    }
    let d = gatewise::diagnose::diagnose_network(
        NetworkFailure::Certificate,
        "GET",
        "https://a.example/",
    );
    assert!(!d.retryable && !d.transient);
    let card = explain(&d, &ExplainContext::default());
    assert_eq!(
        card.visitor_steps[0].id, "check-clock",
        "the cheapest check of a certificate error is the clock"
    );
    // A fresh streak of failures is no "short failure that passes" when waiting does not fix it.
    let incident = gatewise::Incident {
        state: gatewise::IncidentState::Temporary,
        since_ms: Some(0),
        duration_ms: 10_000,
        failures: 1,
        vantages: 1,
    };
    let ctx = ExplainContext {
        incident: Some(incident.clone()),
        ..Default::default()
    };
    assert_eq!(explain(&d, &ctx).incident_text, None);
    let refused = gatewise::diagnose::diagnose_network(
        NetworkFailure::ConnectionRefused,
        "GET",
        "https://a.example/",
    );
    assert!(explain(&refused, &ctx)
        .incident_text
        .is_some_and(|t| t.contains("pass")));
}

#[test]
fn the_shell_hands_over_all_but_the_ignored_errors() {
    let ignored: Vec<String> = NetworkFailure::ignored_errors().collect();
    for e in [
        "net::ERR_ABORTED",
        "net::ERR_BLOCKED_BY_CLIENT",
        "net::ERR_BLOCKED_BY_ADMINISTRATOR",
        "NS_BINDING_ABORTED",
    ] {
        assert!(
            ignored.iter().any(|i| i == e),
            "{e} must be ignored by the shell"
        );
    }
    for e in &ignored {
        assert_eq!(
            NetworkFailure::classify(e).class.rule(),
            ErrorRule::LeaveAlone,
            "{e}"
        );
    }
    for e in every_error().iter().filter(|e| !ignored.contains(e)) {
        assert_ne!(
            NetworkFailure::classify(e).class.rule(),
            ErrorRule::LeaveAlone,
            "{e}: the shell would hand it over, so it must be handled"
        );
    }
}

#[test]
fn unknown_names_get_a_safe_default() {
    for (error, class) in [
        ("net::ERR_SOMETHING_NEW", ErrorClass::Other),
        (
            "net::ERR_BLOCKED_BY_FUTURE_FEATURE",
            ErrorClass::BlockedByClientOrPolicy,
        ),
        ("NS_ERROR_SOMETHING_NEW", ErrorClass::Other),
        ("", ErrorClass::Other),
        ("\u{0}garbage\u{202e}", ErrorClass::Other),
    ] {
        assert_eq!(NetworkFailure::classify(error).class, class, "{error:?}");
        assert_eq!(
            NetworkFailure::lookup(error),
            None,
            "{error:?} is not a known name"
        );
    }
    let long = "net::ERR_".to_string() + &"X".repeat(1 << 20);
    assert_eq!(NetworkFailure::classify(&long).class, ErrorClass::Other);
}
