//! Explanations: a diagnosis becomes a card a person can act on.
//!
//! The words live in one file per language ([`en`], [`de`], [`es`], [`fr`], [`ja`], [`pt_br`], [`ru`], [`zh_cn`]), gathered into
//! one [`Words`] each and chosen by [`words()`]; this module decides which of
//! them apply.

#[cfg(not(feature = "only-english"))]
pub mod de;
pub mod en;
#[cfg(not(feature = "only-english"))]
pub mod es;
#[cfg(not(feature = "only-english"))]
pub mod fr;
#[cfg(not(feature = "only-english"))]
pub mod ja;
#[cfg(not(feature = "only-english"))]
pub mod pt_br;
mod report;
#[cfg(not(feature = "only-english"))]
pub mod ru;
pub mod table;
mod words;
#[cfg(not(feature = "only-english"))]
pub mod zh_cn;

pub use words::{words, Lang, ReportText, Special, Words, WRITTEN};

use crate::diagnose::{Diagnosis, Fault, Kind, Reference};
use crate::incident::{Incident, IncidentState};
use crate::network::NetworkFailure;
use crate::vendors::{self, Role, VariantId, VendorId};
use serde::{Deserialize, Serialize};

/// Who reads the card: it decides which list comes first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// Someone visiting the site.
    #[default]
    Visitor,
    /// Someone who runs it.
    Owner,
}

/// The visitor's operating system, for the exact keys and commands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Os {
    /// Windows.
    #[default]
    Windows,
    /// macOS.
    Macos,
    /// Linux.
    Linux,
    /// ChromeOS.
    Chromeos,
    /// Android.
    Android,
    /// iOS and iPadOS.
    Ios,
}

impl Os {
    /// Parses an id (`windows`, `macos`, ...).
    pub fn parse(s: &str) -> Option<Os> {
        Some(match s.to_ascii_lowercase().as_str() {
            "windows" | "win" => Os::Windows,
            "macos" | "mac" | "osx" => Os::Macos,
            "linux" => Os::Linux,
            "chromeos" | "cros" => Os::Chromeos,
            "android" => Os::Android,
            "ios" | "ipados" => Os::Ios,
            _ => return None,
        })
    }
}

/// The text of one code or failure.
#[derive(Clone, Copy, Debug)]
pub struct CodeText {
    /// The code (0 for failures without one).
    pub code: u16,
    /// A short title ("502 Bad Gateway").
    pub title: &'static str,
    /// One line: what is wrong.
    pub headline: &'static str,
    /// What happened, in plain words.
    pub what: &'static str,
    /// Whose fault it most likely is.
    pub fault: &'static str,
    /// What the site's owner should check for this code.
    pub owner: &'static [&'static str],
}

/// The labels of the card's buttons and headings.
#[derive(Clone, Copy, Debug, Serialize)]
#[allow(missing_docs)]
pub struct Labels {
    pub retry_now: &'static str,
    pub stop: &'static str,
    pub more: &'static str,
    pub less: &'static str,
    pub copy_report: &'static str,
    pub copied: &'static str,
    pub visitor_title: &'static str,
    pub owner_title: &'static str,
    pub whose_fault: &'static str,
    pub you: &'static str,
    pub edge: &'static str,
    pub origin: &'static str,
    pub network: &'static str,
    pub next_retry: &'static str,
    /// With `{n}` and `{m}` to fill in: the attempt and the attempts in all.
    pub attempt_of: &'static str,
    pub offline: &'static str,
    pub retrying: &'static str,
    pub back: &'static str,
    pub gave_up: &'static str,
    /// Stopped after the attempts or the time allowed: `{retries}` is
    /// the report's "3 automatic retries".
    pub gave_up_tries: &'static str,
    /// Stopped because the site asked for a longer wait than the engine
    /// keeps up (the card's fault sentence and steps give the time).
    pub gave_up_asked: &'static str,
    pub not_resent: &'static str,
    pub resend: &'static str,
    pub reference: &'static str,
    pub written_by: &'static str,
    pub served_through: &'static str,
    pub working: &'static str,
    pub failing: &'static str,
    pub unknown: &'static str,
    /// The visitor's box of the diagram when their connection is the likely fault.
    pub your_connection: &'static str,
    /// The "Down for everyone?" button.
    pub check_status: &'static str,
    /// While the status pages are asked.
    pub checking_status: &'static str,
    /// What the button sends, said next to it.
    pub check_status_note: &'static str,
    /// "Down for everyone?" answers: `{name}` the source, `{at}` the time
    /// it was asked, `{said}` the source's own words.
    pub status_link_only: &'static str,
    pub status_site_unknown: &'static str,
    pub status_unknown: &'static str,
    pub status_said: &'static str,
    pub status_operational: &'static str,
    pub status_degraded: &'static str,
    pub status_outage: &'static str,
    pub status_maintenance: &'static str,
    /// What the answers add up to (`{name}` the source that says so).
    pub status_sum_none: &'static str,
    pub status_sum_outage: &'static str,
    pub status_sum_degraded: &'static str,
    pub status_sum_maintenance: &'static str,
    pub status_sum_operational: &'static str,
    pub status_sum_unreadable: &'static str,
}

