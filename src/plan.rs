//! Retry planning: a pure, deterministic state machine.
//!
//! The clock and the random source come in as arguments, so the same inputs
//! always give the same schedule. The default policy, and why:
//!
//! | attempt | wait (full jitter, 1 s floor) | Chromium's auto-reload |
//! |---|---|---|
//! | 1 | 1–4 s | 1 s |
//! | 2 | 1–8 s | 5 s |
//! | 3 | 1–16 s | 30 s |
//! | 4 | 1–32 s | 1 min |
//! | 5 | 1–64 s | 5 min |
//! | 6 | 1–128 s | 10 min |
//! | 7 | 1–256 s | 30 min |
//! | 8 | 1–300 s | (none) |
//!
//! Chromium's auto-reload (network errors only, never HTTP 5xx) waits fixed
//! steps with no jitter, so every browser that saw an outage comes back at
//! the same instants: the thundering herd that keeps a recovering server
//! down. Full jitter ("AWS Architecture Blog: Exponential Backoff And
//! Jitter") spreads those retries over the whole window, which gives the
//! least total load for the same expected wait; the 1 s floor keeps two
//! attempts from landing back to back. Most 502s are over within a minute,
//! so the early attempts come fast; the window doubles to a 5-minute cap and
//! stops after 8 attempts or 30 minutes, whichever comes first, which is
//! about when a failure stops being "a blip" and becomes an incident the
//! card describes instead. A server's `Retry-After` is honoured (never an
//! attempt before it) up to 30 minutes; a longer one ends the plan with the
//! time the server named. A hint in the page's text ("try again in 30
//! seconds") is honoured up to 10 minutes and otherwise ignored. Each attempt
//! probes the URL first (one request, no cache) and reloads only when the
//! probe succeeds, so a failing site costs one small request per attempt.

use crate::codes;
use crate::diagnose::{Diagnosis, Kind};
use serde::{Deserialize, Serialize};

/// A source of random numbers (the jitter). Inject one; [`SplitMix64`] is
/// the deterministic default.
pub trait Random {
    /// The next 64 random bits.
    fn next_u64(&mut self) -> u64;
    /// A number in `0..=max`.
    fn up_to(&mut self, max: u64) -> u64 {
        if max == u64::MAX {
            return self.next_u64();
        }
        self.next_u64() % (max + 1)
    }
}

/// SplitMix64: tiny, fast, reproducible from a seed.
#[derive(Clone, Debug)]
pub struct SplitMix64(pub u64);

impl Random for SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// How retries are planned. The defaults are documented on the module.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RetryPolicy {
    /// Window of the first attempt (ms); it grows by `growth_percent` each attempt.
    pub base_ms: u64,
    /// Each window over the one before, in percent (200: it doubles).
    pub growth_percent: u32,
    /// Largest window (ms).
    pub cap_ms: u64,
    /// Shortest wait (ms).
    pub min_delay_ms: u64,
    /// How much of each window the wait is drawn from, in percent, from its
    /// end (100: anywhere in it, "full jitter"; 0: always its end).
    pub jitter_percent: u32,
    /// Attempts at most.
    pub max_attempts: u32,
    /// Time at most from the first failure to the last attempt (ms).
    pub max_total_ms: u64,
    /// The longest `Retry-After` honoured (ms); longer ones end the plan.
    pub max_retry_after_ms: u64,
    /// The longest page-text hint honoured (ms); longer ones are ignored.
    pub max_hint_ms: u64,
    /// Probe the URL before reloading.
    pub probe_first: bool,
    /// The status codes retried.
    pub codes: Vec<u16>,
    /// Whether network failures (no response at all) are retried.
    pub network: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            base_ms: 3_000,
            growth_percent: 240,
            cap_ms: 30 * 60_000,
            min_delay_ms: 1_000,
            jitter_percent: 75,
            max_attempts: 30,
            max_total_ms: 6 * 3_600_000,
            max_retry_after_ms: 30 * 60_000,
            max_hint_ms: 10 * 60_000,
            probe_first: true,
            codes: vec![502, 503, 504, 520, 521, 522, 523, 524],
            network: true,
        }
    }
}

