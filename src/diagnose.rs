//! Diagnosis: is this response a server-side failure, and what kind?

use crate::codes::{self, Confidence};
use crate::headers::{self, Headers};
use crate::network::NetworkFailure;
use crate::text::Page;
use crate::vendors::{self, CodeSource, Role, VariantId, Vendor};
use serde::{Deserialize, Serialize};

/// One response as the browser (or a file and flags) saw it.
#[derive(Clone, Debug, Default)]
pub struct Response<'a> {
    /// The status code from the status line, when known.
    pub status: Option<u16>,
    /// The reason phrase from the status line, when known.
    pub reason: Option<&'a str>,
    /// The request method (`GET` when empty).
    pub method: &'a str,
    /// The URL requested.
    pub url: &'a str,
    /// The response headers.
    pub headers: Headers,
    /// The body, or a prefix of it: only the first [`crate::text::SCAN_LIMIT`]
    /// bytes are read.
    pub body: &'a [u8],
    /// The caller's clock (ms since the Unix epoch), used to turn a
    /// `Retry-After` date into a delay when the response has no `Date`.
    pub now_ms: Option<u64>,
}

impl<'a> Response<'a> {
    /// A response with this body and nothing else known.
    pub fn new(body: &'a [u8]) -> Self {
        Response {
            body,
            method: "GET",
            ..Default::default()
        }
    }
    /// Sets the status code.
    pub fn status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }
    /// Sets the request method.
    pub fn method(mut self, method: &'a str) -> Self {
        self.method = method;
        self
    }
    /// Sets the URL.
    pub fn url(mut self, url: &'a str) -> Self {
        self.url = url;
        self
    }
    /// Adds a header field.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push(name, value);
        self
    }
    /// Sets the clock.
    pub fn now_ms(mut self, now_ms: u64) -> Self {
        self.now_ms = Some(now_ms);
        self
    }
}

/// Which hop most likely failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fault {
    /// The visitor's own browser, device or local network.
    Visitor,
    /// The path between the visitor and the site (DNS, routing).
    Network,
    /// The CDN or proxy in front of the site.
    Edge,
    /// The site's own server or application.
    Origin,
    /// Not known, or not a failure.
    Unknown,
}

impl Fault {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Fault::Visitor => "visitor",
            Fault::Network => "network",
            Fault::Edge => "edge",
            Fault::Origin => "origin",
            Fault::Unknown => "unknown",
        }
    }
}

/// What sort of response this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A 5xx failure of the server side.
    ServerError,
    /// A 4xx answer: the server works, the request was refused or not found.
    ClientError,
    /// A bot check ("Just a moment..."): not an outage, never retried.
    Challenge,
    /// A page that works (or one with nothing to go on).
    NotAnError,
    /// No response at all: DNS, refused, reset, timed out.
    NetworkFailure,
}

/// Where the status came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatusSource {
    /// The response's status line.
    StatusLine,
    /// The page's own text.
    PageText,
    /// Nowhere.
    None,
}

/// A vendor's reference for its support team.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// What the vendor calls it ("Cloudflare Ray ID").
    pub label: String,
    /// The value.
    pub value: String,
}

/// A hint of when to try again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetryHint {
    /// The delay asked for, in seconds.
    pub seconds: u64,
    /// Where it came from: `retry-after`, `page-text` or `refresh`.
    pub source: String,
}

