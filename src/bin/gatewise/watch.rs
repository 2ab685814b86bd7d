//! `gatewise watch URL`: probe a failing URL on the extension's own retry
//! plan ([`Planner`] with the default policy, the real clock, jitter seeded
//! from the OS) until it is back (exit 0) or the plan gives up (exit 1).
//!
//! Each probe and each decision is one plain line on standard output; when
//! standard error is a terminal, a progress line there counts down to the
//! next attempt and is wiped before each plain line.

use crate::args::WatchArgs;
use crate::commands::{diagnose_trace, now_ms, print_text, works, Outcome};
use crate::fetch::{Client, Options};
use crate::{render, url};
use gatewise::plan::Random;
use gatewise::{Decision, Planner, RetryPolicy, SplitMix64};
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// A seed nobody else shares: the OS's per-process random hash keys,
/// mixed with the time and the process id.
fn os_seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(now_ms());
    h.write_u32(std::process::id());
    h.finish()
}

/// The progress line on standard error, when that is a terminal. It stays
/// short (no URL, no page text) so that it never wraps: `\r` and "erase
/// line" only reach the line the cursor is on.
struct Progress {
    on: bool,
    shown: Option<String>,
}

impl Progress {
    fn show(&mut self, text: String) {
        if self.on && self.shown.as_ref() != Some(&text) {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[2K{text}");
            let _ = e.flush();
            self.shown = Some(text);
        }
    }
    fn clear(&mut self) {
        if self.shown.take().is_some() {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[2K");
            let _ = e.flush();
        }
    }
}

/// `14 s`, `2m05s`: whole seconds, rounded up.
fn countdown(left: Duration) -> String {
    let s = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    if s < 60 {
        format!("{s} s")
    } else {
        format!("{}m{:02}s", s / 60, s % 60)
    }
}

fn clock(start: Instant) -> String {
    format!("[{:>7.1} s]", start.elapsed().as_secs_f64())
}

fn say(progress: &mut Progress, start: Instant, text: &str) {
    progress.clear();
    print_text(&format!("{} {text}", clock(start)));
}

pub fn watch_cmd(a: WatchArgs) -> Outcome {
    let target = url::from_user(&a.fetch.url)?;
    let client = Client::new(Options::from_args(&a.fetch)?);
    let mut policy = RetryPolicy::default();
    if let Some(n) = a.attempts {
        policy.max_attempts = n;
    }
    let mut planner = Planner::new(policy.clone());
    let mut rng = SplitMix64(os_seed());
    let _ = rng.next_u64();
    let mut progress = Progress {
        on: std::io::stderr().is_terminal(),
        shown: None,
    };
    let start = Instant::now();
    print_text(&format!(
        "watching {target} (Gatewise's retry plan: up to {} attempts in {} min)",
        policy.max_attempts,
        policy.max_total_ms / 60_000
    ));
    let mut attempt = 0u32;
    let mut first_failure: Option<Instant> = None;
    loop {
        progress.show(if attempt == 0 {
            "probing...".into()
        } else {
            format!("attempt {attempt} of {}: probing...", policy.max_attempts)
        });
        let tr = client.fetch(&target);
        let now = now_ms();
        let d = diagnose_trace(&tr, &target, now);
        let label = if attempt == 0 {
            "first look".to_string()
        } else {
            format!("attempt {attempt}")
        };
        say(
            &mut progress,
            start,
            &format!("{label}: {}", render::probe(&tr, &d)),
        );
        if works(&tr, &d) {
            let took = first_failure
                .map(|t| {
                    format!(
                        ", {:.1} s after the first failure",
                        t.elapsed().as_secs_f64()
                    )
                })
                .unwrap_or_default();
            let after = match attempt {
                0 => "it was not down".to_string(),
                1 => format!("after 1 attempt{took}"),
                n => format!("after {n} attempts{took}"),
            };
            print_text(&format!("back: {} {after}", render::answer(tr.last())));
            return Ok(0);
        }
        first_failure.get_or_insert(start);
        // A redirect loop is no outage to wait out.
        if let Some(why) = &tr.stopped {
            progress.clear();
            print_text(&format!("gave up: stopped following redirects: {why}"));
            return Ok(1);
        }
        match planner.on_failure(&d, now, &mut rng) {
            Decision::Retry {
                attempt: n,
                delay_ms,
                basis,
                ..
            } => {
                attempt = n;
                let why = match basis {
                    gatewise::plan::Basis::Backoff => "backoff",
                    gatewise::plan::Basis::RetryAfter => "the server's Retry-After",
                    gatewise::plan::Basis::PageHint => "the page's own hint",
                };
                let wait = Duration::from_millis(delay_ms);
                say(
                    &mut progress,
                    start,
                    &format!(
                        "next: attempt {n} of {} in {:.1} s ({why})",
                        policy.max_attempts,
                        wait.as_secs_f64()
                    ),
                );
                let until = Instant::now() + wait;
                while let Some(left) = until
                    .checked_duration_since(Instant::now())
                    .filter(|d| !d.is_zero())
                {
                    progress.show(format!(
                        "attempt {n} of {} in {} · Ctrl-C stops",
                        policy.max_attempts,
                        countdown(left)
                    ));
                    std::thread::sleep(left.min(Duration::from_millis(if progress.on {
                        250
                    } else {
                        60_000
                    })));
                }
            }
            Decision::Stop { reason } => {
                progress.clear();
                print_text(&format!("gave up: {}", render::stop_reason(&reason)));
                return Ok(1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdowns_round_up_to_whole_seconds() {
        let cases = [
            (1, "1 s"),
            (999, "1 s"),
            (1000, "1 s"),
            (1001, "2 s"),
            (59_000, "59 s"),
            (60_000, "1m00s"),
            (125_500, "2m06s"),
        ];
        for (ms, want) in cases {
            assert_eq!(countdown(Duration::from_millis(ms)), want, "{ms} ms");
        }
    }

    #[test]
    fn seeds_differ_between_runs() {
        assert_ne!(os_seed(), os_seed(), "RandomState draws new keys each time");
    }
}
