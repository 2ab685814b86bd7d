//! A tab's retry planner driven by any policy and any sequence of failures
//! (real diagnoses of fuzzed responses, network failures), navigations,
//! successes, Stops and whole schedules: never a panic or a hang, never a
//! retry the rules forbid, and with the default policy every decision and
//! state crosses the wasm boundary.
#![no_main]

use gatewise::plan::is_idempotent;
use gatewise::{Decision, Diagnosis, Kind, Planner, SplitMix64, StopReason};
use gatewise_fuzz::{assert_js_safe, check_diagnosis, network_diagnosis, Script, Step, URLS};

/// 2026-09-21, a plausible `Date.now()`.
const START_MS: u64 = 1_790_000_000_000;

libfuzzer_sys::fuzz_target!(|script: Script| {
    let default_policy = script.policy.is_none();
    let policy = script.policy.unwrap_or_default();
    let mut planner = Planner::new(policy.clone());
    let mut rng = SplitMix64(script.seed);
    let mut now = START_MS;
    let mut last: Option<Diagnosis> = None;
    for step in script.steps {
        match step {
            Step::Failure { after_ms, response } => {
                now += u64::from(after_ms);
                let d = gatewise::diagnose(&response.response());
                check_diagnosis(&d);
                fail(&mut planner, &d, now, &mut rng, default_policy);
                last = Some(d);
            }
            Step::Network { after_ms, kind, url } => {
                now += u64::from(after_ms);
                let d = network_diagnosis(kind, url);
                fail(&mut planner, &d, now, &mut rng, default_policy);
                last = Some(d);
            }
            Step::Navigate(url) => planner.on_navigate(URLS[url as usize % URLS.len()]),
            Step::Success => planner.on_success(),
            Step::Stop => planner.stop(),
            Step::Schedule => {
                let Some(d) = &last else { continue };
                let schedule = Planner::schedule(&policy, d, now, &mut rng);
                let (end, retries) = schedule.split_last().expect("a schedule is never empty");
                assert!(matches!(end, Decision::Stop { .. }), "a schedule ends with a stop: {end:?}");
                assert!(retries.iter().all(|r| matches!(r, Decision::Retry { .. })), "only the last decision stops");
                assert!(retries.len() <= policy.max_attempts as usize, "{} retries for max_attempts {}", retries.len(), policy.max_attempts);
                if default_policy {
                    assert_js_safe(&schedule);
                }
            }
        }
        if default_policy {
            assert_js_safe(&planner);
        }
    }
});

/// Plans one failure and checks the decision against the rules.
fn fail(planner: &mut Planner, d: &Diagnosis, now: u64, rng: &mut SplitMix64, default_policy: bool) {
    let stopped = planner.state.as_ref().is_some_and(|s| s.stopped && s.url == d.url);
    let decision = planner.on_failure(d, now, rng);
    if stopped {
        assert_eq!(decision, Decision::Stop { reason: StopReason::StoppedByUser }, "a Stop holds until the tab navigates");
    }
    if let Decision::Retry { attempt, delay_ms, at_ms, .. } = decision {
        let p = &planner.policy;
        assert!(matches!(d.kind, Kind::ServerError | Kind::NetworkFailure), "retried a {:?}", d.kind);
        assert!(d.retryable, "retried what the diagnosis calls not retryable");
        assert!(is_idempotent(&d.method), "retried a {}", d.method);
        assert!(attempt >= 1 && attempt <= p.max_attempts, "attempt {attempt} of {}", p.max_attempts);
        assert_eq!(at_ms, now.saturating_add(delay_ms));
        assert!(delay_ms >= p.min_delay_ms.min(p.cap_ms.max(p.min_delay_ms)), "waited {delay_ms} ms, under the floor");
        if default_policy {
            let longest = p.cap_ms.max(p.max_retry_after_ms + 5_000).max(p.max_hint_ms);
            assert!(delay_ms <= longest, "waited {delay_ms} ms, over every bound");
            assert_js_safe(&decision);
        }
    }
}
