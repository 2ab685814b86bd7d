//! "Down for everyone?": which public status pages to ask about a failing
//! site, how to read their answers, how long an answer holds and what the
//! card says about it.
//!
//! Nothing here is asked by itself: the shell asks only when the person
//! clicks, sends nothing but the request for the status document itself
//! (no cookies, no referrer, so the status host learns only that someone
//! looked), and hands the bytes back to [`judge`].
//!
//! Two kinds of source:
//!
//! * the site's own status page, where it follows the Atlassian Statuspage
//!   convention: `https://status.<registrable domain>/api/v2/status.json`;
//! * the status of the vendor the diagnosis named, when it is a big one
//!   ([`VENDOR_STATUS`]). Most publish a Statuspage document; Google Cloud
//!   publishes `incidents.json`, Heroku its own `current-status`. AWS and
//!   Azure publish web pages and RSS feeds whose items are past events as
//!   much as current ones: for them the card only links to the page
//!   ([`Format::LinkOnly`]), it never guesses.
//!
//! Every answer is bounded ([`BODY_LIMIT`]) and judged defensively: a
//! document that is not what the format says, too deep, cut short or
//! hostile is [`State::Unknown`], never an error.

use crate::explain::Labels;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub mod json;
use json::Json;

/// How long a readable answer holds before a click asks again (5 minutes).
pub const CACHE_MS: u64 = 5 * 60_000;
/// How long "no readable answer" holds (1 minute): a status page that was
/// down a moment ago is worth asking again sooner.
pub const UNKNOWN_CACHE_MS: u64 = 60_000;
/// The most the shell reads of an answer (Google Cloud's incidents.json is
/// the whole history, newest first: its first 512 KiB hold the current ones).
pub const BODY_LIMIT: usize = 512 * 1024;
/// How long the shell waits for an answer.
pub const TIMEOUT_MS: u32 = 8_000;
/// The longest piece of a status page's own words the card repeats.
const SAID_MAX: usize = 160;
/// Google Cloud incidents looked at, at most (the current ones come first).
const GOOGLE_MAX_INCIDENTS: usize = 200;

/// How a status source's answer is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Atlassian Statuspage's `/api/v2/status.json`:
    /// `{"status": {"indicator": "none|minor|major|critical|maintenance", "description": "..."}}`.
    Statuspage,
    /// Google Cloud's `incidents.json`: an array of incidents, newest first;
    /// one without an `end` is under way.
    GoogleCloud,
    /// Heroku's `/api/v4/current-status`: `{"status": [{"system", "status": "green|yellow|red"}], "incidents": [...]}`.
    Heroku,
    /// No machine-readable current status: the card links to the page.
    LinkOnly,
}

/// A big vendor's public status.
#[derive(Clone, Copy, Debug)]
pub struct VendorStatus {
    /// The vendor ids (as [`crate::vendors`] names them) it covers.
    pub vendors: &'static [&'static str],
    /// The name shown.
    pub name: &'static str,
    /// The document to ask (`None` with [`Format::LinkOnly`]).
    pub api: Option<&'static str>,
    /// The page a person reads.
    pub page: &'static str,
    /// How the document is written.
    pub format: Format,
}

