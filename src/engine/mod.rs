//! The retry engine: everything between "the browser reported something" and
//! "the browser should do something", with no I/O of its own.
//!
//! It is sans-IO, like quinn-proto or str0m: the shell (the extension's
//! background script, or the simulator in [`sim`]) feeds it [`Event`]s with
//! the time, and carries out the [`Command`]s it returns. Randomness comes in
//! as a [`Random`], so a run is reproducible from a seed. The whole state
//! serialises (serde) so that a stopped service worker resumes exactly where
//! it was, and it is bounded whatever pages do (see [`limits`]).
//!
//! ```
//! use gatewise::engine::{Engine, Event, Command};
//! use gatewise::plan::SplitMix64;
//!
//! let mut engine = Engine::default();
//! let mut rng = SplitMix64(7);
//! let page = "<title>502 Bad Gateway</title><h1>502 Bad Gateway</h1><hr>nginx";
//! engine.handle(0, Event::Request { tab: 1, frame: 0, lifecycle: None, request: "r1".into(),
//!     url: "https://shop.example/".into(), method: "GET".into(), form: None }, &mut rng);
//! let out = engine.handle(10, Event::Response { tab: 1, frame: 0, lifecycle: None, request: "r1".into(),
//!     url: "https://shop.example/".into(), method: "GET".into(), status: 502, status_line: None,
//!     headers: vec![], from_cache: false }, &mut rng);
//! engine.handle(20, Event::TabComplete { tab: 1, url: "https://shop.example/".into() }, &mut rng);
//! let out = engine.handle(30, Event::PageText { tab: 1, load: 1, url: "https://shop.example/".into(),
//!     html: Some(page.into()) }, &mut rng);
//! assert!(out.iter().any(|c| matches!(c, Command::SetBadge { text, .. } if text == "502")));
//! assert!(out.iter().any(|c| matches!(c, Command::WakeAt { at_ms: Some(_) })));
//! ```

mod io;
pub mod messages;
mod vecmap;

use vecmap::VecMap;
#[cfg(not(target_arch = "wasm32"))]
pub mod sim;

pub use io::*;

use crate::codes;
use crate::diagnose::{diagnose, diagnose_network, Diagnosis, Kind, Response};
use crate::explain::ConnectionCause;
use crate::headers::Headers;
use crate::network::ErrorClass;
use crate::network::NetworkFailure;
use crate::plan::{is_idempotent, Decision, Planner, Random, RetryPolicy, StopReason};
use serde::{Deserialize, Serialize};

/// The bounds that keep the state small whatever pages do.
pub mod limits {
    /// Tabs followed at most (the oldest failure is forgotten first).
    pub const MAX_TABS: usize = 256;
    /// A URL longer than this is shown but never retried, and kept cut.
    pub const MAX_URL: usize = 4096;
    /// A form larger than this (all names and values) is not kept: the card
    /// offers to go back to it instead.
    pub const MAX_FORM_BYTES: usize = 32 * 1024;
    /// How much of a page is read (bytes).
    pub const PAGE_LIMIT: u32 = 256 * 1024;
    /// How long a probe may take (ms).
    pub const PROBE_TIMEOUT_MS: u32 = 20_000;
    /// How long a reloading stream waits for its tabs' new pages (ms).
    pub const RELOAD_GRACE_MS: u64 = 60_000;
    /// How long a failing response waits for its document before the page
    /// is read anyway (ms).
    pub const COMPLETE_GRACE_MS: u64 = 3_000;
    /// A wake-up may come this early (ms): the browser's timers are not exact.
    pub const EARLY_MS: u64 = 25;
    /// The longest spread of the first attempts after the connection comes
    /// back (ms), so that every stream does not probe at once.
    pub const ONLINE_SPREAD_MS: u64 = 2_000;
    /// How long a network failure counts toward "several sites fail at
    /// once" (ms), and a redirect toward "a captive portal".
    pub const CONNECTION_WINDOW_MS: u64 = 60_000;
    /// Unrelated sites (registrable domains) failing within the window that
    /// make the visitor's connection the likely fault.
    pub const CONNECTION_SITES: usize = 3;
    /// Unrelated sites sent to the same foreign page within the window that
    /// make a captive portal the likely cause.
    pub const PORTAL_SITES: usize = 2;
    /// Network failures and redirects remembered at most.
    pub const CONNECTION_MEMORY: usize = 32;
    /// How often the shell looks at `navigator.onLine` while the engine
    /// believes the browser offline (ms): often enough that the first
    /// attempt follows the network's return within a second or two, and a
    /// property read a second costs nothing.
    pub const ONLINE_POLL_MS: u32 = 1_000;
}
use limits::*;

/// Whether a diagnosis is an outage worth waiting out (not a 404, not a bot check).
pub fn is_outage(d: &Diagnosis) -> bool {
    d.is_error && matches!(d.kind, Kind::ServerError | Kind::NetworkFailure)
}

/// Whether a diagnosis is a 429: not an outage and never retried by itself
/// (every request counts against the limit), but a page the person wants
/// explained: how long to wait, and why a VPN or a shared address may be
/// the reason. It gets the card, the popup and the badge, with no retry.
pub fn is_rate_limited(d: &Diagnosis) -> bool {
    d.kind == Kind::ClientError && d.status == Some(429)
}

/// Whether "Retry now" is offered and done: an outage of a page that may be
/// asked again (never a form, never a 429: each request counts against the
/// limit).
fn can_retry_now(f: &Failure) -> bool {
    is_idempotent(&f.diagnosis.method) && is_outage(&f.diagnosis) && f.url.len() <= MAX_URL
}

/// Whether a tab's page gets the card: an outage, or a 429.
pub fn is_explained(d: &Diagnosis) -> bool {
    is_outage(d) || is_rate_limited(d)
}

/// The origin of a URL (`https://host:port`), or `""` when it has none.
pub fn origin_of(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return String::new();
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return String::new();
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, h)| h)
        .to_ascii_lowercase();
    let default_port = if scheme == "http" { ":80" } else { ":443" };
    let host = host.strip_suffix(default_port).unwrap_or(&host);
    if host.is_empty() {
        return String::new();
    }
    format!("{scheme}://{host}")
}

/// The host of a URL, without the port.
fn host_of(url: &str) -> String {
    let origin = origin_of(url);
    let host = origin.split_once("://").map_or("", |(_, h)| h);
    if host.starts_with('[') {
        return host.split_inclusive(']').next().unwrap_or(host).to_string();
    }
    host.rsplit_once(':').map_or(host, |(h, _)| h).to_string()
}

/// The site of a URL, for "unrelated sites": its registrable domain, by a
/// rule of thumb (the last two labels, three under a two-letter country
/// code with a generic second level such as `co.uk`); an IP address, or a
/// single-label name, is its own site.
pub fn site_of(url: &str) -> String {
    let host = host_of(url);
    let host = host.trim_end_matches('.');
    if host.starts_with('[') || host.parse::<std::net::Ipv4Addr>().is_ok() {
        return host.to_string();
    }
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let generic = [
        "co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "mil",
    ];
    let take = if n >= 3 && labels[n - 1].len() == 2 && generic.contains(&labels[n - 2]) {
        3
    } else {
        2
    };
    labels[n.saturating_sub(take)..].join(".")
}

