//! "Down for everyone?": which status pages are asked, how their answers
//! are judged, how long they hold and what the card says.

use gatewise::explain::{words, Lang};
use gatewise::status::{
    fresh, judge, line, registrable_domain, sources, summary, Bases, Format, Line, Source, State,
    Verdict, BODY_LIMIT, CACHE_MS, UNKNOWN_CACHE_MS,
};

/// The card's words in English.
fn en() -> &'static gatewise::explain::Labels {
    words(Lang::En).labels
}

#[test]
fn registrable_domains() {
    let cases = [
        ("example.com", Some("example.com")),
        ("shop.example.com", Some("example.com")),
        ("a.b.shop.example.com.", Some("example.com")),
        ("WWW.Example.COM", Some("example.com")),
        ("shop.example.co.uk", Some("example.co.uk")),
        ("example.co.uk", Some("example.co.uk")),
        ("co.uk", None),
        ("www.example.com.au", Some("example.com.au")),
        ("localhost", None),
        ("127.0.0.1", None),
        ("10.0.0.256", None),
        ("[::1]", None),
        ("::1", None),
        ("", None),
        ("exa mple.com", None),
        ("-bad.com", None),
        ("ex..com", None),
        ("xn--bcher-kva.example", Some("xn--bcher-kva.example")),
    ];
    for (host, want) in cases {
        assert_eq!(registrable_domain(host).as_deref(), want, "{host}");
    }
    assert_eq!(
        registrable_domain(&format!("{}.com", "a".repeat(64))),
        None,
        "a label over 63"
    );
}

#[test]
fn the_site_and_its_vendor_are_asked() {
    let s = sources(
        "https://shop.example.com/cart?x=1",
        &["cloudflare"],
        &Bases::default(),
    );
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].id, "site");
    assert_eq!(s[0].name, "status.example.com");
    assert_eq!(
        s[0].url.as_deref(),
        Some("https://status.example.com/api/v2/status.json")
    );
    assert_eq!(s[0].format, Format::Statuspage);
    assert_eq!(s[1].id, "cloudflare");
    assert_eq!(
        s[1].url.as_deref(),
        Some("https://www.cloudflarestatus.com/api/v2/status.json")
    );
}

#[test]
fn what_is_asked_for_each_vendor() {
    let table = [
        (
            "cloudflare",
            Some("https://www.cloudflarestatus.com/api/v2/status.json"),
            Format::Statuspage,
        ),
        (
            "fastly",
            Some("https://status.fastly.com/api/v2/status.json"),
            Format::Statuspage,
        ),
        (
            "akamai",
            Some("https://www.akamaistatus.com/api/v2/status.json"),
            Format::Statuspage,
        ),
        ("cloudfront", None, Format::LinkOnly),
        ("aws-elb", None, Format::LinkOnly),
        (
            "google-cloud-lb",
            Some("https://status.cloud.google.com/incidents.json"),
            Format::GoogleCloud,
        ),
        ("azure-app-gateway", None, Format::LinkOnly),
        (
            "vercel",
            Some("https://www.vercel-status.com/api/v2/status.json"),
            Format::Statuspage,
        ),
        (
            "netlify",
            Some("https://www.netlifystatus.com/api/v2/status.json"),
            Format::Statuspage,
        ),
        (
            "github",
            Some("https://www.githubstatus.com/api/v2/status.json"),
            Format::Statuspage,
        ),
        (
            "heroku",
            Some("https://status.heroku.com/api/v4/current-status"),
            Format::Heroku,
        ),
    ];
    for (vendor, url, format) in table {
        let s = sources("http://10.0.0.1/", &[vendor], &Bases::default());
        assert_eq!(
            s.len(),
            1,
            "{vendor}: an IP address has no status page of its own"
        );
        assert_eq!(s[0].url.as_deref(), url, "{vendor}");
        assert_eq!(s[0].format, format, "{vendor}");
        assert!(s[0].page.starts_with("https://"), "{vendor}");
    }
    // Small vendors (a web server) have no status page: only the site's.
    for vendor in ["nginx", "apache", "varnish", "", "unknown"] {
        let s = sources("https://example.org/", &[vendor], &Bases::default());
        assert_eq!(
            s.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["site"],
            "{vendor}"
        );
    }
}

