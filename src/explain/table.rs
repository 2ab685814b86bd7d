//! A language as data: every text of a [`Words`], written out as a
//! [`Table`] (JSON) by the native CLI (`gatewise words --lang de --json`),
//! and read back into a `Words` by a build that was compiled without that
//! language (the browser's wasm keeps only English; the other languages ship
//! as data files next to it).
//!
//! A language file's functions take numbers and names; the table holds their
//! results over every input they can get, with placeholders where a value
//! goes: `{d}` a duration, `{n}` a count, `{t}` a time, `{edge}`, `{vendor}`
//! and `{code}` names. Counts keep each language's plural forms: a counted
//! text is held for 0 to 199, and a larger number takes the form of 100 plus
//! its last two digits (which is how the eight languages choose a form).
//! `tests/words.rs` holds every loaded table to give exactly what its
//! language file gives.

// The wasm only reads tables; the writer's constants are native.
#![cfg_attr(target_arch = "wasm32", allow(dead_code))]

use super::words::{Lang, ReportText, Special, Words};
use super::{CodeText, ConnectionCause, Labels, Os, Situation, StepId, StepText};
use crate::incident::IncidentState;
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};
use crate::Fault;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const OSES: [Os; 6] = [
    Os::Windows,
    Os::Macos,
    Os::Linux,
    Os::Chromeos,
    Os::Android,
    Os::Ios,
];
const SITUATIONS: [Situation; 16] = [
    Situation::Server,
    Situation::Busy,
    Situation::Edge,
    Situation::RateLimited,
    Situation::ClientError,
    Situation::Dns,
    Situation::Tls,
    Situation::Offline,
    Situation::Network,
    Situation::Certificate,
    Situation::ClientCertificate,
    Situation::Proxy,
    Situation::Protocol,
    Situation::Redirects,
    Situation::BadAddress,
    Situation::NoOutage,
];
/// Every step, in a fixed order.
pub const STEPS: [StepId; 18] = {
    use StepId::*;
    [
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
    ]
};
const FAULTS: [Fault; 5] = [
    Fault::Visitor,
    Fault::Network,
    Fault::Edge,
    Fault::Origin,
    Fault::Unknown,
];
const SOURCES: [&str; 3] = ["retry-after", "refresh", "text"];
const INCIDENTS: [IncidentState; 3] = [
    IncidentState::Temporary,
    IncidentState::Persistent,
    IncidentState::Recovered,
];
/// What a site runs, as the diagnosis names it.
pub const STACKS: [&str; 4] = ["wordpress", "php", "aspnet", "express"];
/// Variants the core names for pages of no vendor in particular.
pub const GENERIC_VARIANTS: [VariantId; 6] = [
    VariantId::Blank,
    VariantId::CustomPage,
    VariantId::NotAnError,
    VariantId::Challenge,
    VariantId::ClientError,
    VariantId::Binary,
];
/// A time whose words stand for `{d}`: long enough to hold every unit.
const SENTINEL_S: u64 = 7 * 3600 + 13 * 60 + 30;
/// A number of minutes whose words stand for `{t}`.
const SENTINEL_MIN: u64 = 7;
const EDGE: &str = "\u{E000}edge\u{E000}";
const VENDOR: &str = "\u{E000}vendor\u{E000}";
const CODE: &str = "\u{E000}code\u{E000}";

/// A text that depends on a count, with `{n}` for the count.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Counted {
    /// The distinct forms.
    pub forms: Vec<String>,
    /// The form for each count from 0.
    pub pick: Vec<u8>,
}

impl Counted {
    fn of(len: u64, f: impl Fn(u64) -> String) -> Counted {
        let mut c = Counted::default();
        for n in 0..len {
            let form = with_placeholder(&f(n), n, "{n}");
            let i = match c.forms.iter().position(|x| *x == form) {
                Some(i) => i,
                None => {
                    c.forms.push(form);
                    c.forms.len() - 1
                }
            };
            c.pick.push(u8::try_from(i).unwrap_or(u8::MAX));
        }
        c
    }

