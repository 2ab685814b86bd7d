//! Status codes: reason phrases, how a page's text names them, and which
//! of them a retry can help.

use crate::text::Page;

/// What the core knows about one status code.
#[derive(Clone, Copy, Debug)]
pub struct CodeInfo {
    /// The code.
    pub code: u16,
    /// Its reason phrase (registered, or the vendor's for unofficial codes).
    pub reason: &'static str,
    /// Whether waiting and retrying plausibly helps.
    pub retryable: bool,
}

const fn c(code: u16, reason: &'static str, retryable: bool) -> CodeInfo {
    CodeInfo { code, reason, retryable }
}

/// Every 5xx code the core explains, and the 4xx codes it must recognise so
/// as never to call them an outage.
pub const CODES: &[CodeInfo] = &[
    c(400, "Bad Request", false),
    c(401, "Unauthorized", false),
    c(403, "Forbidden", false),
    c(404, "Not Found", false),
    c(405, "Method Not Allowed", false),
    c(407, "Proxy Authentication Required", false),
    c(408, "Request Timeout", false),
    c(410, "Gone", false),
    c(429, "Too Many Requests", false),
    c(500, "Internal Server Error", true),
    c(501, "Not Implemented", false),
    c(502, "Bad Gateway", true),
    c(503, "Service Unavailable", true),
    c(504, "Gateway Timeout", true),
    c(505, "HTTP Version Not Supported", false),
    c(506, "Variant Also Negotiates", false),
    c(507, "Insufficient Storage", true),
    c(508, "Loop Detected", false),
    c(509, "Bandwidth Limit Exceeded", true),
    c(510, "Not Extended", false),
    c(511, "Network Authentication Required", false),
    c(520, "Web Server Returned an Unknown Error", true),
    c(521, "Web Server Is Down", true),
    c(522, "Connection Timed Out", true),
    c(523, "Origin Is Unreachable", true),
    c(524, "A Timeout Occurred", true),
    c(525, "SSL Handshake Failed", false),
    c(526, "Invalid SSL Certificate", false),
    c(527, "Railgun Error", true),
    c(530, "Origin Error", true),
    c(598, "Network Read Timeout Error", true),
    c(599, "Network Connect Timeout Error", true),
];

/// What the core knows about `code`, if anything.
pub fn info(code: u16) -> Option<&'static CodeInfo> {
    CODES.iter().find(|i| i.code == code)
}

/// Whether `code` is a server-side failure (5xx).
pub fn is_server_error(code: u16) -> bool {
    (500..=599).contains(&code)
}

/// Whether a retry plausibly helps for `code` (unknown 5xx codes: yes).
pub fn is_retryable(code: u16) -> bool {
    info(code).map_or(is_server_error(code), |i| i.retryable)
}

/// Phrases that name a status without its number, as titles and headings do.
const PHRASES: &[(&str, u16)] = &[
    ("bad gateway", 502),
    ("gateway time-out", 504),
    ("gateway timeout", 504),
    ("service temporarily unavailable", 503),
    ("service unavailable", 503),
    ("service not available", 503),
    ("internal server error", 500),
    ("web server is down", 521),
    ("origin is unreachable", 523),
    ("ssl handshake failed", 525),
    ("invalid ssl certificate", 526),
    ("too many requests", 429),
    ("not found", 404),
    ("forbidden", 403),
];

/// How sure a status read from text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// A number next to error words, or a reason phrase alone as a heading.
    Weak,
    /// "Error 502", "Error code 522", "HTTP Error 503", "502 Bad Gateway" as
    /// the title or a heading.
    Strong,
}

/// Where in `s` the 3-digit status-like numbers are.
fn numbers(s: &str) -> impl Iterator<Item = (usize, u16)> + '_ {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(2)).filter_map(move |i| {
        let digits = b[i].is_ascii_digit() && b[i + 1].is_ascii_digit() && b[i + 2].is_ascii_digit();
        let alone = (i == 0 || !b[i - 1].is_ascii_alphanumeric()) && (i + 3 == b.len() || !b[i + 3].is_ascii_alphanumeric());
        if !(digits && alone) {
            return None;
        }
        let n = (b[i] - b'0') as u16 * 100 + (b[i + 1] - b'0') as u16 * 10 + (b[i + 2] - b'0') as u16;
        (400..=599).contains(&n).then_some((i, n))
    })
}

