//! Writes the seed corpus from the repository's own captures:
//!
//! ```sh
//! cargo run --manifest-path fuzz/Cargo.toml --example seed-corpus -- tests/fixtures fuzz/corpus
//! ```
//!
//! For every entry of `tests/fixtures/manifest.json` (status, reason, headers
//! and the captured body): `corpus/diagnose/` gets the response with and
//! without its status line, and `corpus/plan/` a script that fails on it,
//! fails again, is stopped, navigates away, fails, and asks for the whole
//! schedule, and `corpus/engine/` the engine's life with that failure (see
//! `engine_script`). A few hostile responses (huge `Retry-After`, a POST, a bot
//! check header) are added by hand. The files are named after the fixture,
//! so running it twice gives the same corpus (`fuzz/seed-corpus.sh`).

use gatewise::RetryPolicy;
use gatewise_fuzz::{EngineScript, EngineStep, FuzzProbeAnswer, FuzzResponse, FuzzUrl, Script, Step, BROWSER_ERRORS, URLS};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn response(entry: &Value, body: Vec<u8>) -> FuzzResponse {
    let s = |k: &str| entry[k].as_str().map(str::to_string);
    let headers = entry["headers"]
        .as_array()
        .map(|h| h.iter().filter_map(|p| Some((p[0].as_str()?.to_string(), p[1].as_str()?.to_string()))).collect())
        .unwrap_or_default();
    FuzzResponse {
        status: entry["status"].as_u64().and_then(|n| u16::try_from(n).ok()),
        reason: s("reason"),
        method: "GET".into(),
        url: URLS[0].into(),
        headers,
        now_ms: Some(1_790_000_000_000),
        body,
    }
}

fn script(response: &FuzzResponse, policy: Option<RetryPolicy>) -> Script {
    let fail = |after_ms| Step::Failure { after_ms, response: response.clone() };
    Script {
        policy,
        seed: 1,
        steps: vec![
            fail(0),
            fail(5_000),
            Step::Stop,
            fail(1_000),
            Step::Navigate(2),
            Step::Navigate(0),
            fail(60_000),
            Step::Network { after_ms: 2_000, kind: 1, url: 0 },
            Step::Schedule,
            Step::Success,
            fail(0),
        ],
    }
}

/// The engine's life with one captured failure in tab 1: the load, its
/// page, two waits with a failed and a hung probe, a second tab on the same
/// site, the connection lost and back, a worker restart, a Stop and a
/// Retry now, then the site back; and a form sent with POST that fails the
/// same way and is sent again by the person.
fn engine_script(response: &FuzzResponse) -> EngineScript {
    use EngineStep::*;
    let page = |tab| Page { tab, stale: false, url: FuzzUrl::Known(0), html: Some(String::from_utf8_lossy(&response.body).into_owned()) };
    let load = |tab, flags| {
        vec![
            Request { tab, url: FuzzUrl::Known(0), flags },
            Response { tab, url: FuzzUrl::Known(0), flags: flags & 1, response: response.clone() },
            Complete { tab, url: FuzzUrl::Known(0) },
            page(tab),
        ]
    };
    let ok = FuzzResponse { status: Some(200), body: b"<title>Cart</title>".to_vec(), ..FuzzResponse::default() };
    let mut steps = load(1, 0);
    steps.extend([
        Wake(3_000),
        Probe { which: 0, answer: FuzzProbeAnswer::Response { url: None, response: response.clone() } },
        Wake(10_000),
        Probe { which: 0, answer: FuzzProbeAnswer::Failed(BROWSER_ERRORS[0].into()) },
    ]);
    steps.extend(load(2, 0));
    steps.extend([
        Online(false),
        Wake(30_000),
        Online(true),
        Wake(2_500),
        Probe { which: 0, answer: FuzzProbeAnswer::TimedOut },
        Restart { fresh: false, online: true },
        User { tab: 2, action: 1, event: true },
        User { tab: 1, action: 0, event: false },
        Probe { which: 0, answer: FuzzProbeAnswer::Response { url: None, response: ok.clone() } },
        Complete { tab: 1, url: FuzzUrl::Known(0) },
    ]);
    steps.extend(load(1, 0));
    // A form, with a password field in one of them.
    steps.extend(load(3, 1 | 2));
    steps.extend(load(4, 1 | 2 | 4));
    steps.extend([User { tab: 3, action: 2, event: true }, User { tab: 4, action: 2, event: false }, Closed(3), Replaced { added: 5, removed: 4 }]);
    EngineScript { seed: 1, steps }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(dir.join(name), bytes)
}