/// The big vendors' public status endpoints, checked against their
/// published status pages (README, "Down for everyone?").
pub const VENDOR_STATUS: &[VendorStatus] = &[
    VendorStatus {
        vendors: &["cloudflare"],
        name: "Cloudflare",
        api: Some("https://www.cloudflarestatus.com/api/v2/status.json"),
        page: "https://www.cloudflarestatus.com/",
        format: Format::Statuspage,
    },
    VendorStatus {
        vendors: &["fastly"],
        name: "Fastly",
        api: Some("https://status.fastly.com/api/v2/status.json"),
        page: "https://status.fastly.com/",
        format: Format::Statuspage,
    },
    VendorStatus {
        vendors: &["akamai"],
        name: "Akamai",
        api: Some("https://www.akamaistatus.com/api/v2/status.json"),
        page: "https://www.akamaistatus.com/",
        format: Format::Statuspage,
    },
    VendorStatus {
        vendors: &["cloudfront", "aws-elb"],
        name: "AWS",
        api: None,
        page: "https://health.aws.amazon.com/health/status",
        format: Format::LinkOnly,
    },
    VendorStatus {
        vendors: &["google-cloud-lb"],
        name: "Google Cloud",
        api: Some("https://status.cloud.google.com/incidents.json"),
        page: "https://status.cloud.google.com/",
        format: Format::GoogleCloud,
    },
    VendorStatus {
        vendors: &["azure-app-gateway"],
        name: "Azure",
        api: None,
        page: "https://azure.status.microsoft/en-us/status",
        format: Format::LinkOnly,
    },
    VendorStatus {
        vendors: &["vercel"],
        name: "Vercel",
        api: Some("https://www.vercel-status.com/api/v2/status.json"),
        page: "https://www.vercel-status.com/",
        format: Format::Statuspage,
    },
    VendorStatus {
        vendors: &["netlify"],
        name: "Netlify",
        api: Some("https://www.netlifystatus.com/api/v2/status.json"),
        page: "https://www.netlifystatus.com/",
        format: Format::Statuspage,
    },
    VendorStatus {
        vendors: &["github"],
        name: "GitHub",
        api: Some("https://www.githubstatus.com/api/v2/status.json"),
        page: "https://www.githubstatus.com/",
        format: Format::Statuspage,
    },
    VendorStatus {
        vendors: &["heroku"],
        name: "Heroku",
        api: Some("https://status.heroku.com/api/v4/current-status"),
        page: "https://status.heroku.com/",
        format: Format::Heroku,
    },
];

/// Other places to ask, for tests against local stand-ins only: the shell
/// passes these in its test builds, never in a shipped one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bases {
    /// The site's status document, with `{domain}` for the registrable domain
    /// (`http://127.0.0.1:8080/{domain}/api/v2/status.json`).
    pub site: Option<String>,
    /// A vendor's status document by vendor id (the format stays the vendor's).
    pub vendors: BTreeMap<String, String>,
}

/// One place to ask.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// `site`, or the vendor's id.
    pub id: String,
    /// What the card calls it: `status.example.com`, `Cloudflare`.
    pub name: String,
    /// The document to ask; `None`: nothing to ask, only a page to read.
    pub url: Option<String>,
    /// The page a person reads.
    pub page: String,
    /// How the document is written.
    pub format: Format,
}

/// Public suffixes of more than one label that are common enough to matter
/// here (a site on `shop.example.co.uk` has its status on
/// `status.example.co.uk`, not `status.co.uk`). Not the whole Public Suffix
/// List: a domain under a suffix missing here gets a status host that does
/// not exist, which answers nothing, which the card reports as such.
const MULTI_LABEL_SUFFIXES: &[&str] = &[
    "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "com.au",
    "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "net.nz", "co.jp", "ne.jp", "or.jp",
    "ac.jp", "co.kr", "or.kr", "com.br", "net.br", "org.br", "com.cn", "net.cn", "org.cn",
    "com.hk", "com.tw", "com.sg", "com.my", "co.in", "net.in", "org.in", "co.id", "co.il", "co.th",
    "co.za", "com.mx", "com.ar", "com.co", "com.tr", "com.ua", "com.pl", "com.es", "com.pt",
    "com.ru", "co.at", "or.at",
];

/// The registrable domain of a host name (`shop.example.co.uk` ->
/// `example.co.uk`), or `None` for what has none: an IP address, a single
/// label (`localhost`), a host with characters no DNS name has.
pub fn registrable_domain(host: &str) -> Option<String> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.len() > 253 || host.is_empty() || host.starts_with('[') || host.contains(':') {
        return None;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let valid = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if labels.len() < 2 || !labels.iter().all(valid) {
        return None;
    }
    // An IPv4 address (the last label of a DNS name is never all digits).
    if labels
        .last()
        .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let last_two = labels[labels.len() - 2..].join(".");
    let take = if MULTI_LABEL_SUFFIXES.contains(&last_two.as_str()) {
        3
    } else {
        2
    };
    (labels.len() >= take).then(|| labels[labels.len() - take..].join("."))
}