    fn say(&self, n: u64) -> String {
        let len = self.pick.len() as u64;
        let i = match n {
            n if n < len => n,
            n if len >= 200 => 100 + n % 100,
            _ => len.saturating_sub(1),
        };
        let form = self
            .pick
            .get(i as usize)
            .and_then(|p| self.forms.get(*p as usize))
            .map_or("{n}", String::as_str);
        form.replace("{n}", &n.to_string())
    }
}

/// `text` with the first standalone `n` replaced by `mark`.
fn with_placeholder(text: &str, n: u64, mark: &str) -> String {
    let digits = n.to_string();
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices(&digits) {
        let before = i.checked_sub(1).map(|j| bytes[j]);
        let after = bytes.get(i + digits.len()).copied();
        if !before.is_some_and(|b| b.is_ascii_digit()) && !after.is_some_and(|b| b.is_ascii_digit())
        {
            return format!("{}{mark}{}", &text[..i], &text[i + digits.len()..]);
        }
    }
    text.to_string()
}

/// One code's text, as data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct CodeData {
    pub code: u16,
    pub title: String,
    pub headline: String,
    pub what: String,
    pub fault: String,
    pub owner: Vec<String>,
}

impl From<&CodeText> for CodeData {
    fn from(t: &CodeText) -> Self {
        CodeData {
            code: t.code,
            title: t.title.into(),
            headline: t.headline.into(),
            what: t.what.into(),
            fault: t.fault.into(),
            owner: t.owner.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// A special page, as data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct SpecialData {
    pub vendor: Vec<VendorId>,
    pub variant: Option<VariantId>,
    pub code: Option<u16>,
    pub vendor_code: Option<String>,
    pub vendor_owner: bool,
    pub text: CodeData,
}

/// A worded step, as data; `{d}` is the time the server asked for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct StepData {
    pub title: String,
    pub detail: String,
    pub command: Option<String>,
}

/// Times in words: the same ranges for every language, each unit counted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct DurationData {
    pub seconds: Counted,
    pub minutes: Counted,
    pub hours: Counted,
    pub days: Counted,
    /// Hours and minutes together: `{h}` and `{m}`.
    pub hours_minutes: String,
}

/// The report's words, as data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct ReportData {
    pub heading: String,
    pub url: String,
    pub started: String,
    pub error: String,
    pub server: String,
    pub vendor_code: String,
    pub retry_after: String,
    pub retry_source: BTreeMap<String, String>,
    pub reference: String,
    pub hop: String,
    pub tried: String,
    pub browser: String,
    pub retries: Counted,
    pub hop_name: BTreeMap<String, String>,
}

/// Every text of one language, as data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Table {
    /// Its BCP 47 tag.
    pub lang: String,
    pub labels: BTreeMap<String, String>,
    pub codes: Vec<CodeData>,
    /// In [`NetworkFailure::ALL`]'s order.
    pub network: Vec<CodeData>,
    pub generic_5xx: CodeData,
    pub challenge: CodeData,
    pub not_an_error: CodeData,
    pub client_error: CodeData,
    pub too_many_requests: CodeData,
    pub specials: Vec<SpecialData>,
    /// Headline, what, fault, with `{edge}`.
    pub edge_failure: [String; 3],
    /// By vendor id, where a vendor's differ from `edge_owner_other`.
    pub edge_owner: BTreeMap<VendorId, Vec<String>>,
    /// For any other vendor, known or not.
    pub edge_owner_other: Vec<String>,
    pub duration: DurationData,
    pub fault_503_timed: String,
    /// With `{d}`.
    pub retry_sentence: String,
    /// With `{vendor}` and `{code}`.
    pub vendor_code_text: String,
    /// The distinct steps.
    pub steps: Vec<StepData>,
    /// The step for each (step, system, situation, with a time or not), in
    /// the orders of [`STEPS`], `Os`, `Situation`.
    pub step_index: Vec<u16>,
    pub vendor_owner: BTreeMap<VendorId, Vec<String>>,
    pub stack_owner: BTreeMap<String, Vec<String>>,
    pub owner_always: Vec<String>,
    pub owner_always_no_response: Vec<String>,
    /// Temporary, persistent, recovered: `{t}` the time, `{n}` the failures.
    pub incident: Vec<Counted>,
    /// `{t}` for no time at all ("less than a minute").
    pub less_than_a_minute: String,
    /// The visitor's connection at fault: offline, then a captive portal
    /// (headline, what, fault each).
    pub connection: [[String; 3]; 2],
    /// Several sites failing: headline, what, fault, `{n}` the sites.
    pub connection_sites: [Counted; 3],
    pub report: ReportData,
    pub variant_label: BTreeMap<VariantId, String>,
}