#[test]
fn the_writer_and_the_cdn_in_front_are_both_asked_once() {
    let s = sources(
        "http://10.0.0.1/",
        &["nginx", "cloudflare", "cloudflare"],
        &Bases::default(),
    );
    assert_eq!(
        s.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["cloudflare"]
    );
    let s = sources(
        "http://10.0.0.1/",
        &["aws-elb", "cloudfront"],
        &Bases::default(),
    );
    assert_eq!(
        s.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["AWS"],
        "one AWS line"
    );
    let s = sources(
        "https://example.com/",
        &["heroku", "fastly"],
        &Bases::default(),
    );
    assert_eq!(
        s.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["site", "heroku", "fastly"]
    );
}

#[test]
fn nothing_to_ask_without_a_domain_or_a_big_vendor() {
    for url in [
        "http://127.0.0.1:8080/",
        "http://localhost/",
        "http://[::1]:3000/x",
        "not a url",
        "",
        "file:///etc/passwd",
    ] {
        assert!(
            sources(url, &["nginx"], &Bases::default()).is_empty(),
            "{url}"
        );
    }
}

#[test]
fn a_status_page_is_not_asked_about_itself() {
    let s = sources("https://status.example.com/", &[], &Bases::default());
    assert!(s.is_empty());
}

#[test]
fn the_host_is_read_from_the_url_only() {
    // The user name of a URL is not its host.
    let s = sources(
        "https://status.evil.com@shop.example.com:8443/",
        &[],
        &Bases::default(),
    );
    assert_eq!(s[0].name, "status.example.com");
}

#[test]
fn test_bases_replace_the_addresses() {
    let bases = Bases {
        site: Some("http://127.0.0.1:9/{domain}/api/v2/status.json".into()),
        vendors: [
            (
                "cloudflare".to_string(),
                "http://127.0.0.1:9/cf".to_string(),
            ),
            (
                "cloudfront".to_string(),
                "http://127.0.0.1:9/aws".to_string(),
            ),
        ]
        .into(),
    };
    let s = sources("https://shop.example.com/", &["cloudflare"], &bases);
    assert_eq!(
        s[0].url.as_deref(),
        Some("http://127.0.0.1:9/example.com/api/v2/status.json")
    );
    assert_eq!(
        s[0].name, "status.example.com",
        "the name stays the real one"
    );
    assert_eq!(s[1].url.as_deref(), Some("http://127.0.0.1:9/cf"));
    // A link-only vendor stays link-only; a base that is not http(s) is ignored.
    assert_eq!(
        sources("http://10.0.0.1/", &["cloudfront"], &bases)[0].url,
        None
    );
    let odd = Bases {
        site: Some("javascript:alert(1)".into()),
        ..Bases::default()
    };
    assert_eq!(
        sources("https://example.com/", &[], &odd)[0].url.as_deref(),
        Some("https://status.example.com/api/v2/status.json")
    );
}

fn said(v: &Verdict) -> Option<&str> {
    v.said.as_deref()
}

#[test]
fn statuspage_answers() {
    let doc = |indicator: &str, description: &str| {
        format!(
            r#"{{"page":{{"id":"x","name":"Example","url":"https://status.example.com"}},"status":{{"indicator":"{indicator}","description":"{description}"}}}}"#
        )
    };
    let table = [
        ("none", "All Systems Operational", State::Operational),
        ("minor", "Minor Service Outage", State::Degraded),
        ("major", "Partial System Outage", State::Outage),
        ("critical", "Major Service Outage", State::Outage),
        (
            "maintenance",
            "Service Under Maintenance",
            State::Maintenance,
        ),
    ];
    for (indicator, description, state) in table {
        let v = judge(
            Format::Statuspage,
            200,
            doc(indicator, description).as_bytes(),
        );
        assert_eq!(v.state, state, "{indicator}");
        assert_eq!(said(&v), Some(description));
    }
    assert_eq!(
        judge(Format::Statuspage, 200, doc("purple", "?").as_bytes()).state,
        State::Unknown
    );
    // Only a success counts: a 404 with the same body is no answer.
    assert_eq!(
        judge(
            Format::Statuspage,
            404,
            doc("none", "All Systems Operational").as_bytes()
        )
        .state,
        State::Unknown
    );
    assert_eq!(judge(Format::Statuspage, 0, b"").state, State::Unknown);
}

