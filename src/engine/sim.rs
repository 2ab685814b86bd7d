//! The engine against a simulated outage, with a simulated clock.
//!
//! An origin is down (502) from time 0 for `D` and answers 200 after. Each
//! client meets the outage at a random moment within it, shows the error
//! page, and retries by its policy until the page is shown again. Gatewise's
//! clients are the very [`Engine`] the extension runs, driven by its own
//! commands (wake-ups, probes, reloads); the peers are fixed schedules:
//! Chromium's auto-reload of network-error pages (1 s, 5 s, 30 s, 1 min,
//! 5 min, 10 min, 30 min, then every 30 min, no jitter) and a reloader
//! every 5 seconds, like the common auto-refresh extensions.
//!
//! For each policy and outage it reports the delay from the origin's return
//! to the page shown (median and 95th percentile over the clients) and the
//! requests the origin received per client during the outage; and, for a
//! herd of clients that all met the outage in its first minute, the peak
//! requests per second the recovering origin sees.

use super::{Command, Engine, Event, Options, ProbeAnswer};
use crate::plan::{Random, RetryPolicy, SplitMix64};
use serde::Serialize;

const URL: &str = "https://shop.example/cart";
const PAGE_502: &str = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
/// A client that has not seen the page after this long (past the outage) is "never".
const HORIZON_MS: u64 = 24 * 3600 * 1000;

/// How a client retries.
#[derive(Clone, Debug)]
pub enum Strategy {
    /// Gatewise's engine with this policy; `jitter: false` takes the end of
    /// every window instead of a random point in it.
    Gatewise {
        /// The policy.
        policy: RetryPolicy,
        /// Whether waits are jittered.
        jitter: bool,
    },
    /// A reload after each of these delays in turn; the last one repeats.
    Schedule {
        /// The delays (ms).
        delays_ms: Vec<u64>,
    },
}

/// A policy to compare, with its name.
#[derive(Clone, Debug)]
pub struct Contender {
    /// Its name in the table.
    pub name: String,
    /// How it retries.
    pub strategy: Strategy,
}

/// The contenders of the README's table: Gatewise's default policy (with and
/// without jitter), Chromium's auto-reload and a 5-second reloader.
pub fn contenders() -> Vec<Contender> {
    vec![
        Contender {
            name: "gatewise".into(),
            strategy: Strategy::Gatewise {
                policy: RetryPolicy::default(),
                jitter: true,
            },
        },
        Contender {
            name: "gatewise-unjittered".into(),
            strategy: Strategy::Gatewise {
                policy: RetryPolicy::default(),
                jitter: false,
            },
        },
        Contender {
            name: "chromium-auto-reload".into(),
            strategy: Strategy::Schedule {
                delays_ms: CHROMIUM_DELAYS_MS.to_vec(),
            },
        },
        Contender {
            name: "fixed-5s".into(),
            strategy: Strategy::Schedule {
                delays_ms: vec![5_000],
            },
        },
    ]
}

/// Chromium's auto-reload delays for network-error pages.
pub const CHROMIUM_DELAYS_MS: [u64; 7] =
    [1_000, 5_000, 30_000, 60_000, 300_000, 600_000, 1_800_000];

/// The outages of the README's table (seconds).
pub const OUTAGES_S: [u64; 5] = [5, 30, 120, 600, 3600];

/// One policy against one outage.
#[derive(Clone, Debug, Serialize)]
pub struct OutageResult {
    /// The outage's length (s).
    pub duration_s: u64,
    /// Median delay from the origin's return to the page shown (s); `null`:
    /// most clients never saw it again.
    pub lag_median_s: Option<f64>,
    /// 95th percentile of that delay (s); `null`: more than 5% never did.
    pub lag_p95_s: Option<f64>,
    /// Requests each client's policy sent the origin during the outage
    /// (mean; the visitor's own first load, which every policy has, is not
    /// counted).
    pub requests_during_outage: f64,
    /// Clients that gave up before the origin came back.
    pub gave_up: usize,
}

/// One policy's results.
#[derive(Clone, Debug, Serialize)]
pub struct PolicyResult {
    /// The policy's name.
    pub name: String,
    /// Peak requests per second the recovering origin sees from the herd.
    pub herd_peak_rps: u32,
    /// One entry per outage.
    pub outages: Vec<OutageResult>,
}

