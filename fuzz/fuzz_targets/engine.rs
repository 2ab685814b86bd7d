//! The retry engine driven by any sequence of browser events, probe answers,
//! buttons, option changes and worker restarts (fuzz/src/lib.rs,
//! `EngineScript`), with a shell that carries out what it asks as the
//! extension does. Never a panic or a hang, and after every step:
//!
//! * a form is sent again only on the person's "Send again", only to the
//!   origin it was sent to, and never with a password field;
//! * a POST page is never reloaded;
//! * at most one probe in flight per origin, each within the core's bounds
//!   (timeout, bytes read), and a page is read within its bound;
//! * every waiting stream has a wake-up no later than its attempt;
//! * the state is bounded: at most `MAX_TABS` tabs and streams, and its
//!   size does not grow with the number of events (a budget per tab);
//! * no password is ever in the state; every command and the state cross
//!   the wasm boundary (JSON, no number past 2^53 - 1), and the state reads
//!   back unchanged after a restart.
#![no_main]

use gatewise::engine::limits::{MAX_FORM_BYTES, MAX_TABS, PAGE_LIMIT, PROBE_TIMEOUT_MS};
use gatewise::engine::{origin_of, Command, Engine, Event, Options, ProbeAnswer, TabId, UserAction};
use gatewise::plan::{is_idempotent, SplitMix64};
use gatewise_fuzz::{assert_js_safe, EngineScript, EngineStep, FuzzProbeAnswer, PASSWORD};
use std::collections::HashMap;

/// 2026-09-21, a plausible `Date.now()`.
const START_MS: u64 = 1_790_000_000_000;

/// What the state may hold per tab or stream, on top of the largest event
/// handed to it (a URL, headers, a diagnosis of a page): the kept form
/// twice over (the failure's and the load's) and room for the rest.
const PER_ENTRY: usize = 16 * 1024 + 2 * MAX_FORM_BYTES;

/// A probe the shell has out: origin, id, when it was sent.
struct Out {
    origin: String,
    probe: u32,
    url: String,
    sent_ms: u64,
}

#[derive(Default)]
struct Shell {
    now: u64,
    /// The tab's last request id and how many it has sent.
    requests: HashMap<TabId, (String, u32)>,
    /// The origins each tab sent a form to.
    forms: HashMap<TabId, Vec<String>>,
    /// The tab's last two page reads asked for (the last one first).
    reads: HashMap<TabId, (u32, Option<u32>)>,
    probes: Vec<Out>,
    /// The last wake-up asked for.
    wake: Option<Option<u64>>,
    /// The largest event handed to the engine (JSON bytes).
    largest: usize,
}