#[test]
fn hostile_or_garbage_answers_are_unknown() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let huge_description = format!(
        r#"{{"status":{{"indicator":"none","description":"{}"}}}}"#,
        "A".repeat(2_000_000)
    );
    let cases: Vec<(Format, Vec<u8>)> = vec![
        (Format::Statuspage, b"".to_vec()),
        (
            Format::Statuspage,
            b"<html><body>Not found</body></html>".to_vec(),
        ),
        (Format::Statuspage, b"{\"status\":\"ok\"}".to_vec()),
        (
            Format::Statuspage,
            b"{\"status\":{\"indicator\":5}}".to_vec(),
        ),
        (Format::Statuspage, b"\xff\xfe\x00garbage".to_vec()),
        (Format::Statuspage, deep.clone().into_bytes()),
        // More than the bound: cut, so not JSON any more.
        (Format::Statuspage, huge_description.into_bytes()),
        (Format::GoogleCloud, deep.into_bytes()),
        (Format::GoogleCloud, b"{\"incidents\":[]}".to_vec()),
        (Format::GoogleCloud, b"[{\"end\": 5}]".to_vec()),
        (Format::GoogleCloud, b"[}".to_vec()),
        (Format::Heroku, b"{\"status\":[]}".to_vec()),
        (
            Format::Heroku,
            b"{\"status\":[{\"system\":\"Apps\",\"status\":\"blue\"}]}".to_vec(),
        ),
        (Format::Heroku, b"[]".to_vec()),
    ];
    for (i, (format, body)) in cases.iter().enumerate() {
        assert_eq!(judge(*format, 200, body).state, State::Unknown, "case {i}");
    }
}