/// The whole simulation.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Clients per outage.
    pub clients: usize,
    /// The herd's outage (s); its clients met it in its first minute.
    pub herd_outage_s: u64,
    /// The seed.
    pub seed: u64,
    /// One entry per policy.
    pub policies: Vec<PolicyResult>,
}

/// What one client went through.
#[derive(Clone, Debug, Default)]
struct Trace {
    /// When each request reached the origin (ms).
    requests: Vec<u64>,
    /// When the page was shown again, if it was.
    shown_ms: Option<u64>,
}

/// A source that always takes the end of the window: no jitter.
struct NoJitter;

impl Random for NoJitter {
    fn next_u64(&mut self) -> u64 {
        u64::MAX
    }
    fn up_to(&mut self, max: u64) -> u64 {
        max
    }
}

/// The origin's answer at `t`.
fn up(t: u64, outage_ms: u64) -> bool {
    t >= outage_ms
}

/// One Gatewise client: the real engine, driven by its own commands.
fn run_gatewise(
    policy: &RetryPolicy,
    rng: &mut impl Random,
    arrive_ms: u64,
    outage_ms: u64,
) -> Trace {
    let mut engine = Engine::new(Options {
        policy: policy.clone(),
        notify: false,
        ..Options::default()
    });
    let mut trace = Trace::default();
    let mut queue: Vec<(u64, Event)> = Vec::new();
    let mut wake: Option<u64> = None;
    let load = |t: u64, queue: &mut Vec<(u64, Event)>, trace: &mut Trace| {
        trace.requests.push(t);
        let request = format!("r{}", trace.requests.len());
        queue.push((
            t,
            Event::Request {
                tab: 1,
                frame: 0,
                lifecycle: None,
                request: request.clone(),
                url: URL.into(),
                method: "GET".into(),
                form: None,
            },
        ));
        let status = if up(t, outage_ms) { 200 } else { 502 };
        queue.push((
            t,
            Event::Response {
                tab: 1,
                frame: 0,
                lifecycle: None,
                request,
                url: URL.into(),
                method: "GET".into(),
                status,
                status_line: None,
                headers: vec![],
                from_cache: false,
            },
        ));
        queue.push((
            t,
            Event::TabComplete {
                tab: 1,
                url: URL.into(),
            },
        ));
        if status == 200 {
            trace.shown_ms = Some(t);
        }
    };
    load(arrive_ms, &mut queue, &mut trace);
    let end = outage_ms + HORIZON_MS;
    loop {
        let (t, event) = if !queue.is_empty() {
            queue.remove(0)
        } else if let Some(at) = wake.filter(|&at| at <= end) {
            wake = None;
            (at, Event::Wake)
        } else {
            return trace;
        };
        if trace.shown_ms.is_some() {
            return trace;
        }
        let commands = engine.handle(t, event, rng);
        for c in commands {
            match c {
                Command::ReadPage { tab, load, .. } => queue.push((
                    t,
                    Event::PageText {
                        tab,
                        load,
                        url: URL.into(),
                        html: Some(PAGE_502.into()),
                    },
                )),
                Command::Probe {
                    origin, probe, url, ..
                } => {
                    trace.requests.push(t);
                    let answer = if up(t, outage_ms) {
                        ProbeAnswer::Response {
                            url,
                            status: 200,
                            reason: None,
                            headers: vec![],
                            body: None,
                        }
                    } else {
                        ProbeAnswer::Response {
                            url,
                            status: 502,
                            reason: None,
                            headers: vec![],
                            body: Some(PAGE_502.into()),
                        }
                    };
                    queue.push((
                        t,
                        Event::ProbeResult {
                            origin,
                            probe,
                            answer,
                            online: Some(true),
                        },
                    ));
                }
                Command::Reload { .. } => load(t, &mut queue, &mut trace),
                Command::WakeAt { at_ms } => wake = at_ms,
                _ => {}
            }
        }
    }
}

/// One client on a fixed schedule: a full reload each time.
fn run_schedule(delays_ms: &[u64], arrive_ms: u64, outage_ms: u64) -> Trace {
    let mut trace = Trace::default();
    let mut t = arrive_ms;
    let end = outage_ms + HORIZON_MS;
    for i in 0.. {
        trace.requests.push(t);
        if up(t, outage_ms) {
            trace.shown_ms = Some(t);
            break;
        }
        let Some(delay) = delays_ms.get(i.min(delays_ms.len().saturating_sub(1))) else {
            break;
        };
        t += delay;
        if t > end {
            break;
        }
    }
    trace
}

