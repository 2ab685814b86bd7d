//! The simulation drives the real engine: its figures meet the goals.

use gatewise::engine::sim::{contenders, goals, render, simulate, OUTAGES_S};

#[test]
fn the_default_policy_meets_the_recovery_goals() {
    let report = simulate(&contenders(), &OUTAGES_S, 1000, 600, 1);
    let missed: Vec<_> = goals(&report).into_iter().filter(|g| !g.met).collect();
    assert!(
        missed.is_empty(),
        "missed: {missed:#?}\n{}",
        render(&report)
    );
    // Every client of a one-hour outage saw the page again.
    let g = &report.policies[0];
    assert!(
        g.outages.iter().all(|o| o.gave_up == 0),
        "{}",
        render(&report)
    );
}

#[test]
fn the_peers_are_what_they_claim() {
    let report = simulate(&contenders(), &[600], 200, 600, 2);
    let fixed = report
        .policies
        .iter()
        .find(|p| p.name == "fixed-5s")
        .unwrap();
    // A client on a 5 s reloader that met a 10 min outage at a random moment sends ~60 requests.
    assert!(
        (50.0..70.0).contains(&fixed.outages[0].requests_during_outage),
        "{}",
        render(&report)
    );
    assert!(fixed.outages[0].lag_median_s.unwrap() <= 5.0);
    let chromium = report
        .policies
        .iter()
        .find(|p| p.name == "chromium-auto-reload")
        .unwrap();
    assert!(chromium.outages[0].requests_during_outage < 6.0);
}