#[test]
fn their_words_are_cleaned_before_they_are_shown() {
    let v = judge(Format::Statuspage, 200, br#"{"status":{"indicator":"none","description":"All\u0000 Systems\n\n  Operational\u202e"}}"#);
    assert_eq!(said(&v), Some("All Systems Operational"));
    let long = format!(
        r#"{{"status":{{"indicator":"minor","description":"{}"}}}}"#,
        "word ".repeat(100)
    );
    let v = judge(Format::Statuspage, 200, long.as_bytes());
    assert!(said(&v).unwrap().chars().count() <= 160 && said(&v).unwrap().ends_with('…'));
}

#[test]
fn google_cloud_incidents() {
    let done = r#"{"id":"a","begin":"2026-01-01T00:00:00+00:00","end":"2026-01-01T02:00:00+00:00","severity":"high","external_desc":"Old outage"}"#;
    let ongoing_low = r#"{"id":"b","begin":"2026-11-23T10:00:00+00:00","severity":"low","external_desc":"Slow Cloud Storage uploads in europe-west1"}"#;
    let ongoing_high = r#"{"id":"c","begin":"2026-11-23T11:00:00+00:00","end":null,"severity":"high","external_desc":"Cloud Load Balancing returns 502 in us-east1"}"#;
    assert_eq!(
        judge(Format::GoogleCloud, 200, format!("[{done}]").as_bytes()).state,
        State::Operational
    );
    assert_eq!(
        judge(Format::GoogleCloud, 200, b"[]").state,
        State::Operational
    );
    let v = judge(
        Format::GoogleCloud,
        200,
        format!("[{ongoing_low},{done}]").as_bytes(),
    );
    assert_eq!(
        (v.state, said(&v)),
        (
            State::Degraded,
            Some("Slow Cloud Storage uploads in europe-west1")
        )
    );
    let v = judge(
        Format::GoogleCloud,
        200,
        format!("[{ongoing_low},{ongoing_high},{done}]").as_bytes(),
    );
    assert_eq!(
        (v.state, said(&v)),
        (
            State::Outage,
            Some("Cloud Load Balancing returns 502 in us-east1")
        )
    );
}

#[test]
fn google_cloud_history_cut_at_the_bound_still_counts() {
    // The real document is the whole history: newest first, several MB.
    let ongoing = r#"{"id":"now","begin":"2026-11-23T11:00:00+00:00","severity":"medium","external_desc":"Elevated errors"}"#;
    let old = r#"{"id":"old","begin":"2020-01-01T00:00:00+00:00","end":"2020-01-01T01:00:00+00:00","severity":"low","external_desc":"Past"}"#;
    let mut doc = format!("[{ongoing}");
    while doc.len() < 3 * BODY_LIMIT {
        doc.push(',');
        doc.push_str(old);
    }
    doc.push(']');
    let v = judge(Format::GoogleCloud, 200, doc.as_bytes());
    assert_eq!(
        (v.state, said(&v)),
        (State::Degraded, Some("Elevated errors"))
    );
}

#[test]
fn heroku_current_status() {
    let doc = |apps: &str, data: &str, incidents: &str| {
        format!(
            r#"{{"status":[{{"system":"Apps","status":"{apps}"}},{{"system":"Data","status":"{data}"}}],"incidents":{incidents}}}"#
        )
    };
    assert_eq!(
        judge(Format::Heroku, 200, doc("green", "green", "[]").as_bytes()).state,
        State::Operational
    );
    assert_eq!(
        judge(Format::Heroku, 200, doc("yellow", "green", "[]").as_bytes()).state,
        State::Degraded
    );
    let v = judge(
        Format::Heroku,
        200,
        doc(
            "green",
            "red",
            r#"[{"title":"Routing errors in the US region"}]"#,
        )
        .as_bytes(),
    );
    assert_eq!(
        (v.state, said(&v)),
        (State::Outage, Some("Routing errors in the US region"))
    );
    // Red then green is still red.
    assert_eq!(
        judge(Format::Heroku, 200, doc("red", "green", "[]").as_bytes()).state,
        State::Outage
    );
}

#[test]
fn link_only_vendors_are_never_judged() {
    assert_eq!(
        judge(
            Format::LinkOnly,
            200,
            b"{\"status\":{\"indicator\":\"none\"}}"
        )
        .state,
        State::LinkOnly
    );
}

#[test]
fn the_cache_rule() {
    let t = 1_800_000_000_000;
    assert!(fresh(State::Operational, t, t));
    assert!(fresh(State::Outage, t, t + CACHE_MS - 1));
    assert!(!fresh(State::Outage, t, t + CACHE_MS));
    assert!(fresh(State::Unknown, t, t + UNKNOWN_CACHE_MS - 1));
    assert!(!fresh(State::Unknown, t, t + UNKNOWN_CACHE_MS));
    assert!(
        !fresh(State::Operational, t + 1, t),
        "an answer from the future does not hold"
    );
}

fn source(id: &str, name: &str) -> Source {
    Source {
        id: id.into(),
        name: name.into(),
        url: Some("https://x/".into()),
        page: "https://x/".into(),
        format: Format::Statuspage,
    }
}

#[test]
fn the_lines_shown() {
    // 2026-11-23 12:03:10 UTC.
    let at = 1_795_435_390_000;
    let site = source("site", "status.example.com");
    let ok = Verdict {
        state: State::Operational,
        said: Some("All Systems Operational".into()),
    };
    assert_eq!(
        line(&site, &ok, at, 0, en()).text,
        "status.example.com says: All Systems Operational, checked 12:03"
    );
    assert_eq!(
        line(&site, &ok, at, 60, en()).text,
        "status.example.com says: All Systems Operational, checked 13:03"
    );
    assert_eq!(
        line(&site, &ok, at, -13 * 60, en()).text,
        "status.example.com says: All Systems Operational, checked 23:03"
    );
    let unknown = Verdict {
        state: State::Unknown,
        said: None,
    };
    assert!(line(&site, &unknown, at, 0, en())
        .text
        .contains("may have no public status page"));
    let cf = source("cloudflare", "Cloudflare");
    assert_eq!(
        line(
            &cf,
            &Verdict {
                state: State::Outage,
                said: None
            },
            at,
            0,
            en()
        )
        .text,
        "Cloudflare says: major outage, checked 12:03"
    );
    let aws = Source {
        url: None,
        format: Format::LinkOnly,
        ..source("cloudfront", "AWS")
    };
    let l = line(&aws, &judge(Format::LinkOnly, 0, b""), at, 0, en());
    assert_eq!(l.state, State::LinkOnly);
    assert!(l.text.starts_with("AWS publishes no status"));
}

#[test]
fn the_summary() {
    let l = |id: &str, name: &str, state| Line {
        id: id.into(),
        name: name.into(),
        state,
        text: String::new(),
        page: String::new(),
    };
    assert_eq!(
        summary(&[], en()),
        "There is no public status page to ask for this site."
    );
    assert_eq!(
        summary(
            &[
                l("site", "status.example.com", State::Operational),
                l("cloudflare", "Cloudflare", State::Outage)
            ],
            en()
        ),
        "Not just you: Cloudflare reports an outage."
    );
    assert!(
        summary(&[l("site", "status.example.com", State::Degraded)], en())
            .contains("status.example.com reports problems")
    );
    assert!(
        summary(&[l("site", "status.example.com", State::Operational)], en())
            .starts_with("No outage reported publicly")
    );
    assert_eq!(
        summary(
            &[
                l("site", "status.example.com", State::Unknown),
                l("cloudfront", "AWS", State::LinkOnly)
            ],
            en()
        ),
        "No status page gave a readable answer."
    );
}