/// The same page: the same origin and path (a page may rewrite its query,
/// as bot checks do, and stay the page that was loaded).
fn same_page(a: &str, b: &str) -> bool {
    let path = |u: &str| {
        let rest = u.split_once("://").map_or("", |(_, r)| r);
        let rest = rest.split(['?', '#']).next().unwrap_or("");
        rest.find('/')
            .map_or("/".to_string(), |i| rest[i..].to_string())
    };
    !origin_of(a).is_empty() && origin_of(a) == origin_of(b) && path(a) == path(b)
}

/// The same document: equal up to the fragment.
pub fn same_document(a: &str, b: &str) -> bool {
    let cut = |u: &str| u.split('#').next().unwrap_or("").to_string();
    cut(a) == cut(b) && !a.is_empty()
}

/// An archived copy of `url` on the Wayback Machine, without its query
/// string or fragment.
pub fn archive_url(url: &str) -> String {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    format!("https://web.archive.org/web/2/{}", &url[..end])
}

/// The badge of a diagnosis: the code, "DNS" or "ERR", or nothing.
pub fn badge_text(d: &Diagnosis) -> String {
    if !d.is_error && !is_rate_limited(d) {
        return String::new();
    }
    match (d.status, d.network) {
        (Some(code), _) => code.to_string(),
        (None, Some(NetworkFailure::NameNotResolved)) => "DNS".into(),
        (None, Some(NetworkFailure::Certificate)) => "CERT".into(),
        _ => "ERR".into(),
    }
}

/// The reason phrase of a status line ("HTTP/1.1 502 Bad Gateway" -> "Bad Gateway").
pub fn reason_of(status_line: &str) -> Option<String> {
    let mut parts = status_line.trim().splitn(3, ' ');
    let _version = parts.next()?;
    let code = parts.next()?;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let reason = parts.next()?.trim();
    (!reason.is_empty()).then(|| reason.chars().take(128).collect())
}

/// Whether the text of a response with this status must be read: for 5xx,
/// and the codes that bot checks answer with; normal pages cost nothing.
pub fn needs_body(status: u16) -> bool {
    codes::is_server_error(status) || status == 403 || status == 429
}

/// Whether the shell must hand a response of a tab the engine does not
/// follow to the engine at all: a status the card may explain.
pub fn wants_status(status: u16) -> bool {
    status >= 400
}

/// Whether a page title suggests that an already open tab shows an error
/// (looked at when the extension starts): an error code or words, no title
/// at all, or the bare host name (the browser's own error pages).
fn title_suggests_error(title: &str, url: &str) -> bool {
    let t = title.trim();
    if t.is_empty() || t.eq_ignore_ascii_case(&host_of(url)) || url.contains(t) {
        return true;
    }
    if codes::status_in_line(t, false).is_some_and(|(code, _)| code >= 500) {
        return true;
    }
    let lower = t.to_ascii_lowercase();
    [
        "error",
        "unavailable",
        "bad gateway",
        "timed out",
        "timeout",
        "maintenance",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Field names that hold secrets: a form with one of them is never kept.
fn is_secret_field(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    ["pass", "pwd", "secret", "token", "otp", "cvv", "cvc", "pin"]
        .iter()
        .any(|w| n.contains(w))
}

/// A form kept for "Send again": only for its own request and origin.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Form {
    /// Where it was sent.
    url: String,
    /// The fields.
    fields: FormFields,
}

impl Form {
    /// The form of a request, if it may be kept at all.
    fn of(url: &str, method: &str, fields: Option<FormFields>) -> Option<Form> {
        let fields = fields?;
        if method.eq_ignore_ascii_case("GET") || url.len() > MAX_URL {
            return None;
        }
        let size: usize = fields
            .iter()
            .map(|(n, vs)| n.len() + vs.iter().map(String::len).sum::<usize>())
            .sum();
        if size > MAX_FORM_BYTES || fields.iter().any(|(n, _)| is_secret_field(n)) {
            return None;
        }
        Some(Form {
            url: url.to_string(),
            fields,
        })
    }
}

/// What came back for a load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum Outcome {
    Response {
        url: String,
        method: String,
        status: u16,
        reason: Option<String>,
        headers: Vec<(String, String)>,
    },
    /// An open tab found at start: no status known, the page is judged by its text.
    Unknown { url: String },
}

/// A top-level load in progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Load {
    /// This tab's load counter: answers for older loads are dropped.
    seq: u32,
    request: String,
    url: String,
    method: String,
    form: Option<Form>,
    outcome: Option<Outcome>,
    /// The tab finished loading this document.
    complete: bool,
    /// The page was asked for.
    reading: bool,
    /// When the response came (for [`COMPLETE_GRACE_MS`]).
    since_ms: u64,
}

/// Where a tab's failure stands with retries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum TabRetry {
    /// In its origin's stream.
    Stream,
    /// Not retried, and why.
    Stopped {
        reason: StopReason,
        planner: Planner,
    },
}

/// The failure a tab shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Failure {
    url: String,
    origin: String,
    diagnosis: Diagnosis,
    started_ms: u64,
    form: Option<Form>,
    retry: TabRetry,
}

/// One tab the engine follows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Tab {
    seq: u32,
    load: Option<Load>,
    failure: Option<Failure>,
    /// When it last changed (the oldest goes first past [`MAX_TABS`]).
    touched_ms: u64,
    /// In a private window: never recorded in the history.
    #[serde(default)]
    private: bool,
}

/// Where a stream is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum Phase {
    /// Waiting for `at_ms`.
    Waiting { at_ms: u64, attempt: u32 },
    /// Offline when the attempt was due: waiting for the connection.
    Paused { attempt: u32 },
    /// A probe is out.
    Probing { probe: u32, deadline_ms: u64 },
    /// The site answered: the tabs reload.
    Reloading { since_ms: u64 },
}

/// One origin's retries, shared by all its failing tabs: one probe per
/// attempt however many tabs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Stream {
    url: String,
    planner: Planner,
    phase: Phase,
    tabs: Vec<TabId>,
    last: Diagnosis,
    /// Attempts made (probes sent).
    attempts: u32,
}

/// A sign of the visitor's connection failing: a site's load or probe
/// that got no response, or a probe sent to another site's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Sign {
    at_ms: u64,
    /// The site that failed.
    site: String,
    /// For a redirect: the site it was sent to.
    #[serde(default)]
    to: Option<String>,
}

/// The engine's whole state. It serialises to `storage.session` and back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Engine {
    options: Options,
    online: bool,
    tabs: VecMap<TabId, Tab>,
    streams: VecMap<String, Stream>,
    next_probe: u32,
    /// The wake-up last asked for, and the tabs last reported as followed,
    /// so that unchanged ones are not sent again.
    wake: Option<u64>,
    tracked: Vec<TabId>,
    /// Recent signs of the visitor's connection failing.
    signs: Vec<Sign>,
    /// The browser's captive-portal detection says a portal holds the connection.
    portal: bool,
    /// The judgement of the visitor's connection last reported (cards, loads watched).
    connection: Option<ConnectionCause>,
    /// Whether the shell was asked to report every page that loads.
    watching: bool,
    /// Whether the shell was asked to look at `navigator.onLine`.
    #[serde(default)]
    watching_online: bool,
}

