//! Command-line arguments, parsed by hand: the flags are few and the errors
//! should be one clear line each.

use gatewise::{Audience, Headers, NetworkFailure, Os};

/// What to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Diagnose,
    Explain,
    Plan,
}

/// Everything the three commands take.
#[derive(Debug)]
pub struct Args {
    pub command: Command,
    pub status: Option<u16>,
    pub reason: Option<String>,
    pub method: String,
    pub url: String,
    pub headers: Headers,
    pub json: bool,
    pub audience: Audience,
    pub os: Os,
    pub seed: u64,
    pub now_ms: Option<u64>,
    pub network: Option<NetworkFailure>,
    pub file: Option<String>,
}

pub const USAGE: &str = "\
usage: gatewise <diagnose|explain|plan> [options] [FILE|-]

Reads an HTTP response body from FILE (or standard input with -) and says
whether it is a server failure, who wrote it, which hop failed, what to do,
and how Gatewise would retry.

options:
  --status N            status code from the status line (100-599)
  --reason TEXT         reason phrase from the status line
  --method M            request method (default GET)
  --url URL             the URL that was requested
  --header 'Name: v'    a response header (repeat for more)
  --network KIND        no response at all: name-not-resolved, connection-refused,
                        connection-reset, timed-out, empty-response, offline,
                        tls-failure (or a browser error such as net::ERR_...)
  --json                print JSON instead of text
  --audience WHO        explain: visitor (default) or owner
  --os OS               explain: windows, macos, linux, chromeos, android, ios
  --seed N              plan: seed for the jitter (default 1)
  --now MS              the clock, in ms since the Unix epoch (default: now)
  -h, --help            this text
  -V, --version         the version";

fn value<'a>(it: &mut impl Iterator<Item = &'a String>, flag: &str) -> Result<&'a String, String> {
    it.next().ok_or_else(|| format!("{flag} needs a value"))
}

/// Parses the arguments after the program name.
pub fn parse(argv: &[String]) -> Result<Args, String> {
    let mut it = argv.iter();
    let command = match it.next().map(String::as_str) {
        Some("diagnose") => Command::Diagnose,
        Some("explain") => Command::Explain,
        Some("plan") => Command::Plan,
        Some(other) => return Err(format!("unknown command {other:?}: expected diagnose, explain or plan")),
        None => return Err("no command: expected diagnose, explain or plan".into()),
    };
    let mut a = Args {
        command,
        status: None,
        reason: None,
        method: "GET".into(),
        url: String::new(),
        headers: Headers::new(),
        json: false,
        audience: Audience::Visitor,
        os: Os::Windows,
        seed: 1,
        now_ms: None,
        network: None,
        file: None,
    };
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let get = |it: &mut std::slice::Iter<String>| -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => value(it, flag).cloned(),
            }
        };
        match flag {
            "--status" => {
                let v = get(&mut it)?;
                let n: u16 = v.trim().parse().map_err(|_| format!("invalid status {v:?}: expected a number from 100 to 599"))?;
                if !(100..=599).contains(&n) {
                    return Err(format!("invalid status {n}: expected a number from 100 to 599"));
                }
                a.status = Some(n);
            }
            "--reason" => a.reason = Some(get(&mut it)?),
            "--method" => {
                let m = get(&mut it)?;
                if m.is_empty() || !m.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
                    return Err(format!("invalid method {m:?}"));
                }
                a.method = m.to_ascii_uppercase();
            }
            "--url" => a.url = get(&mut it)?,
            "--header" | "-H" => {
                let (n, v) = Headers::parse_line(&get(&mut it)?).map_err(|e| e.to_string())?;
                a.headers.push(&n, &v);
            }
            "--network" => {
                let v = get(&mut it)?;
                a.network = Some(NetworkFailure::parse(&v).ok_or_else(|| format!("unknown network failure {v:?}"))?);
            }
            "--json" => a.json = true,
            "--audience" => {
                a.audience = match get(&mut it)?.as_str() {
                    "visitor" => Audience::Visitor,
                    "owner" => Audience::Owner,
                    other => return Err(format!("invalid audience {other:?}: expected visitor or owner")),
                }
            }
            "--os" => {
                let v = get(&mut it)?;
                a.os = Os::parse(&v).ok_or_else(|| format!("invalid os {v:?}: expected windows, macos, linux, chromeos, android or ios"))?;
            }
            "--seed" => {
                let v = get(&mut it)?;
                a.seed = v.parse().map_err(|_| format!("invalid seed {v:?}: expected a whole number"))?;
            }
            "--now" => {
                let v = get(&mut it)?;
                a.now_ms = Some(v.parse().map_err(|_| format!("invalid --now {v:?}: expected ms since the Unix epoch"))?);
            }
            "-" => a.file = Some("-".into()),
            f if f.starts_with('-') => return Err(format!("unknown option {f}")),
            f => {
                if a.file.is_some() {
                    return Err(format!("one input file at most (got {f:?} too)"));
                }
                a.file = Some(f.to_string());
            }
        }
    }
    Ok(a)
}