/// Every distinct code the text names as a status, in order: an error page
/// names one; a page that names several is about errors, not one.
pub fn codes_named(s: &str) -> Vec<u16> {
    let mut out: Vec<u16> = Vec::new();
    for (i, n) in numbers(s) {
        if classify(s, i, n, false).is_some() && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Reads a status from one line of text (lowercase). `anchored` is true for
/// a title or a heading, where a bare "502 bad gateway" counts.
pub fn status_in_line(s: &str, anchored: bool) -> Option<(u16, Confidence)> {
    if let Some(hit) = numbers(s).find_map(|(i, n)| classify(s, i, n, anchored).map(|c| (n, c))) {
        return Some(hit);
    }
    if anchored && !s.is_empty() {
        for (p, code) in PHRASES {
            let starts = s.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '));
            let ends = s.strip_suffix(p).is_some_and(|head| head.ends_with(' '));
            if starts || ends {
                return Some((*code, Confidence::Weak));
            }
        }
    }
    None
}

/// How surely the number `n` at byte `i` of `s` names a status.
fn classify(s: &str, i: usize, n: u16, anchored: bool) -> Option<Confidence> {
    {
        let before = s[..i].trim_end();
        let after = s[i + 3..].trim_start();
        let reason = info(n).map(|c| c.reason);
        let follows = |r: &str| after.get(..r.len()).is_some_and(|a| a.eq_ignore_ascii_case(r));
        let names_error = ["error code", "error code:", "error", "error:", "http error", "http", "status", "status code", "(error code:"]
            .iter()
            .any(|p| before.ends_with(p));
        let reason_follows = reason.is_some_and(follows)
            || PHRASES.iter().any(|(p, code)| *code == n && after.starts_with(p))
            || after.starts_with("server error")
            || after.starts_with("proxy error")
            || after.starts_with("error");
        let at_start = before.is_empty() || before.ends_with('|') || before.ends_with(':');
        let punct = after.starts_with('.') || after.starts_with(':') || after.starts_with('-') || after.starts_with(')');
        if names_error {
            return Some(Confidence::Strong);
        }
        if anchored && at_start && (reason_follows || punct || after.is_empty()) {
            return Some(Confidence::Strong);
        }
        if before.ends_with('(') && (reason_follows || (after.starts_with(')') && before.contains("error"))) {
            return Some(Confidence::Strong);
        }
        if reason_follows {
            return Some(Confidence::Weak);
        }
    }
    None
}

/// The status a page's own text names, looking at the title, then the
/// headings, then the first lines of visible text.
pub fn status_in_page(page: &Page) -> Option<(u16, Confidence)> {
    let head: String = page.visible_lower.chars().take(400).collect();
    let mut found: Option<(u16, Confidence)> = None;
    let title = page.title.split(" | ").flat_map(|t| t.split(" - ")).map(str::trim);
    let candidates = title.map(|t| (t, true)).chain(page.headings.split(" | ").map(|h| (h, true))).chain([(page.title.as_str(), true), (head.as_str(), false)]);
    for (line, anchored) in candidates {
        if let Some(hit) = status_in_line(line, anchored) {
            if hit.1 == Confidence::Strong {
                return Some(hit);
            }
            found = found.or(Some(hit));
        }
    }
    if found.is_none() && page.is_short() {
        // A short page may name its code further down ("Error: 429, Too Many Requests").
        if let Some(hit) = status_in_line(&page.visible_lower, false).filter(|h| h.1 == Confidence::Strong) {
            return Some(hit);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let strong = |s, a| status_in_line(s, a).filter(|h| h.1 == Confidence::Strong).map(|h| h.0);
        assert_eq!(strong("502 bad gateway", true), Some(502));
        assert_eq!(strong("error code 522", false), Some(522));
        assert_eq!(strong("error 502 (server error)!!1", true), Some(502));
        assert_eq!(strong("502. that's an error.", false), None);
        assert_eq!(strong("502. that's an error.", true), Some(502));
        assert_eq!(strong("http error 503. the service is unavailable.", false), Some(503));
        assert_eq!(strong("api.thegraph.com | 502: bad gateway", true), Some(502));
        assert_eq!(codes_named("error 502 bad gateway or error 504 gateway timeout"), vec![502, 504]);
        assert_eq!(strong("502: bad gateway", true), Some(502));
        assert_eq!(strong("please try again in a minute (error code: 503)", false), Some(503));
        assert_eq!(strong("temporary error (502)", true), Some(502));
        assert_eq!(strong("how to fix a 502 bad gateway error", true), None);
        assert_eq!(strong("the 5023 report", true), None);
        assert_eq!(status_in_line("bad gateway", true), Some((502, Confidence::Weak)));
        assert_eq!(status_in_line("page 404 of 900", false), None);
    }
}
