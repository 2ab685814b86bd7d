//! One named case per bug found by fuzzing or by hostile input, so that
//! none comes back. Natively (`cargo test --test regressions`) and, for the
//! cases that are about the wasm boundary, through the real exports in Node
//! (`cargo test --target wasm32-unknown-unknown --test regressions`).

/// Hostile numbers a page or a server can send: each must give a bounded
/// delay. `(name, status, headers, body)`.
type Case = (
    &'static str,
    u16,
    &'static [(&'static str, &'static str)],
    &'static str,
);

const HUGE_NUMBERS: &[Case] = &[
    ("Retry-After: twenty nines (past u64)", 503, &[("Retry-After", "99999999999999999999")], ""),
    ("Retry-After: u64::MAX", 503, &[("Retry-After", "18446744073709551615")], ""),
    ("Retry-After: 2^53 seconds", 503, &[("Retry-After", "9007199254740992")], ""),
    ("Retry-After: a date in year 9999", 503, &[("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"), ("Date", "Sat, 21 Nov 2026 08:00:00 GMT")], ""),
    ("page: try again in 9999999999 hours", 503, &[], "<html><title>503 Service Unavailable</title><body><h1>Service Unavailable</h1><p>Please try again in 9999999999 hours.</p></body></html>"),
    ("page: try again in twenty nines of seconds (past u64)", 502, &[], "<html><title>502 Bad Gateway</title><body><h1>502 Bad Gateway</h1><p>Try again in 99999999999999999999 seconds</p></body></html>"),
    ("page: meta refresh 99999999999", 502, &[], "<html><head><meta http-equiv=refresh content=\"99999999999\"><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"),
    ("page: meta refresh of 40 digits", 504, &[], "<html><head><meta http-equiv=\"refresh\" content=\"9999999999999999999999999999999999999999;url=/\"></head><body><h1>504 Gateway Time-out</h1></body></html>"),
];

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::HUGE_NUMBERS;
    use gatewise::headers::MAX_DELAY_S;
    use gatewise::{
        diagnose, Decision, Diagnosis, Planner, Response, RetryPolicy, SplitMix64, StopReason,
    };
    use serde_json::Value;

    /// The largest integer JavaScript holds exactly; serde-wasm-bindgen
    /// refuses any `u64` above it.
    const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

    fn numbers(v: &Value, out: &mut Vec<serde_json::Number>) {
        match v {
            Value::Number(n) => out.push(n.clone()),
            Value::Array(a) => a.iter().for_each(|x| numbers(x, out)),
            Value::Object(o) => o.values().for_each(|x| numbers(x, out)),
            _ => {}
        }
    }

    fn assert_js_numbers(name: &str, json: &Value) {
        let mut all = Vec::new();
        numbers(json, &mut all);
        for n in all {
            assert!(
                n.as_u64().is_some_and(|u| u <= MAX_SAFE_INTEGER),
                "{name}: {n} is not an exact JavaScript number in {json}"
            );
        }
    }

    fn diagnosis(status: u16, headers: &[(&str, &str)], body: &str) -> Diagnosis {
        let mut r = Response::new(body.as_bytes())
            .status(status)
            .url("https://shop.example/");
        for (n, v) in headers {
            r = r.header(n, v);
        }
        diagnose(&r)
    }

    #[test]
    fn huge_numbers_from_pages_give_bounded_delays() {
        for (name, status, headers, body) in HUGE_NUMBERS {
            let d = diagnosis(*status, headers, body);
            assert!(d.is_error, "{name}: still an outage");
            let hint = d
                .retry_hint
                .as_ref()
                .unwrap_or_else(|| panic!("{name}: the delay is still read as a (long) hint"));
            assert_eq!(
                hint.seconds, MAX_DELAY_S,
                "{name}: read as the longest delay kept"
            );
            assert!(
                d.retry_after_s.is_none_or(|s| s == MAX_DELAY_S),
                "{name}: {:?}",
                d.retry_after_s
            );
            let json = serde_json::to_value(&d)
                .unwrap_or_else(|e| panic!("{name}: does not serialise: {e}"));
            assert_js_numbers(name, &json);
            let back: Diagnosis = serde_json::from_value(json).unwrap();
            assert_eq!(back, d, "{name}: reads back unchanged");
        }
    }

    #[test]
    fn an_overlong_retry_after_says_what_was_sent() {
        let d = diagnosis(503, &[("Retry-After", "99999999999999999999")], "");
        assert!(
            d.evidence.iter().any(|e| e.contains("99999999999999999999") && e.contains(&MAX_DELAY_S.to_string())),
            "the evidence names the value sent and the value kept: {:?}",
            d.evidence
        );
        let d = diagnosis(503, &[("Retry-After", "120")], "");
        assert!(
            d.evidence.contains(&"Retry-After: 120 s".to_string()),
            "{:?}",
            d.evidence
        );
    }

    #[test]
    fn plans_for_huge_numbers_stop_or_wait_within_bounds() {
        for (name, status, headers, body) in HUGE_NUMBERS {
            let d = diagnosis(*status, headers, body);
            let schedule = Planner::schedule(
                &RetryPolicy::default(),
                &d,
                1_790_000_000_000,
                &mut SplitMix64(1),
            );
            assert_js_numbers(name, &serde_json::to_value(&schedule).unwrap());
            if d.retry_after_s.is_some() {
                // The server's own wait is never cut short: the plan stops and says so.
                assert_eq!(
                    schedule,
                    vec![Decision::Stop {
                        reason: StopReason::RetryAfterTooLong {
                            seconds: MAX_DELAY_S
                        }
                    }],
                    "{name}"
                );
            } else {
                // A page's own hint this long is ignored: plain backoff.
                assert!(
                    matches!(schedule[0], Decision::Retry { .. }),
                    "{name}: {:?}",
                    schedule[0]
                );
            }
        }
    }

    /// Sane delays are not touched by the bound.
    #[test]
    fn ordinary_delays_are_read_as_sent() {
        let d = diagnosis(503, &[("Retry-After", "120")], "");
        assert_eq!(d.retry_after_s, Some(120));
        let d = diagnosis(503, &[], "<html><title>503</title><body><h1>503 Service Unavailable</h1>Please try again in 30 seconds.</body></html>");
        assert_eq!(
            d.retry_hint.map(|h| (h.seconds, h.source)),
            Some((30, "page-text".to_string()))
        );
        let d = diagnosis(502, &[], "<html><head><meta http-equiv=\"refresh\" content=\"15\"></head><body><h1>502 Bad Gateway</h1></body></html>");
        assert_eq!(
            d.retry_hint.map(|h| (h.seconds, h.source)),
            Some((15, "refresh".to_string()))
        );
    }
}

