//! One function per subcommand. Each prints its own output and returns the
//! exit status, or one line saying what was wrong with the input.

use crate::args::{
    CardArgs, CheckArgs, CompletionsArgs, DiagnoseArgs, ExplainArgs, ManArgs, PlanArgs,
    ResponseArgs, SimulateArgs, WordsArgs,
};
use crate::fetch::{Client, Options, Trace};
use crate::{render, terminal, url};
use clap::CommandFactory;
use gatewise::diagnose::diagnose_network;
use gatewise::text::SCAN_LIMIT;
use gatewise::{
    diagnose, explain, Card, Diagnosis, ExplainContext, Kind, Planner, Response, RetryPolicy,
    SplitMix64,
};
use serde::Serialize;
use std::io::{Read, Write};

/// What a command hands back: the exit status, or bad input (status 2).
pub type Outcome = Result<u8, String>;

/// Prints text for people: control characters from outside made visible.
pub fn print_text(text: &str) {
    // A closed pipe (| head) is not an error worth a message.
    let _ = writeln!(std::io::stdout().lock(), "{}", terminal::block(text));
}

/// Prints one pretty JSON value.
pub fn print_json(value: &impl Serialize) {
    let text =
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

/// The clock, in ms since the Unix epoch.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Reads at most what the core looks at, plus one byte to know it was cut.
fn read_input(file: Option<&str>) -> Result<Vec<u8>, String> {
    let limit = SCAN_LIMIT as u64 + 1;
    let mut buf = Vec::new();
    match file {
        None => {}
        Some("-") => {
            std::io::stdin()
                .lock()
                .take(limit)
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
        Some(path) => {
            let meta = std::fs::metadata(path)
                .map_err(|e| format!("cannot read {path}: {}", short(&e)))?;
            if meta.is_dir() {
                return Err(format!("cannot read {path}: it is a directory"));
            }
            let f = std::fs::File::open(path)
                .map_err(|e| format!("cannot read {path}: {}", short(&e)))?;
            f.take(limit)
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read {path}: {}", short(&e)))?;
        }
    }
    Ok(buf)
}

pub fn short(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_string()
}

/// The diagnosis of a response given by hand, and the clock it used.
fn given(a: &ResponseArgs) -> Result<(Diagnosis, u64), String> {
    let body = read_input(a.file.as_deref())?;
    let now = a.now_ms.unwrap_or_else(now_ms);
    let d = match a.network {
        Some(kind) => diagnose_network(kind, &a.method, &a.url),
        None => diagnose(&Response {
            status: a.status,
            reason: a.reason.as_deref(),
            method: &a.method,
            url: &a.url,
            headers: a.header_fields(),
            body: &body,
            now_ms: Some(now),
        }),
    };
    Ok((d, now))
}

fn card(d: &Diagnosis, c: &CardArgs, now: u64) -> Card {
    let ctx = ExplainContext {
        audience: c.audience.into(),
        os: c.os,
        lang: c.lang,
        started_ms: Some(now),
        ..Default::default()
    };
    explain(d, &ctx)
}

pub fn diagnose_cmd(a: DiagnoseArgs) -> Outcome {
    let (d, _) = given(&a.response)?;
    if a.response.json {
        print_json(&d);
    } else {
        print_text(&render::diagnosis(&d));
    }
    Ok(0)
}

pub fn explain_cmd(a: ExplainArgs) -> Outcome {
    let (d, now) = given(&a.response)?;
    let c = card(&d, &a.card, now);
    if a.response.json {
        print_json(&c);
    } else {
        print_text(&render::card(&c));
    }
    Ok(0)
}

pub fn plan_cmd(a: PlanArgs) -> Outcome {
    let (d, now) = given(&a.response)?;
    let schedule = Planner::schedule(&RetryPolicy::default(), &d, now, &mut SplitMix64(a.seed));
    if a.response.json {
        print_json(&schedule);
    } else {
        print_text(&render::schedule(&d, &schedule, a.seed));
    }
    Ok(0)
}

pub fn simulate_cmd(a: SimulateArgs) -> Outcome {
    use gatewise::engine::sim;
    let report = sim::simulate(
        &sim::contenders(),
        &sim::OUTAGES_S,
        a.clients as usize,
        600,
        a.seed,
    );
    let goals = sim::goals(&report);
    if a.json {
        #[derive(Serialize)]
        struct Out<'a> {
            #[serde(flatten)]
            report: &'a sim::Report,
            goals: &'a [sim::Goal],
        }
        print_json(&Out {
            report: &report,
            goals: &goals,
        });
    } else {
        print_text(&sim::render(&report));
    }
    Ok(if goals.iter().all(|g| g.met) { 0 } else { 1 })
}

/// The core's diagnosis of what a fetch ended with. `url` is the URL the
/// diagnosis names (the one asked for, or where the redirects ended).
pub fn diagnose_trace(tr: &Trace, url: &str, now: u64) -> Diagnosis {
    let last = tr.last();
    match (&last.failure, last.status) {
        (Some(f), _) => diagnose_network(f.kind, "GET", url),
        (None, status) => {
            let mut d = diagnose(&Response {
                status,
                reason: None,
                method: "GET",
                url,
                headers: tr.headers(),
                body: &tr.body,
                now_ms: Some(now),
            });
            if let Some(why) = &tr.body_error {
                d.evidence.push(format!(
                    "the body stopped after {} bytes: {why}",
                    tr.body_bytes
                ));
            }
            d
        }
    }
}

/// Whether a fetch found the URL working: an answer that is not an outage,
/// a bot check or a 4xx, at the end of the redirects.
pub fn works(tr: &Trace, d: &Diagnosis) -> bool {
    d.kind == Kind::NotAnError && tr.stopped.is_none() && tr.last().failure.is_none()
}

pub fn check_cmd(a: CheckArgs) -> Outcome {
    let start = url::from_user(&a.fetch.url)?;
    let client = Client::new(Options::from_args(&a.fetch)?);
    let now = now_ms();
    let tr = client.fetch(&start);
    let d = diagnose_trace(&tr, &tr.last().url, now);
    let c = card(&d, &a.card, now);
    if a.json {
        #[derive(Serialize)]
        struct Check<'a> {
            url: &'a str,
            works: bool,
            #[serde(flatten)]
            trace: &'a Trace,
            diagnosis: &'a Diagnosis,
            card: &'a Card,
        }
        print_json(&Check {
            url: &start,
            works: works(&tr, &d),
            trace: &tr,
            diagnosis: &d,
            card: &c,
        });
    } else {
        print_text(&format!(
            "{}\n\n{}\n\n{}",
            render::trace(&tr),
            render::diagnosis(&d),
            render::card(&c)
        ));
    }
    Ok(if works(&tr, &d) { 0 } else { 1 })
}