fn run(fixtures: &Path, out: &Path) -> Result<usize, String> {
    let manifest: Value = std::fs::read_to_string(fixtures.join("manifest.json"))
        .map_err(|e| format!("{}: {e}", fixtures.join("manifest.json").display()))
        .and_then(|t| serde_json::from_str(&t).map_err(|e| format!("manifest.json: {e}")))?;
    let entries = manifest.as_array().ok_or("manifest.json is not an array")?;
    let (dx, plan, engine) = (out.join("diagnose"), out.join("plan"), out.join("engine"));
    for dir in [&dx, &plan, &engine] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let io = |e: std::io::Error| e.to_string();
    let mut count = 0;
    for entry in entries {
        let file = entry["file"].as_str().ok_or("an entry without \"file\"")?;
        let body = std::fs::read(fixtures.join("captured").join(file)).map_err(|e| format!("{file}: {e}"))?;
        let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
        let r = response(entry, body);
        write(&dx, stem, &r.encode()).map_err(io)?;
        write(&dx, &format!("{stem}.no-status"), &FuzzResponse { status: None, reason: None, ..r.clone() }.encode()).map_err(io)?;
        write(&plan, stem, &script(&r, None).encode()).map_err(io)?;
        write(&engine, stem, &engine_script(&FuzzResponse { body: r.body[..r.body.len().min(u16::MAX as usize)].to_vec(), ..r.clone() }).encode())
            .map_err(io)?;
        count += 4;
    }
    // By hand: what no capture holds.
    let bare = |status, headers: &[(&str, &str)]| FuzzResponse {
        status: Some(status),
        method: "GET".into(),
        url: URLS[0].into(),
        headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
        ..FuzzResponse::default()
    };
    let huge = bare(503, &[("Retry-After", "99999999999999999999"), ("Date", "Sat, 21 Nov 2026 08:00:00 GMT")]);
    let post = FuzzResponse { method: "POST".into(), ..bare(502, &[("Server", "nginx")]) };
    let challenge = bare(403, &[("cf-mitigated", "challenge"), ("Server", "cloudflare")]);
    let dated = bare(503, &[("Retry-After", "Sat, 21 Nov 2026 08:02:00 GMT"), ("Date", "Sat, 21 Nov 2026 08:00:00 GMT")]);
    for (name, r) in [("hand_retry_after_huge", &huge), ("hand_post_502", &post), ("hand_challenge", &challenge), ("hand_retry_after_date", &dated)] {
        write(&dx, name, &r.encode()).map_err(io)?;
        write(&plan, name, &script(r, None).encode()).map_err(io)?;
        write(&engine, name, &engine_script(r).encode()).map_err(io)?;
        count += 3;
    }
    // A policy from the options page's far ends: one attempt, no floor.
    let tight = RetryPolicy { base_ms: 0, min_delay_ms: 0, max_attempts: 1, codes: vec![503], ..RetryPolicy::default() };
    write(&plan, "hand_tight_policy", &script(&huge, Some(tight)).encode()).map_err(io)?;
    // The engine with more tabs than it follows, on as many origins.
    let mut crowd = Vec::new();
    for tab in 0..300 {
        let url = FuzzUrl::Own(format!("https://site{tab}.example/"));
        crowd.push(EngineStep::NetworkError { tab, url, post: false, error: BROWSER_ERRORS[0].into() });
    }
    crowd.push(EngineStep::Wake(5_000));
    write(&engine, "hand_300_tabs", &EngineScript { seed: 2, steps: crowd }.encode()).map_err(io)?;
    Ok(count + 2)
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [fixtures, out] = args.as_slice() else {
        eprintln!("usage: seed-corpus FIXTURES_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match run(fixtures, out) {
        Ok(n) => {
            println!("seed-corpus: {n} files in {}/{{diagnose,plan,engine}}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("seed-corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