/// The verdict on one response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnosis {
    /// Whether this is a server-side failure (an outage of some kind).
    pub is_error: bool,
    /// What sort of response this is.
    pub kind: Kind,
    /// The status it settles on.
    pub status: Option<u16>,
    /// Where that status came from.
    pub status_source: StatusSource,
    /// The vendor that wrote the page (stable lowercase id).
    pub vendor: String,
    /// The vendor's name for people.
    pub vendor_name: String,
    /// A CDN or proxy the headers show in front, when not the writer.
    pub served_by: Option<String>,
    /// The page variant (`cloudflare-branded`, `google-robot`, `blank`...).
    pub variant: String,
    /// Which hop most likely failed.
    pub fault: Fault,
    /// A vendor's own error code (Cloudflare 1xxx, Squid `ERR_*`...).
    pub vendor_code: Option<String>,
    /// The vendor's support reference (a Ray ID, a request ID...).
    pub reference: Option<String>,
    /// What the vendor calls that reference ("Cloudflare Ray ID").
    pub reference_label: Option<String>,
    /// `Retry-After` in seconds.
    pub retry_after_s: Option<u64>,
    /// The best hint of when to retry (header first, then the page).
    pub retry_hint: Option<RetryHint>,
    /// Whether Gatewise would retry this by itself: a [`transient`] failure
    /// of a request that may be repeated (RFC 9110 §9.2.2), so never a POST.
    ///
    /// [`transient`]: Diagnosis::transient
    pub retryable: bool,
    /// Whether the failure itself can pass with time (a 502, a timeout),
    /// whatever the method; a 501 or a bad certificate does not.
    pub transient: bool,
    /// The network failure, for responses that never came.
    pub network: Option<NetworkFailure>,
    /// What the site seems to run (`wordpress`, `php`, `aspnet`, `express`),
    /// for the owner's checklist.
    pub stack: Vec<String>,
    /// The request method.
    pub method: String,
    /// The URL.
    pub url: String,
    /// What decided it, one fact a line.
    pub evidence: Vec<String>,
}