fn lines(l: &[&str]) -> Vec<String> {
    l.iter().map(|s| s.to_string()).collect()
}

fn step_key(id: StepId, os: Os, s: Situation, timed: bool) -> usize {
    let i = STEPS.iter().position(|x| *x == id).unwrap_or(0);
    let o = OSES.iter().position(|x| *x == os).unwrap_or(0);
    let t = SITUATIONS.iter().position(|x| *x == s).unwrap_or(0);
    ((i * OSES.len() + o) * SITUATIONS.len() + t) * 2 + usize::from(timed)
}

impl Table {
    /// Writes out a language's words (natively: the CLI writes the tables).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of(w: &Words) -> Table {
        let d = (w.duration)(SENTINEL_S);
        let timed = |s: String| s.replace(&d, "{d}");
        let labels = match serde_json::to_value(w.labels) {
            Ok(serde_json::Value::Object(m)) => m
                .into_iter()
                .map(|(k, v)| (k, v.as_str().unwrap_or_default().to_string()))
                .collect(),
            _ => BTreeMap::new(),
        };
        let mut steps: Vec<StepData> = Vec::new();
        let mut step_index = vec![0u16; STEPS.len() * OSES.len() * SITUATIONS.len() * 2];
        for id in STEPS {
            for os in OSES {
                for s in SITUATIONS {
                    for with_time in [false, true] {
                        let t: StepText = (w.step)(id, os, s, with_time.then_some(SENTINEL_S));
                        let data = StepData {
                            title: timed(t.title),
                            detail: timed(t.detail),
                            command: t.command.map(Into::into),
                        };
                        let i = steps.iter().position(|x| *x == data).unwrap_or_else(|| {
                            steps.push(data);
                            steps.len() - 1
                        });
                        step_index[step_key(id, os, s, with_time)] = i as u16;
                    }
                }
            }
        }
        let owners = |f: fn(&str) -> &'static [&'static str],
                      ids: &mut dyn Iterator<Item = &'static str>| {
            ids.map(|id| (id.to_string(), lines(f(id))))
                .filter(|(_, l)| !l.is_empty())
                .collect::<BTreeMap<_, _>>()
        };
        let vendor_owner: BTreeMap<VendorId, Vec<String>> = VendorId::ALL
            .iter()
            .map(|&id| (id, lines((w.vendor_owner)(id))))
            .filter(|(_, l)| !l.is_empty())
            .collect();
        let edge_owner_other = lines((w.edge_owner)(None));
        let edge_owner: BTreeMap<VendorId, Vec<String>> = VendorId::ALL
            .iter()
            .map(|&id| (id, lines((w.edge_owner)(Some(id)))))
            .filter(|(_, l)| *l != edge_owner_other)
            .collect();
        let minutes = (w.duration)(SENTINEL_MIN * 60);
        let incident: Vec<Counted> = INCIDENTS
            .iter()
            .map(|s| {
                Counted::of(200, |n| {
                    (w.incident_text)(*s, SENTINEL_MIN, n as u32).replace(&minutes, "{t}")
                })
            })
            .collect();
        let recovered = incident
            .last()
            .and_then(|c| c.forms.first())
            .cloned()
            .unwrap_or_default();
        let less = {
            let full = (w.incident_text)(IncidentState::Recovered, 0, 1);
            let (pre, post) = recovered.split_once("{t}").unwrap_or(("", ""));
            full.strip_prefix(pre)
                .and_then(|s| s.strip_suffix(post))
                .unwrap_or_default()
                .to_string()
        };
        let hm = {
            let full = (w.duration)(2 * 3600 + 7 * 60);
            let (h, m) = ((w.duration)(2 * 3600), (w.duration)(7 * 60));
            full.replacen(&h, "{h}", 1).replacen(&m, "{m}", 1)
        };
        let r = &w.report;
        let (eh, ew, ef) = (w.edge_failure)(EDGE);
        let triple = |c: ConnectionCause| {
            let (h, w2, f) = (w.connection)(c);
            [h, w2, f]
        };
        let sites = |i: usize| {
            Counted::of(200, |n| {
                triple(ConnectionCause::ManySites { sites: n as u32 })[i].clone()
            })
        };
        Table {
            lang: w.lang.tag().into(),
            labels,
            codes: (100..1000)
                .filter_map(|c| (w.code)(c))
                .map(CodeData::from)
                .collect(),
            network: NetworkFailure::ALL
                .iter()
                .map(|k| CodeData::from((w.network)(*k)))
                .collect(),
            generic_5xx: w.generic_5xx.into(),
            challenge: w.challenge.into(),
            not_an_error: w.not_an_error.into(),
            client_error: w.client_error.into(),
            too_many_requests: w.too_many_requests.into(),
            specials: w
                .specials
                .iter()
                .map(|s| SpecialData {
                    vendor: s.vendor.to_vec(),
                    variant: s.variant,
                    code: s.code,
                    vendor_code: s.vendor_code.map(Into::into),
                    vendor_owner: s.vendor_owner,
                    text: (&s.text).into(),
                })
                .collect(),
            edge_failure: [eh, ew, ef].map(|s| s.replace(EDGE, "{edge}")),
            edge_owner,
            edge_owner_other,
            duration: DurationData {
                seconds: Counted::of(120, |n| (w.duration)(n)),
                minutes: Counted::of(120, |n| (w.duration)(n.max(1) * 60)),
                hours: Counted::of(48, |n| (w.duration)(n.max(2) * 3600)),
                days: Counted::of(200, |n| (w.duration)(n.max(2) * 86_400)),
                hours_minutes: hm,
            },
            fault_503_timed: w.fault_503_timed.into(),
            retry_sentence: timed((w.retry_sentence)(SENTINEL_S)),
            vendor_code_text: (w.vendor_code_text)(VENDOR, CODE)
                .replace(VENDOR, "{vendor}")
                .replace(CODE, "{code}"),
            steps,
            step_index,
            vendor_owner,
            stack_owner: owners(w.stack_owner, &mut STACKS.into_iter()),
            owner_always: lines(w.owner_always),
            owner_always_no_response: lines(w.owner_always_no_response),
            incident,
            less_than_a_minute: less,
            connection: [
                triple(ConnectionCause::Offline),
                triple(ConnectionCause::CaptivePortal),
            ],
            connection_sites: [sites(0), sites(1), sites(2)],
            report: ReportData {
                heading: r.heading.into(),
                url: r.url.into(),
                started: r.started.into(),
                error: r.error.into(),
                server: r.server.into(),
                vendor_code: r.vendor_code.into(),
                retry_after: r.retry_after.into(),
                retry_source: SOURCES
                    .iter()
                    .map(|s| (s.to_string(), (r.retry_source)(s).to_string()))
                    .collect(),
                reference: r.reference.into(),
                hop: r.hop.into(),
                tried: r.tried.into(),
                browser: r.browser.into(),
                retries: Counted::of(200, |n| (r.retries)(n as u32)),
                hop_name: FAULTS
                    .iter()
                    .map(|f| (f.id().to_string(), (r.hop_name)(*f).to_string()))
                    .collect(),
            },
            variant_label: VariantId::ALL
                .iter()
                .filter_map(|&v| (w.variant_label)(v).map(|l| (v, l.to_string())))
                .collect(),
        }
    }
}