/// Why the plan ends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum StopReason {
    /// The response is not a failure.
    NotAnError,
    /// A 4xx: retrying changes nothing.
    ClientError,
    /// A bot check: it needs the person, never an automatic retry.
    Challenge,
    /// The method is not idempotent (RFC 9110 §9.2.2): a POST is never re-sent.
    UnsafeMethod {
        /// The method.
        method: String,
    },
    /// This failure does not pass with time (a 501, a bad certificate...).
    NotRetryable,
    /// The policy does not retry this code (an option).
    NotSelected,
    /// All attempts are used.
    AttemptsExhausted,
    /// The time budget is used.
    TimeExhausted,
    /// The server asked for a longer wait than is honoured.
    RetryAfterTooLong {
        /// What it asked, in seconds.
        seconds: u64,
    },
    /// The person pressed Stop.
    StoppedByUser,
}

/// What the last wait was based on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Exponential backoff with jitter.
    Backoff,
    /// The server's `Retry-After`.
    RetryAfter,
    /// A hint in the page's text.
    PageHint,
}

/// What to do next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Decision {
    /// Try again.
    Retry {
        /// Which attempt this is (1-based).
        attempt: u32,
        /// How long to wait (ms).
        delay_ms: u64,
        /// When to try (ms since epoch, by the injected clock).
        at_ms: u64,
        /// Probe first and reload only if the probe succeeds.
        probe: bool,
        /// What the wait is based on.
        basis: Basis,
    },
    /// Stop trying.
    Stop {
        /// Why.
        #[serde(flatten)]
        reason: StopReason,
    },
}

/// The retry state of one tab: what it is retrying and how far it got.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetryState {
    /// The URL being retried.
    pub url: String,
    /// When the first failure was seen (ms).
    pub started_ms: u64,
    /// Attempts planned so far.
    pub attempts: u32,
    /// Set once the person pressed Stop.
    pub stopped: bool,
}

/// The state machine: a policy and one tab's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Planner {
    /// The policy.
    pub policy: RetryPolicy,
    /// The state, once a failure was seen.
    pub state: Option<RetryState>,
}

/// Whether a method may be repeated (RFC 9110 §9.2.2).
pub fn is_idempotent(method: &str) -> bool {
    matches!(
        method.to_ascii_uppercase().as_str(),
        "GET" | "HEAD" | "OPTIONS" | "TRACE" | "PUT" | "DELETE"
    )
}

/// The most attempts any policy gets, whatever its `max_attempts` says: a
/// policy read from storage or a message cannot plan a billion of them.
pub const MAX_ATTEMPTS: u32 = 1_000;

/// The window of attempt `attempts + 1`: `base_ms` grown `attempts` times
/// by `growth_percent`, within `min_delay_ms..=cap_ms`.
fn window_ms(p: &RetryPolicy, attempts: u32) -> u64 {
    let growth = u64::from(p.growth_percent.max(100));
    let mut window = p.base_ms;
    for _ in 0..attempts {
        let next = window.checked_mul(growth).map_or(u64::MAX, |w| w / 100);
        // Once it stops growing (0 ms, 100 %, rounding, u64::MAX) it never will.
        if window >= p.cap_ms || next == window {
            break;
        }
        window = next;
    }
    window.min(p.cap_ms).max(p.min_delay_ms)
}

impl Planner {
    /// A planner with this policy and no history.
    pub fn new(policy: RetryPolicy) -> Self {
        Planner {
            policy,
            state: None,
        }
    }

    /// The person went somewhere else: forget the history unless it is the
    /// same URL (a reload of the failing page keeps counting).
    pub fn on_navigate(&mut self, url: &str) {
        if self.state.as_ref().is_some_and(|s| s.url != url) {
            self.state = None;
        }
    }

    /// The page is back: forget the history.
    pub fn on_success(&mut self) {
        self.state = None;
    }