libfuzzer_sys::fuzz_target!(|script: EngineScript| {
    let mut engine = Engine::default();
    let mut options = Options::default();
    let mut rng = SplitMix64(script.seed);
    let mut sh = Shell { now: START_MS, ..Shell::default() };
    for (i, step) in script.steps.into_iter().enumerate() {
        let resend_asked = matches!(step, EngineStep::User { action, .. } if action % 3 == 2);
        let event = match step {
            EngineStep::Request { tab, url, flags } => {
                let url = url.url();
                let post = flags & 1 != 0;
                let entry = sh.requests.entry(tab).or_default();
                if flags & 32 == 0 || entry.0.is_empty() {
                    entry.1 += 1;
                    entry.0 = format!("{tab}.{}", entry.1);
                }
                let mut form = (flags & 2 != 0).then(|| vec![("item".to_string(), vec!["42".to_string()]), ("note".to_string(), vec!["a\u{0}b".to_string()])]);
                if flags & 4 != 0 {
                    form.get_or_insert_with(Vec::new).push(("password".to_string(), vec![PASSWORD.to_string()]));
                }
                if form.is_some() {
                    sh.forms.entry(tab).or_default().push(origin_of(&url));
                }
                Some(Event::Request {
                    tab,
                    frame: i32::from(flags & 8 != 0),
                    lifecycle: (flags & 16 != 0).then(|| "prerender".to_string()),
                    request: entry.0.clone(),
                    url,
                    method: if post { "POST" } else { "GET" }.into(),
                    form,
                })
            }
            EngineStep::Response { tab, url, flags, response } => {
                let status = response.status.unwrap_or(502);
                Some(Event::Response {
                    tab,
                    frame: i32::from(flags & 4 != 0),
                    lifecycle: None,
                    request: if flags & 8 != 0 { String::new() } else { sh.requests.get(&tab).map(|r| r.0.clone()).unwrap_or_default() },
                    url: url.url(),
                    method: if flags & 1 != 0 { "POST" } else { "GET" }.into(),
                    status,
                    status_line: response.reason.map(|r| format!("HTTP/1.1 {status} {r}")),
                    headers: response.headers,
                    from_cache: flags & 2 != 0,
                })
            }
            EngineStep::NetworkError { tab, url, post, error } => Some(Event::NetworkError {
                tab,
                frame: 0,
                lifecycle: None,
                request: sh.requests.get(&tab).map(|r| r.0.clone()).unwrap_or_default(),
                url: url.url(),
                method: if post { "POST" } else { "GET" }.into(),
                error,
            }),
            EngineStep::Complete { tab, url } => Some(Event::TabComplete { tab, url: url.url() }),
            EngineStep::Page { tab, stale, url, html } => {
                let (last, before) = sh.reads.get(&tab).copied().unwrap_or((0, None));
                let load = if stale { before.unwrap_or(last.wrapping_sub(1)) } else { last };
                Some(Event::PageText { tab, load, url: url.url(), html })
            }
            EngineStep::Closed(tab) => Some(Event::TabClosed { tab }),
            EngineStep::Replaced { added, removed } => Some(Event::TabReplaced { added, removed }),
            EngineStep::Private(tab) => Some(Event::TabPrivate { tab }),
            EngineStep::Existing { tab, url, title } => Some(Event::ExistingTab { tab, url: url.url(), title }),
            EngineStep::Wake(ms) => {
                sh.now += u64::from(ms);
                // The shell gives up on a probe after its timeout (and says so).
                let now = sh.now;
                sh.probes.retain(|p| now < p.sent_ms + u64::from(PROBE_TIMEOUT_MS));
                Some(Event::Wake)
            }
            EngineStep::Probe { which, answer } => {
                let (origin, probe, url) = if sh.probes.is_empty() {
                    // No probe out: an answer nobody asked for.
                    ("https://shop.example".to_string(), u32::from(which), "https://shop.example/cart".to_string())
                } else {
                    let p = sh.probes.remove(which as usize % sh.probes.len());
                    (p.origin, p.probe, p.url)
                };
                let answer = match answer {
                    FuzzProbeAnswer::Response { url: from, response } => ProbeAnswer::Response {
                        url: from.map_or(url, |u| u.url()),
                        status: response.status.unwrap_or(200),
                        reason: response.reason,
                        headers: response.headers,
                        body: (!response.body.is_empty()).then(|| String::from_utf8_lossy(&response.body).into_owned()),
                    },
                    FuzzProbeAnswer::Failed(error) => ProbeAnswer::Failed { error },
                    FuzzProbeAnswer::TimedOut => ProbeAnswer::TimedOut,
                };
                // The top bit of `which`: the browser said it was offline when the answer came.
                Some(Event::ProbeResult { origin, probe, answer, online: (which & 0x80 != 0).then_some(false) })
            }
            EngineStep::Online(online) => Some(Event::Online { online }),
            EngineStep::User { tab, action, event } => {
                let action = [UserAction::RetryNow, UserAction::Stop, UserAction::Resend][action as usize % 3];
                if event {
                    Some(Event::User { tab, action })
                } else {
                    let out = engine.user(sh.now, tab, action, &mut rng).unwrap_or_default();
                    check_commands(&engine, &mut sh, &out, resend_asked);
                    None
                }
            }
            EngineStep::Options(b) => {
                let mut sites = std::collections::BTreeMap::new();
                if b & 16 != 0 {
                    sites.insert("shop.example".to_string(), "never".to_string());
                } else if b & 32 != 0 {
                    sites.insert("shop.example".to_string(), "always".to_string());
                }
                options =
                    Options { auto_retry: b & 1 != 0, notify: b & 2 != 0, card_in_page: b & 4 != 0, offer_resend: b & 8 != 0, sites, ..Options::default() };
                Some(Event::Options { options: options.clone() })
            }
            EngineStep::Restart { fresh, online } => {
                let saved = serde_json::to_string(&engine).expect("the state serialises");
                let back: Engine = serde_json::from_str(&saved).expect("the state reads back");
                assert!(back == engine, "the state changed on its way through JSON");
                engine = if fresh { Engine::new(options.clone()) } else { back };
                // What the last worker had out is lost with it.
                sh.probes.clear();
                sh.wake = None;
                sh.reads.clear();
                Some(Event::Started { online, fresh })
            }
        };
        if let Some(event) = event {
            sh.largest = sh.largest.max(serde_json::to_vec(&event).map_or(0, |v| v.len()));
            let out = engine.handle(sh.now, event, &mut rng);
            check_commands(&engine, &mut sh, &out, resend_asked);
        }
        // The state through JSON after each step while it is small; when it
        // is large (hundreds of tabs), every eighth step and at the end, or
        // the serialising would be most of the run.
        check_state(&engine, &sh, engine.tracked().len() < 16 || i % 8 == 0);
    }
    check_state(&engine, &sh, true);
    assert_js_safe(&engine);
});