fn run(strategy: &Strategy, rng: &mut SplitMix64, arrive_ms: u64, outage_ms: u64) -> Trace {
    match strategy {
        Strategy::Gatewise {
            policy,
            jitter: true,
        } => {
            let mut client = SplitMix64(rng.next_u64());
            run_gatewise(policy, &mut client, arrive_ms, outage_ms)
        }
        Strategy::Gatewise {
            policy,
            jitter: false,
        } => run_gatewise(policy, &mut NoJitter, arrive_ms, outage_ms),
        Strategy::Schedule { delays_ms } => run_schedule(delays_ms, arrive_ms, outage_ms),
    }
}

/// The `q` quantile (0..=1) of `lags`, where `None` is "never" (infinite).
fn quantile(lags: &mut [Option<u64>], q: f64) -> Option<f64> {
    lags.sort_by_key(|l| l.unwrap_or(u64::MAX));
    let i = ((lags.len() as f64 - 1.0) * q).round() as usize;
    lags.get(i).copied().flatten().map(|ms| ms as f64 / 1000.0)
}

/// One policy against one outage of `outage_s`, `clients` clients meeting it
/// at uniformly random moments within it.
pub fn outage(strategy: &Strategy, outage_s: u64, clients: usize, seed: u64) -> OutageResult {
    let outage_ms = outage_s * 1000;
    let mut rng = SplitMix64(seed ^ outage_s);
    let mut lags = Vec::with_capacity(clients);
    let mut requests = 0usize;
    let mut gave_up = 0;
    for _ in 0..clients {
        let arrive = rng.up_to(outage_ms.saturating_sub(1));
        let trace = run(strategy, &mut rng, arrive, outage_ms);
        // The first request is the visitor's own load, the same for every policy.
        requests += trace
            .requests
            .iter()
            .skip(1)
            .filter(|&&t| t < outage_ms)
            .count();
        let lag = trace.shown_ms.map(|t| t - outage_ms);
        if lag.is_none() {
            gave_up += 1;
        }
        lags.push(lag);
    }
    OutageResult {
        duration_s: outage_s,
        lag_median_s: quantile(&mut lags, 0.5),
        lag_p95_s: quantile(&mut lags, 0.95),
        requests_during_outage: requests as f64 / clients.max(1) as f64,
        gave_up,
    }
}

/// The peak requests per second after the origin comes back, for `clients`
/// clients that met an outage of `outage_s` within its first minute.
pub fn herd_peak(strategy: &Strategy, outage_s: u64, clients: usize, seed: u64) -> u32 {
    let outage_ms = outage_s * 1000;
    let mut rng = SplitMix64(seed.rotate_left(17));
    let mut per_second = std::collections::BTreeMap::<u64, u32>::new();
    for _ in 0..clients {
        let arrive = rng.up_to(60_000u64.min(outage_ms) - 1);
        for t in run(strategy, &mut rng, arrive, outage_ms).requests {
            if t >= outage_ms {
                *per_second.entry(t / 1000).or_default() += 1;
            }
        }
    }
    per_second.values().copied().max().unwrap_or(0)
}

/// Runs every contender against every outage.
pub fn simulate(
    contenders: &[Contender],
    outages_s: &[u64],
    clients: usize,
    herd_outage_s: u64,
    seed: u64,
) -> Report {
    let policies = contenders
        .iter()
        .map(|c| PolicyResult {
            name: c.name.clone(),
            herd_peak_rps: herd_peak(&c.strategy, herd_outage_s, clients, seed),
            outages: outages_s
                .iter()
                .map(|&d| outage(&c.strategy, d, clients, seed))
                .collect(),
        })
        .collect();
    Report {
        clients,
        herd_outage_s,
        seed,
        policies,
    }
}

/// One goal of the README's recovery table, checked against a report.
#[derive(Clone, Debug, Serialize)]
pub struct Goal {
    /// What is asked.
    pub goal: String,
    /// What was measured.
    pub measured: String,
    /// Whether it is met.
    pub met: bool,
}

fn find<'a>(r: &'a Report, name: &str) -> Option<&'a PolicyResult> {
    r.policies.iter().find(|p| p.name == name)
}