    /// The person pressed Stop: no more attempts until they navigate.
    pub fn stop(&mut self) {
        if let Some(s) = self.state.as_mut() {
            s.stopped = true;
        }
    }

    /// A failure (or a probe that failed) was seen at `now_ms`: what next?
    pub fn on_failure(&mut self, d: &Diagnosis, now_ms: u64, rng: &mut impl Random) -> Decision {
        let stop = |reason| Decision::Stop { reason };
        if self.state.as_ref().is_none_or(|s| s.url != d.url) {
            self.state = Some(RetryState {
                url: d.url.clone(),
                started_ms: now_ms,
                attempts: 0,
                stopped: false,
            });
        }
        let p = &self.policy;
        let Some(state) = self.state.as_mut() else {
            return stop(StopReason::NotAnError);
        };
        if state.stopped {
            return stop(StopReason::StoppedByUser);
        }
        match d.kind {
            Kind::Challenge => return stop(StopReason::Challenge),
            Kind::ClientError => return stop(StopReason::ClientError),
            Kind::NotAnError => return stop(StopReason::NotAnError),
            Kind::ServerError | Kind::NetworkFailure => {}
        }
        if !is_idempotent(&d.method) {
            return stop(StopReason::UnsafeMethod {
                method: d.method.clone(),
            });
        }
        if !d.retryable {
            return stop(StopReason::NotRetryable);
        }
        let selected = match (d.kind, d.status) {
            (Kind::NetworkFailure, _) => p.network,
            (_, Some(code)) => p.codes.contains(&code),
            // A failure page with no code (a known template): retry as a 502 would be.
            (_, None) => p.codes.iter().any(|c| codes::is_server_error(*c)),
        };
        if !selected {
            return stop(StopReason::NotSelected);
        }
        if state.attempts >= p.max_attempts.min(MAX_ATTEMPTS) {
            return stop(StopReason::AttemptsExhausted);
        }
        let window = window_ms(p, state.attempts);
        // The wait is drawn from the last `jitter_percent` of the window.
        let low =
            (window - window / 100 * u64::from(p.jitter_percent.min(100))).max(p.min_delay_ms);
        let mut delay = low + rng.up_to(window - low);
        let mut basis = Basis::Backoff;
        if let Some(hint) = &d.retry_hint {
            let hint_ms = hint.seconds.saturating_mul(1000);
            if hint.source == "retry-after" {
                if hint_ms > p.max_retry_after_ms {
                    return stop(StopReason::RetryAfterTooLong {
                        seconds: hint.seconds,
                    });
                }
                // Never before the server's time; a little jitter after it so
                // that every client told "5 s" does not come back at once.
                let after = hint_ms.saturating_add(rng.up_to((hint_ms / 10).min(5_000)));
                if after >= delay {
                    delay = after;
                    basis = Basis::RetryAfter;
                }
            } else if hint_ms <= p.max_hint_ms && hint_ms >= delay {
                delay = hint_ms;
                basis = Basis::PageHint;
            }
        }
        let at_ms = now_ms.saturating_add(delay);
        if at_ms.saturating_sub(state.started_ms) > p.max_total_ms {
            return stop(StopReason::TimeExhausted);
        }
        state.attempts += 1;
        Decision::Retry {
            attempt: state.attempts,
            delay_ms: delay,
            at_ms,
            probe: p.probe_first,
            basis,
        }
    }

    /// The whole schedule this policy follows if every attempt fails the
    /// same way, from `now_ms`: the retries, then the stop.
    pub fn schedule(
        policy: &RetryPolicy,
        d: &Diagnosis,
        now_ms: u64,
        rng: &mut impl Random,
    ) -> Vec<Decision> {
        let mut planner = Planner::new(policy.clone());
        let mut now = now_ms;
        let mut out = Vec::new();
        loop {
            let decision = planner.on_failure(d, now, rng);
            if let Decision::Retry { at_ms, .. } = decision {
                now = at_ms;
                out.push(decision);
            } else {
                out.push(decision);
                return out;
            }
        }
    }
}