// ------------------------------------------------------------ reading back

/// A loaded table, its strings made `'static` once (at most once per
/// language: eight in all).
struct Loaded {
    codes: &'static [CodeText],
    network: &'static [CodeText],
    edge_failure: [&'static str; 3],
    edge_owner: BTreeMap<VendorId, &'static [&'static str]>,
    edge_owner_other: &'static [&'static str],
    duration: DurationData,
    retry_sentence: &'static str,
    vendor_code_text: &'static str,
    steps: Vec<(&'static str, &'static str, Option<&'static str>)>,
    step_index: Vec<u16>,
    vendor_owner: BTreeMap<VendorId, &'static [&'static str]>,
    stack_owner: BTreeMap<String, &'static [&'static str]>,
    incident: Vec<Counted>,
    less_than_a_minute: String,
    connection: [[String; 3]; 2],
    connection_sites: [Counted; 3],
    retry_source: BTreeMap<String, &'static str>,
    retries: Counted,
    hop_name: BTreeMap<String, &'static str>,
    variant_label: BTreeMap<VariantId, &'static str>,
}

static LOADED: [OnceLock<(Loaded, &'static Words)>; 8] = [const { OnceLock::new() }; 8];

fn slot(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// The words of a loaded language, if its table was loaded.
pub fn loaded(lang: Lang) -> Option<&'static Words> {
    LOADED[slot(lang)].get().map(|(_, w)| *w)
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn owners<K: Ord>(m: BTreeMap<K, Vec<String>>) -> BTreeMap<K, &'static [&'static str]> {
    m.into_iter().map(|(k, v)| (k, leak_lines(v))).collect()
}

fn texts<K: Ord>(m: BTreeMap<K, String>) -> BTreeMap<K, &'static str> {
    m.into_iter().map(|(k, v)| (k, leak(v))).collect()
}

fn leak_lines(l: Vec<String>) -> &'static [&'static str] {
    Box::leak(
        l.into_iter()
            .map(leak)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

fn leak_code(c: CodeData) -> CodeText {
    CodeText {
        code: c.code,
        title: leak(c.title),
        headline: leak(c.headline),
        what: leak(c.what),
        fault: leak(c.fault),
        owner: leak_lines(c.owner),
    }
}

/// Why a table was not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError(pub String);

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Makes a table's language speakable: [`super::words`] answers with it
/// from now on, unless the language is compiled in (whose words win; its
/// table stays readable through [`loaded`], which the tests compare). A
/// language loaded already stays as it was first loaded.
pub fn load(t: Table) -> Result<&'static Words, TableError> {
    let lang = Lang::match_tag(&t.lang)
        .ok_or_else(|| TableError(format!("unknown language {:?}", t.lang)))?;
    let wrong = |what: &str| TableError(format!("the {} table is incomplete: {what}", lang.tag()));
    if t.network.len() != NetworkFailure::ALL.len() {
        return Err(wrong("network failures"));
    }
    if t.step_index.len() != STEPS.len() * OSES.len() * SITUATIONS.len() * 2
        || t.step_index
            .iter()
            .any(|i| usize::from(*i) >= t.steps.len())
    {
        return Err(wrong("steps"));
    }
    if t.incident.len() != INCIDENTS.len()
        || t.incident
            .iter()
            .any(|c| c.pick.iter().any(|p| usize::from(*p) >= c.forms.len()))
    {
        return Err(wrong("incidents"));
    }
    let label = |k: &str| {
        t.labels
            .get(k)
            .cloned()
            .map(leak)
            .ok_or_else(|| wrong(&format!("label {k}")))
    };
    let labels: &'static Labels = Box::leak(Box::new(Labels {
        retry_now: label("retry_now")?,
        stop: label("stop")?,
        more: label("more")?,
        less: label("less")?,
        copy_report: label("copy_report")?,
        copied: label("copied")?,
        visitor_title: label("visitor_title")?,
        owner_title: label("owner_title")?,
        whose_fault: label("whose_fault")?,
        you: label("you")?,
        edge: label("edge")?,
        origin: label("origin")?,
        network: label("network")?,
        next_retry: label("next_retry")?,
        attempt_of: label("attempt_of")?,
        offline: label("offline")?,
        retrying: label("retrying")?,
        back: label("back")?,
        gave_up: label("gave_up")?,
        gave_up_tries: label("gave_up_tries")?,
        gave_up_asked: label("gave_up_asked")?,
        not_resent: label("not_resent")?,
        resend: label("resend")?,
        reference: label("reference")?,
        written_by: label("written_by")?,
        served_through: label("served_through")?,
        working: label("working")?,
        failing: label("failing")?,
        unknown: label("unknown")?,
        your_connection: label("your_connection")?,
        check_status: label("check_status")?,
        checking_status: label("checking_status")?,
        check_status_note: label("check_status_note")?,
        status_link_only: label("status_link_only")?,
        status_site_unknown: label("status_site_unknown")?,
        status_unknown: label("status_unknown")?,
        status_said: label("status_said")?,
        status_operational: label("status_operational")?,
        status_degraded: label("status_degraded")?,
        status_outage: label("status_outage")?,
        status_maintenance: label("status_maintenance")?,
        status_sum_none: label("status_sum_none")?,
        status_sum_outage: label("status_sum_outage")?,
        status_sum_degraded: label("status_sum_degraded")?,
        status_sum_maintenance: label("status_sum_maintenance")?,
        status_sum_operational: label("status_sum_operational")?,
        status_sum_unreadable: label("status_sum_unreadable")?,
    }));
    let cell = &LOADED[slot(lang)];
    if cell.get().is_some() {
        return Ok(super::words::words(lang));
    }
    let code = |c: CodeData| -> &'static CodeText { Box::leak(Box::new(leak_code(c))) };
    let r = t.report;
    let [eh, ew, ef] = t.edge_failure;
    let data = Loaded {
        codes: Box::leak(
            t.codes
                .into_iter()
                .map(leak_code)
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        ),
        network: Box::leak(
            t.network
                .into_iter()
                .map(leak_code)
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        ),
        edge_failure: [leak(eh), leak(ew), leak(ef)],
        edge_owner: owners(t.edge_owner),
        edge_owner_other: leak_lines(t.edge_owner_other),
        duration: t.duration,
        retry_sentence: leak(t.retry_sentence),
        vendor_code_text: leak(t.vendor_code_text),
        steps: t
            .steps
            .into_iter()
            .map(|s| (leak(s.title), leak(s.detail), s.command.map(leak)))
            .collect(),
        step_index: t.step_index,
        vendor_owner: owners(t.vendor_owner),
        stack_owner: owners(t.stack_owner),
        incident: t.incident,
        less_than_a_minute: t.less_than_a_minute,
        connection: t.connection,
        connection_sites: t.connection_sites,
        retry_source: texts(r.retry_source),
        retries: r.retries,
        hop_name: texts(r.hop_name),
        variant_label: texts(t.variant_label),
    };
    let specials: &'static [Special] = Box::leak(
        t.specials
            .into_iter()
            .map(|s| Special {
                vendor: Box::leak(s.vendor.into_boxed_slice()),
                variant: s.variant,
                code: s.code,
                vendor_code: s.vendor_code.map(leak),
                vendor_owner: s.vendor_owner,
                text: leak_code(s.text),
            })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let fns = FNS[slot(lang)];
    let words: &'static Words = Box::leak(Box::new(Words {
        lang,
        labels,
        code: fns.code,
        network: fns.network,
        generic_5xx: code(t.generic_5xx),
        challenge: code(t.challenge),
        not_an_error: code(t.not_an_error),
        client_error: code(t.client_error),
        too_many_requests: code(t.too_many_requests),
        specials,
        edge_failure: fns.edge_failure,
        edge_owner: fns.edge_owner,
        duration: fns.duration,
        fault_503_timed: leak(t.fault_503_timed),
        retry_sentence: fns.retry_sentence,
        vendor_code_text: fns.vendor_code_text,
        step: fns.step,
        vendor_owner: fns.vendor_owner,
        stack_owner: fns.stack_owner,
        owner_always: leak_lines(t.owner_always),
        owner_always_no_response: leak_lines(t.owner_always_no_response),
        incident_text: fns.incident_text,
        connection: fns.connection,
        report: ReportText {
            heading: leak(r.heading),
            url: leak(r.url),
            started: leak(r.started),
            error: leak(r.error),
            server: leak(r.server),
            vendor_code: leak(r.vendor_code),
            retry_after: leak(r.retry_after),
            retry_source: fns.retry_source,
            reference: leak(r.reference),
            hop: leak(r.hop),
            tried: leak(r.tried),
            browser: leak(r.browser),
            retries: fns.retries,
            hop_name: fns.hop_name,
        },
        variant_label: fns.variant_label,
    }));
    // A second caller racing here would have lost its own copy; wasm has one thread.
    let _ = cell.set((data, words));
    Ok(super::words::words(lang))
}