/// The goals: at every outage, Gatewise's median delay is at most
/// max(2 s, a quarter of the outage) with no more requests than Chromium's
/// schedule plus two; from 10 minutes on, at most a tenth of the fixed
/// reloader's; and its herd peak at most a third of the same schedule
/// without jitter.
pub fn goals(r: &Report) -> Vec<Goal> {
    let (Some(g), Some(c), Some(f), Some(n)) = (
        find(r, "gatewise"),
        find(r, "chromium-auto-reload"),
        find(r, "fixed-5s"),
        find(r, "gatewise-unjittered"),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for ((o, co), fo) in g.outages.iter().zip(&c.outages).zip(&f.outages) {
        let d = o.duration_s as f64;
        let limit = (d / 4.0).max(2.0);
        let lag = o.lag_median_s.unwrap_or(f64::INFINITY);
        out.push(Goal {
            goal: format!("{}: median delay <= {limit:.1} s", human(o.duration_s)),
            measured: format!("{lag:.1} s"),
            met: lag <= limit,
        });
        let most = co.requests_during_outage + 2.0;
        out.push(Goal {
            goal: format!(
                "{}: requests <= Chromium's + 2 = {most:.2}",
                human(o.duration_s)
            ),
            measured: format!("{:.2}", o.requests_during_outage),
            met: o.requests_during_outage <= most,
        });
        if o.duration_s >= 600 {
            let tenth = fo.requests_during_outage / 10.0;
            out.push(Goal {
                goal: format!(
                    "{}: requests <= a tenth of the 5 s reloader's = {tenth:.2}",
                    human(o.duration_s)
                ),
                measured: format!("{:.2}", o.requests_during_outage),
                met: o.requests_during_outage <= tenth,
            });
        }
    }
    out.push(Goal {
        goal: format!(
            "herd peak <= a third of the unjittered schedule's ({} / 3)",
            n.herd_peak_rps
        ),
        measured: format!("{} requests/s", g.herd_peak_rps),
        met: g.herd_peak_rps * 3 <= n.herd_peak_rps,
    });
    out
}

/// "5 s", "2 min", "1 h".
pub fn human(seconds: u64) -> String {
    match seconds {
        s if s >= 3600 && s % 3600 == 0 => format!("{} h", s / 3600),
        s if s >= 60 && s % 60 == 0 => format!("{} min", s / 60),
        s => format!("{s} s"),
    }
}

/// The report as a plain-text table, then the goals.
pub fn render(r: &Report) -> String {
    use std::fmt::Write;
    let mut t = String::new();
    let secs = |v: Option<f64>| v.map_or("never".to_string(), |s| format!("{s:.1} s"));
    let _ = writeln!(
        t,
        "{} clients per outage, each meeting it at a random moment within it (seed {})",
        r.clients, r.seed
    );
    let _ = writeln!(
        t,
        "delay: from the origin's return to the page shown (median / 95th percentile)"
    );
    let _ = writeln!(t, "requests: sent by the policy during the outage, per client (the visitor's own first load not counted)\n");
    let _ = writeln!(
        t,
        "{:<8} {:<22} {:>10} {:>10} {:>9}",
        "outage", "policy", "median", "p95", "requests"
    );
    for (i, d) in r
        .policies
        .first()
        .map(|p| p.outages.iter().map(|o| o.duration_s).collect::<Vec<_>>())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        for p in &r.policies {
            let o = &p.outages[i];
            let _ = writeln!(
                t,
                "{:<8} {:<22} {:>10} {:>10} {:>9.2}",
                human(*d),
                p.name,
                secs(o.lag_median_s),
                secs(o.lag_p95_s),
                o.requests_during_outage
            );
        }
    }
    let _ = writeln!(t, "\nherd: {} clients meeting a {} outage in its first minute; peak requests per second once it is back", r.clients, human(r.herd_outage_s));
    for p in &r.policies {
        let _ = writeln!(t, "  {:<22} {:>5}", p.name, p.herd_peak_rps);
    }
    let _ = writeln!(t, "\ngoals");
    for g in goals(r) {
        let _ = writeln!(
            t,
            "  {} {:<58} {}",
            if g.met { "met   " } else { "MISSED" },
            g.goal,
            g.measured
        );
    }
    t
}