/// The visitor's steps, by id; each language's `step` words them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum StepId {
    Wait,
    DownForEveryone,
    OtherSites,
    PrivateWindow,
    HardReload,
    OtherNetwork,
    ClearSiteData,
    FlushDns,
    PublicDns,
    VpnProxy,
    RestartRouter,
    CheckConnection,
    CheckAddress,
    SignIn,
    CheckClock,
    Antivirus,
    UpdateSystem,
    Report,
}

/// The kind of failure, as the visitor's steps see it: the same step is
/// worded differently for a DNS failure and for a 4xx.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Situation {
    /// The site's server failed (a 5xx).
    Server,
    /// A 503 that may be overload or a per-address rate limit.
    Busy,
    /// The CDN or proxy in front failed on its own side.
    Edge,
    /// A 429: the site is limiting requests.
    RateLimited,
    /// Another 4xx: the site works and refused this request.
    ClientError,
    /// The site's name did not resolve.
    Dns,
    /// A TLS protocol or cipher error.
    Tls,
    /// The browser is offline.
    Offline,
    /// Refused, reset, timed out, empty.
    Network,
    /// The site's certificate failed the browser's checks.
    Certificate,
    /// The site wants a certificate of the visitor's own.
    ClientCertificate,
    /// The visitor's proxy failed.
    Proxy,
    /// The answer broke HTTP, HTTP/2 or QUIC.
    Protocol,
    /// A redirect loop, or a redirect the browser will not follow.
    Redirects,
    /// An address the browser will not load.
    BadAddress,
    /// Nothing is failing.
    NoOutage,
}

/// One worded step.
#[derive(Clone, Debug)]
pub struct StepText {
    /// Which step.
    pub id: StepId,
    /// What to do.
    pub title: String,
    /// Why, or how.
    pub detail: String,
    /// The exact keys or command for the visitor's system.
    pub command: Option<&'static str>,
}

/// A step on the card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Stable id (visitor steps) or empty (owner items).
    pub id: String,
    /// What to do.
    pub title: String,
    /// Why, or how.
    pub detail: String,
    /// The exact keys or command, if any.
    pub command: Option<String>,
}

/// The state of one hop in the card's diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HopState {
    /// It worked.
    Ok,
    /// It failed.
    Failed,
    /// Not known.
    Unknown,
}

/// One box of the diagram.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hop {
    /// `visitor`, `edge` or `origin`.
    pub id: String,
    /// What the box says.
    pub label: String,
    /// What is known of it.
    pub state: HopState,
}

/// What the card needs besides the diagnosis.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExplainContext {
    /// Who reads it.
    pub audience: Audience,
    /// The visitor's system.
    pub os: Os,
    /// The language.
    pub lang: Lang,
    /// When the failure was first seen (ms since epoch).
    pub started_ms: Option<u64>,
    /// The visitor's offset from UTC in minutes (+60 for UTC+01:00).
    pub tz_offset_min: i32,
    /// Retries already made.
    pub attempts: u32,
    /// Steps the visitor says were tried.
    pub tried: Vec<String>,
    /// The browser, for the report ("Chrome 156 on Linux").
    pub browser: Option<String>,
    /// The origin's incident, when known.
    pub incident: Option<Incident>,
    /// Why the visitor's own connection is the likely fault, when the
    /// engine judged so (several sites failing, offline, a captive portal).
    pub connection: Option<ConnectionCause>,
}

