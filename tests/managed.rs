//! Organisation policies over the person's options: the merge rule.

use gatewise::engine::Options;
use gatewise::managed::{effective, Value};
use std::collections::BTreeMap;

/// A policy as the browser hands it over, from its JSON.
fn value(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap()),
        serde_json::Value::String(s) => Value::Str(s.clone()),
        serde_json::Value::Array(a) => Value::List(a.iter().map(value).collect()),
        serde_json::Value::Object(o) => {
            Value::Map(o.iter().map(|(k, v)| (k.clone(), value(v))).collect())
        }
        serde_json::Value::Null => Value::Other,
    }
}

fn policies(json: &str) -> Vec<(String, Value)> {
    match value(&serde_json::from_str(json).expect("test policy is JSON")) {
        Value::Map(m) => m,
        _ => panic!("not an object"),
    }
}

fn person() -> Options {
    let mut o = Options {
        auto_retry: true,
        notify: false,
        ..Options::default()
    };
    o.sites.insert("mine.example".into(), "always".into());
    o.sites.insert("shared.example".into(), "always".into());
    o.policy.max_attempts = 12;
    o
}

#[test]
fn nothing_managed_leaves_the_person_s_options() {
    let e = effective(person(), &[]);
    assert_eq!(e.options, person());
    assert!(e.locked.is_empty() && e.ignored.is_empty());
}

#[test]
fn each_policy_replaces_its_option_and_locks_it() {
    let e = effective(
        person(),
        &policies(
            r#"{"auto_retry": false, "notify": true, "card_in_page": false, "offer_resend": false, "network": false,
                      "max_attempts": 5, "max_total_minutes": 30, "codes": [503, 502, 502]}"#,
        ),
    );
    let o = &e.options;
    assert!(!o.auto_retry && o.notify && !o.card_in_page && !o.offer_resend && !o.policy.network);
    assert_eq!(o.policy.max_attempts, 5);
    assert_eq!(o.policy.max_total_ms, 30 * 60_000);
    assert_eq!(o.policy.codes, [502, 503], "sorted, once each");
    assert_eq!(
        o.sites,
        person().sites,
        "what the organisation does not set stays the person's"
    );
    let mut locked = e.locked.clone();
    locked.sort();
    assert_eq!(
        locked,
        [
            "auto_retry",
            "card_in_page",
            "codes",
            "max_attempts",
            "max_total_minutes",
            "network",
            "notify",
            "offer_resend"
        ]
    );
    assert!(e.ignored.is_empty());
}

#[test]
fn per_site_rules_merge_host_by_host() {
    let e = effective(
        person(),
        &policies(r#"{"sites": {"Shared.Example.": "never", "intranet.corp": "always"}}"#),
    );
    let sites: Vec<(&str, &str)> = e
        .options
        .sites
        .iter()
        .map(|(h, r)| (h.as_str(), r.as_str()))
        .collect();
    assert_eq!(
        sites,
        [
            ("intranet.corp", "always"),
            ("mine.example", "always"),
            ("shared.example", "never")
        ]
    );
    assert_eq!(
        e.locked,
        ["sites:intranet.corp", "sites:shared.example"],
        "only the hosts it names are locked"
    );
}

#[test]
fn wrong_or_out_of_bounds_policies_are_ignored_not_half_applied() {
    let e = effective(
        person(),
        &policies(
            r#"{"auto_retry": "no", "notify": null, "max_attempts": 0, "max_total_minutes": 1e9, "codes": [502, 404],
                "network": 1, "sites": {"a.example": "sometimes", "bad host": "never", "ok.example": "never"},
                "card_in_page": [], "unknown_policy": true}"#,
        ),
    );
    assert_eq!(e.options.auto_retry, person().auto_retry);
    assert_eq!(e.options.policy.max_attempts, 12);
    assert_eq!(
        e.options.policy.codes,
        person().policy.codes,
        "one bad code: the whole list is ignored"
    );
    assert_eq!(
        e.options.sites.get("ok.example").map(String::as_str),
        Some("never")
    );
    assert!(!e.options.sites.contains_key("a.example"));
    let mut ignored = e.ignored.clone();
    ignored.sort();
    assert_eq!(
        ignored,
        [
            "auto_retry",
            "card_in_page",
            "codes",
            "max_attempts",
            "max_total_minutes",
            "network",
            "notify",
            "sites:a.example",
            "sites:bad host",
            "unknown_policy"
        ]
    );
    assert_eq!(e.locked, ["sites:ok.example"]);
}

#[test]
fn fractional_and_huge_numbers_are_refused() {
    for v in ["1.5", "61", "-1", "4294967296", "1e300"] {
        let e = effective(person(), &policies(&format!(r#"{{"max_attempts": {v}}}"#)));
        assert_eq!(e.ignored, ["max_attempts"], "{v}");
    }
    let e = effective(
        person(),
        &policies(r#"{"max_attempts": 60, "max_total_minutes": 1440}"#),
    );
    assert!(e.ignored.is_empty());
}

#[test]
fn too_many_site_rules_are_refused_whole() {
    let many: BTreeMap<String, String> = (0..1001)
        .map(|i| (format!("h{i}.example"), "never".to_string()))
        .collect();
    let json = serde_json::json!({ "sites": many }).to_string();
    let e = effective(person(), &policies(&json));
    assert_eq!(e.ignored, ["sites"]);
    assert_eq!(e.options.sites, person().sites);
}