/// Diagnoses one response. Never panics; cost is bounded by
/// [`crate::text::SCAN_LIMIT`] whatever the body's size.
pub fn diagnose(r: &Response<'_>) -> Diagnosis {
    let mut ev = Vec::new();
    let method = if r.method.trim().is_empty() {
        "GET".to_string()
    } else {
        r.method.trim().to_ascii_uppercase()
    };
    let status_line = match r.status {
        Some(s) if (100..=599).contains(&s) => {
            ev.push(format!("status line {s}"));
            Some(s)
        }
        Some(s) => {
            ev.push(format!("ignored status {s}: not an HTTP status"));
            None
        }
        None => None,
    };
    let page = Page::read(r.body);
    if page.binary {
        ev.push("the body is not text".into());
    } else if page.truncated {
        ev.push(format!(
            "read the first {} KiB of the body",
            crate::text::SCAN_LIMIT / 1024
        ));
    }

    let body = vendors::match_body(&page);
    let by_headers = vendors::match_headers(&r.headers);
    let (vendor, vendor_name) = pick_vendor(&body, &by_headers, &r.headers, &mut ev);
    let known = vendors::by_id(&vendor);
    let served_by = by_headers
        .as_ref()
        .map(|(v, _)| v.id.as_str())
        .filter(|id| *id != vendor)
        .map(str::to_string);

    let vendor_code = known.and_then(|v| vendor_code(v, &page, &r.headers));
    // The status: the status line is the truth; else the page's own words
    // (Squid's one template serves many codes: its error id tells which).
    let template = body.error_page && body.vendor.is_some_and(|(_, score)| score >= 10);
    let mut in_text = if page.binary {
        None
    } else {
        codes::status_in_page(&page)
    };
    if status_line.is_none() && in_text.is_some() && !template {
        let named = codes::codes_named(&page.visible_lower);
        if named.len() > 1 {
            ev.push(format!(
                "the page names several codes ({named:?}): it is about errors, not one"
            ));
            in_text = None;
        }
    }
    let implied = known
        .zip(vendor_code.as_deref())
        .and_then(|(v, c)| code_meaning(v, c, false))
        .and_then(|c| c.status)
        .or(body.status);
    let (status, status_source) = match (status_line, in_text, implied) {
        (Some(s), _, _) => (Some(s), StatusSource::StatusLine),
        (None, Some((s, Confidence::Strong)), _) => (Some(s), StatusSource::PageText),
        (None, _, Some(s)) if body.error_page => (Some(s), StatusSource::PageText),
        (None, Some((s, Confidence::Weak)), _) if body.error_page => {
            (Some(s), StatusSource::PageText)
        }
        _ => (None, StatusSource::None),
    };
    if status_source == StatusSource::PageText {
        ev.push(format!(
            "the page's text names status {}",
            status.unwrap_or_default()
        ));
    }

    let challenge = is_challenge(status_line, &r.headers, &page);
    let blank = page.is_blank();
    let kind = if challenge {
        ev.push("a bot check (challenge), not an outage".into());
        Kind::Challenge
    } else {
        match (status, status_source) {
            (Some(s), StatusSource::StatusLine) if codes::is_server_error(s) => Kind::ServerError,
            (Some(s), _) if (400..500).contains(&s) => Kind::ClientError,
            (Some(s), StatusSource::PageText) if codes::is_server_error(s) && page.is_short() => {
                Kind::ServerError
            }
            (None, _) if template && page.is_short() => {
                ev.push("the page is a known error template".into());
                Kind::ServerError
            }
            _ => Kind::NotAnError,
        }
    };
    if kind == Kind::NotAnError && status_line.is_none() && in_text.is_some() && !page.is_short() {
        ev.push("long page that mentions a status: an article, not an error page".into());
    }
    let is_error = kind == Kind::ServerError;

    let variant = match () {
        _ if challenge => VariantId::Challenge.to_string(),
        _ if page.binary => VariantId::Binary.to_string(),
        _ if blank && is_error => {
            ev.push("blank page".into());
            VariantId::Blank.to_string()
        }
        _ => match (body.variant, kind) {
            (Some(v), _) => v.to_string(),
            (None, Kind::ServerError) if body.vendor.is_some() => format!("{vendor}-page"),
            (None, Kind::ServerError) => VariantId::CustomPage.to_string(),
            (None, Kind::ClientError) => VariantId::ClientError.to_string(),
            _ => VariantId::NotAnError.to_string(),
        },
    };

    let fault = if is_error {
        fault_of(
            status,
            known,
            &variant,
            vendor_code.as_deref(),
            &page,
            &mut ev,
        )
    } else {
        Fault::Unknown
    };
    let (reference, reference_label) = match reference(&page, &r.headers) {
        Some(Reference { label, value }) => (Some(value), Some(label)),
        None => (None, None),
    };

    let reference_ms = r
        .headers
        .get("date")
        .and_then(headers::parse_http_date)
        .map(|s| s * 1000)
        .or(r.now_ms);
    let retry_after_s = r
        .headers
        .get("retry-after")
        .and_then(|v| headers::retry_after_seconds(v, reference_ms));
    if let Some(s) = retry_after_s {
        if s == headers::MAX_DELAY_S {
            let raw: String = r
                .headers
                .get("retry-after")
                .unwrap_or_default()
                .chars()
                .take(40)
                .collect();
            ev.push(format!(
                "Retry-After: {raw} (read as {s} s, the longest delay kept)"
            ));
        } else {
            ev.push(format!("Retry-After: {s} s"));
        }
    }
    let retry_hint = match retry_after_s {
        Some(seconds) => Some(RetryHint {
            seconds,
            source: "retry-after".into(),
        }),
        None if is_error && page.is_short() => text_hint(&page),
        None => None,
    };
    let transient = is_error && status.is_none_or(codes::is_retryable);

    Diagnosis {
        is_error,
        kind,
        status,
        status_source,
        vendor: vendor.clone(),
        vendor_name,
        served_by,
        variant,
        fault,
        vendor_code,
        reference,
        reference_label,
        retry_after_s,
        retry_hint,
        retryable: transient && crate::plan::is_idempotent(&method),
        transient,
        network: None,
        stack: stack_of(&page, &r.headers, r.url),
        method,
        url: r.url.to_string(),
        evidence: ev,
    }
}