// The functions of a loaded language: one copy per slot (`L`), each reading
// its own table.

fn data<const L: usize>() -> Option<&'static Loaded> {
    LOADED[L].get().map(|(d, _)| d)
}

fn code_l<const L: usize>(c: u16) -> Option<&'static CodeText> {
    data::<L>()?.codes.iter().find(|t| t.code == c)
}

fn network_l<const L: usize>(k: NetworkFailure) -> &'static CodeText {
    let i = NetworkFailure::ALL
        .iter()
        .position(|x| *x == k)
        .unwrap_or(0);
    data::<L>()
        .and_then(|d| d.network.get(i))
        .unwrap_or(&super::en::GENERIC_5XX)
}

fn edge_failure_l<const L: usize>(edge: &str) -> (String, String, String) {
    let [h, w, f] = data::<L>()
        .map_or(["", "", ""], |d| d.edge_failure)
        .map(|s| s.replace("{edge}", edge));
    (h, w, f)
}

fn edge_owner_l<const L: usize>(vendor: Option<VendorId>) -> &'static [&'static str] {
    data::<L>().map_or(&[], |d| {
        vendor
            .and_then(|v| d.edge_owner.get(&v))
            .copied()
            .unwrap_or(d.edge_owner_other)
    })
}

fn duration_l<const L: usize>(seconds: u64) -> String {
    let Some(d) = data::<L>().map(|d| &d.duration) else {
        return seconds.to_string();
    };
    match seconds {
        60 => d.minutes.say(1),
        0..=119 => d.seconds.say(seconds),
        s if s < 2 * 3600 => d.minutes.say(s.div_ceil(60)),
        s if s < 2 * 86_400 => {
            let m = s.div_ceil(60);
            match m % 60 {
                0 => d.hours.say(m / 60),
                r => d
                    .hours_minutes
                    .replacen("{h}", &d.hours.say(m / 60), 1)
                    .replacen("{m}", &d.minutes.say(r), 1),
            }
        }
        s => d.days.say(s.div_ceil(86_400)),
    }
}