/// Through the real wasm export, as the extension calls it: before the bound,
/// `Retry-After: 99999999999999999999` made `diagnose` throw "cannot convert
/// the result: 18446744073709551615 can't be represented as a JavaScript
/// number", and the tab got no card at all.
#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::HUGE_NUMBERS;
    use gatewise::wasm;
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn set(o: &Object, key: &str, v: JsValue) {
        Reflect::set(o, &JsValue::from_str(key), &v).unwrap();
    }

    #[wasm_bindgen_test]
    fn huge_numbers_cross_the_boundary_as_numbers() {
        for (name, status, headers, body) in HUGE_NUMBERS {
            let input = Object::new();
            set(&input, "status", (*status).into());
            set(&input, "url", "https://shop.example/".into());
            set(&input, "body", (*body).into());
            let pairs = Array::new();
            for (n, v) in *headers {
                pairs.push(&Array::of2(&(*n).into(), &(*v).into()));
            }
            set(&input, "headers", pairs.into());
            let d = wasm::diagnose(input.into())
                .map_err(JsValue::from)
                .unwrap_or_else(|e| panic!("{name}: diagnose threw {e:?}"));
            let hint = Reflect::get(&d, &"retry_hint".into()).unwrap();
            let seconds = Reflect::get(&hint, &"seconds".into())
                .unwrap()
                .as_f64()
                .unwrap_or_else(|| panic!("{name}: no seconds"));
            assert!(seconds <= 9_007_199_254_740_991.0, "{name}: {seconds}");
            assert_eq!(seconds as u64, gatewise::headers::MAX_DELAY_S, "{name}");
        }
    }
}

