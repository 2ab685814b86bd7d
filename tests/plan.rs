//! The retry state machine: deterministic, bounded, polite.
#![cfg(not(target_arch = "wasm32"))]

use gatewise::diagnose::diagnose_network;
use gatewise::plan::{Basis, Decision, StopReason};
use gatewise::{diagnose, Diagnosis, NetworkFailure, Planner, Response, RetryPolicy, SplitMix64};

fn d502() -> Diagnosis {
    diagnose(
        &Response::new(b"<title>502 Bad Gateway</title><hr><center>nginx</center>")
            .status(502)
            .url("https://a.example/"),
    )
}

fn retries(plan: &[Decision]) -> Vec<(u32, u64, Basis)> {
    plan.iter()
        .filter_map(|d| match d {
            Decision::Retry {
                attempt,
                delay_ms,
                basis,
                ..
            } => Some((*attempt, *delay_ms, *basis)),
            _ => None,
        })
        .collect()
}

fn stop_reason(plan: &[Decision]) -> StopReason {
    match plan.last() {
        Some(Decision::Stop { reason }) => reason.clone(),
        other => panic!("the plan does not end with a stop: {other:?}"),
    }
}

#[test]
fn same_seed_same_schedule_other_seed_other_jitter() {
    let p = RetryPolicy::default();
    let a = Planner::schedule(&p, &d502(), 0, &mut SplitMix64(7));
    let b = Planner::schedule(&p, &d502(), 0, &mut SplitMix64(7));
    let c = Planner::schedule(&p, &d502(), 0, &mut SplitMix64(8));
    assert_eq!(a, b);
    assert_ne!(retries(&a), retries(&c));
}

#[test]
fn jitter_within_growing_windows_and_cap() {
    let p = RetryPolicy::default();
    for seed in 0..200 {
        let plan = Planner::schedule(&p, &d502(), 0, &mut SplitMix64(seed));
        let r = retries(&plan);
        assert!(
            r.len() <= p.max_attempts as usize && r.len() >= 10,
            "seed {seed}: {} attempts",
            r.len()
        );
        let mut window = p.base_ms;
        let mut at = 0;
        for (attempt, delay, basis) in r {
            let high = window.min(p.cap_ms);
            let low = (high - high / 100 * u64::from(p.jitter_percent)).max(p.min_delay_ms);
            assert!(
                delay >= low && delay <= high,
                "seed {seed} attempt {attempt}: {delay} outside [{low}, {high}]"
            );
            assert_eq!(basis, Basis::Backoff);
            window = window * u64::from(p.growth_percent) / 100;
            at += delay;
        }
        assert!(
            at <= p.max_total_ms,
            "seed {seed}: the last attempt after {at} ms"
        );
        let stop = stop_reason(&plan);
        assert!(
            matches!(
                stop,
                StopReason::AttemptsExhausted | StopReason::TimeExhausted
            ),
            "seed {seed}: {stop:?}"
        );
    }
}

#[test]
fn a_one_hour_outage_is_still_retried() {
    // The plan outlasts a long outage: attempts keep coming, further apart, for hours.
    let plan = Planner::schedule(&RetryPolicy::default(), &d502(), 0, &mut SplitMix64(3));
    let last_at = plan
        .iter()
        .filter_map(|d| {
            if let Decision::Retry { at_ms, .. } = d {
                Some(*at_ms)
            } else {
                None
            }
        })
        .max()
        .unwrap();
    assert!(last_at > 3 * 3_600_000, "the last attempt at {last_at} ms");
}

#[test]
fn jitter_spreads_clients() {
    // A thousand clients that saw the same outage do not come back together.
    let p = RetryPolicy::default();
    let firsts: std::collections::HashSet<u64> = (0..1000)
        .map(|s| retries(&Planner::schedule(&p, &d502(), 0, &mut SplitMix64(s)))[0].1 / 100)
        .collect();
    assert!(
        firsts.len() > 20,
        "first retries fall in only {} 100 ms slots",
        firsts.len()
    );
}

#[test]
fn retry_after_is_a_floor() {
    let page = b"<h1>503 Service Unavailable</h1>";
    let d = diagnose(
        &Response::new(page)
            .status(503)
            .header("Retry-After", "5")
            .url("https://a.example/"),
    );
    for seed in 0..100 {
        let plan = Planner::schedule(&RetryPolicy::default(), &d, 0, &mut SplitMix64(seed));
        for (_, delay, _) in retries(&plan) {
            assert!(
                delay >= 5_000,
                "seed {seed}: retried after {delay} ms despite Retry-After: 5"
            );
        }
        assert!(
            retries(&plan)[0].1 <= 5_500,
            "Retry-After jitter is bounded to a tenth"
        );
    }
}