/// Why the visitor's own connection, not the site, is the likely fault of
/// a failure with no response. The engine judges it from what the browser
/// already reports; nothing is asked of any server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "kebab-case")]
pub enum ConnectionCause {
    /// The browser says it is offline.
    Offline,
    /// A captive portal holds the connection (the browser's own detection,
    /// or unrelated sites all sent to one sign-in page).
    CaptivePortal,
    /// Unrelated sites failed with network errors within a short time.
    ManySites {
        /// How many unrelated sites.
        sites: u32,
    },
}

/// The card: everything the extension, the page and the CLI show.
#[derive(Clone, Debug, Serialize)]
pub struct Card {
    /// Whether this is an outage at all.
    pub is_error: bool,
    /// The status, if any.
    pub code: Option<u16>,
    /// Short title ("502 Bad Gateway").
    pub title: String,
    /// One line: what is wrong.
    pub headline: String,
    /// What happened.
    pub what_happened: String,
    /// Which hop most likely failed.
    pub fault: Fault,
    /// Whose fault, in words.
    pub fault_text: String,
    /// Whether the visitor can likely fix it themselves.
    pub visitor_can_fix: bool,
    /// Visitor, edge, origin, with the failing one marked.
    pub diagram: Vec<Hop>,
    /// "Page written by nginx, served through Cloudflare".
    pub vendor_line: Option<String>,
    /// The page variant, for people ("Cloudflare's branded error page").
    pub variant_label: Option<String>,
    /// The vendor's support reference.
    pub reference: Option<Reference>,
    /// The vendor's own error code, in words ("Cloudflare error 1101").
    pub vendor_code: Option<String>,
    /// The incident, in words.
    pub incident_text: Option<String>,
    /// Who the card is for.
    pub audience: Audience,
    /// The visitor's steps, cheapest first.
    pub visitor_steps: Vec<Step>,
    /// The owner's checklist, most specific first.
    pub owner_steps: Vec<Step>,
    /// The support report, ready to copy.
    pub report: String,
    /// The interface labels, in the card's language.
    pub labels: Labels,
}

fn code_text(d: &Diagnosis, l: &Words) -> &'static CodeText {
    match (d.kind, d.network, d.status) {
        (Kind::NetworkFailure, Some(n), _) => (l.network)(n),
        (Kind::Challenge, ..) => l.challenge,
        (Kind::ClientError, _, Some(429)) => l.too_many_requests,
        (Kind::ClientError, ..) => l.client_error,
        (Kind::NotAnError, ..) => l.not_an_error,
        (_, _, Some(code)) => (l.code)(code).unwrap_or(l.generic_5xx),
        _ => l.generic_5xx,
    }
}

/// The vendor's page that says more than its code, if this is one.
fn special(d: &Diagnosis, l: &Words) -> Option<&'static Special> {
    if !d.is_error {
        return None;
    }
    l.specials.iter().find(|s| {
        s.vendor.iter().any(|v| *v == *d.vendor)
            && s.variant.is_none_or(|v| v == *d.variant)
            && s.code.is_none_or(|c| Some(c) == d.status)
            && s.vendor_code
                .is_none_or(|c| Some(c) == d.vendor_code.as_deref())
    })
}

/// The words of one card: a function of the code, the failing hop and the
/// vendor.
struct CardWords {
    headline: String,
    what: String,
    fault: String,
    /// The code's (or the special page's) owner items.
    owner: &'static [&'static str],
    /// Whether the vendors' general owner items apply.
    vendor_owner: bool,
    /// Whether the origin's items (the stack, the code's) apply.
    origin_owner: bool,
    /// The text's own code, 0 when the title comes from the status.
    code: u16,
    title: &'static str,
}

fn card_words(d: &Diagnosis, edge: &str, l: &Words) -> CardWords {
    let from = |t: &'static CodeText, vendor_owner: bool| CardWords {
        headline: t.headline.into(),
        what: t.what.into(),
        fault: t.fault.into(),
        owner: t.owner,
        vendor_owner,
        origin_owner: true,
        code: t.code,
        title: t.title,
    };
    if let Some(s) = special(d, l) {
        let mut w = from(&s.text, s.vendor_owner);
        w.origin_owner = d.fault != Fault::Edge;
        return w;
    }
    if d.is_error && d.kind == Kind::ServerError && d.fault == Fault::Edge {
        let (headline, what, fault) = (l.edge_failure)(edge);
        return CardWords {
            headline,
            what,
            fault,
            owner: (l.edge_owner)(VendorId::parse(&d.vendor)),
            vendor_owner: false,
            origin_owner: false,
            code: 0,
            title: "",
        };
    }
    from(code_text(d, l), true)
}

