//! The card: every code has its own words, steps fit the OS, the owner's
//! checklist fits what was detected, the report carries what support needs.
#![cfg(not(target_arch = "wasm32"))]

use gatewise::codes::CODES;
use gatewise::diagnose::diagnose_network;
use gatewise::explain::HopState;
use gatewise::{diagnose, explain, Audience, ExplainContext, Fault, NetworkFailure, Os, Response};
use std::collections::HashSet;

fn card_for(status: u16) -> gatewise::Card {
    explain(
        &diagnose(&Response::new(b"").status(status)),
        &ExplainContext::default(),
    )
}

#[test]
fn every_5xx_code_has_its_own_text() {
    let mut headlines = HashSet::new();
    let mut whats = HashSet::new();
    let server: Vec<u16> = CODES.iter().map(|c| c.code).filter(|c| *c >= 500).collect();
    for code in [
        500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 520, 521, 522, 523, 524, 525,
        526, 527, 530, 598, 599,
    ] {
        assert!(server.contains(&code), "{code} missing from the code table");
        let c = card_for(code);
        assert!(
            c.title.starts_with(&code.to_string()),
            "{code}: title {:?}",
            c.title
        );
        assert!(
            headlines.insert(c.headline.clone()),
            "{code}: headline shared with another code"
        );
        assert!(
            whats.insert(c.what_happened.clone()),
            "{code}: text shared with another code"
        );
        assert!(!c.owner_steps.is_empty(), "{code}: no owner checklist");
        assert!(!c.visitor_steps.is_empty(), "{code}: no visitor steps");
    }
}

#[test]
fn every_network_failure_has_its_own_text() {
    let mut headlines = HashSet::new();
    for k in NetworkFailure::ALL {
        let c = explain(
            &diagnose_network(k, "GET", "https://a.example/"),
            &ExplainContext::default(),
        );
        assert!(headlines.insert(c.headline.clone()), "{k:?}");
        assert!(c.is_error);
    }
    let dns = explain(
        &diagnose_network(NetworkFailure::NameNotResolved, "GET", "https://a.example/"),
        &ExplainContext::default(),
    );
    assert_eq!(
        dns.visitor_steps[0].id, "check-address",
        "a mistyped name is the cheapest thing to check"
    );
}

#[test]
fn steps_are_cheapest_first_and_commands_fit_the_os() {
    let d = diagnose(&Response::new(b"").status(502));
    let ids = |os| {
        explain(
            &d,
            &ExplainContext {
                os,
                ..Default::default()
            },
        )
        .visitor_steps
    };
    let steps = ids(Os::Windows);
    assert_eq!(steps.first().unwrap().id, "wait");
    assert_eq!(steps.last().unwrap().id, "report");
    let flush = |os| {
        ids(os)
            .into_iter()
            .find(|s| s.id == "flush-dns")
            .and_then(|s| s.command)
            .unwrap()
    };
    assert_eq!(flush(Os::Windows), "ipconfig /flushdns");
    assert!(
        flush(Os::Macos).contains("dscacheutil -flushcache")
            && flush(Os::Macos).contains("mDNSResponder")
    );
    assert!(flush(Os::Linux).contains("resolvectl flush-caches"));
    let reload = |os| {
        ids(os)
            .into_iter()
            .find(|s| s.id == "hard-reload")
            .and_then(|s| s.command)
            .unwrap()
    };
    assert!(reload(Os::Macos).contains("Cmd+Shift+R"));
    assert!(reload(Os::Windows).contains("Ctrl+F5"));
}

#[test]
fn whose_fault() {
    for code in [500, 502, 503, 504, 521, 522] {
        let c = card_for(code);
        assert_eq!(c.fault, Fault::Origin, "{code}");
        assert!(!c.visitor_can_fix, "{code}");
        assert_eq!(
            c.diagram.iter().map(|h| h.state).collect::<Vec<_>>(),
            [HopState::Ok, HopState::Ok, HopState::Failed]
        );
    }
    let c = card_for(511);
    assert_eq!(c.fault, Fault::Visitor);
    assert!(c.visitor_can_fix);
    assert_eq!(c.visitor_steps[0].id, "sign-in");
}

