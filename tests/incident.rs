//! Judging one origin's history.
#![cfg(not(target_arch = "wasm32"))]

use gatewise::{judge, IncidentState, Observation};

const MIN: u64 = 60_000;

fn fail(at: u64, from: Option<&str>) -> Observation {
    Observation {
        at_ms: at,
        ok: false,
        status: Some(502),
        vantage: from.map(Into::into),
    }
}
fn ok(at: u64) -> Observation {
    Observation {
        at_ms: at,
        ok: true,
        status: Some(200),
        vantage: None,
    }
}

#[test]
fn states() {
    assert_eq!(judge(&[], 0).state, IncidentState::Healthy);
    assert_eq!(judge(&[ok(0)], MIN).state, IncidentState::Healthy);
    let t = judge(&[fail(0, None), fail(2 * MIN, None)], 3 * MIN);
    assert_eq!(
        (t.state, t.failures, t.duration_ms),
        (IncidentState::Temporary, 2, 3 * MIN)
    );
    let p = judge(&[fail(0, None), fail(16 * MIN, None)], 16 * MIN);
    assert_eq!(p.state, IncidentState::Persistent);
    let places = judge(
        &[fail(0, Some("chrome")), fail(MIN, Some("firefox"))],
        2 * MIN,
    );
    assert_eq!(
        (places.state, places.vantages),
        (IncidentState::Persistent, 2)
    );
    let r = judge(&[fail(0, None), fail(MIN, None), ok(4 * MIN)], 5 * MIN);
    assert_eq!(
        (r.state, r.duration_ms),
        (IncidentState::Recovered, 4 * MIN)
    );
}

#[test]
fn old_failures_are_forgotten() {
    assert_eq!(
        judge(&[fail(0, None)], 2 * 60 * MIN).state,
        IncidentState::Healthy
    );
    // A failure long before the current streak does not stretch it.
    let s = judge(&[fail(0, None), fail(60 * MIN, None)], 61 * MIN);
    assert_eq!(
        (s.state, s.since_ms),
        (IncidentState::Temporary, Some(60 * MIN))
    );
}

#[test]
fn unordered_and_future_observations() {
    let s = judge(
        &[fail(3 * MIN, None), fail(0, None), fail(99 * MIN, None)],
        4 * MIN,
    );
    assert_eq!(
        (s.state, s.failures, s.since_ms),
        (IncidentState::Temporary, 2, Some(0))
    );
}