fn retry_sentence_l<const L: usize>(seconds: u64) -> String {
    data::<L>()
        .map_or("", |d| d.retry_sentence)
        .replace("{d}", &duration_l::<L>(seconds))
}

fn vendor_code_text_l<const L: usize>(vendor: &str, code: &str) -> String {
    data::<L>()
        .map_or("", |d| d.vendor_code_text)
        .replace("{vendor}", vendor)
        .replace("{code}", code)
}

fn step_l<const L: usize>(
    id: StepId,
    os: Os,
    situation: Situation,
    retry_s: Option<u64>,
) -> StepText {
    let (title, detail, command) = data::<L>()
        .and_then(|d| {
            d.step_index
                .get(step_key(id, os, situation, retry_s.is_some()))
                .and_then(|i| d.steps.get(usize::from(*i)))
        })
        .copied()
        .unwrap_or(("", "", None));
    let d = retry_s.map(duration_l::<L>).unwrap_or_default();
    StepText {
        id,
        title: title.replace("{d}", &d),
        detail: detail.replace("{d}", &d),
        command,
    }
}

fn vendor_owner_l<const L: usize>(vendor: VendorId) -> &'static [&'static str] {
    data::<L>()
        .and_then(|d| d.vendor_owner.get(&vendor))
        .copied()
        .unwrap_or(&[])
}

