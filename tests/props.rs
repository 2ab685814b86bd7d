//! Any bytes, any headers, any status: no panic, and the verdicts stay
//! consistent. proptest shrinks any failure to a small case.
#![cfg(not(target_arch = "wasm32"))]

use gatewise::plan::Decision;
use gatewise::{
    diagnose, explain, ExplainContext, Headers, Kind, Planner, Response, RetryPolicy, SplitMix64,
};
use proptest::prelude::*;

/// Bytes that look like pages: fragments of real markup and words, mixed
/// with noise, so the fingerprints and the status reader get exercised.
fn pageish() -> impl Strategy<Value = Vec<u8>> {
    let atoms = prop_oneof![
        Just(b"<title>".to_vec()),
        Just(b"</title>".to_vec()),
        Just(b"<h1>".to_vec()),
        Just(b"<script>".to_vec()),
        Just(b"<!--".to_vec()),
        Just(b"&#".to_vec()),
        Just(b"&amp;".to_vec()),
        Just(b"502 Bad Gateway".to_vec()),
        Just(b"Error code 522".to_vec()),
        Just(b"<hr><center>nginx</center>".to_vec()),
        Just(b"Guru Meditation: XID: ".to_vec()),
        Just(b"Ray ID: ".to_vec()),
        Just(b"try again in ".to_vec()),
        Just(b"Just a moment...".to_vec()),
        Just("\u{2019}\u{fffd}é".as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 0..16),
        "[a-z0-9 .:<>/&;#]{0,12}".prop_map(String::into_bytes),
    ];
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

fn headers() -> impl Strategy<Value = Headers> {
    let name = prop_oneof![
        Just("Server".to_string()),
        Just("Retry-After".to_string()),
        Just("cf-mitigated".to_string()),
        Just("Date".to_string()),
        Just("x-squid-error".to_string()),
        Just("cf-ray".to_string()),
        "[A-Za-z-]{1,12}"
    ];
    let value = prop_oneof![
        Just("cloudflare".to_string()),
        Just("99999999999999999999".to_string()),
        Just("Sun, 06 Nov 1994 08:49:37 GMT".to_string()),
        Just("challenge".to_string()),
        ".{0,40}"
    ];
    prop::collection::vec((name, value), 0..8).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn diagnose_never_panics_and_stays_consistent(body in pageish(), headers in headers(), status in proptest::option::of(0u16..1000), method in "[A-Z]{0,7}") {
        let r = Response { status, headers, body: &body, method: &method, url: "https://p.example/", ..Default::default() };
        let d = diagnose(&r);
        if d.is_error {
            prop_assert_eq!(d.kind, Kind::ServerError);
        }
        if let Some(s) = status.filter(|s| (100..500).contains(s)) {
            prop_assert!(!d.is_error, "status {} called an outage", s);
        }
        if d.kind == Kind::Challenge {
            prop_assert!(!d.retryable);
        }
        prop_assert!(!d.vendor.is_empty());
        let card = explain(&d, &ExplainContext::default());
        prop_assert!(!card.headline.is_empty());
        let plan = Planner::schedule(&RetryPolicy::default(), &d, 0, &mut SplitMix64(1));
        let policy = RetryPolicy::default();
        prop_assert!(plan.len() <= policy.max_attempts as usize + 1);
        let ends_with_stop = matches!(plan.last(), Some(Decision::Stop { .. }));
        prop_assert!(ends_with_stop, "the plan does not end with a stop");
        if !d.is_error || d.method == "POST" {
            prop_assert_eq!(plan.len(), 1, "retried what must not be retried");
        }
    }

    #[test]
    fn arbitrary_bytes(body in prop::collection::vec(any::<u8>(), 0..4096), status in proptest::option::of(any::<u16>())) {
        let r = Response { status, body: &body, ..Default::default() };
        let _ = explain(&diagnose(&r), &ExplainContext::default());
    }

    #[test]
    fn header_lines_parse_or_refuse(line in ".{0,80}") {
        let _ = Headers::parse_line(&line);
    }
}

/// The cost is bounded by the first 256 KiB, whatever comes after: a page of
/// 50 MB of the most expensive bytes is read once, in bounded work.
#[test]
fn hostile_pages_are_bounded() {
    for unit in [
        &b"<"[..],
        b"&",
        b"<!--",
        b"<script>",
        b"error 502 ",
        b"<title>",
        b"\xff\xfe",
        b"try again in 5 ",
    ] {
        let body: Vec<u8> = unit.iter().copied().cycle().take(50 << 20).collect();
        let d = diagnose(&Response::new(&body).status(502));
        assert!(d.is_error);
    }
}
