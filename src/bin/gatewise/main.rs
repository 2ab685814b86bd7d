//! `gatewise`: the Gatewise core on the command line.

mod args;
mod render;

use args::{Args, Command};
use gatewise::diagnose::diagnose_network;
use gatewise::text::SCAN_LIMIT;
use gatewise::{diagnose, explain, ExplainContext, Planner, Response, RetryPolicy, SplitMix64};
use std::io::{Read, Write};
use std::process::ExitCode;

/// Reads at most what the core looks at, plus one byte to know it was cut.
fn read_input(file: Option<&str>) -> Result<Vec<u8>, String> {
    let limit = SCAN_LIMIT as u64 + 1;
    let mut buf = Vec::new();
    match file {
        None => {}
        Some("-") => {
            std::io::stdin().lock().take(limit).read_to_end(&mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
        }
        Some(path) => {
            let meta = std::fs::metadata(path).map_err(|e| format!("cannot read {path}: {}", short(&e)))?;
            if meta.is_dir() {
                return Err(format!("cannot read {path}: it is a directory"));
            }
            let f = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {}", short(&e)))?;
            f.take(limit).read_to_end(&mut buf).map_err(|e| format!("cannot read {path}: {}", short(&e)))?;
        }
    }
    Ok(buf)
}

fn short(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_string()
}

fn now_ms() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

fn run(a: &Args) -> Result<String, String> {
    let body = read_input(a.file.as_deref())?;
    let now = a.now_ms.unwrap_or_else(now_ms);
    let d = match a.network {
        Some(kind) => diagnose_network(kind, &a.method, &a.url),
        None => {
            let r = Response {
                status: a.status,
                reason: a.reason.as_deref(),
                method: &a.method,
                url: &a.url,
                headers: a.headers.clone(),
                body: &body,
                now_ms: Some(now),
            };
            diagnose(&r)
        }
    };
    let json = |v: &dyn erased::Json| v.to_json();
    Ok(match a.command {
        Command::Diagnose if a.json => json(&d),
        Command::Diagnose => render::diagnosis(&d),
        Command::Explain => {
            let ctx = ExplainContext { audience: a.audience, os: a.os, started_ms: Some(now), ..Default::default() };
            let card = explain(&d, &ctx);
            if a.json { json(&card) } else { render::card(&card) }
        }
        Command::Plan => {
            let schedule = Planner::schedule(&RetryPolicy::default(), &d, now, &mut SplitMix64(a.seed));
            if a.json { json(&schedule) } else { render::schedule(&d, &schedule, a.seed) }
        }
    })
}

mod erased {
    /// Anything serde can print, behind one object-safe method.
    pub trait Json {
        fn to_json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn to_json(&self) -> String {
            serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
        }
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.iter().any(|a| a == "-h" || a == "--help") || argv.is_empty() {
        println!("{}", args::USAGE);
        return if argv.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    if argv.iter().any(|a| a == "-V" || a == "--version") {
        println!("gatewise {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let result = args::parse(&argv).and_then(|a| run(&a));
    match result {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (| head) is not an error worth a message.
            let _ = writeln!(stdout, "{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gatewise: {e}");
            ExitCode::from(2)
        }
    }
}
