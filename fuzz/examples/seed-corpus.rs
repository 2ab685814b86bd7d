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
//! schedule. A few hostile responses (huge `Retry-After`, a POST, a bot
//! check header) are added by hand. The files are named after the fixture,
//! so running it twice gives the same corpus (`fuzz/seed-corpus.sh`).

use gatewise::RetryPolicy;
use gatewise_fuzz::{FuzzResponse, Script, Step, URLS};
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

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(dir.join(name), bytes)
}

fn run(fixtures: &Path, out: &Path) -> Result<usize, String> {
    let manifest: Value = std::fs::read_to_string(fixtures.join("manifest.json"))
        .map_err(|e| format!("{}: {e}", fixtures.join("manifest.json").display()))
        .and_then(|t| serde_json::from_str(&t).map_err(|e| format!("manifest.json: {e}")))?;
    let entries = manifest.as_array().ok_or("manifest.json is not an array")?;
    let (dx, plan) = (out.join("diagnose"), out.join("plan"));
    for dir in [&dx, &plan] {
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
        count += 3;
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
        count += 2;
    }
    // A policy from the options page's far ends: one attempt, no floor.
    let tight = RetryPolicy { base_ms: 0, min_delay_ms: 0, max_attempts: 1, codes: vec![503], ..RetryPolicy::default() };
    write(&plan, "hand_tight_policy", &script(&huge, Some(tight)).encode()).map_err(io)?;
    Ok(count + 1)
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [fixtures, out] = args.as_slice() else {
        eprintln!("usage: seed-corpus FIXTURES_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match run(fixtures, out) {
        Ok(n) => {
            println!("seed-corpus: {n} files in {}/{{diagnose,plan}}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("seed-corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