/// A diagnosis for a request that got no response at all.
pub fn diagnose_network(failure: NetworkFailure, method: &str, url: &str) -> Diagnosis {
    use NetworkFailure::*;
    let fault = match failure {
        NameNotResolved | TimedOut | ConnectionReset | Unreachable => Fault::Network,
        ConnectionRefused | EmptyResponse | Redirects => Fault::Origin,
        // The answer broke HTTP: the site's server or the service in front.
        Protocol => Fault::Origin,
        // A TLS protocol or cipher error: an HTTPS-scanning antivirus, a
        // proxy or an old system on the visitor's side, or the site's setup.
        // A certificate error likewise: an expired certificate, or a wrong
        // clock, a portal or software that intercepts on the visitor's side.
        TlsFailure | Certificate | BadAddress | Other => Fault::Unknown,
        Offline | NetworkChanged | Proxy | ClientCertificate => Fault::Visitor,
    };
    let method = if method.trim().is_empty() {
        "GET".into()
    } else {
        method.trim().to_ascii_uppercase()
    };
    Diagnosis {
        is_error: true,
        kind: Kind::NetworkFailure,
        status: None,
        status_source: StatusSource::None,
        vendor: vendors::NO_VENDOR.into(),
        vendor_name: "no server answered".into(),
        served_by: None,
        variant: failure.id().to_string(),
        fault,
        vendor_code: None,
        reference: None,
        reference_label: None,
        retry_after_s: None,
        retry_hint: None,
        retryable: failure.retryable() && crate::plan::is_idempotent(&method),
        transient: failure.retryable(),
        network: Some(failure),
        stack: Vec::new(),
        method,
        url: url.to_string(),
        evidence: vec![format!("the browser reported {}", failure.id())],
    }
}

fn pick_vendor(
    body: &vendors::BodyMatch,
    by_headers: &Option<(&'static Vendor, String)>,
    headers: &Headers,
    ev: &mut Vec<String>,
) -> (String, String) {
    let named = |v: &Vendor| (v.id.as_str().to_string(), v.name.to_string());
    match (body.vendor, by_headers) {
        (Some((v, score)), _) if score >= 10 => {
            ev.push(format!(
                "the page is {}'s ({})",
                v.name,
                body.marks.join("; ")
            ));
            named(v)
        }
        (_, Some((v, why))) => {
            ev.push(format!("{why} names {}", v.name));
            named(v)
        }
        (Some((v, score)), None) if score >= 5 => {
            ev.push(format!(
                "the page looks like {}'s ({})",
                v.name,
                body.marks.join("; ")
            ));
            named(v)
        }
        _ => match headers.server_product() {
            Some(token) => {
                ev.push(format!("Server header names {token}"));
                (
                    token.clone(),
                    headers
                        .get("server")
                        .unwrap_or_default()
                        .chars()
                        .take(60)
                        .collect(),
                )
            }
            None => (vendors::UNKNOWN_VENDOR.into(), "an unknown server".into()),
        },
    }
}

/// A bot check: Cloudflare's "Just a moment..." and its kin (each vendor's
/// [`vendors::Challenge`]).
fn is_challenge(status: Option<u16>, headers: &Headers, page: &Page) -> bool {
    let checks = vendors::VENDORS.iter().filter_map(|v| v.challenge.as_ref());
    if checks.clone().any(|c| {
        c.header.is_some_and(|(name, value)| {
            headers
                .get(name)
                .is_some_and(|v| v.trim().eq_ignore_ascii_case(value))
        })
    }) {
        return true;
    }
    if !matches!(status, None | Some(403) | Some(429) | Some(503)) || !page.is_short() {
        return false;
    }
    let title = page.title.as_str();
    checks.into_iter().any(|c| {
        c.titles.iter().any(|t| title.contains(t))
            && c.marks.iter().any(|m| page.markup.contains(m))
    })
}

/// What the vendor's code `code` means: its own entry, or with `any` the
/// entry for every other code.
fn code_meaning(v: &Vendor, code: &str, any: bool) -> Option<&'static vendors::VendorCode> {
    let codes: &'static [vendors::VendorCode] = v.codes;
    codes.iter().find(|c| c.code == code).or_else(|| {
        any.then(|| codes.iter().find(|c| c.code.is_empty()))
            .flatten()
    })
}