fn situation(d: &Diagnosis, retry_s: Option<u64>, l: &Words) -> Situation {
    use NetworkFailure::*;
    match (d.kind, d.network, d.status) {
        (Kind::NetworkFailure, Some(NameNotResolved), _) => Situation::Dns,
        (Kind::NetworkFailure, Some(Offline), _) => Situation::Offline,
        (Kind::NetworkFailure, Some(TlsFailure), _) => Situation::Tls,
        (Kind::NetworkFailure, Some(Certificate), _) => Situation::Certificate,
        (Kind::NetworkFailure, Some(ClientCertificate), _) => Situation::ClientCertificate,
        (Kind::NetworkFailure, Some(Proxy), _) => Situation::Proxy,
        (Kind::NetworkFailure, Some(Protocol), _) => Situation::Protocol,
        (Kind::NetworkFailure, Some(Redirects), _) => Situation::Redirects,
        (Kind::NetworkFailure, Some(BadAddress), _) => Situation::BadAddress,
        (Kind::NetworkFailure, ..) => Situation::Network,
        (Kind::ClientError, _, Some(429)) => Situation::RateLimited,
        (Kind::ClientError, ..) => Situation::ClientError,
        (Kind::ServerError, ..) if d.fault == Fault::Edge => Situation::Edge,
        // A 503 that says when to come back is an announced pause, not a limit.
        (Kind::ServerError, _, Some(503)) if special(d, l).is_none() && retry_s.is_none() => {
            Situation::Busy
        }
        (Kind::ServerError, ..) => Situation::Server,
        _ => Situation::NoOutage,
    }
}

fn visitor_plan(d: &Diagnosis, situation: Situation, os: Os, retry_s: Option<u64>) -> Vec<StepId> {
    use StepId::*;
    // The site said it is away for a while: nothing on the visitor's side
    // brings it back sooner.
    let away = retry_s.is_some_and(|s| s >= 300);
    let plan: &[StepId] = match (situation, d.status) {
        (Situation::Server | Situation::Busy | Situation::Edge, _) if away => {
            &[Wait, DownForEveryone, Report]
        }
        (Situation::Dns, _) => &[
            CheckAddress,
            DownForEveryone,
            OtherSites,
            FlushDns,
            PublicDns,
            VpnProxy,
            RestartRouter,
            Report,
        ],
        (Situation::Offline, _) => &[CheckConnection, RestartRouter],
        (Situation::Tls, _) => &[Antivirus, VpnProxy, UpdateSystem, OtherNetwork, Report],
        (Situation::Certificate, _) => &[CheckClock, SignIn, Antivirus, OtherNetwork, Report],
        (Situation::ClientCertificate, _) => &[SignIn, Report],
        (Situation::Proxy, _) => &[VpnProxy, CheckConnection, OtherNetwork],
        (Situation::Protocol, _) => &[Wait, PrivateWindow, VpnProxy, OtherNetwork, Report],
        (Situation::Redirects, _) => &[ClearSiteData, PrivateWindow, Report],
        (Situation::BadAddress, _) => &[CheckAddress],
        (Situation::Network, _) => &[
            Wait,
            OtherSites,
            DownForEveryone,
            VpnProxy,
            OtherNetwork,
            RestartRouter,
            Report,
        ],
        (Situation::RateLimited, _) => &[Wait, VpnProxy],
        (Situation::ClientError, _) => &[CheckAddress],
        (Situation::NoOutage, _) => &[],
        (_, Some(511)) => &[SignIn, OtherNetwork],
        (_, Some(501 | 505 | 506 | 510 | 525 | 526)) => &[DownForEveryone, Report],
        (Situation::Edge, _) => &[Wait, DownForEveryone, OtherNetwork, VpnProxy, Report],
        (Situation::Busy, _) => &[
            Wait,
            DownForEveryone,
            VpnProxy,
            PrivateWindow,
            HardReload,
            OtherNetwork,
            ClearSiteData,
            FlushDns,
            Report,
        ],
        _ => &[
            Wait,
            DownForEveryone,
            PrivateWindow,
            HardReload,
            OtherNetwork,
            ClearSiteData,
            FlushDns,
            VpnProxy,
            Report,
        ],
    };
    let mobile = matches!(os, Os::Android | Os::Ios);
    // Phones have no reload that skips the cache, and seldom an antivirus
    // that scans HTTPS (a VPN-based one is covered by the VPN step).
    plan.iter()
        .copied()
        .filter(|s| !(mobile && matches!(s, HardReload | Antivirus)))
        .collect()
}