#[test]
fn owner_checklist_is_tailored() {
    let nginx = diagnose(
        &Response::new(b"<title>502 Bad Gateway</title><hr><center>nginx</center>")
            .status(502)
            .header("X-Powered-By", "PHP/8.2")
            .url("https://blog.example/wp-login.php"),
    );
    let c = explain(
        &nginx,
        &ExplainContext {
            audience: Audience::Owner,
            ..Default::default()
        },
    );
    let all = c
        .owner_steps
        .iter()
        .map(|s| s.title.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("fastcgi_pass"), "{all}");
    assert!(all.contains("/var/log/nginx/error.log"));
    assert!(
        all.contains("max_execution_time"),
        "PHP items follow X-Powered-By"
    );
    assert!(
        c.owner_steps[0].title.starts_with("nginx"),
        "the vendor's own items come first"
    );

    let wp = diagnose(
        &Response::new(b"<html><link href='/wp-content/themes/x.css'>Error establishing</html>")
            .status(500),
    );
    let all = explain(&wp, &ExplainContext::default())
        .owner_steps
        .iter()
        .map(|s| s.title.clone())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("wp-content/plugins"), "{all}");

    let cf525 = std::fs::read(format!(
        "{}/../shared/corpus/public/cloudflare_525_1.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let all = explain(
        &diagnose(&Response::new(&cf525).status(525)),
        &ExplainContext::default(),
    )
    .owner_steps
    .iter()
    .map(|s| s.title.clone())
    .collect::<Vec<_>>()
    .join("\n");
    assert!(
        all.contains("Full (strict)") && all.contains("Flexible"),
        "{all}"
    );

    let apache = diagnose(
        &Response::new(b"")
            .status(502)
            .header("Server", "Apache/2.4.57 (Debian)"),
    );
    let all = explain(&apache, &ExplainContext::default())
        .owner_steps
        .iter()
        .map(|s| s.title.clone())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        all.contains("ProxyPass") && all.contains("keep-alive"),
        "{all}"
    );
}

#[test]
fn the_support_report() {
    let page = std::fs::read(format!(
        "{}/../shared/corpus/public/cloudflare_522_1.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let d = diagnose(
        &Response::new(&page)
            .status(522)
            .url("https://shop.example/cart"),
    );
    let ctx = ExplainContext {
        started_ms: Some(1_795_250_000_000),
        tz_offset_min: 60,
        attempts: 3,
        tried: vec!["private window".into()],
        browser: Some("Chromium 156 on Linux".into()),
        ..Default::default()
    };
    let r = explain(&d, &ctx).report;
    for want in [
        "GET https://shop.example/cart",
        "2026-11-21 09:33 UTC+01:00",
        "522 Connection Timed Out",
        "Cloudflare",
        "Cloudflare Ray ID 9df84e5407525930",
        "3 automatic retries; private window",
        "Chromium 156 on Linux",
        "the site's own server",
    ] {
        assert!(r.contains(want), "report lacks {want:?}:\n{r}");
    }
}

#[test]
fn not_an_outage_cards() {
    let c = explain(
        &diagnose(
            &Response::new(b"")
                .status(403)
                .header("cf-mitigated", "challenge"),
        ),
        &ExplainContext::default(),
    );
    assert!(!c.is_error);
    assert!(c.headline.contains("checking"));
    let c = card_for(404);
    assert!(!c.is_error);
    assert_eq!(c.title, "404 Not Found");
}

#[test]
fn the_diagram_names_the_edge() {
    let page = std::fs::read(format!(
        "{}/../shared/corpus/public/cloudflare_502_1.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let c = explain(
        &diagnose(
            &Response::new(&page)
                .status(502)
                .url("https://x.example:8443/p"),
        ),
        &ExplainContext::default(),
    );
    assert_eq!(c.diagram[1].label, "Cloudflare");
    assert_eq!(c.diagram[1].state, HopState::Failed);
    assert_eq!(c.diagram[2].label, "x.example");
}

#[test]
fn a_big_sites_own_page_gets_no_generic_checklist() {
    let page = std::fs::read(format!(
        "{}/../shared/corpus/public/google_502_1.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let c = explain(
        &diagnose(&Response::new(&page).status(502).header("Via", "1.1 google")),
        &ExplainContext::default(),
    );
    assert_eq!(c.owner_steps.len(), 1, "{:?}", c.owner_steps);
    assert!(c.owner_steps[0].title.contains("site's own outage"));
}

#[test]
fn every_variant_has_a_label() {
    for v in gatewise::vendors::VENDORS {
        for m in v.marks {
            if let Some(variant) = m.variant {
                assert!(
                    (gatewise::words(gatewise::Lang::En).variant_label)(variant).is_some(),
                    "{}: {variant} has no label",
                    v.id
                );
            }
        }
    }
    let c = explain(
        &diagnose(&Response::new(b"").status(502)),
        &ExplainContext::default(),
    );
    assert_eq!(
        c.variant_label.as_deref(),
        Some("A blank page with a server error")
    );
}