#[test]
fn retry_after_as_http_date() {
    let d = diagnose(
        &Response::new(b"")
            .status(503)
            .header("Date", "Sat, 21 Nov 2026 08:00:00 GMT")
            .header("Retry-After", "Sat, 21 Nov 2026 08:02:00 GMT"),
    );
    assert_eq!(d.retry_after_s, Some(120));
    let plan = Planner::schedule(&RetryPolicy::default(), &d, 0, &mut SplitMix64(1));
    assert!(retries(&plan)[0].1 >= 120_000);
    assert_eq!(retries(&plan)[0].2, Basis::RetryAfter);
}

#[test]
fn an_overlong_retry_after_ends_the_plan() {
    let d = diagnose(
        &Response::new(b"")
            .status(503)
            .header("Retry-After", "86400"),
    );
    let plan = Planner::schedule(&RetryPolicy::default(), &d, 0, &mut SplitMix64(1));
    assert_eq!(plan.len(), 1);
    assert_eq!(
        stop_reason(&plan),
        StopReason::RetryAfterTooLong { seconds: 86400 }
    );
}

#[test]
fn page_hints_count_but_are_bounded() {
    let google = std::fs::read(format!(
        "{}/../shared/corpus/public/google_502_1.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let d = diagnose(&Response::new(&google).status(502));
    assert_eq!(d.retry_hint.as_ref().map(|h| h.seconds), Some(30));
    let first = retries(&Planner::schedule(
        &RetryPolicy::default(),
        &d,
        0,
        &mut SplitMix64(3),
    ))[0];
    assert_eq!((first.1, first.2), (30_000, Basis::PageHint));
    let long = diagnose(
        &Response::new(
            b"<title>503 Service Unavailable</title><p>Please try again in 5 hours.</p>",
        )
        .status(503),
    );
    assert_eq!(long.retry_hint.as_ref().map(|h| h.seconds), Some(18_000));
    let first = retries(&Planner::schedule(
        &RetryPolicy::default(),
        &long,
        0,
        &mut SplitMix64(3),
    ))[0];
    assert_eq!(
        first.2,
        Basis::Backoff,
        "a hint beyond 10 minutes is ignored, not obeyed"
    );
}

#[test]
fn never_a_post() {
    let d = diagnose(&Response::new(b"").status(502).method("POST"));
    let plan = Planner::schedule(&RetryPolicy::default(), &d, 0, &mut SplitMix64(1));
    assert_eq!(
        stop_reason(&plan),
        StopReason::UnsafeMethod {
            method: "POST".into()
        }
    );
    assert_eq!(plan.len(), 1);
    for m in ["PATCH", "CONNECT", "post"] {
        let d = diagnose(&Response::new(b"").status(503).method(m));
        assert!(matches!(
            stop_reason(&Planner::schedule(
                &RetryPolicy::default(),
                &d,
                0,
                &mut SplitMix64(1)
            )),
            StopReason::UnsafeMethod { .. }
        ));
    }
}

#[test]
fn never_a_challenge_or_a_4xx_or_a_working_page() {
    let challenge = diagnose(
        &Response::new(b"")
            .status(403)
            .header("cf-mitigated", "challenge"),
    );
    let not_found = diagnose(&Response::new(b"").status(404));
    let fine = diagnose(&Response::new(b"hello").status(200));
    let p = RetryPolicy::default();
    assert_eq!(
        stop_reason(&Planner::schedule(&p, &challenge, 0, &mut SplitMix64(1))),
        StopReason::Challenge
    );
    assert_eq!(
        stop_reason(&Planner::schedule(&p, &not_found, 0, &mut SplitMix64(1))),
        StopReason::ClientError
    );
    assert_eq!(
        stop_reason(&Planner::schedule(&p, &fine, 0, &mut SplitMix64(1))),
        StopReason::NotAnError
    );
}

#[test]
fn codes_not_selected_and_not_retryable() {
    let p = RetryPolicy::default();
    let d500 = diagnose(&Response::new(b"").status(500));
    assert_eq!(
        stop_reason(&Planner::schedule(&p, &d500, 0, &mut SplitMix64(1))),
        StopReason::NotSelected
    );
    let d501 = diagnose(&Response::new(b"").status(501));
    assert_eq!(
        stop_reason(&Planner::schedule(&p, &d501, 0, &mut SplitMix64(1))),
        StopReason::NotRetryable
    );
    let with_500 = RetryPolicy {
        codes: vec![500],
        ..RetryPolicy::default()
    };
    let as_502 = retries(&Planner::schedule(&p, &d502(), 0, &mut SplitMix64(1))).len();
    assert_eq!(
        retries(&Planner::schedule(&with_500, &d500, 0, &mut SplitMix64(1))).len(),
        as_502
    );
}

#[test]
fn network_failures_follow_the_option() {
    let refused = diagnose_network(
        NetworkFailure::ConnectionRefused,
        "GET",
        "http://127.0.0.1:9/",
    );
    let as_502 = retries(&Planner::schedule(
        &RetryPolicy::default(),
        &d502(),
        0,
        &mut SplitMix64(1),
    ))
    .len();
    assert_eq!(
        retries(&Planner::schedule(
            &RetryPolicy::default(),
            &refused,
            0,
            &mut SplitMix64(1)
        ))
        .len(),
        as_502
    );
    let off = RetryPolicy {
        network: false,
        ..RetryPolicy::default()
    };
    assert_eq!(
        stop_reason(&Planner::schedule(&off, &refused, 0, &mut SplitMix64(1))),
        StopReason::NotSelected
    );
    let tls = diagnose_network(NetworkFailure::TlsFailure, "GET", "https://x/");
    assert_eq!(
        stop_reason(&Planner::schedule(
            &RetryPolicy::default(),
            &tls,
            0,
            &mut SplitMix64(1)
        )),
        StopReason::NotRetryable
    );
}

#[test]
fn the_time_budget_ends_it() {
    let p = RetryPolicy {
        max_attempts: 1000,
        ..RetryPolicy::default()
    };
    let plan = Planner::schedule(&p, &d502(), 0, &mut SplitMix64(5));
    assert_eq!(stop_reason(&plan), StopReason::TimeExhausted);
    let last_at = plan.iter().rev().find_map(|d| match d {
        Decision::Retry { at_ms, .. } => Some(*at_ms),
        _ => None,
    });
    assert!(last_at.unwrap() <= p.max_total_ms);
}

#[test]
fn stop_navigate_and_success() {
    let mut planner = Planner::new(RetryPolicy::default());
    let d = d502();
    let mut rng = SplitMix64(1);
    assert!(matches!(
        planner.on_failure(&d, 0, &mut rng),
        Decision::Retry { attempt: 1, .. }
    ));
    assert!(matches!(
        planner.on_failure(&d, 5_000, &mut rng),
        Decision::Retry { attempt: 2, .. }
    ));
    // The same URL reloaded keeps counting; another URL starts over.
    planner.on_navigate("https://a.example/");
    assert!(matches!(
        planner.on_failure(&d, 9_000, &mut rng),
        Decision::Retry { attempt: 3, .. }
    ));
    planner.stop();
    assert_eq!(
        planner.on_failure(&d, 20_000, &mut rng),
        Decision::Stop {
            reason: StopReason::StoppedByUser
        }
    );
    planner.on_navigate("https://b.example/");
    assert!(planner.state.is_none());
    assert!(matches!(
        planner.on_failure(&d, 30_000, &mut rng),
        Decision::Retry { attempt: 1, .. }
    ));
    planner.on_success();
    assert!(planner.state.is_none());
}

#[test]
fn a_hostile_policy_is_still_bounded() {
    let p = RetryPolicy {
        base_ms: u64::MAX,
        cap_ms: u64::MAX,
        min_delay_ms: 0,
        max_attempts: 50,
        max_total_ms: u64::MAX,
        ..RetryPolicy::default()
    };
    let plan = Planner::schedule(&p, &d502(), u64::MAX - 10, &mut SplitMix64(1));
    assert!(plan.len() <= 51);
    let p = RetryPolicy {
        min_delay_ms: 10_000,
        base_ms: 1,
        cap_ms: 5,
        ..RetryPolicy::default()
    };
    for (_, delay, _) in retries(&Planner::schedule(&p, &d502(), 0, &mut SplitMix64(1))) {
        assert_eq!(delay, 10_000, "the floor wins over a cap below it");
    }
}
