//! The `gatewise` binary, run as a user would.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gatewise"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn one_line_error(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "exit status");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("gatewise: "), "{err}");
    err
}

/// `diagnose --json` on every public page gives the manifest's status and
/// vendor, and the hop the corpus test expects.
#[test]
fn diagnose_json_over_the_public_corpus() {
    let dir = common::public_corpus();
    for e in common::manifest(&dir) {
        let file = dir.join(e["file"].as_str().unwrap());
        let status = e["status"].to_string();
        let d = json(&[
            "diagnose",
            "--json",
            "--status",
            &status,
            file.to_str().unwrap(),
        ]);
        for key in [
            "is_error",
            "status",
            "vendor",
            "variant",
            "fault",
            "reference",
            "retryable",
            "retry_after_s",
        ] {
            assert!(d.get(key).is_some(), "{key} missing");
        }
        assert_eq!(d["status"], e["status"]);
        assert_eq!(d["is_error"], e["status"].as_u64().unwrap() >= 500);
        if e["vendor"] != "none" {
            assert_eq!(
                d["vendor"],
                common::vendor_id(e["vendor"].as_str().unwrap())
            );
        }
    }
}

#[test]
fn diagnose_json_over_our_captures_with_headers() {
    let dir = common::fixtures();
    for e in common::manifest(&dir) {
        let file = dir.join("captured").join(e["file"].as_str().unwrap());
        let mut args: Vec<String> = vec![
            "diagnose".into(),
            "--json".into(),
            "--status".into(),
            e["status"].to_string(),
        ];
        for h in e["headers"].as_array().unwrap() {
            args.push("--header".into());
            args.push(format!(
                "{}: {}",
                h[0].as_str().unwrap(),
                h[1].as_str().unwrap()
            ));
        }
        args.push(file.to_string_lossy().into());
        let d = json(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(d["is_error"], e["is_error"], "{}", e["file"]);
        if e["vendor"] != "none" {
            assert_eq!(d["vendor"], e["vendor"], "{}", e["file"]);
        }
        if !e["fault"].is_null() {
            assert_eq!(d["fault"], e["fault"], "{}", e["file"]);
        }
    }
}

#[test]
fn headers_and_retry_after() {
    let d = json(&[
        "diagnose",
        "--json",
        "--status",
        "503",
        "--header",
        "Retry-After: 120",
        "--header",
        "Server: Foo/1.2",
    ]);
    assert_eq!(d["retry_after_s"], 120);
    assert_eq!(d["vendor"], "foo");
    assert_eq!(d["variant"], "blank");
}

#[test]
fn standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gatewise"))
        .args(["diagnose", "--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"<html><title>502 Bad Gateway</title><center><h1>502 Bad Gateway</h1></center><hr><center>openresty</center>")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (d["status"].as_u64(), d["vendor"].as_str()),
        (Some(502), Some("openresty"))
    );
}

#[test]
fn bad_input_gets_one_clear_line_and_status_2() {
    assert!(one_line_error(&run(&["diagnose", "/no/such/file.html"])).contains("No such file"));
    assert!(one_line_error(&run(&["diagnose", "--status", "abc"])).contains("invalid status"));
    assert!(one_line_error(&run(&["diagnose", "--status", "42"])).contains("100 to 599"));
    assert!(
        one_line_error(&run(&["diagnose", "--header", "no colon here"]))
            .contains("malformed header")
    );
    assert!(
        one_line_error(&run(&["diagnose", "--header", "Bad Name: x"])).contains("malformed header")
    );
    assert!(one_line_error(&run(&["diagnose", "--frobnicate"])).contains("unknown option"));
    assert!(one_line_error(&run(&["explain", "--os", "beos"])).contains("invalid os"));
    assert!(one_line_error(&run(&["teleport"])).contains("unknown command"));
    assert!(one_line_error(&run(&["diagnose", "/"])).contains("directory"));
    assert!(one_line_error(&run(&["diagnose", "--status"])).contains("needs a value"));
}

#[test]
fn binary_and_huge_files_get_a_sane_diagnosis() {
    let dir = std::env::temp_dir().join(format!("gatewise-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("x.gz");
    std::fs::write(
        &bin,
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\x00\x00",
    )
    .unwrap();
    let d = json(&[
        "diagnose",
        "--json",
        "--status",
        "502",
        bin.to_str().unwrap(),
    ]);
    assert_eq!(
        (d["variant"].as_str(), d["is_error"].as_bool()),
        (Some("binary"), Some(true))
    );

    let big = dir.join("big.html");
    let mut f = std::fs::File::create(&big).unwrap();
    f.write_all(b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center>").unwrap();
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..50 {
        f.write_all(&chunk).unwrap();
    }
    drop(f);
    let d = json(&[
        "diagnose",
        "--json",
        "--status",
        "502",
        big.to_str().unwrap(),
    ]);
    assert_eq!(d["vendor"], "nginx");
    assert!(d["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e.as_str().unwrap().contains("first 256 KiB")));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn explain_for_a_person() {
    let dir = common::public_corpus();
    let page = dir.join("cloudflare_522_1.html");
    let out = run(&[
        "explain",
        "--status",
        "522",
        "--os",
        "macos",
        "--url",
        "https://shop.example/",
        page.to_str().unwrap(),
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(text.starts_with("522 Connection Timed Out"), "{text}");
    assert!(text.contains("sudo dscacheutil -flushcache"));
    assert!(text.contains("[shop.example: Failing]"));
    assert!(text.contains("Cloudflare Ray ID 9df84e5407525930"));
    let owner = String::from_utf8(
        run(&[
            "explain",
            "--audience",
            "owner",
            "--status",
            "522",
            page.to_str().unwrap(),
        ])
        .stdout,
    )
    .unwrap();
    assert!(
        owner.find("If you run this site").unwrap() < owner.find("What you can do").unwrap(),
        "owner items first"
    );
    let card = json(&[
        "explain",
        "--json",
        "--network",
        "net::ERR_NAME_NOT_RESOLVED",
    ]);
    assert_eq!(card["fault"], "network");
}

#[test]
fn explain_in_another_language() {
    let dir = common::public_corpus();
    let page = dir.join("cloudflare_522_1.html");
    let out = run(&[
        "explain",
        "--lang",
        "de-AT",
        "--status",
        "522",
        "--url",
        "https://shop.example/",
        page.to_str().unwrap(),
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(
        text.starts_with("522 Connection Timed Out — Der Server der Website"),
        "{text}"
    );
    assert!(text.contains("[shop.example: Gestört]"), "{text}");
    assert!(
        text.contains("Was Sie tun können")
            && text.contains("Fehlerbericht (erstellt von Gatewise)"),
        "{text}"
    );
    assert!(text.contains("Cloudflare Ray ID 9df84e5407525930"));
    let card = json(&[
        "explain",
        "--json",
        "--lang",
        "de",
        "--network",
        "net::ERR_NAME_NOT_RESOLVED",
    ]);
    assert_eq!(card["title"], "Website nicht gefunden");
    for bad in ["nl", "klingon"] {
        let out = run(&["explain", "--lang", bad, "--status", "502"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            one_line_error(&out).contains("expected one of en, de"),
            "{}",
            one_line_error(&out)
        );
    }
}

#[test]
fn plan_is_reproducible_and_polite() {
    let a = run(&["plan", "--status", "502", "--seed", "9", "--now", "0"]);
    let b = run(&["plan", "--status", "502", "--seed", "9", "--now", "0"]);
    assert_eq!(a.stdout, b.stdout);
    let text = String::from_utf8(a.stdout).unwrap();
    // The default policy's budget: attempts until it is used (6 hours).
    let d = gatewise::diagnose(&gatewise::Response::new(b"").status(502));
    let planned = gatewise::Planner::schedule(
        &gatewise::RetryPolicy::default(),
        &d,
        0,
        &mut gatewise::SplitMix64(9),
    );
    assert!(planned.len() > 10);
    assert_eq!(
        text.matches("probe, reload if it answers").count(),
        planned.len() - 1,
        "{text}"
    );
    assert!(
        text.contains("stop: time budget used") || text.contains("stop: all attempts used"),
        "{text}"
    );
    let post =
        String::from_utf8(run(&["plan", "--status", "502", "--method", "POST"]).stdout).unwrap();
    assert!(post.contains("POST is never re-sent"), "{post}");
    let plan = json(&[
        "plan",
        "--json",
        "--status",
        "503",
        "--header",
        "Retry-After: 5",
        "--seed",
        "1",
    ]);
    assert!(plan[0]["delay_ms"].as_u64().unwrap() >= 5000);
}

/// Regression (issue 8): `retryable` used to say true for a POST that the
/// plan refuses to re-send. It now means "Gatewise would retry this by
/// itself"; the nature of the failure is `transient`.
#[test]
fn a_post_is_not_retryable_but_its_failure_is_transient() {
    let cases = [
        (&["--method", "POST", "--status", "502"][..], false, true),
        (&["--method", "GET", "--status", "502"], true, true),
        (&["--method", "PUT", "--status", "503"], true, true),
        (&["--method", "PATCH", "--status", "504"], false, true),
        (&["--method", "GET", "--status", "501"], false, false),
        (&["--method", "POST", "--network", "timed-out"], false, true),
        (
            &["--method", "GET", "--network", "tls-failure"],
            false,
            false,
        ),
    ];
    for (args, retryable, transient) in cases {
        let mut argv = vec!["diagnose", "--json"];
        argv.extend_from_slice(args);
        let d = json(&argv);
        assert_eq!(
            (d["retryable"].as_bool(), d["transient"].as_bool()),
            (Some(retryable), Some(transient)),
            "{args:?}"
        );
    }
    let text = String::from_utf8(run(&["diagnose", "--method", "POST", "--status", "502"]).stdout)
        .unwrap();
    assert!(
        text.contains("retry      no: POST is never re-sent automatically"),
        "{text}"
    );
}

#[test]
fn double_dash_ends_the_options() {
    let dir = std::env::temp_dir().join(format!("gatewise-dd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("--status"),
        "<title>502 Bad Gateway</title><h1>502 Bad Gateway</h1><hr><center>nginx</center>",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gatewise"))
        .current_dir(&dir)
        .args(["diagnose", "--json", "--", "--status"])
        .output()
        .unwrap();
    let d: Value = serde_json::from_slice(&out.stdout).expect("the file named --status was read");
    assert_eq!(
        (d["status"].as_u64(), d["vendor"].as_str()),
        (Some(502), Some("nginx"))
    );
    assert!(one_line_error(&run(&["diagnose", "--", "--no-such-file"]))
        .contains("cannot read --no-such-file"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Text from a page or a header reaches the terminal as text: escape
/// sequences, bells and carriage returns are shown, not obeyed. JSON keeps
/// the data (JSON escapes control characters itself).
#[test]
fn text_mode_escapes_what_pages_and_headers_carry() {
    let page = "<html><head><title>\u{1b}]0;owned\u{7}502 Bad Gateway\u{1b}[2J</title></head>\
        <body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>";
    let dir = std::env::temp_dir().join(format!("gatewise-esc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("hostile.html");
    std::fs::write(&file, page).unwrap();
    let f = file.to_str().unwrap();
    let header = "Server: evil\u{1b}[31m\u{9b}1m\u{202e}";
    let url = "https://x.example/\u{1b}[8m\rfake line";
    for cmd in ["diagnose", "explain", "plan"] {
        let out = run(&[cmd, "--status", "502", "--header", header, "--url", url, f]);
        assert!(out.status.success(), "{cmd}");
        let text = String::from_utf8(out.stdout).unwrap();
        for raw in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\r'] {
            assert!(!text.contains(raw), "{cmd}: raw {raw:?} in {text:?}");
        }
    }
    let text = String::from_utf8(
        run(&[
            "explain", "--status", "502", "--header", header, "--url", url,
        ])
        .stdout,
    )
    .unwrap();
    assert!(
        text.contains("Page written by evil\\x1b[31m\\u{9b}1m\\u{202e}"),
        "{text}"
    );
    assert!(
        text.contains("https://x.example/\\x1b[8m\\x0dfake line"),
        "{text}"
    );
    let d = json(&[
        "diagnose", "--json", "--status", "502", "--header", header, "--url", url, f,
    ]);
    assert_eq!(d["url"], url, "JSON keeps the text as it was");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn completions_and_man_page_come_from_the_parser() {
    for (shell, mark) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef gatewise"),
        ("fish", "complete -c gatewise"),
    ] {
        let out = run(&["completions", shell]);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            out.status.success() && text.contains(mark),
            "{shell}: {text}"
        );
        for sub in ["diagnose", "explain", "plan", "check", "watch"] {
            assert!(text.contains(sub), "{shell} completes {sub}");
        }
        assert!(
            text.contains("max-redirects"),
            "{shell} completes check's flags"
        );
    }
    let man = String::from_utf8(run(&["man"]).stdout).unwrap();
    assert!(
        man.starts_with(".ie \\n(.g .ds Aq") || man.contains(".TH gatewise 1"),
        "{man}"
    );
    assert!(
        man.contains(".TH gatewise 1") && man.contains("watch"),
        "{man}"
    );
    let check = String::from_utf8(run(&["man", "check"]).stdout).unwrap();
    assert!(
        check.contains(".TH gatewise-check 1") && check.contains("max\\-redirects"),
        "{check}"
    );
    assert!(one_line_error(&run(&["man", "teleport"])).contains("no man page"));
}

#[test]
fn help_and_version() {
    for args in [
        &["--version"][..],
        &["-V"],
        &["diagnose", "-V"],
        &["watch", "--version"],
    ] {
        let out = run(args);
        assert_eq!(
            String::from_utf8(out.stdout).unwrap().trim(),
            format!("gatewise {}", env!("CARGO_PKG_VERSION")),
            "{args:?}"
        );
    }
    let help = String::from_utf8(run(&["--help"]).stdout).unwrap();
    for sub in [
        "diagnose",
        "explain",
        "plan",
        "check",
        "watch",
        "completions",
        "man",
    ] {
        assert!(help.contains(sub), "{help}");
    }
    assert_eq!(run(&[]).status.code(), Some(2), "no command is bad input");
}

#[test]
fn simulate_prints_every_policy_and_outage_with_the_fields_scripts_read() {
    // Exit 0 when every goal is met, 1 when one is missed (a small run is noisier): the JSON is there either way.
    let out = run(&["simulate", "--json", "--clients", "300", "--seed", "4"]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let policies = report["policies"].as_array().unwrap();
    let names: Vec<&str> = policies
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "gatewise",
            "gatewise-unjittered",
            "chromium-auto-reload",
            "fixed-5s"
        ]
    );
    for p in policies {
        assert!(p["herd_peak_rps"].as_u64().unwrap() > 0);
        let durations: Vec<u64> = p["outages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["duration_s"].as_u64().unwrap())
            .collect();
        assert_eq!(durations, [5, 30, 120, 600, 3600]);
        for o in p["outages"].as_array().unwrap() {
            assert!(
                o["lag_median_s"].is_number()
                    && o["lag_p95_s"].is_number()
                    && o["requests_during_outage"].is_number(),
                "{o}"
            );
        }
    }
    assert!(report["goals"]
        .as_array()
        .unwrap()
        .iter()
        .all(|g| g["met"].is_boolean()));
    let text = String::from_utf8(run(&["simulate", "--clients", "300"]).stdout).unwrap();
    assert!(
        text.contains("chromium-auto-reload") && text.contains("goals"),
        "{text}"
    );
    one_line_error(&run(&["simulate", "--clients", "many"]));
}
