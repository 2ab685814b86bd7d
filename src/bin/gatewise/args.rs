//! The command line, declared once with clap: the parser, `--help`, the shell
//! completions and the man page all come from these types.
//!
//! Adding a subcommand: a variant in [`Command`] holding its own `Args`
//! struct (flatten the groups it shares), and a function in `commands/`
//! that `main.rs` calls from its one `match`.

use clap::{Args, Parser, Subcommand, ValueEnum};
use gatewise::{Audience, Headers, Lang, NetworkFailure, Os};
use std::time::Duration;

/// Diagnose, explain and retry HTTP 5xx error pages (502 Bad Gateway and friends).
#[derive(Debug, Parser)]
#[command(
    name = "gatewise",
    version,
    long_about = "Diagnose, explain and retry HTTP 5xx error pages (502 Bad Gateway and friends).\n\n\
        diagnose, explain and plan read a response body from a file (or standard input with -) \
        and the status line and headers from options. check fetches a live URL; watch probes it \
        until it is back, on the same retry plan as the Gatewise browser extension.",
    after_help = "Exit status: 0 on success (for check and watch: the URL works), 1 when check \
        or watch find it failing, 2 for bad input.",
    arg_required_else_help = true,
    propagate_version = true
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Say whether a response is a server failure, who wrote it and which hop failed.
    Diagnose(DiagnoseArgs),
    /// Print the card: what happened, whose fault it is, what to try.
    Explain(ExplainArgs),
    /// Print the retry schedule Gatewise would follow for this response.
    Plan(PlanArgs),
    /// Fetch a live URL (redirects hop by hop, timings) and diagnose the answer.
    ///
    /// One GET per hop on a fresh connection, redirects followed and shown one by one (at most
    /// --max-redirects), with the time spent looking up the name, connecting, in the TLS handshake
    /// and waiting for the first byte; then the final status and headers, the diagnosis and the
    /// card. At most 256 KiB of the body is read. Exit status 0 when the URL works, 1 when it
    /// fails (a 5xx, no response, a 4xx, a bot check, a redirect loop), 2 for bad input.
    Check(CheckArgs),
    /// Probe a URL on the extension's retry plan until it is back (exit 0) or the plan gives up (exit 1).
    ///
    /// The first probe is a look at the URL, as check does. While it fails, the retry plan of the
    /// Gatewise extension decides when to look again: windows growing 2.4 times from 3 s to a
    /// 30-minute cap, each wait drawn from the last three quarters of its window, the server's
    /// Retry-After honoured, for 6 hours at most; failures that time does not fix (a 4xx, a 501, a
    /// Retry-After longer than 30 minutes) end it at once. Each probe and decision is one line on standard output; on
    /// a terminal, a line on standard error counts down to the next attempt.
    Watch(WatchArgs),
    /// Drive the extension's retry engine through simulated outages, beside Chromium's auto-reload and a 5 s reloader.
    ///
    /// An origin is down (502) for 5 s, 30 s, 2 min, 10 min and 1 h; each client meets the outage at a
    /// random moment within it and retries by its policy, Gatewise's clients with the very engine the
    /// extension runs, on a simulated clock. Prints, per policy and outage, the median and 95th
    /// percentile delay from the origin's return to the page shown and the requests sent during the
    /// outage; then the peak requests per second a herd of clients that met a 10 min outage in its
    /// first minute sends the recovering origin; then whether Gatewise meets its goals. Exit status 0
    /// when every goal is met, 1 when one is missed.
    Simulate(SimulateArgs),
    /// Print every text of one language as a table (JSON), or the languages there are.
    ///
    /// The browser's wasm keeps only English; the extension and the web page load each other
    /// language from this table. With --list: the languages written, as {tag, locale, name}.
    Words(WordsArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print the man page (roff), of gatewise or of one subcommand.
    Man(ManArgs),
}

/// A response given by hand: the status line, headers and a body file.
#[derive(Debug, Args)]
pub struct ResponseArgs {
    /// Status code from the status line (100-599).
    #[arg(long, value_name = "N", value_parser = parse_status)]
    pub status: Option<u16>,
    /// Reason phrase from the status line.
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Request method.
    #[arg(long, value_name = "M", default_value = "GET", value_parser = parse_method)]
    pub method: String,
    /// The URL that was requested.
    #[arg(
        long,
        value_name = "URL",
        default_value = "",
        hide_default_value = true
    )]
    pub url: String,
    /// A response header, 'Name: value' (repeat for more).
    #[arg(long = "header", short = 'H', value_name = "'Name: v'", value_parser = parse_header)]
    pub headers: Vec<(String, String)>,
    /// No response at all: name-not-resolved, connection-refused, connection-reset, timed-out,
    /// empty-response, offline, tls-failure, or a browser error such as net::ERR_CONNECTION_RESET.
    #[arg(long, value_name = "KIND", value_parser = parse_network)]
    pub network: Option<NetworkFailure>,
    /// The clock, in ms since the Unix epoch (default: now).
    #[arg(long = "now", value_name = "MS", value_parser = parse_now)]
    pub now_ms: Option<u64>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// The response body: a file, or - for standard input (none: an empty body).
    #[arg(value_name = "FILE|-")]
    pub file: Option<String>,
}