impl Default for Engine {
    fn default() -> Self {
        Engine {
            options: Options::default(),
            online: true,
            tabs: VecMap::default(),
            streams: VecMap::default(),
            next_probe: 0,
            wake: None,
            tracked: Vec::new(),
            signs: Vec::new(),
            portal: false,
            connection: None,
            watching: false,
            watching_online: false,
        }
    }
}

/// An error of [`Engine::view`] and the user actions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The tab shows no failure the engine knows of.
    NoFailure,
    /// "Send again" is not offered for this failure.
    NoForm,
    /// "Retry now" is not offered (a form is never re-sent by itself).
    NotRetryable,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Refused::NoFailure => "this tab shows no failure",
            Refused::NoForm => "there is no form to send again for this failure",
            Refused::NotRetryable => "this failure is not retried",
        })
    }
}

impl Engine {
    /// An engine with these options.
    pub fn new(options: Options) -> Self {
        Engine {
            options,
            ..Engine::default()
        }
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The policy for one URL: the person's policy and the site's rule.
    pub fn policy_for(&self, url: &str) -> RetryPolicy {
        let mut policy = self.options.policy.clone();
        let rule = self.options.sites.get(&host_of(url)).map(String::as_str);
        if rule == Some("never") || (!self.options.auto_retry && rule != Some("always")) {
            policy.codes.clear();
            policy.network = false;
        }
        policy
    }

    /// Handles one event at `now_ms` and returns what the shell must do.
    pub fn handle(&mut self, now_ms: u64, event: Event, rng: &mut impl Random) -> Vec<Command> {
        let mut out = Out::default();
        match event {
            Event::Started { online, fresh } => self.on_started(now_ms, online, fresh, &mut out),
            Event::Options { options } => self.options = options,
            Event::Request {
                tab,
                frame,
                lifecycle,
                request,
                url,
                method,
                form,
            } => {
                if counts(tab, frame, lifecycle.as_deref()) {
                    self.on_request(now_ms, tab, request, url, method, form, &mut out);
                }
            }
            Event::Response {
                tab,
                frame,
                lifecycle,
                request,
                url,
                method,
                status,
                status_line,
                headers,
                from_cache,
            } => {
                if counts(tab, frame, lifecycle.as_deref()) && !from_cache {
                    let reason = status_line.as_deref().and_then(reason_of);
                    let outcome = Outcome::Response {
                        url,
                        method,
                        status,
                        reason,
                        headers,
                    };
                    self.on_response(now_ms, tab, request, outcome, rng, &mut out);
                }
            }
            Event::NetworkError {
                tab,
                frame,
                lifecycle,
                request,
                url,
                method,
                error,
            } => {
                if counts(tab, frame, lifecycle.as_deref()) {
                    self.on_network_error(now_ms, tab, request, url, method, &error, rng, &mut out);
                }
            }
            Event::TabComplete { tab, url } => self.on_complete(now_ms, tab, url, rng, &mut out),
            Event::PageText {
                tab,
                load,
                url,
                html,
            } => self.on_page(now_ms, tab, load, url, html, rng, &mut out),
            Event::TabClosed { tab } => self.forget_tab(tab, &mut out),
            Event::TabPrivate { tab } => self.tabs.or_default(tab).private = true,
            Event::TabReplaced { added: _, removed } => self.forget_tab(removed, &mut out),
            Event::ExistingTab { tab, url, title } => {
                self.on_existing(now_ms, tab, url, title, &mut out)
            }
            Event::Wake => {}
            Event::ProbeResult {
                origin,
                probe,
                answer,
                online,
            } => {
                // No response, and the browser says it is offline: it is,
                // whether or not an `offline` event came.
                if online == Some(false) && !matches!(answer, ProbeAnswer::Response { .. }) {
                    self.on_online(false);
                }
                self.on_probe(now_ms, origin, probe, answer, rng, &mut out)
            }
            Event::Online { online } => self.on_online(online),
            Event::CaptivePortal { state } => {
                let locked = state == "locked_portal";
                if self.portal && !locked {
                    self.connection_works(None);
                }
                self.portal = locked;
            }
            Event::SiteOk { url, from_cache } => {
                if !from_cache {
                    self.connection_works(Some(&url));
                }
            }
            Event::User { tab, action } => {
                // A refused action changes nothing; the shell learns why from `act`.
                let _ = self.act(now_ms, tab, action, rng, &mut out);
            }
        }
        self.hold_or_release(now_ms, rng);
        self.run_due(now_ms, rng, &mut out);
        self.finish(now_ms, out)
    }

    /// Carries out a person's action, or says why it is refused.
    pub fn user(
        &mut self,
        now_ms: u64,
        tab: TabId,
        action: UserAction,
        rng: &mut impl Random,
    ) -> Result<Vec<Command>, Refused> {
        let mut out = Out::default();
        self.act(now_ms, tab, action, rng, &mut out)?;
        self.run_due(now_ms, rng, &mut out);
        Ok(self.finish(now_ms, out))
    }

    /// What the card of a tab shows, if the tab shows a failure.
    pub fn view(&self, tab: TabId) -> Option<TabView> {
        let t = self.tabs.get(&tab)?;
        let f = t.failure.as_ref()?;
        let stream = matches!(f.retry, TabRetry::Stream)
            .then(|| self.streams.get(&f.origin))
            .flatten();
        let attempts = match (&f.retry, stream) {
            (TabRetry::Stream, Some(s)) => s.attempts,
            (TabRetry::Stopped { planner, .. }, _) => {
                planner.state.as_ref().map_or(0, |s| s.attempts)
            }
            _ => 0,
        };
        // Why it gave up, in the card's language: the tries made, or a wait
        // longer than the engine keeps up (its time is in the card's text).
        let words = || crate::explain::words(self.options.lang);
        let tried = || {
            let w = words();
            let note = (w.labels.gave_up_tries).replace("{retries}", &(w.report.retries)(attempts));
            RetryView::GaveUp { note }
        };
        let retry = match (&f.retry, stream) {
            (TabRetry::Stream, Some(s)) => match s.phase {
                Phase::Waiting { at_ms, attempt } => RetryView::Waiting {
                    at_ms,
                    attempt,
                    max_attempts: s.planner.policy.max_attempts,
                },
                Phase::Paused { .. } => RetryView::Offline,
                Phase::Probing { .. } => RetryView::Probing,
                Phase::Reloading { .. } => RetryView::Back,
            },
            (TabRetry::Stream, None) => tried(),
            (TabRetry::Stopped { reason, .. }, _) => match reason {
                StopReason::UnsafeMethod { .. } => RetryView::NotResent,
                StopReason::StoppedByUser => RetryView::Stopped,
                StopReason::AttemptsExhausted | StopReason::TimeExhausted => tried(),
                StopReason::RetryAfterTooLong { .. } => RetryView::GaveUp {
                    note: words().labels.gave_up_asked.to_string(),
                },
                _ => RetryView::None,
            },
        };
        Some(TabView {
            url: f.url.clone(),
            origin: f.origin.clone(),
            diagnosis: f.diagnosis.clone(),
            started_ms: f.started_ms,
            attempts,
            retry,
            can_resend: self.resendable(f),
            can_retry_now: can_retry_now(f),
            card_in_page: self.options.card_in_page,
            archive_url: archive_url(&f.url),
            connection: self
                .connection
                .filter(|_| f.diagnosis.kind == Kind::NetworkFailure),
        })
    }

    /// The tabs the engine follows: the shell forwards all their events.
    pub fn tracked(&self) -> Vec<TabId> {
        self.tabs.keys().copied().collect()
    }

    /// When the engine next needs a [`Event::Wake`], if at all.
    pub fn next_wake(&self) -> Option<u64> {
        let streams = self.streams.values().filter_map(|s| match s.phase {
            Phase::Waiting { at_ms, .. } => Some(at_ms),
            Phase::Probing { deadline_ms, .. } => Some(deadline_ms),
            Phase::Reloading { since_ms } => Some(since_ms + RELOAD_GRACE_MS),
            Phase::Paused { .. } => None,
        });
        let loads = self.tabs.values().filter_map(|t| {
            let l = t.load.as_ref()?;
            (l.outcome.is_some() && !l.reading).then_some(l.since_ms + COMPLETE_GRACE_MS)
        });
        // Streams held for the connection look again when its signs age out.
        let held = self
            .streams
            .values()
            .any(|s| matches!(s.phase, Phase::Paused { .. }));
        let signs = self
            .signs
            .iter()
            .map(|s| s.at_ms + CONNECTION_WINDOW_MS)
            .min()
            .filter(|_| held && self.online && !self.portal);
        streams.chain(loads).chain(signs).min()
    }

    /// How many streams (origins being retried) there are.
    pub fn streams(&self) -> usize {
        self.streams.len()
    }

    // ---- events ----

    fn on_started(&mut self, now_ms: u64, online: bool, fresh: bool, out: &mut Out) {
        self.online = online;
        // A probe that was out when the last worker stopped is lost: ask again now.
        for s in self.streams.values_mut() {
            if let Phase::Probing { .. } = s.phase {
                s.phase = Phase::Waiting {
                    at_ms: now_ms,
                    attempt: s.attempts.max(1),
                };
            }
        }
        // A page read asked of the last worker is lost too.
        for t in self.tabs.values_mut() {
            if let Some(l) = t.load.as_mut() {
                l.reading = false;
                l.since_ms = now_ms.saturating_sub(COMPLETE_GRACE_MS);
            }
        }
        if fresh {
            out.push(Command::ScanTabs);
        }
        self.wake = None;
        self.tracked.clear();
        // A new worker watches no loads and no `navigator.onLine`: asked
        // again if still needed.
        self.watching = false;
        self.watching_online = false;
    }

    #[allow(clippy::too_many_arguments)]
    fn on_request(
        &mut self,
        now_ms: u64,
        tab: TabId,
        request: String,
        url: String,
        method: String,
        form: Option<FormFields>,
        out: &mut Out,
    ) {
        let method = if method.trim().is_empty() {
            "GET".to_string()
        } else {
            method.trim().to_ascii_uppercase()
        };
        let t = self.tabs.or_default(tab);
        // A redirect keeps the request id. The form belongs to the request
        // that sent it: it follows a redirect only on its own origin and
        // only while the method (and so the body) is kept (307, 308).
        let carried = t
            .load
            .as_ref()
            .filter(|l| !request.is_empty() && l.request == request)
            .and_then(|l| l.form.clone());
        let form = Form::of(&url, &method, form).or_else(|| {
            carried
                .filter(|f| {
                    origin_of(&f.url) == origin_of(&url) && !method.eq_ignore_ascii_case("GET")
                })
                .map(|f| Form {
                    url: url.clone(),
                    ..f
                })
        });
        let form = if self.options.offer_resend {
            form
        } else {
            None
        };
        t.seq = t.seq.wrapping_add(1);
        t.load = Some(Load {
            seq: t.seq,
            request,
            url: url.clone(),
            method: method.clone(),
            form,
            outcome: None,
            complete: false,
            reading: false,
            since_ms: now_ms,
        });
        t.touched_ms = now_ms;
        // Somewhere else, or the same URL with a form (a new submission):
        // the tab is no longer about its failure.
        let leaves = t
            .failure
            .as_ref()
            .is_some_and(|f| !same_document(&f.url, &url) || !is_idempotent(&method));
        if leaves {
            self.end_failure(tab, out);
        }
    }

    fn on_response(
        &mut self,
        now_ms: u64,
        tab: TabId,
        request: String,
        outcome: Outcome,
        rng: &mut impl Random,
        out: &mut Out,
    ) {
        let Outcome::Response {
            url,
            method,
            status,
            ..
        } = &outcome
        else {
            return;
        };
        let t = self.tabs.or_default(tab);
        let matches = t
            .load
            .as_ref()
            .is_some_and(|l| (request.is_empty() || l.request == request) && l.outcome.is_none());
        if !matches {
            // A response with no request seen (the worker started mid-load,
            // or the shell forwarded only the failure): its own load.
            t.seq = t.seq.wrapping_add(1);
            t.load = Some(Load {
                seq: t.seq,
                request,
                url: url.clone(),
                method: method.clone(),
                form: None,
                outcome: None,
                complete: false,
                reading: false,
                since_ms: now_ms,
            });
        }
        let status = *status;
        let answered = url.clone();
        // A site answered: the visitor's connection works.
        self.connection_works(Some(&answered));
        let t = self.tabs.or_default(tab);
        let Some(load) = t.load.as_mut() else { return };
        load.url = url.clone();
        load.since_ms = now_ms;
        load.outcome = Some(outcome);
        t.touched_ms = now_ms;
        if !needs_body(status) {
            self.judge(now_ms, tab, None, rng, out);
        } else if load.complete {
            self.read_page(tab, out);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn on_network_error(
        &mut self,
        now_ms: u64,
        tab: TabId,
        request: String,
        url: String,
        method: String,
        error: &str,
        rng: &mut impl Random,
        out: &mut Out,
    ) {
        let t = self.tabs.or_default(tab);
        let load = t
            .load
            .take()
            .filter(|l| request.is_empty() || l.request == request);
        t.touched_ms = now_ms;
        let Some(failure) = NetworkFailure::classify(error).failure else {
            // Stopped by the person, blocked by an extension or by policy:
            // not the site's failure, and not ours to explain.
            if self.tabs.get(&tab).is_none_or(|t| t.failure.is_none()) {
                self.tabs.remove(&tab);
            }
            return;
        };
        let method = if method.is_empty() {
            load.as_ref()
                .map_or("GET".to_string(), |l| l.method.clone())
        } else {
            method
        };
        if counts_against_connection(failure) {
            self.sign(now_ms, &url, None);
        }
        let d = diagnose_network(failure, &method, &url);
        let form = load.and_then(|l| l.form);
        self.outcome(now_ms, tab, d, form, rng, out);
    }

    fn on_complete(
        &mut self,
        now_ms: u64,
        tab: TabId,
        url: String,
        rng: &mut impl Random,
        out: &mut Out,
    ) {
        let Some(t) = self.tabs.get_mut(&tab) else {
            return;
        };
        match t.load.as_mut() {
            Some(load) if same_page(&url, &load.url) => {
                load.complete = true;
                if load.outcome.is_some() && !load.reading {
                    self.read_page(tab, out);
                }
            }
            Some(_) => {}
            None => match t.failure.as_ref() {
                // A document with no request: restored from the back/forward
                // cache, or a history step within the page. Another page
                // than the failure's: the tab has left it.
                Some(f) if !same_document(&f.url, &url) => {
                    self.end_failure(tab, out);
                    self.tabs.remove(&tab);
                    out.push(Command::SetBadge {
                        tab,
                        text: String::new(),
                    });
                }
                // The failure's own page finished: Firefox clears a tab's
                // badge when its error page commits, so it is set again.
                Some(f) => out.push(Command::SetBadge {
                    tab,
                    text: badge_text(&f.diagnosis),
                }),
                None => {}
            },
        }
        let _ = (now_ms, rng);
    }

    #[allow(clippy::too_many_arguments)]
    fn on_page(
        &mut self,
        now_ms: u64,
        tab: TabId,
        load: u32,
        url: String,
        html: Option<String>,
        rng: &mut impl Random,
        out: &mut Out,
    ) {
        let Some(l) = self.tabs.get(&tab).and_then(|t| t.load.as_ref()) else {
            return;
        };
        if l.seq != load || !l.reading {
            return; // a late answer for a load the tab has left
        }
        // The page must be this load's document. A tab that shows another
        // page was never shown this response: a prerender or a prefetch the
        // browser reports as the tab's own (Chromium may), or a load that was
        // replaced. It is dropped, not judged.
        if html.is_some() && !url.is_empty() && !same_page(&url, &l.url) {
            if let Some(t) = self.tabs.get_mut(&tab) {
                t.load = None;
            }
            return;
        }
        let body = html;
        let unreadable = body.is_none();
        if unreadable && matches!(l.outcome, Some(Outcome::Unknown { .. })) {
            // An open tab found at start showing the browser's own error page:
            // nothing to read, so the site itself is asked, once, by a probe.
            let url = l.url.clone();
            self.check_existing(now_ms, tab, url, out);
            return;
        }
        self.judge(now_ms, tab, body, rng, out);
    }

    fn on_existing(&mut self, now_ms: u64, tab: TabId, url: String, title: String, out: &mut Out) {
        if self.tabs.contains_key(&tab)
            || origin_of(&url).is_empty()
            || !title_suggests_error(&title, &url)
        {
            return;
        }
        let t = self.tabs.or_default(tab);
        t.seq = t.seq.wrapping_add(1);
        t.touched_ms = now_ms;
        t.load = Some(Load {
            seq: t.seq,
            request: String::new(),
            url: url.clone(),
            method: "GET".into(),
            form: None,
            outcome: Some(Outcome::Unknown { url }),
            complete: true,
            reading: false,
            since_ms: now_ms,
        });
        self.read_page(tab, out);
    }

    fn on_online(&mut self, online: bool) {
        if online && !self.online {
            self.connection_works(None);
        }
        self.online = online;
    }

    // ---- the visitor's connection ----

    /// Remembers a sign of the connection failing at `url`'s site (and,
    /// for a redirect, where it was sent).
    fn sign(&mut self, now_ms: u64, url: &str, to: Option<String>) {
        let site = site_of(url);
        if site.is_empty() {
            return;
        }
        self.signs.push(Sign {
            at_ms: now_ms,
            site,
            to,
        });
        if self.signs.len() > CONNECTION_MEMORY {
            self.signs.remove(0);
        }
    }

    /// The connection works: a site answered (`url`; `None`: the browser
    /// says so). A page of a site that others were sent to (a portal's
    /// sign-in page) proves nothing.
    fn connection_works(&mut self, url: Option<&str>) {
        if let Some(url) = url {
            let site = site_of(url);
            if site.is_empty()
                || self
                    .signs
                    .iter()
                    .any(|s| s.to.as_deref() == Some(site.as_str()))
            {
                return;
            }
        }
        self.signs.clear();
    }

    /// Whether the visitor's own connection is the likely fault now, and why.
    pub fn connection(&self, now_ms: u64) -> Option<ConnectionCause> {
        if !self.online {
            return Some(ConnectionCause::Offline);
        }
        if self.portal {
            return Some(ConnectionCause::CaptivePortal);
        }
        let recent = || {
            self.signs
                .iter()
                .filter(|s| s.at_ms + CONNECTION_WINDOW_MS > now_ms)
        };
        // Unrelated sites sent to one page of yet another site.
        for target in recent().filter_map(|s| s.to.as_deref()) {
            let mut sites: Vec<&str> = recent()
                .filter(|s| s.to.as_deref() == Some(target))
                .map(|s| s.site.as_str())
                .collect();
            sites.sort_unstable();
            sites.dedup();
            if sites.len() >= PORTAL_SITES {
                return Some(ConnectionCause::CaptivePortal);
            }
        }
        let mut sites: Vec<&str> = recent()
            .filter(|s| s.to.is_none())
            .map(|s| s.site.as_str())
            .collect();
        sites.sort_unstable();
        sites.dedup();
        (sites.len() >= CONNECTION_SITES).then_some(ConnectionCause::ManySites {
            sites: sites.len() as u32,
        })
    }

    /// While the connection is the likely fault, no stream probes its site:
    /// an attempt that falls due then waits for the connection (in
    /// [`Engine::run_due`]). When it looks back, the waiting streams carry
    /// on, spread over [`ONLINE_SPREAD_MS`].
    fn hold_or_release(&mut self, now_ms: u64, rng: &mut impl Random) {
        if self.connection(now_ms).is_some() {
            return;
        }
        for s in self.streams.values_mut() {
            if let Phase::Paused { attempt } = s.phase {
                s.phase = Phase::Waiting {
                    at_ms: now_ms + rng.up_to(ONLINE_SPREAD_MS),
                    attempt,
                };
            }
        }
    }

    fn on_probe(
        &mut self,
        now_ms: u64,
        origin: String,
        probe: u32,
        answer: ProbeAnswer,
        rng: &mut impl Random,
        out: &mut Out,
    ) {
        let Some(s) = self.streams.get(&origin) else {
            return;
        };
        if !matches!(s.phase, Phase::Probing { probe: p, .. } if p == probe) {
            return; // a probe of an attempt that is over
        }
        let url = s.url.clone();
        let seen = match answer {
            ProbeAnswer::Response {
                url: answered,
                status,
                reason,
                headers,
                body,
            } => {
                let headers: Headers = headers.into_iter().collect();
                let body = body.unwrap_or_default();
                let d = diagnose(&Response {
                    status: Some(status),
                    reason: reason.as_deref(),
                    method: "GET",
                    url: &url,
                    headers,
                    body: body.as_bytes(),
                    now_ms: Some(now_ms),
                });
                // Back only if the failing page itself answered: a redirect
                // to a login page, another site or a captive portal's page
                // answering 200 says nothing of it.
                let here = same_document(&answered, &url) || answered.is_empty();
                if !here && site_of(&answered) != site_of(&url) {
                    // Sent to another site's page: a portal's, if unrelated sites all go there.
                    self.sign(now_ms, &url, Some(site_of(&answered)));
                } else {
                    self.connection_works(Some(&url));
                }
                Seen {
                    ok: !is_outage(&d) && here && d.kind == Kind::NotAnError,
                    status: Some(status),
                    diagnosis: is_outage(&d).then_some(d),
                }
            }
            ProbeAnswer::Failed { error } => {
                let failure = NetworkFailure::from_browser_error(&error);
                // A fetch that failed with no detail is a network failure too.
                if failure.is_none_or(counts_against_connection) {
                    self.sign(now_ms, &url, None);
                }
                let d = failure.map(|f| diagnose_network(f, "GET", &url));
                Seen {
                    ok: false,
                    status: None,
                    diagnosis: d,
                }
            }
            ProbeAnswer::TimedOut => {
                self.sign(now_ms, &url, None);
                Seen {
                    ok: false,
                    status: None,
                    diagnosis: Some(diagnose_network(NetworkFailure::TimedOut, "GET", &url)),
                }
            }
        };
        // Recorded if any of the stream's tabs is in an ordinary window.
        let tabs = self
            .streams
            .get(&origin)
            .map(|s| s.tabs.clone())
            .unwrap_or_default();
        if tabs
            .iter()
            .any(|t| !self.tabs.get(t).is_some_and(|t| t.private))
        {
            out.push(Command::Record {
                origin: origin.clone(),
                ok: seen.ok,
                status: seen.status,
                at_ms: now_ms,
            });
        }
        if seen.ok {
            self.back(now_ms, &origin, out);
        } else {
            self.next_attempt(now_ms, &origin, seen.diagnosis, rng, out);
        }
    }

    fn act(
        &mut self,
        now_ms: u64,
        tab: TabId,
        action: UserAction,
        rng: &mut impl Random,
        out: &mut Out,
    ) -> Result<(), Refused> {
        let f = self
            .tabs
            .get(&tab)
            .and_then(|t| t.failure.as_ref())
            .ok_or(Refused::NoFailure)?;
        match action {
            UserAction::Resend => {
                if !self.resendable(f) {
                    return Err(Refused::NoForm);
                }
                let form = f.form.clone().ok_or(Refused::NoForm)?;
                // One use: the fields are dropped as they go.
                if let Some(f) = self.tabs.get_mut(&tab).and_then(|t| t.failure.as_mut()) {
                    f.form = None;
                }
                out.push(Command::ResendForm {
                    tab,
                    url: form.url,
                    fields: form.fields,
                });
            }
            UserAction::Stop => {
                let origin = f.origin.clone();
                let planner = match &f.retry {
                    TabRetry::Stream => self
                        .streams
                        .get(&origin)
                        .map(|s| s.planner.clone())
                        .unwrap_or_default(),
                    TabRetry::Stopped { planner, .. } => planner.clone(),
                };
                let mut planner = planner;
                planner.stop();
                self.leave_stream(tab, &origin, out);
                if let Some(f) = self.tabs.get_mut(&tab).and_then(|t| t.failure.as_mut()) {
                    f.retry = TabRetry::Stopped {
                        reason: StopReason::StoppedByUser,
                        planner,
                    };
                }
                out.push(Command::UpdateCard { tab });
            }
            UserAction::RetryNow => {
                if !can_retry_now(f) {
                    return Err(Refused::NotRetryable);
                }
                let origin = f.origin.clone();
                let in_stream = matches!(f.retry, TabRetry::Stream);
                match self.streams.get_mut(&origin) {
                    Some(s) if in_stream => {
                        if let Phase::Waiting { attempt, .. } | Phase::Paused { attempt } = s.phase
                        {
                            s.phase = Phase::Waiting {
                                at_ms: now_ms,
                                attempt,
                            };
                        }
                    }
                    _ => out.push(Command::Reload { tabs: vec![tab] }),
                }
                let _ = rng;
            }
        }
        Ok(())
    }

    // ---- the rules ----

    /// Asks for the tab's page.
    fn read_page(&mut self, tab: TabId, out: &mut Out) {
        if let Some(l) = self.tabs.get_mut(&tab).and_then(|t| t.load.as_mut()) {
            l.reading = true;
            out.push(Command::ReadPage {
                tab,
                load: l.seq,
                limit: PAGE_LIMIT,
            });
        }
    }

    /// The load of `tab` is in (with its page, if read): judge it.
    fn judge(
        &mut self,
        now_ms: u64,
        tab: TabId,
        body: Option<String>,
        rng: &mut impl Random,
        out: &mut Out,
    ) {
        let Some(load) = self.tabs.get_mut(&tab).and_then(|t| t.load.take()) else {
            return;
        };
        let body = body.unwrap_or_default();
        let d = match &load.outcome {
            Some(Outcome::Response {
                url,
                method,
                status,
                reason,
                headers,
            }) => diagnose(&Response {
                status: Some(*status),
                reason: reason.as_deref(),
                method,
                url,
                headers: headers.iter().cloned().collect(),
                body: body.as_bytes(),
                now_ms: Some(now_ms),
            }),
            Some(Outcome::Unknown { url }) => diagnose(&Response {
                status: None,
                reason: None,
                method: "GET",
                url,
                headers: Headers::new(),
                body: body.as_bytes(),
                now_ms: Some(now_ms),
            }),
            None => return,
        };
        let form = load.form.filter(|f| origin_of(&f.url) == origin_of(&d.url));
        self.outcome(now_ms, tab, d, form, rng, out);
    }

    /// A top-level load of `tab` ended with `d`.
    fn outcome(
        &mut self,
        now_ms: u64,
        tab: TabId,
        mut d: Diagnosis,
        form: Option<Form>,
        rng: &mut impl Random,
        out: &mut Out,
    ) {
        let origin = origin_of(&d.url);
        if d.url.len() > MAX_URL {
            let mut end = MAX_URL;
            while !d.url.is_char_boundary(end) {
                end -= 1;
            }
            d.url.truncate(end);
        }
        let private = self.tabs.get(&tab).is_some_and(|t| t.private);
        if !private
            && !origin.is_empty()
            && (is_outage(&d) || self.tabs.get(&tab).is_some_and(|t| t.failure.is_some()))
        {
            out.push(Command::Record {
                origin: origin.clone(),
                ok: !is_outage(&d),
                status: d.status,
                at_ms: now_ms,
            });
        }
        out.push(Command::SetBadge {
            tab,
            text: badge_text(&d),
        });
        let previous = self.tabs.get_mut(&tab).and_then(|t| t.failure.take());
        if !is_explained(&d) {
            if let Some(p) = previous {
                let reloading = self
                    .streams
                    .get(&p.origin)
                    .is_some_and(|s| matches!(s.phase, Phase::Reloading { .. }));
                let same = same_document(&p.url, &d.url) && matches!(p.retry, TabRetry::Stream);
                self.detach(tab, &p, out);
                // The failing page loaded fine by itself (the person reloaded,
                // or the browser's own auto-reload): the site is back for
                // every tab that waits on it.
                if same && !reloading && self.streams.contains_key(&p.origin) {
                    self.back(now_ms, &p.origin, out);
                }
            }
            self.tabs.remove(&tab);
            return;
        }

        let same_page = previous.as_ref().filter(|p| same_document(&p.url, &d.url));
        let started_ms = same_page.map_or(now_ms, |p| p.started_ms);
        // A stopped or used-up plan of the same page stays so: reloading it
        // does not restart the budget.
        let ended = same_page.and_then(|p| match &p.retry {
            TabRetry::Stopped { planner, .. } if planner.state.is_some() => Some(planner.clone()),
            _ => None,
        });
        let was_in_stream = previous
            .as_ref()
            .is_some_and(|p| matches!(p.retry, TabRetry::Stream) && p.origin == origin);
        if let Some(p) = previous
            .as_ref()
            .filter(|p| p.origin != origin || !matches!(p.retry, TabRetry::Stream))
        {
            self.detach(tab, p, out);
        }
        let policy = self.policy_for(&d.url);
        let form = form.filter(|_| !is_idempotent(&d.method));
        let retryable_url = d.url.len() < MAX_URL && !origin.is_empty();

        let retry = if !retryable_url {
            TabRetry::Stopped {
                reason: StopReason::NotRetryable,
                planner: Planner::new(policy),
            }
        } else if let (Some(stream), None) = (self.streams.get(&origin), &ended) {
            let mut trial = Planner::new(policy);
            match trial.on_failure(&d, now_ms, rng) {
                Decision::Retry { .. } => {
                    let reloading = matches!(stream.phase, Phase::Reloading { .. });
                    let stream = self.streams.get_mut(&origin).expect("present");
                    if !stream.tabs.contains(&tab) {
                        stream.tabs.push(tab);
                    }
                    if reloading {
                        // The probe said "back" but the page failed again:
                        // the stream's next failure.
                        self.set_failure(
                            tab,
                            Failure {
                                url: d.url.clone(),
                                origin: origin.clone(),
                                diagnosis: d.clone(),
                                started_ms,
                                form,
                                retry: TabRetry::Stream,
                            },
                            now_ms,
                        );
                        self.next_attempt(now_ms, &origin, Some(d), rng, out);
                        self.show(tab, out);
                        return;
                    }
                    TabRetry::Stream
                }
                Decision::Stop { reason } => {
                    if was_in_stream {
                        self.leave_stream(tab, &origin, out);
                    }
                    TabRetry::Stopped {
                        reason,
                        planner: trial,
                    }
                }
            }
        } else {
            let mut planner = ended.unwrap_or_else(|| Planner::new(policy));
            match planner.on_failure(&d, now_ms, rng) {
                Decision::Retry { at_ms, attempt, .. } => {
                    self.streams.insert(
                        origin.clone(),
                        Stream {
                            url: d.url.clone(),
                            planner,
                            phase: Phase::Waiting { at_ms, attempt },
                            tabs: vec![tab],
                            last: d.clone(),
                            attempts: 0,
                        },
                    );
                    TabRetry::Stream
                }
                Decision::Stop { reason } => {
                    if was_in_stream {
                        self.leave_stream(tab, &origin, out);
                    }
                    TabRetry::Stopped { reason, planner }
                }
            }
        };
        self.set_failure(
            tab,
            Failure {
                url: d.url.clone(),
                origin,
                diagnosis: d,
                started_ms,
                form,
                retry,
            },
            now_ms,
        );
        self.show(tab, out);
    }

    fn show(&self, tab: TabId, out: &mut Out) {
        if self.options.card_in_page {
            out.push(Command::ShowCard { tab });
        }
        out.push(Command::UpdateCard { tab });
    }

    fn set_failure(&mut self, tab: TabId, failure: Failure, now_ms: u64) {
        let t = self.tabs.or_default(tab);
        t.failure = Some(failure);
        t.touched_ms = now_ms;
    }

    /// An open tab at start shows the browser's own error page: its stream
    /// starts with a probe now, whose answer is the tab's outcome.
    fn check_existing(&mut self, now_ms: u64, tab: TabId, url: String, out: &mut Out) {
        let d = diagnose_network(NetworkFailure::EmptyResponse, "GET", &url);
        // Not known yet: the card waits for the probe; no badge is claimed.
        let _ = out;
        if let Some(t) = self.tabs.get_mut(&tab) {
            t.load = None;
        }
        let origin = origin_of(&url);
        if let Some(s) = self.streams.get_mut(&origin) {
            if !s.tabs.contains(&tab) {
                s.tabs.push(tab);
            }
        } else {
            let planner = Planner::new(self.policy_for(&url));
            self.streams.insert(
                origin.clone(),
                Stream {
                    url: url.clone(),
                    planner,
                    phase: Phase::Waiting {
                        at_ms: now_ms,
                        attempt: 1,
                    },
                    tabs: vec![tab],
                    last: d.clone(),
                    attempts: 0,
                },
            );
        }
        self.set_failure(
            tab,
            Failure {
                url,
                origin,
                diagnosis: d,
                started_ms: now_ms,
                form: None,
                retry: TabRetry::Stream,
            },
            now_ms,
        );
    }

    /// The stream's attempt failed (or the probe came back failing): plan the
    /// next one, or stop for every tab.
    fn next_attempt(
        &mut self,
        now_ms: u64,
        origin: &str,
        seen: Option<Diagnosis>,
        rng: &mut impl Random,
        out: &mut Out,
    ) {
        let Some(s) = self.streams.get_mut(origin) else {
            return;
        };
        if let Some(d) = seen {
            s.last = Diagnosis {
                url: s.url.clone(),
                ..d
            };
        }
        let d = s.last.clone();
        let decision = s.planner.on_failure(&d, now_ms, rng);
        let tabs = s.tabs.clone();
        // Tabs found at start with no diagnosis of their own take the probe's.
        for &tab in &tabs {
            if let Some(f) = self.tabs.get_mut(&tab).and_then(|t| t.failure.as_mut()) {
                if f.diagnosis.network == Some(NetworkFailure::EmptyResponse)
                    && f.diagnosis.evidence.is_empty()
                {
                    f.diagnosis = d.clone();
                }
            }
        }
        match decision {
            Decision::Retry { at_ms, attempt, .. } => {
                if let Some(s) = self.streams.get_mut(origin) {
                    s.phase = Phase::Waiting { at_ms, attempt };
                }
            }
            Decision::Stop { reason } => {
                let Some(s) = self.streams.remove(origin) else {
                    return;
                };
                for tab in s.tabs {
                    if let Some(f) = self.tabs.get_mut(&tab).and_then(|t| t.failure.as_mut()) {
                        f.retry = TabRetry::Stopped {
                            reason: reason.clone(),
                            planner: s.planner.clone(),
                        };
                    }
                }
            }
        }
        for tab in tabs {
            out.push(Command::UpdateCard { tab });
        }
    }

    /// The site answered: every tab of the stream reloads.
    fn back(&mut self, now_ms: u64, origin: &str, out: &mut Out) {
        let Some(s) = self.streams.get_mut(origin) else {
            return;
        };
        s.phase = Phase::Reloading { since_ms: now_ms };
        let tabs = s.tabs.clone();
        for &tab in &tabs {
            out.push(Command::UpdateCard { tab });
        }
        if !tabs.is_empty() {
            out.push(Command::Reload { tabs });
        }
        if self.options.notify {
            out.push(Command::NotifyBack {
                origin: origin.to_string(),
                message: crate::explain::words(self.options.lang)
                    .labels
                    .back
                    .to_string(),
            });
        }
    }

    /// Runs every attempt that is due.
    fn run_due(&mut self, now_ms: u64, rng: &mut impl Random, out: &mut Out) {
        let due: Vec<String> = self
            .streams
            .iter()
            .filter(|(_, s)| match s.phase {
                Phase::Waiting { at_ms, .. } => at_ms <= now_ms + EARLY_MS,
                Phase::Probing { deadline_ms, .. } => deadline_ms <= now_ms,
                Phase::Reloading { since_ms } => since_ms + RELOAD_GRACE_MS <= now_ms,
                Phase::Paused { .. } => false,
            })
            .map(|(o, _)| o.clone())
            .collect();
        let held = self.connection(now_ms).is_some();
        for origin in due {
            let Some(s) = self.streams.get_mut(&origin) else {
                continue;
            };
            match s.phase {
                Phase::Waiting { attempt, .. } if held => {
                    // Offline: nothing to learn from a probe; "online" resumes.
                    s.phase = Phase::Paused { attempt };
                    for &tab in &s.tabs {
                        out.push(Command::UpdateCard { tab });
                    }
                }
                Phase::Waiting { .. } => {
                    if !s.planner.policy.probe_first {
                        self.back(now_ms, &origin, out);
                        continue;
                    }
                    self.next_probe = self.next_probe.wrapping_add(1);
                    let probe = self.next_probe;
                    s.attempts += 1;
                    s.phase = Phase::Probing {
                        probe,
                        deadline_ms: now_ms + u64::from(PROBE_TIMEOUT_MS) + 5_000,
                    };
                    out.push(Command::Probe {
                        origin: origin.clone(),
                        probe,
                        url: s.url.clone(),
                        timeout_ms: PROBE_TIMEOUT_MS,
                        body_limit: PAGE_LIMIT,
                        read_body_statuses: (400..600).filter(|c| needs_body(*c)).collect(),
                    });
                    for &tab in &s.tabs {
                        out.push(Command::UpdateCard { tab });
                    }
                }
                Phase::Probing { .. } => {
                    // The probe never answered (its timeout did not fire either).
                    let d = diagnose_network(NetworkFailure::TimedOut, "GET", &s.url);
                    self.next_attempt(now_ms, &origin, Some(d), rng, out);
                }
                Phase::Reloading { .. } => {
                    // The tabs that came back have left; the rest failed
                    // again and joined a new stream, or were closed.
                    if let Some(s) = self.streams.remove(&origin) {
                        for tab in s.tabs {
                            if self
                                .tabs
                                .get(&tab)
                                .and_then(|t| t.failure.as_ref())
                                .is_some_and(|f| f.origin == origin)
                            {
                                self.tabs.remove(&tab);
                            }
                        }
                    }
                }
                Phase::Paused { .. } => {}
            }
        }
        // A failing response whose document never said "complete": read it now.
        let late: Vec<TabId> = self
            .tabs
            .iter()
            .filter(|(_, t)| {
                t.load.as_ref().is_some_and(|l| {
                    l.outcome.is_some() && !l.reading && l.since_ms + COMPLETE_GRACE_MS <= now_ms
                })
            })
            .map(|(id, _)| *id)
            .collect();
        for tab in late {
            self.read_page(tab, out);
        }
    }

    /// The tab leaves its failure (navigated away, closed).
    fn end_failure(&mut self, tab: TabId, out: &mut Out) {
        if let Some(f) = self.tabs.get_mut(&tab).and_then(|t| t.failure.take()) {
            self.detach(tab, &f, out);
        }
    }

    fn detach(&mut self, tab: TabId, f: &Failure, out: &mut Out) {
        if matches!(f.retry, TabRetry::Stream) {
            self.leave_stream(tab, &f.origin, out);
        }
    }

    fn leave_stream(&mut self, tab: TabId, origin: &str, out: &mut Out) {
        let Some(s) = self.streams.get_mut(origin) else {
            return;
        };
        s.tabs.retain(|t| *t != tab);
        if s.tabs.is_empty() {
            self.streams.remove(origin);
        }
        let _ = out;
    }

    fn forget_tab(&mut self, tab: TabId, out: &mut Out) {
        self.end_failure(tab, out);
        self.tabs.remove(&tab);
    }

    fn resendable(&self, f: &Failure) -> bool {
        f.form.as_ref().is_some_and(|form| {
            origin_of(&form.url) == f.origin
                && !is_idempotent(&f.diagnosis.method)
                && f.diagnosis.kind == Kind::ServerError
                && f.diagnosis.status.is_some_and(codes::is_server_error)
        })
    }

    /// Bounds the state, then adds the wake-up and the followed tabs when they changed.
    fn finish(&mut self, now_ms: u64, mut out: Out) -> Vec<Command> {
        // A tab with nothing under way is not followed (a private one keeps its mark).
        self.tabs
            .retain(|_, t| t.load.is_some() || t.failure.is_some() || t.private);
        while self.tabs.len() > MAX_TABS {
            let oldest = self
                .tabs
                .iter()
                .min_by_key(|(_, t)| t.touched_ms)
                .map(|(id, _)| *id);
            let Some(tab) = oldest else { break };
            self.forget_tab(tab, &mut out);
        }
        let connection = self.connection(now_ms);
        if connection != self.connection {
            self.connection = connection;
            // Every card of a failure with no response says it, or stops saying it.
            for (tab, t) in self.tabs.iter() {
                if t.failure
                    .as_ref()
                    .is_some_and(|f| f.diagnosis.kind == Kind::NetworkFailure)
                {
                    out.push(Command::UpdateCard { tab: *tab });
                }
            }
        }
        if connection.is_some() != self.watching {
            self.watching = connection.is_some();
            out.push(Command::WatchLoads { on: self.watching });
        }
        if self.online == self.watching_online {
            self.watching_online = !self.online;
            out.push(Command::WatchOnline {
                every_ms: self.watching_online.then_some(ONLINE_POLL_MS),
            });
        }
        let wake = self.next_wake();
        if wake != self.wake {
            self.wake = wake;
            out.push(Command::WakeAt { at_ms: wake });
        }
        let tracked = self.tracked();
        if tracked != self.tracked {
            self.tracked = tracked.clone();
            out.push(Command::Track { tabs: tracked });
        }
        out.0
    }
}

/// Whether a failure says something of the visitor's connection: no
/// name, no connection, no proxy. A certificate or a broken answer says
/// the network carried the request.
fn counts_against_connection(f: NetworkFailure) -> bool {
    matches!(
        f.class(),
        ErrorClass::NameResolution
            | ErrorClass::Connection
            | ErrorClass::Offline
            | ErrorClass::Proxy
    )
}

struct Seen {
    ok: bool,
    status: Option<u16>,
    diagnosis: Option<Diagnosis>,
}

/// Whether an event is about the tab's own visible top-level document: not
/// a prerender or a page kept in the back/forward cache, not a subframe.
fn counts(tab: TabId, frame: i32, lifecycle: Option<&str>) -> bool {
    tab >= 0 && frame == 0 && matches!(lifecycle, None | Some("active") | Some(""))
}

/// The commands of one call, in order.
#[derive(Default)]
struct Out(Vec<Command>);

impl Out {
    fn push(&mut self, c: Command) {
        self.0.push(c);
    }
}
