//! Response headers: a small case-insensitive multimap, a strict parser for
//! `Name: value` lines, and the `Retry-After` field (RFC 9110 §10.2.3).

use serde::{Deserialize, Serialize};
use std::fmt;

/// How many header fields are kept; the rest are ignored (a hostile response
/// cannot make diagnosis slow by sending thousands of them).
pub const MAX_FIELDS: usize = 256;
/// How long a single header value may be before it is cut (bytes).
pub const MAX_VALUE_LEN: usize = 8 * 1024;
/// The longest delay read from a response (`Retry-After`, a page's "try
/// again in ..." or its meta refresh), in seconds: a year. Longer ones, up to
/// `Retry-After: 99999999999999999999`, are read as this: no plan waits
/// anywhere near it, and every figure derived from it (in ms, added to a
/// clock) stays an exact JavaScript number (under 2^53), which the wasm
/// boundary requires.
pub const MAX_DELAY_S: u64 = 366 * 86_400;

/// Response header fields in the order they came, looked up without regard
/// to the case of their names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Headers(Vec<(String, String)>);

/// Why a `Name: value` line was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderError {
    line: String,
    why: &'static str,
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed header {:?}: {}", self.line, self.why)
    }
}

impl std::error::Error for HeaderError {}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

impl Headers {
    /// No fields.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a field, trimming the value and cutting overlong ones. Fields
    /// beyond [`MAX_FIELDS`] are dropped.
    pub fn push(&mut self, name: &str, value: &str) {
        if self.0.len() >= MAX_FIELDS {
            return;
        }
        let mut value = value.trim();
        if value.len() > MAX_VALUE_LEN {
            let mut end = MAX_VALUE_LEN;
            while !value.is_char_boundary(end) {
                end -= 1;
            }
            value = &value[..end];
        }
        self.0.push((name.trim().to_string(), value.to_string()));
    }

    /// Builder form of [`Headers::push`].
    pub fn with(mut self, name: &str, value: &str) -> Self {
        self.push(name, value);
        self
    }

    /// Parses one `Name: value` line as given on a command line.
    pub fn parse_line(line: &str) -> Result<(String, String), HeaderError> {
        let err = |why| HeaderError {
            line: line.chars().take(80).collect(),
            why,
        };
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| err("expected 'Name: value'"))?;
        if name.is_empty() {
            return Err(err("the name is empty"));
        }
        if !name.chars().all(is_token_char) {
            return Err(err(
                "the name may only hold letters, digits and !#$%&'*+-.^_`|~",
            ));
        }
        if value.chars().any(|c| c == '\r' || c == '\n' || c == '\0') {
            return Err(err("the value holds a line break or NUL"));
        }
        Ok((name.to_string(), value.trim().to_string()))
    }

    /// The first value of a field, by case-insensitive name.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether a field is present.
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// All fields, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    /// Number of fields kept.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The product token of `Server`, lowercased: `Foo/1.2 (Unix)` gives `foo`.
    pub fn server_product(&self) -> Option<String> {
        let v = self.get("server")?;
        let token: String = v
            .split(|c: char| c == '/' || c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| is_token_char(*c))
            .take(40)
            .collect::<String>()
            .to_ascii_lowercase();
        (!token.is_empty()).then_some(token)
    }
}

impl<S: Into<String>, T: Into<String>> FromIterator<(S, T)> for Headers {
    fn from_iter<I: IntoIterator<Item = (S, T)>>(iter: I) -> Self {
        let mut h = Headers::new();
        for (n, v) in iter {
            h.push(&n.into(), &v.into());
        }
        h
    }
}

/// `Retry-After` read as a delay in whole seconds.
///
/// The field is either a number of seconds or an HTTP-date; a date is turned
/// into a delay against `reference_ms` (the response's `Date` field when it
/// has one, else the caller's clock). A date in the past means "now" (0).
/// Delays past [`MAX_DELAY_S`] are read as that. Anything unreadable gives
/// `None`.
pub fn retry_after_seconds(value: &str, reference_ms: Option<u64>) -> Option<u64> {
    let v = value.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        // Huge numbers saturate rather than fail: they are still "a long time".
        return Some(v.parse::<u64>().unwrap_or(u64::MAX).min(MAX_DELAY_S));
    }
    let at = parse_http_date(v)?;
    let now = reference_ms? / 1000;
    Some(at.saturating_sub(now).min(MAX_DELAY_S))
}