pub fn words_cmd(a: WordsArgs) -> Outcome {
    let value = match a.lang {
        Some(lang) => serde_json::to_value(gatewise::explain::table::Table::of(gatewise::words(lang))),
        None => serde_json::to_value(
            gatewise::Lang::written()
                .map(|l| serde_json::json!({"tag": l.tag(), "locale": l.locale_dir(), "name": l.native_name()}))
                .collect::<Vec<_>>(),
        ),
    }
    .map_err(|e| format!("cannot write the table: {e}"))?;
    println!("{value}");
    Ok(0)
}

pub fn completions_cmd(a: CompletionsArgs) -> Outcome {
    let mut cmd = crate::args::Cli::command();
    clap_complete::generate(a.shell, &mut cmd, "gatewise", &mut std::io::stdout());
    Ok(0)
}

pub fn man_cmd(a: ManArgs) -> Outcome {
    let root = crate::args::Cli::command();
    let page = match a.command.as_deref() {
        None => root,
        Some(name) => {
            let sub = root
                .find_subcommand(name)
                .ok_or_else(|| format!("no man page for {name:?}: not a gatewise command"))?;
            let full = format!("gatewise-{}", sub.get_name());
            sub.clone().name(full).version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut out)
        .map_err(|e| format!("cannot write the man page: {e}"))?;
    let _ = std::io::stdout().write_all(&out);
    Ok(0)
}