/// Policies at the far ends of every field (an options page, storage or a
/// message can hand the core any numbers).
#[cfg(not(target_arch = "wasm32"))]
mod policies {
    use gatewise::plan::MAX_ATTEMPTS;
    use gatewise::{diagnose, Decision, Planner, Response, RetryPolicy, SplitMix64, StopReason};

    fn outage() -> gatewise::Diagnosis {
        diagnose(&Response::new(b"<html><title>503 Service Unavailable</title><h1>503 Service Unavailable</h1></html>").status(503).url("https://shop.example/"))
    }

    fn delays(schedule: &[Decision]) -> Vec<u64> {
        schedule
            .iter()
            .filter_map(|d| {
                if let Decision::Retry { delay_ms, .. } = d {
                    Some(*delay_ms)
                } else {
                    None
                }
            })
            .collect()
    }

    /// Fuzz finding (plan, timeout-430aeab5): a zero window (`base_ms` and
    /// `min_delay_ms` 0) never reached the cap, so every attempt walked the
    /// growth loop once per earlier attempt, and a schedule of 65 535
    /// attempts took over 10 s (with `u32::MAX` attempts, forever, and a
    /// list of billions of decisions).
    #[test]
    fn a_zero_window_with_endless_attempts_plans_a_bounded_schedule() {
        let policy = RetryPolicy {
            base_ms: 0,
            min_delay_ms: 0,
            max_attempts: u32::MAX,
            max_total_ms: u64::MAX,
            ..RetryPolicy::default()
        };
        let schedule = Planner::schedule(&policy, &outage(), 1_790_000_000_000, &mut SplitMix64(1));
        assert_eq!(schedule.len(), MAX_ATTEMPTS as usize + 1);
        assert_eq!(
            schedule.last(),
            Some(&Decision::Stop {
                reason: StopReason::AttemptsExhausted
            })
        );
    }

    /// A window near `u64::MAX` grew by `saturating_mul(growth) / 100`: once
    /// the product saturated it fell to a hundredth, so later waits were
    /// shorter than earlier ones.
    #[test]
    fn windows_never_shrink_near_the_top_of_u64() {
        let policy = RetryPolicy {
            base_ms: u64::MAX / 4,
            growth_percent: u32::MAX,
            cap_ms: u64::MAX,
            jitter_percent: 0,
            max_attempts: 5,
            max_total_ms: u64::MAX,
            ..RetryPolicy::default()
        };
        let waits = delays(&Planner::schedule(
            &policy,
            &outage(),
            0,
            &mut SplitMix64(1),
        ));
        assert_eq!(waits.len(), 5);
        assert!(
            waits.windows(2).all(|w| w[0] <= w[1]),
            "waits shrank: {waits:?}"
        );
    }

    /// The default policy's schedule is what it was before these bounds.
    #[test]
    fn the_default_schedule_is_unchanged_by_the_bounds() {
        let policy = RetryPolicy {
            jitter_percent: 0,
            ..RetryPolicy::default()
        };
        let waits = delays(&Planner::schedule(
            &policy,
            &outage(),
            0,
            &mut SplitMix64(1),
        ));
        let mut want = Vec::new();
        let mut window = policy.base_ms;
        let mut total = 0;
        while want.len() < policy.max_attempts as usize
            && total + window.min(policy.cap_ms) <= policy.max_total_ms
        {
            want.push(window.min(policy.cap_ms));
            total += window.min(policy.cap_ms);
            window = window * u64::from(policy.growth_percent) / 100;
        }
        assert_eq!(waits, want);
    }
}