/// The middle box: the vendor in front of the site, or the network.
fn edge_label(d: &Diagnosis, labels: &Labels) -> String {
    let front = |id: &str| {
        vendors::by_id(id)
            .filter(|v| matches!(v.role, Role::Cdn | Role::LoadBalancer | Role::Proxy))
    };
    if d.fault == Fault::Network {
        return labels.network.to_string();
    }
    if let Some(v) = d
        .served_by
        .as_deref()
        .and_then(front)
        .or_else(|| front(&d.vendor))
    {
        return v.name.to_string();
    }
    labels.edge.to_string()
}

fn diagram(d: &Diagnosis, labels: &Labels) -> Vec<Hop> {
    use HopState::*;
    let host = host_of(&d.url);
    let origin = if host.is_empty() {
        labels.origin.to_string()
    } else {
        host.to_string()
    };
    let states = match (d.is_error, d.fault) {
        (false, _) => [Ok, Ok, Ok],
        // No response at all, and no telling which side broke it.
        (true, Fault::Unknown) if d.kind == Kind::NetworkFailure => [Unknown, Unknown, Unknown],
        (true, Fault::Visitor) => [Failed, Unknown, Unknown],
        (true, Fault::Network) => [Ok, Failed, Unknown],
        (true, Fault::Edge) => [Ok, Failed, Unknown],
        (true, Fault::Origin) => [Ok, Ok, Failed],
        (true, Fault::Unknown) => [Ok, Unknown, Unknown],
    };
    let hop = |id: &str, label: String, state| Hop {
        id: id.into(),
        label,
        state,
    };
    vec![
        hop("visitor", labels.you.into(), states[0]),
        hop("edge", edge_label(d, labels), states[1]),
        hop("origin", origin, states[2]),
    ]
}

/// The host of a URL, without parsing more than needed.
pub fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    if host.starts_with('[') {
        return host
            .split_once(']')
            .map_or(host, |(h, _)| h)
            .trim_start_matches('[');
    }
    host.split(':').next().unwrap_or(host)
}

/// The longest wait a site may ask for while the card still says that short
/// failures often pass within minutes.
const SHORT_RETRY_S: u64 = 120;