impl ResponseArgs {
    /// The headers as the core takes them.
    pub fn header_fields(&self) -> Headers {
        self.headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect()
    }
}

/// Who the card is for, and their system.
#[derive(Debug, Args)]
pub struct CardArgs {
    /// Who reads the card: a visitor, or the site's owner (their checklist first).
    #[arg(long, value_enum, default_value = "visitor", value_name = "WHO")]
    pub audience: Who,
    /// The reader's system, for the exact keys and commands: windows, macos, linux, chromeos, android, ios.
    #[arg(long, value_name = "OS", default_value = "windows", value_parser = parse_os)]
    pub os: Os,
    /// The card's language, as a BCP 47 tag: en, de (de-AT, de-CH...), and each language written since.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
}

/// Who the card is for (clap's side of [`Audience`]).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Who {
    /// Someone visiting the site.
    Visitor,
    /// Someone who runs it.
    Owner,
}

impl From<Who> for Audience {
    fn from(w: Who) -> Audience {
        match w {
            Who::Visitor => Audience::Visitor,
            Who::Owner => Audience::Owner,
        }
    }
}

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    #[command(flatten)]
    pub response: ResponseArgs,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[command(flatten)]
    pub response: ResponseArgs,
    #[command(flatten)]
    pub card: CardArgs,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub response: ResponseArgs,
    /// Seed for the jitter, so the schedule can be reproduced.
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = parse_seed)]
    pub seed: u64,
}

/// The simulation's size and seed.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// Clients per outage (and in the herd).
    #[arg(long, default_value_t = 1000, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub clients: u32,
    /// Seed for the arrivals and the jitter.
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = parse_seed)]
    pub seed: u64,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// How a live URL is fetched.
#[derive(Debug, Args)]
pub struct FetchArgs {
    /// The URL (http or https; https:// is assumed when the scheme is missing).
    #[arg(value_name = "URL")]
    pub url: String,
    /// Give up on one request after this many seconds (connecting, waiting and reading).
    #[arg(long, value_name = "SECS", default_value = "10", value_parser = parse_timeout)]
    pub timeout: Duration,
    /// Follow at most this many redirects.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub max_redirects: u32,
    /// Trust the certificates in this PEM file instead of the built-in roots (a private CA).
    #[arg(long, value_name = "FILE")]
    pub cacert: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub fetch: FetchArgs,
    #[command(flatten)]
    pub card: CardArgs,
    /// Print JSON (the hops, the diagnosis and the card) instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub fetch: FetchArgs,
    /// Retry at most this many times (default: the extension's 8).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub attempts: Option<u32>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct WordsArgs {
    /// The language, as a BCP 47 tag (de, pt-BR...).
    #[arg(long, value_name = "LANG", value_parser = parse_lang, required_unless_present = "list")]
    pub lang: Option<Lang>,
    /// List the languages written instead.
    #[arg(long, conflicts_with = "lang")]
    pub list: bool,
    /// Print JSON (the only format: the flag is there for scripts that say so).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// A subcommand's page instead of the main one.
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

fn parse_status(v: &str) -> Result<u16, String> {
    let n: u16 = v
        .trim()
        .parse()
        .map_err(|_| format!("invalid status {v:?}: expected a number from 100 to 599"))?;
    if !(100..=599).contains(&n) {
        return Err(format!(
            "invalid status {n}: expected a number from 100 to 599"
        ));
    }
    Ok(n)
}

fn parse_method(m: &str) -> Result<String, String> {
    if m.is_empty() || !m.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return Err(format!("invalid method {m:?}"));
    }
    Ok(m.to_ascii_uppercase())
}

fn parse_header(line: &str) -> Result<(String, String), String> {
    Headers::parse_line(line).map_err(|e| e.to_string())
}

fn parse_network(v: &str) -> Result<NetworkFailure, String> {
    NetworkFailure::parse(v).ok_or_else(|| format!("unknown network failure {v:?}"))
}

fn parse_os(v: &str) -> Result<Os, String> {
    Os::parse(v).ok_or_else(|| {
        format!("invalid os {v:?}: expected windows, macos, linux, chromeos, android or ios")
    })
}

fn parse_lang(v: &str) -> Result<Lang, String> {
    let written: Vec<&str> = Lang::written().map(Lang::tag).collect();
    match Lang::match_tag(v) {
        Some(l) if l.is_written() => Ok(l),
        Some(l) => Err(format!(
            "{} is not written yet: expected one of {}",
            l.tag(),
            written.join(", ")
        )),
        None => Err(format!(
            "unknown language {v:?}: expected one of {}",
            written.join(", ")
        )),
    }
}

fn parse_seed(v: &str) -> Result<u64, String> {
    v.parse()
        .map_err(|_| format!("invalid seed {v:?}: expected a whole number"))
}