fn stack_owner_l<const L: usize>(stack: &str) -> &'static [&'static str] {
    data::<L>()
        .and_then(|d| d.stack_owner.get(stack))
        .copied()
        .unwrap_or(&[])
}

fn incident_text_l<const L: usize>(state: IncidentState, minutes: u64, failures: u32) -> String {
    let Some(d) = data::<L>() else {
        return String::new();
    };
    let Some(i) = INCIDENTS.iter().position(|s| *s == state) else {
        return String::new();
    };
    let time = if minutes == 0 {
        d.less_than_a_minute.clone()
    } else {
        duration_l::<L>(minutes.saturating_mul(60))
    };
    d.incident
        .get(i)
        .map(|c| c.say(u64::from(failures)).replace("{t}", &time))
        .unwrap_or_default()
}

fn connection_l<const L: usize>(cause: ConnectionCause) -> (String, String, String) {
    let Some(d) = data::<L>() else {
        return Default::default();
    };
    let [h, w, f] = match cause {
        ConnectionCause::Offline => d.connection[0].clone(),
        ConnectionCause::CaptivePortal => d.connection[1].clone(),
        ConnectionCause::ManySites { sites } => {
            d.connection_sites.clone().map(|c| c.say(u64::from(sites)))
        }
    };
    (h, w, f)
}