/// Builds the card for a diagnosis.
pub fn explain(d: &Diagnosis, ctx: &ExplainContext) -> Card {
    let l = words(ctx.lang);
    // The visitor's connection is the likely fault: the card says so.
    let local = ctx
        .connection
        .filter(|_| d.is_error && d.kind == Kind::NetworkFailure);
    let adjusted;
    let d = match local {
        Some(_) => {
            adjusted = Diagnosis {
                fault: Fault::Visitor,
                ..d.clone()
            };
            &adjusted
        }
        None => d,
    };
    let labels = *l.labels;
    let mut diagram = diagram(d, &labels);
    let mut w = card_words(d, &diagram[1].label, l);
    if let Some(cause) = local {
        let (headline, what, fault) = (l.connection)(cause);
        w.headline = headline;
        w.what = what;
        w.fault = fault;
        diagram[0].label = labels.your_connection.to_string();
    }
    let title = match (d.status, w.code) {
        (Some(s), 0) if d.is_error => format!(
            "{s} {}",
            crate::codes::info(s).map_or("Server Error", |i| i.reason)
        ),
        (Some(s), 0) => format!("{s} {}", crate::codes::info(s).map_or("", |i| i.reason))
            .trim()
            .to_string(),
        (None, 0) if w.title.is_empty() => code_text(d, l).title.to_string(),
        _ => w.title.to_string(),
    };
    // The server's own word on when to come back wins over any rule of thumb.
    let retry_s = d.retry_hint.as_ref().map(|h| h.seconds).filter(|s| *s > 0);
    let situation = situation(d, retry_s, l);
    let plan = match local {
        Some(ConnectionCause::Offline) => vec![StepId::CheckConnection, StepId::RestartRouter],
        Some(ConnectionCause::CaptivePortal) => vec![StepId::SignIn, StepId::OtherNetwork],
        Some(ConnectionCause::ManySites { .. }) => {
            vec![
                StepId::CheckConnection,
                StepId::VpnProxy,
                StepId::RestartRouter,
                StepId::OtherNetwork,
            ]
        }
        None => visitor_plan(d, situation, ctx.os, retry_s),
    };
    let visitor_steps = plan
        .into_iter()
        .map(|id| (l.step)(id, ctx.os, situation, retry_s))
        .map(|s| Step {
            id: serde_id(s.id),
            title: s.title,
            detail: s.detail,
            command: s.command.map(Into::into),
        })
        .collect();
    let mut fault_text = w.fault.clone();
    if d.status == Some(503)
        && d.fault == Fault::Origin
        && special(d, l).is_none()
        && retry_s.is_some()
    {
        fault_text = l.fault_503_timed.to_string();
    }
    if let (Some(s), true) = (retry_s, d.is_error || situation == Situation::RateLimited) {
        fault_text.push(' ');
        fault_text.push_str(&(l.retry_sentence)(s));
    }
    let mut owner: Vec<&str> = Vec::new();
    let big_site = vendors::by_id(&d.vendor).is_some_and(|v| v.role == Role::Site);
    if d.is_error && big_site {
        // A large site's own branded page: whoever reads it is not its
        // owner, so only the site's own line applies.
        owner.extend(VendorId::parse(&d.vendor).map_or(&[][..], l.vendor_owner));
    } else if d.is_error {
        if w.vendor_owner {
            owner.extend(VendorId::parse(&d.vendor).map_or(&[][..], l.vendor_owner));
            if let Some(front) = d.served_by.as_deref().and_then(VendorId::parse) {
                owner.extend((l.vendor_owner)(front));
            }
        }
        owner.extend(w.owner);
        if w.origin_owner {
            for s in &d.stack {
                owner.extend((l.stack_owner)(s));
            }
        }
        owner.extend(if d.kind == Kind::NetworkFailure {
            l.owner_always_no_response
        } else {
            l.owner_always
        });
    } else {
        owner.extend(w.owner);
    }
    let mut seen = std::collections::HashSet::new();
    let owner_steps = owner
        .into_iter()
        .filter(|s| seen.insert(*s))
        .map(|s| Step {
            id: String::new(),
            title: s.into(),
            detail: String::new(),
            command: None,
        })
        .collect();
    let vendor_line =
        (d.vendor != vendors::UNKNOWN_VENDOR && d.vendor != vendors::NO_VENDOR).then(|| {
            let mut line = format!("{} {}", labels.written_by, d.vendor_name);
            if let Some(v) = d.served_by.as_deref() {
                let name = vendors::by_id(v).map_or(v, |x| x.name);
                line.push_str(&format!(", {} {name}", labels.served_through));
            }
            line
        });
    let incident_text = ctx
        .incident
        .as_ref()
        .filter(|i| i.state != IncidentState::Healthy)
        // "Short failures pass" is no comfort for one that waiting does not
        // fix, and no promise to make when the site named a later time.
        .filter(|i| {
            i.state != IncidentState::Temporary
                || (d.transient && retry_s.is_none_or(|s| s <= SHORT_RETRY_S))
        })
        .map(|i| (l.incident_text)(i.state, i.duration_ms / 60_000, i.failures));
    let visitor_can_fix = d.is_error && d.fault == Fault::Visitor;
    let mut card = Card {
        is_error: d.is_error,
        code: d.status,
        title,
        headline: w.headline,
        what_happened: w.what,
        fault: d.fault,
        fault_text,
        visitor_can_fix,
        diagram,
        vendor_line,
        variant_label: VariantId::parse(&d.variant)
            .and_then(l.variant_label)
            .map(Into::into),
        reference: d.reference.clone().map(|value| Reference {
            label: d.reference_label.clone().unwrap_or_default(),
            value,
        }),
        vendor_code: d
            .vendor_code
            .as_deref()
            .filter(|c| d.reference.as_deref() != Some(*c))
            .map(|c| (l.vendor_code_text)(&d.vendor_name, c)),
        incident_text,
        audience: ctx.audience,
        visitor_steps,
        owner_steps,
        report: String::new(),
        labels,
    };
    card.report = report::render(d, &card, ctx, l);
    card
}

fn serde_id(id: StepId) -> String {
    // The serde name is the stable id; serde_json is not in the wasm build.
    let debug = format!("{id:?}");
    let mut out = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}