fn parse_now(v: &str) -> Result<u64, String> {
    v.parse()
        .map_err(|_| format!("invalid --now {v:?}: expected ms since the Unix epoch"))
}

fn parse_timeout(v: &str) -> Result<Duration, String> {
    let err = || format!("invalid timeout {v:?}: expected seconds, from 0.1 to 600");
    let s: f64 = v.trim().parse().map_err(|_| err())?;
    if !(0.1..=600.0).contains(&s) {
        return Err(err());
    }
    Ok(Duration::from_secs_f64(s))
}

/// A clap error as one line, worded like the rest of the tool's errors.
pub fn one_line(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let ctx = |k| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => String::new(),
    };
    // The argument's name without clap's value placeholder ("--status <N>").
    let flag = || {
        ctx(ContextKind::InvalidArg)
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    match e.kind() {
        ErrorKind::InvalidSubcommand => {
            format!("unknown command {:?}: expected diagnose, explain, plan, check, watch, completions or man", ctx(ContextKind::InvalidSubcommand))
        }
        ErrorKind::UnknownArgument => {
            let arg = ctx(ContextKind::InvalidArg);
            if arg.starts_with('-') {
                format!("unknown option {arg}")
            } else {
                format!("unexpected argument {arg:?}: one input at most")
            }
        }
        ErrorKind::InvalidValue if ctx(ContextKind::InvalidValue).is_empty() => {
            format!("{} needs a value", flag())
        }
        ErrorKind::InvalidValue => {
            let valid = match e.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(v)) => format!(": expected {}", v.join(", ")),
                _ => String::new(),
            };
            format!(
                "invalid value {:?} for {}{valid}",
                ctx(ContextKind::InvalidValue),
                flag()
            )
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|w| w.to_string())
                .unwrap_or_default();
            if ["invalid", "unknown", "malformed"]
                .iter()
                .any(|w| why.starts_with(w))
            {
                why
            } else {
                format!(
                    "invalid value {:?} for {}: {why}",
                    ctx(ContextKind::InvalidValue),
                    flag()
                )
            }
        }
        ErrorKind::MissingRequiredArgument => format!(
            "missing {}",
            ctx(ContextKind::InvalidArg).replace(['<', '>'], "")
        ),
        _ => {
            let text = e
                .kind()
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| e.to_string());
            let first = text
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string();
            let arg = ctx(ContextKind::InvalidArg);
            if arg.is_empty() || first.contains(&arg) {
                first
            } else {
                format!("{first}: {arg}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_declaration_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn errors_are_one_line() {
        let cases: &[(&[&str], &str)] = &[
            (
                &["gatewise", "diagnose", "--status"],
                "--status needs a value",
            ),
            (
                &["gatewise", "diagnose", "--frobnicate"],
                "unknown option --frobnicate",
            ),
            (&["gatewise", "teleport"], "unknown command \"teleport\""),
            (
                &["gatewise", "diagnose", "--status", "42"],
                "invalid status 42",
            ),
            (
                &["gatewise", "diagnose", "a.html", "b.html"],
                "unexpected argument \"b.html\"",
            ),
            (&["gatewise", "check"], "missing URL"),
            (
                &["gatewise", "check", "http://x/", "--timeout", "0"],
                "invalid timeout",
            ),
            (&["gatewise", "explain", "--audience", "boss"], "boss"),
            (&["gatewise", "completions", "tcsh"], "tcsh"),
            (
                &["gatewise", "watch", "http://x/", "--attempts", "0"],
                "invalid value \"0\" for --attempts",
            ),
        ];
        for (argv, want) in cases {
            let e = Cli::try_parse_from(*argv).expect_err("refused");
            let line = one_line(&e);
            assert!(line.contains(want), "{argv:?}: {line:?} lacks {want:?}");
            assert_eq!(line.lines().count(), 1, "{line:?}");
        }
    }

    #[test]
    fn double_dash_ends_the_options() {
        let cli =
            Cli::try_parse_from(["gatewise", "diagnose", "--json", "--", "--status"]).unwrap();
        let Command::Diagnose(a) = cli.command else {
            panic!("diagnose")
        };
        assert_eq!(
            (
                a.response.file.as_deref(),
                a.response.status,
                a.response.json
            ),
            (Some("--status"), None, true)
        );
    }

    #[test]
    fn flags_read_as_before() {
        let cli = Cli::try_parse_from([
            "gatewise",
            "plan",
            "--status=503",
            "-H",
            "Retry-After: 5",
            "--method",
            "post",
            "--seed",
            "7",
            "-",
        ])
        .unwrap();
        let Command::Plan(a) = cli.command else {
            panic!("plan")
        };
        assert_eq!(a.response.status, Some(503));
        assert_eq!(a.response.method, "POST");
        assert_eq!(a.response.header_fields().get("retry-after"), Some("5"));
        assert_eq!((a.seed, a.response.file.as_deref()), (7, Some("-")));
    }
}