fn fault_of(
    status: Option<u16>,
    vendor: Option<&Vendor>,
    variant: &str,
    code: Option<&str>,
    page: &Page,
    ev: &mut Vec<String>,
) -> Fault {
    if let Some(v) = vendor {
        // The vendor's own code says which hop failed.
        if let Some((c, fault)) = code.and_then(|c| {
            code_meaning(v, c, false)
                .and_then(|m| m.fault)
                .map(|f| (c, f))
        }) {
            ev.push(format!(
                "{} error {c}: it blames the {} hop",
                v.name,
                fault.id()
            ));
            return fault;
        }
        // Its page marks the failing hop.
        for (label, fault) in v.fault_labels {
            if page.visible_lower.contains(label) {
                ev.push(format!("{}'s diagram marks \"{label}\"", v.name));
                return *fault;
            }
        }
        if v.origin_statuses
            .is_some_and(|(lo, hi)| status.is_some_and(|s| (lo..=hi).contains(&s)))
        {
            return Fault::Origin;
        }
        if let Some(fault) = code
            .and_then(|c| code_meaning(v, c, true))
            .and_then(|m| m.fault)
        {
            return fault;
        }
        if let Some((_, fault)) = v.blames.iter().find(|(id, _)| *id == *variant) {
            ev.push(format!("this {} page is {}'s own", variant, v.name));
            return *fault;
        }
    }
    if status == Some(511) {
        return Fault::Visitor;
    }
    if let Some(v) = vendor {
        if matches!(v.role, Role::Cdn | Role::LoadBalancer | Role::Proxy) {
            ev.push(format!(
                "{} wrote the page: the hop behind it failed",
                v.name
            ));
        }
    }
    Fault::Origin
}