/// The host of a URL (`https://user@shop.example.com:8443/x` -> `shop.example.com`).
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r)?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next()?
    } else {
        host.split(':').next()?
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Where to ask about a failure of `url`: the site's own status page (when
/// its host has a registrable domain), then each big vendor among `vendors`
/// (the page's writer, the CDN in front), once each. `bases` replaces the
/// addresses in test builds.
pub fn sources(url: &str, vendors: &[&str], bases: &Bases) -> Vec<Source> {
    let mut out = Vec::new();
    if let Some(domain) = host_of(url).as_deref().and_then(registrable_domain) {
        let status_host = format!("status.{domain}");
        let api = match bases.site.as_deref().filter(|t| is_http(t)) {
            Some(template) => template.replace("{domain}", &domain),
            None => format!("https://{status_host}/api/v2/status.json"),
        };
        // The site may itself be a status page: no use asking it about itself.
        if host_of(url).as_deref() != Some(status_host.as_str()) {
            out.push(Source {
                id: "site".into(),
                name: status_host.clone(),
                url: Some(api),
                page: format!("https://{status_host}/"),
                format: Format::Statuspage,
            });
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for &id in vendors {
        let Some(status) = VENDOR_STATUS.iter().find(|s| s.vendors.contains(&id)) else {
            continue;
        };
        if seen.contains(&status.name) {
            continue;
        }
        seen.push(status.name);
        let api = match bases.vendors.get(id).filter(|u| is_http(u)) {
            Some(u) if status.format != Format::LinkOnly => Some(u.clone()),
            _ => status.api.map(str::to_string),
        };
        out.push(Source {
            id: id.to_string(),
            name: status.name.into(),
            url: api,
            page: status.page.into(),
            format: status.format,
        });
    }
    out
}

fn is_http(u: &str) -> bool {
    u.starts_with("https://") || u.starts_with("http://")
}

/// What a status source says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Everything works, by its own account.
    Operational,
    /// Some of it is degraded or partly down.
    Degraded,
    /// A major outage.
    Outage,
    /// Scheduled maintenance under way.
    Maintenance,
    /// No readable answer (no status page, an error, a document that is
    /// not what its format says).
    Unknown,
    /// Nothing was asked: the source has only a page to read.
    LinkOnly,
}

/// The judgement of one answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// What it says.
    pub state: State,
    /// Its own words (cleaned, at most 160 characters), when it has some.
    pub said: Option<String>,
}

impl Verdict {
    fn unknown() -> Self {
        Verdict {
            state: State::Unknown,
            said: None,
        }
    }
}

/// Judges an answer: `status` is the HTTP status (0: no answer at all),
/// `body` what was read of it (only its first [`BODY_LIMIT`] bytes count).
pub fn judge(format: Format, status: u16, body: &[u8]) -> Verdict {
    if format == Format::LinkOnly {
        return Verdict {
            state: State::LinkOnly,
            said: None,
        };
    }
    if !(200..300).contains(&status) {
        return Verdict::unknown();
    }
    let body = &body[..body.len().min(BODY_LIMIT)];
    match format {
        Format::Statuspage => statuspage(body),
        Format::GoogleCloud => google(body),
        Format::Heroku => heroku(body),
        Format::LinkOnly => unreachable!("handled above"),
    }
    .unwrap_or_else(Verdict::unknown)
}

/// A page's words, made safe to show: control characters out, white space
/// folded, at most [`SAID_MAX`] characters.
fn clean(text: &str) -> Option<String> {
    let folded = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let folded: String = folded.chars().filter(|c| !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect();
    if folded.is_empty() {
        return None;
    }
    if folded.chars().count() <= SAID_MAX {
        return Some(folded);
    }
    let cut: String = folded.chars().take(SAID_MAX - 1).collect();
    Some(format!("{}…", cut.trim_end()))
}

fn statuspage(body: &[u8]) -> Option<Verdict> {
    let doc = json::parse(body)?;
    let status = doc.get("status")?;
    let state = match status.get("indicator")?.as_str()? {
        "none" => State::Operational,
        "minor" => State::Degraded,
        "major" | "critical" => State::Outage,
        "maintenance" => State::Maintenance,
        _ => return None,
    };
    Some(Verdict {
        state,
        said: status
            .get("description")
            .and_then(Json::as_str)
            .and_then(clean),
    })
}

fn heroku(body: &[u8]) -> Option<Verdict> {
    let doc = json::parse(body)?;
    let systems = doc.get("status")?.as_array()?;
    if systems.is_empty() {
        return None;
    }
    let mut state = State::Operational;
    for s in systems {
        state = match (s.get("status")?.as_str()?, state) {
            ("red", _) | (_, State::Outage) => State::Outage,
            ("yellow", _) | (_, State::Degraded) => State::Degraded,
            ("green", _) => State::Operational,
            _ => return None,
        };
    }
    let incidents = doc
        .get("incidents")
        .and_then(Json::as_array)
        .unwrap_or_default();
    let said = incidents
        .iter()
        .find_map(|i| i.get("title").and_then(Json::as_str).and_then(clean));
    Some(Verdict { state, said })
}

/// Google Cloud: an array of incidents, newest first, read one complete
/// element at a time so that a document cut at [`BODY_LIMIT`] still counts
/// what it holds. An incident without `end` (or with an empty one) is under way.
fn google(body: &[u8]) -> Option<Verdict> {
    let elements = array_elements(body, GOOGLE_MAX_INCIDENTS)?;
    let mut state = State::Operational;
    let mut said = None;
    for raw in elements {
        let incident = json::parse(raw)?;
        if !matches!(incident, Json::Object(_)) {
            return None;
        }
        let end = match incident.get("end") {
            None | Some(Json::Null) => None,
            Some(Json::Str(e)) => Some(e.trim()),
            Some(_) => return None,
        };
        if end.is_some_and(|e| !e.is_empty()) {
            continue;
        }
        let this = if incident.get("severity").and_then(Json::as_str) == Some("high") {
            State::Outage
        } else {
            State::Degraded
        };
        if said.is_none() || (this == State::Outage && state != State::Outage) {
            said = incident
                .get("external_desc")
                .and_then(Json::as_str)
                .and_then(clean);
        }
        if this == State::Outage || state == State::Operational {
            state = this;
        }
    }
    Some(Verdict { state, said })
}

/// The complete elements of a top-level JSON array, in order (at most
/// `max`), with the array possibly cut short after them. `None` when it
/// does not start as an array or an element is not well nested.
fn array_elements(body: &[u8], max: usize) -> Option<Vec<&[u8]>> {
    let ws = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let mut i = body.iter().position(|b| !ws(*b))?;
    // A byte order mark is allowed before the array.
    if body[i..].starts_with(b"\xEF\xBB\xBF") {
        i += 3;
        i += body[i..].iter().position(|b| !ws(*b))?;
    }
    if body[i] != b'[' {
        return None;
    }
    i += 1;
    let mut out = Vec::new();
    loop {
        while i < body.len() && (ws(body[i]) || body[i] == b',') {
            i += 1;
        }
        if i >= body.len() || body[i] == b']' || out.len() >= max {
            return Some(out);
        }
        let start = i;
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        loop {
            let Some(&b) = body.get(i) else {
                // Cut short inside this element: keep the complete ones.
                return Some(out);
            };
            i += 1;
            if in_string {
                match (escaped, b) {
                    (true, _) => escaped = false,
                    (false, b'\\') => escaped = true,
                    (false, b'"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                }
                b',' if depth == 0 => {
                    i -= 1;
                    break;
                }
                _ => {}
            }
            if depth == 0 && matches!(b, b'}' | b']') {
                break;
            }
        }
        out.push(&body[start..i]);
    }
}

/// Whether an answer judged at `checked_ms` still holds at `now_ms`: 5
/// minutes for a readable one, 1 minute for none; never one from the future.
pub fn fresh(state: State, checked_ms: u64, now_ms: u64) -> bool {
    let ttl = if state == State::Unknown {
        UNKNOWN_CACHE_MS
    } else {
        CACHE_MS
    };
    checked_ms <= now_ms && now_ms - checked_ms < ttl
}

/// "12:03": the local time of `ms` with the visitor's offset from UTC.
pub fn clock(ms: u64, tz_offset_min: i32) -> String {
    let secs = (ms / 1000) as i64 + i64::from(tz_offset_min.clamp(-14 * 60, 14 * 60)) * 60;
    let rem = secs.rem_euclid(86_400);
    format!("{:02}:{:02}", rem / 3600, rem % 3600 / 60)
}

/// One line of the card's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// The source's id (`site`, a vendor id).
    pub id: String,
    /// The source's name.
    pub name: String,
    /// What it says.
    pub state: State,
    /// The sentence shown.
    pub text: String,
    /// The page a person can read.
    pub page: String,
}

/// The sentence for one source's verdict, checked at `checked_ms`, in the
/// card's words: "status.example.com says: All Systems Operational, checked 12:03".
pub fn line(
    source: &Source,
    verdict: &Verdict,
    checked_ms: u64,
    tz_offset_min: i32,
    l: &Labels,
) -> Line {
    let at = clock(checked_ms, tz_offset_min);
    let template = match (verdict.state, verdict.said.as_deref()) {
        (State::LinkOnly, _) => l.status_link_only,
        (State::Unknown, _) if source.id == "site" => l.status_site_unknown,
        (State::Unknown, _) => l.status_unknown,
        (_, Some(_)) => l.status_said,
        (State::Operational, None) => l.status_operational,
        (State::Degraded, None) => l.status_degraded,
        (State::Outage, None) => l.status_outage,
        (State::Maintenance, None) => l.status_maintenance,
    };
    // The source's own words go in last, so braces in them stay as they are.
    let text = template
        .replace("{name}", &source.name)
        .replace("{at}", &at)
        .replace("{said}", verdict.said.as_deref().unwrap_or_default());
    Line {
        id: source.id.clone(),
        name: source.name.clone(),
        state: verdict.state,
        text,
        page: source.page.clone(),
    }
}

/// The sentence above the lines: what they add up to.
pub fn summary(lines: &[Line], l: &Labels) -> String {
    let named = |s: State| lines.iter().find(|x| x.state == s).map(|x| x.name.as_str());
    let (template, name) = if lines.is_empty() {
        (l.status_sum_none, None)
    } else if let Some(name) = named(State::Outage) {
        (l.status_sum_outage, Some(name))
    } else if let Some(name) = named(State::Degraded) {
        (l.status_sum_degraded, Some(name))
    } else if let Some(name) = named(State::Maintenance) {
        (l.status_sum_maintenance, Some(name))
    } else if lines.iter().any(|x| x.state == State::Operational) {
        (l.status_sum_operational, None)
    } else {
        (l.status_sum_unreadable, None)
    };
    template.replace("{name}", name.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(id: &str, name: &str) -> Source {
        Source {
            id: id.into(),
            name: name.into(),
            url: None,
            page: "https://status.example.com/".into(),
            format: Format::Statuspage,
        }
    }

    #[test]
    fn lines_and_summary_speak_the_cards_language() {
        use crate::explain::{words, Lang};
        let en = words(Lang::En).labels;
        let de = words(Lang::De).labels;
        let said = Verdict {
            state: State::Operational,
            said: Some("All Systems Operational".into()),
        };
        let site = source("site", "status.example.com");
        // 12:03 UTC.
        let at = (12 * 3600 + 3 * 60) * 1000;
        assert_eq!(
            line(&site, &said, at, 0, en).text,
            "status.example.com says: All Systems Operational, checked 12:03"
        );
        assert_eq!(
            line(&site, &said, at, 0, de).text,
            "status.example.com meldet: All Systems Operational, geprüft um 12:03"
        );
        let down = line(
            &source("cloudflare", "Cloudflare"),
            &Verdict {
                state: State::Outage,
                said: None,
            },
            at,
            60,
            en,
        );
        assert_eq!(down.text, "Cloudflare says: major outage, checked 13:03");
        assert_eq!(
            summary(std::slice::from_ref(&down), en),
            "Not just you: Cloudflare reports an outage."
        );
        assert_eq!(
            summary(&[down], de),
            "Nicht nur bei Ihnen: Cloudflare meldet eine Störung."
        );
        assert_eq!(
            summary(&[], en),
            "There is no public status page to ask for this site."
        );
        // A page's own words are shown as they are, braces and all.
        let odd = Verdict {
            state: State::Degraded,
            said: Some("{name} {at} degraded".into()),
        };
        assert_eq!(
            line(&site, &odd, at, 0, en).text,
            "status.example.com says: {name} {at} degraded, checked 12:03"
        );
    }

    #[test]
    fn array_elements_stop_at_a_cut() {
        let body = br#"[{"a":"x,}]"},{"b":[1,2]},{"c":"#;
        let els = array_elements(body, 10).unwrap();
        assert_eq!(els, vec![&br#"{"a":"x,}]"}"#[..], &br#"{"b":[1,2]}"#[..]]);
        assert_eq!(array_elements(b"  []", 10).unwrap().len(), 0);
        assert!(array_elements(b"{}", 10).is_none());
        assert!(array_elements(b"[}]", 10).is_none());
    }

    #[test]
    fn clean_folds_and_bounds() {
        assert_eq!(
            clean(" All \n Systems\u{0}  Operational ").as_deref(),
            Some("All Systems Operational")
        );
        assert_eq!(clean("a\u{202e}b").as_deref(), Some("ab"));
        assert_eq!(clean(&"x".repeat(500)).unwrap().chars().count(), SAID_MAX);
        assert_eq!(clean("  \n "), None);
    }
}