/// The rules on what the engine asked for in one step.
fn check_commands(engine: &Engine, sh: &mut Shell, out: &[Command], resend_asked: bool) {
    for c in out {
        assert_js_safe(c);
        match c {
            Command::ResendForm { tab, url, fields } => {
                assert!(resend_asked, "a form sent again without the person asking: {c:?}");
                let origin = origin_of(url);
                assert!(sh.forms.get(tab).is_some_and(|o| o.contains(&origin)), "a form sent to {origin}, where this tab sent none");
                assert!(!fields.iter().any(|(n, vs)| n.contains("password") || vs.iter().any(|v| v == PASSWORD)), "a password sent again");
            }
            Command::Probe { origin, probe, url, timeout_ms, body_limit, .. } => {
                assert!(!sh.probes.iter().any(|p| &p.origin == origin), "two probes in flight for {origin}");
                assert_eq!(&origin_of(url), origin, "a probe of {url} for {origin}");
                assert!(*timeout_ms > 0 && *timeout_ms <= PROBE_TIMEOUT_MS, "a probe timeout of {timeout_ms} ms");
                assert!(*body_limit <= PAGE_LIMIT, "a probe reads {body_limit} bytes");
                sh.probes.push(Out { origin: origin.clone(), probe: *probe, url: url.clone(), sent_ms: sh.now });
            }
            Command::Reload { tabs } => {
                assert!(tabs.len() <= MAX_TABS, "{} tabs reloaded at once", tabs.len());
                for t in tabs {
                    if let Some(v) = engine.view(*t) {
                        assert!(is_idempotent(&v.diagnosis.method), "a {} page reloaded", v.diagnosis.method);
                    }
                }
            }
            Command::ReadPage { tab, load, limit } => {
                assert!(*limit <= PAGE_LIMIT, "a page read of {limit} bytes");
                let before = sh.reads.get(tab).map(|r| r.0);
                sh.reads.insert(*tab, (*load, before));
            }
            Command::WakeAt { at_ms } => sh.wake = Some(*at_ms),
            _ => {}
        }
    }
}

/// The rules on the state after each step.
fn check_state(engine: &Engine, sh: &Shell, whole: bool) {
    if let Some(next) = engine.next_wake() {
        let asked = sh.wake.flatten();
        assert!(asked.is_some_and(|at| at <= next), "a wake-up at {asked:?}, after the stream's {next}");
    }
    let tabs = engine.tracked().len();
    assert!(tabs <= MAX_TABS, "{tabs} tabs followed");
    assert!(engine.streams() <= MAX_TABS, "{} streams", engine.streams());
    if !whole {
        return;
    }
    let state = serde_json::to_string(engine).expect("the state serialises");
    let budget = 4096 + (tabs + engine.streams()) * (PER_ENTRY + 4 * sh.largest);
    assert!(state.len() <= budget, "a state of {} bytes for {tabs} tabs (budget {budget}, largest event {})", state.len(), sh.largest);
    assert!(!state.contains(PASSWORD), "a password in the state");
}