/// The vendor's own error code, when the page or headers carry one.
fn vendor_code(v: &Vendor, page: &Page, headers: &Headers) -> Option<String> {
    v.code_at.iter().find_map(|at| match *at {
        CodeSource::Header(name) => headers
            .get(name)
            .map(|h| h.split_whitespace().next().unwrap_or(h).to_string()),
        CodeSource::Number {
            prefixes,
            len,
            lead,
        } => {
            let t = &page.visible_lower;
            prefixes.iter().find_map(|prefix| {
                let mut from = 0;
                while let Some(i) = t[from..].find(prefix) {
                    let start = from + i + prefix.len();
                    let digits: String = t[start..]
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect();
                    if digits.len() == len && digits.starts_with(lead) {
                        return Some(digits);
                    }
                    from = start;
                }
                None
            })
        }
        CodeSource::BodyId(prefix) => {
            let i = page.markup.find("<body id=")? + 9;
            let id: String = page.markup[i..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            id.starts_with(prefix).then(|| id.to_ascii_uppercase())
        }
    })
}

/// The first reference found, in the order of the vendors' entries (then
/// the references no vendor owns), whichever vendor wrote the page.
fn reference(page: &Page, headers: &Headers) -> Option<Reference> {
    let patterns = vendors::VENDORS
        .iter()
        .flat_map(|v| v.references)
        .chain(vendors::GENERIC_REFERENCES);
    for vendors::RefPattern {
        label,
        header,
        prefix,
        chars: ok,
    } in patterns
    {
        if !prefix.is_empty() {
            if let Some(i) = page.visible_lower.find(prefix) {
                let start = i + prefix.len();
                // Fastly's reference keeps its "cache-" prefix.
                let start = if prefix.ends_with("cache-") {
                    start - 6
                } else {
                    start
                };
                let value: String = page.visible[start..]
                    .chars()
                    .take_while(|c| ok(*c))
                    .take(80)
                    .collect();
                // Multi-word references (Fastly's) keep their numeric words only.
                let mut words = value.split_whitespace();
                let mut value = words.next().unwrap_or("").to_string();
                for w in words.take_while(|w| w.bytes().all(|b| b.is_ascii_digit())) {
                    value.push(' ');
                    value.push_str(w);
                }
                let value = value.trim_end_matches('.').to_string();
                if value.len() >= 4 {
                    return Some(Reference {
                        label: label.to_string(),
                        value,
                    });
                }
            }
        }
        if !header.is_empty() {
            if let Some(v) = headers.get(header) {
                let value: String = v.chars().take_while(|c| ok(*c)).take(80).collect();
                let value = value.split_whitespace().next().unwrap_or("").to_string();
                if !value.is_empty() {
                    return Some(Reference {
                        label: label.to_string(),
                        value,
                    });
                }
            }
        }
    }
    None
}

/// What comes before "30 seconds" in a hint of when to try again, in the
/// eight languages (lowercase, without the space before the number).
const HINT_LEADS: &[&str] = &[
    "try again in",
    "retry in",
    "back in",
    "versuchen sie es in",
    "erneut in",
    "wieder in",
    "de nuevo en",
    "a intentarlo en",
    "intente en",
    "réessayer dans",
    "réessayez dans",
    "de nouveau dans",
    "novamente em",
    "tente em",
    "через",
];

/// Units of a delay, as the start of their word, with their length in
/// seconds. Japanese and Chinese ones are followed by 後 or 后 ("30秒後に",
/// "5分钟后").
const HINT_UNITS: &[(&str, u64)] = &[
    ("sec", 1),
    ("sek", 1),
    ("seg", 1),
    ("сек", 1),
    ("秒", 1),
    ("min", 60),
    ("мин", 60),
    ("分", 60),
    ("hour", 3600),
    ("stund", 3600),
    ("hora", 3600),
    ("heure", 3600),
    ("час", 3600),
    ("時間", 3600),
    ("小时", 3600),
    ("个小时", 3600),
];

/// The delay a number at `at..end` of `t` gives, when a lead comes before it
/// and a unit after it (or, in Japanese and Chinese, a unit and 後/后).
fn hint_at(t: &str, at: usize, end: usize) -> Option<u64> {
    let after = &t[end..];
    let spaced = after.trim_start();
    // Most numbers on a page are followed by no unit at all: every unit
    // word starts with s, m or h, or with a letter that is not ASCII.
    if !spaced
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b's' | b'm' | b'h') || !b.is_ascii())
    {
        return None;
    }
    let n = t[at..end].parse::<u64>().unwrap_or(u64::MAX); // too many digits: still "a long time"
    for &(unit, scale) in HINT_UNITS {
        let cjk = !unit.is_ascii() && unit.chars().next().is_some_and(|c| c > '\u{3000}');
        let ok = if cjk {
            after
                .strip_prefix(unit)
                .map(|rest| rest.trim_start_matches(['钟', '間']))
                .is_some_and(|rest| rest.starts_with(['後', '后']))
        } else {
            let before = t[..at].trim_end();
            spaced.starts_with(unit) && HINT_LEADS.iter().any(|lead| before.ends_with(lead))
        };
        if ok {
            return Some(n.saturating_mul(scale).min(headers::MAX_DELAY_S));
        }
    }
    None
}