fn retry_source_l<const L: usize>(source: &str) -> &'static str {
    data::<L>()
        .and_then(|d| {
            d.retry_source
                .get(source)
                .or_else(|| d.retry_source.get("text"))
        })
        .copied()
        .unwrap_or("")
}

fn retries_l<const L: usize>(n: u32) -> String {
    data::<L>()
        .map(|d| d.retries.say(u64::from(n)))
        .unwrap_or_default()
}

fn hop_name_l<const L: usize>(f: Fault) -> &'static str {
    data::<L>()
        .and_then(|d| d.hop_name.get(f.id()))
        .copied()
        .unwrap_or("")
}

fn variant_label_l<const L: usize>(id: VariantId) -> Option<&'static str> {
    data::<L>()?.variant_label.get(&id).copied()
}

#[derive(Clone, Copy)]
struct Fns {
    code: fn(u16) -> Option<&'static CodeText>,
    network: fn(NetworkFailure) -> &'static CodeText,
    edge_failure: fn(&str) -> (String, String, String),
    edge_owner: fn(Option<VendorId>) -> &'static [&'static str],
    duration: fn(u64) -> String,
    retry_sentence: fn(u64) -> String,
    vendor_code_text: fn(&str, &str) -> String,
    step: fn(StepId, Os, Situation, Option<u64>) -> StepText,
    vendor_owner: fn(VendorId) -> &'static [&'static str],
    stack_owner: fn(&str) -> &'static [&'static str],
    incident_text: fn(IncidentState, u64, u32) -> String,
    connection: fn(ConnectionCause) -> (String, String, String),
    retry_source: fn(&str) -> &'static str,
    retries: fn(u32) -> String,
    hop_name: fn(Fault) -> &'static str,
    variant_label: fn(VariantId) -> Option<&'static str>,
}

const fn fns<const L: usize>() -> Fns {
    Fns {
        code: code_l::<L>,
        network: network_l::<L>,
        edge_failure: edge_failure_l::<L>,
        edge_owner: edge_owner_l::<L>,
        duration: duration_l::<L>,
        retry_sentence: retry_sentence_l::<L>,
        vendor_code_text: vendor_code_text_l::<L>,
        step: step_l::<L>,
        vendor_owner: vendor_owner_l::<L>,
        stack_owner: stack_owner_l::<L>,
        incident_text: incident_text_l::<L>,
        connection: connection_l::<L>,
        retry_source: retry_source_l::<L>,
        retries: retries_l::<L>,
        hop_name: hop_name_l::<L>,
        variant_label: variant_label_l::<L>,
    }
}

const FNS: [Fns; 8] = [
    fns::<0>(),
    fns::<1>(),
    fns::<2>(),
    fns::<3>(),
    fns::<4>(),
    fns::<5>(),
    fns::<6>(),
    fns::<7>(),
];