/// Parses an HTTP-date (IMF-fixdate, and the obsolete RFC 850 and asctime
/// forms) into seconds since the Unix epoch.
pub fn parse_http_date(s: &str) -> Option<u64> {
    let parts: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    let (day, month, year, time) = match parts.as_slice() {
        // Sun, 06 Nov 1994 08:49:37 GMT
        [_, d, m, y, t, "GMT"] if !d.contains('-') => (*d, *m, *y, *t),
        // Sunday, 06-Nov-94 08:49:37 GMT
        [_, dmy, t, "GMT"] => {
            let mut it = dmy.split('-');
            let (d, m, y) = (it.next()?, it.next()?, it.next()?);
            (d, m, y, *t)
        }
        // Sun Nov  6 08:49:37 1994
        [_, m, d, t, y] => (*d, *m, *y, *t),
        _ => return None,
    };
    let day: u64 = day.parse().ok()?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| m.eq_ignore_ascii_case(month))? as u64
        + 1;
    let mut year: u64 = year.parse().ok()?;
    if year < 100 {
        year += if year < 70 { 2000 } else { 1900 };
    }
    let mut hms = time.split(':').map(|p| p.parse::<u64>().ok());
    let (h, mi, se) = (hms.next()??, hms.next()??, hms.next()??);
    if !(1..=31).contains(&day) || h > 23 || mi > 59 || se > 60 || !(1970..=9999).contains(&year) {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86_400 + h * 3600 + mi * 60 + se)
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's
/// algorithm), for years from 1970.
fn days_from_civil(y: u64, m: u64, d: u64) -> u64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_date_forms() {
        let want = Some(784_111_777);
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), want);
        assert_eq!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), want);
        assert_eq!(parse_http_date("Sun Nov  6 08:49:37 1994"), want);
        assert_eq!(parse_http_date("yesterday"), None);
        assert_eq!(parse_http_date("Sun, 32 Nov 1994 08:49:37 GMT"), None);
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(retry_after_seconds("120", None), Some(120));
        assert_eq!(retry_after_seconds(" 5 ", None), Some(5));
        assert_eq!(
            retry_after_seconds("99999999999999999999999", None),
            Some(MAX_DELAY_S)
        );
        assert_eq!(
            retry_after_seconds("Fri, 31 Dec 9999 23:59:59 GMT", Some(0)),
            Some(MAX_DELAY_S)
        );
        let date_ms = 784_111_777_000;
        assert_eq!(
            retry_after_seconds("Sun, 06 Nov 1994 08:50:37 GMT", Some(date_ms)),
            Some(60)
        );
        assert_eq!(
            retry_after_seconds("Sun, 06 Nov 1994 08:40:37 GMT", Some(date_ms)),
            Some(0)
        );
        assert_eq!(
            retry_after_seconds("Sun, 06 Nov 1994 08:50:37 GMT", None),
            None
        );
        assert_eq!(retry_after_seconds("-5", None), None);
        assert_eq!(retry_after_seconds("soon", Some(date_ms)), None);
    }

    #[test]
    fn header_lines() {
        assert_eq!(
            Headers::parse_line("Server: nginx/1.2").unwrap(),
            ("Server".into(), "nginx/1.2".into())
        );
        assert!(Headers::parse_line("no colon").is_err());
        assert!(Headers::parse_line(": empty").is_err());
        assert!(Headers::parse_line("Bad Name: x").is_err());
        let h: Headers = [("Server", "Microsoft-HTTPAPI/2.0")].into_iter().collect();
        assert_eq!(h.server_product().as_deref(), Some("microsoft-httpapi"));
        assert_eq!(h.get("SERVER"), Some("Microsoft-HTTPAPI/2.0"));
    }

    #[test]
    fn bounded_fields() {
        let mut h = Headers::new();
        for i in 0..1000 {
            h.push(&format!("x-{i}"), &"v".repeat(10_000));
        }
        assert_eq!(h.len(), MAX_FIELDS);
        assert!(h.get("x-0").unwrap().len() <= MAX_VALUE_LEN);
    }
}