/// Where the first ASCII digit at or after `from` is, eight bytes at a
/// time (a page's text has few digits; wasm32 has no SIMD).
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut at = from;
    while let Some(chunk) = b.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Bit 7 of a byte is set when the byte is between b'0' and b'9'
        // (the test for a byte strictly between 0x2f and 0x3a).
        let low = x & (0x7f * ONES);
        let digits =
            ((0x7f + 0x3a) * ONES - low) & !x & (low + (0x7f - 0x2f) * ONES) & (0x80 * ONES);
        if digits != 0 {
            return Some(at + (digits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    b.get(at..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|i| at + i)
}

/// "Please try again in 30 seconds", "Bitte versuchen Sie es in 5 Minuten
/// erneut", "30秒後に再試行", "in a minute", a meta refresh. One pass over the
/// page's numbers, whatever the language.
fn text_hint(page: &Page) -> Option<RetryHint> {
    let t = &page.visible_lower;
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(start) = next_digit(b, i) {
        let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        if let Some(seconds) = hint_at(t, start, end) {
            return Some(RetryHint {
                seconds,
                source: "page-text".into(),
            });
        }
        i = end;
    }
    // English says "in a minute", "in an hour".
    for lead in ["try again in ", "retry in ", "back in "] {
        if let Some(i) = t.find(lead) {
            let rest: String = t[i + lead.len()..].chars().take(24).collect();
            let mut words = rest
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty());
            let unit = match (words.next(), words.next()) {
                (Some("a" | "an" | "one"), Some(u)) if u != "few" => u,
                _ => continue,
            };
            let scale = match unit {
                u if u.starts_with("sec") => 1,
                u if u.starts_with("min") => 60,
                u if u.starts_with("hour") => 3600,
                _ => continue,
            };
            return Some(RetryHint {
                seconds: scale,
                source: "page-text".into(),
            });
        }
    }
    let i = page
        .markup
        .match_indices("http-equiv=")
        .find(|(i, _)| {
            page.markup[i + 11..]
                .trim_start_matches(['"', '\''])
                .starts_with("refresh")
        })?
        .0;
    let content = page.markup[i..].find("content=")? + i + 8;
    let n: String = page.markup[content..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(char::is_ascii_digit)
        .take(24)
        .collect();
    // Too many digits for a u64 is still "a long time"; every delay is bounded.
    let seconds = if n.is_empty() {
        return None;
    } else {
        n.parse::<u64>()
            .unwrap_or(u64::MAX)
            .min(headers::MAX_DELAY_S)
    };
    (seconds > 0).then(|| RetryHint {
        seconds,
        source: "refresh".into(),
    })
}

/// What the site runs, from the few signs a response gives away.
fn stack_of(page: &Page, headers: &Headers, url: &str) -> Vec<String> {
    let mut out = Vec::new();
    let powered = headers
        .get("x-powered-by")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let link = headers.get("link").unwrap_or_default();
    let wp_paths = page.markup.match_indices("/wp-").any(|(i, _)| {
        let rest = &page.markup[i + 4..];
        rest.starts_with("content/") || rest.starts_with("includes/")
    });
    if wp_paths || link.contains("wp-json") || headers.has("x-pingback") {
        out.push("wordpress".to_string());
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    if powered.contains("php") || path.ends_with(".php") || !out.is_empty() {
        out.push("php".to_string());
    }
    if powered.contains("asp.net") || headers.has("x-aspnet-version") {
        out.push("aspnet".to_string());
    }
    if powered.contains("express") {
        out.push("express".to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::next_digit;

    /// The eight-at-a-time search finds what a search byte by byte finds.
    #[test]
    fn next_digit_finds_the_first() {
        let every: Vec<u8> = (0..=255u8).chain(b"x1y/9:0".iter().copied()).collect();
        for from in 0..every.len() {
            for end in from..every.len().min(from + 40) {
                let h = &every[..end];
                assert_eq!(
                    next_digit(h, from),
                    h[from..]
                        .iter()
                        .position(u8::is_ascii_digit)
                        .map(|i| from + i),
                    "{from}..{end}"
                );
            }
        }
    }
}
