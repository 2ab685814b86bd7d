//! Text output for people in a terminal. Every string that came from a
//! page, a server or an argument goes through [`t`] (one line, control
//! characters made visible); `main` passes the whole text through
//! [`terminal::block`] before printing it.

use crate::fetch::{Hop, Trace};
use crate::terminal;
use gatewise::plan::{Basis, Decision, StopReason};
use gatewise::{Audience, Card, Diagnosis};
use std::borrow::Cow;

/// Text from outside, made safe for one line of a terminal.
fn t(s: &str) -> Cow<'_, str> {
    terminal::line(s)
}

const WIDTH: usize = 78;

/// Wraps `text` to the width, each line starting with `indent`.
fn wrap(text: &str, indent: &str, first: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    for word in text.split_whitespace() {
        if line.chars().count() + word.chars().count() + 1 > WIDTH
            && !line.trim().is_empty()
            && line != first
        {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.to_string();
        }
        if !line.is_empty() && !line.ends_with(' ') {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(line.trim_end());
    out
}

pub fn diagnosis(d: &Diagnosis) -> String {
    let mut o = Vec::new();
    let status = d.status.map_or("no status".to_string(), |s| s.to_string());
    let verdict = match d.kind {
        gatewise::Kind::ServerError => "a server-side failure",
        gatewise::Kind::ClientError => "not an outage (a 4xx answer)",
        gatewise::Kind::Challenge => "not an outage (a bot check)",
        gatewise::Kind::NotAnError => "not an outage",
        gatewise::Kind::NetworkFailure => "no response at all",
    };
    o.push(format!("{status}: {verdict}"));
    o.push(format!("  vendor     {} ({})", t(&d.vendor), t(&d.variant)));
    if let Some(s) = &d.served_by {
        o.push(format!("  served by  {}", t(s)));
    }
    o.push(format!("  fault      {}", d.fault.id()));
    if let Some(r) = &d.reference {
        o.push(format!(
            "  reference  {} {}",
            t(d.reference_label.as_deref().unwrap_or("")),
            t(r)
        ));
    }
    if let Some(c) = &d.vendor_code {
        o.push(format!("  code       {}", t(c)));
    }
    let retry = match (&d.retry_hint, d.retryable) {
        (Some(h), true) => format!("yes, not before {} s ({})", h.seconds, t(&h.source)),
        (None, true) => "yes".into(),
        (_, false) if d.transient => format!("no: {} is never re-sent automatically", t(&d.method)),
        (_, false) => "no".into(),
    };
    o.push(format!("  retry      {retry}"));
    o.push("  evidence".into());
    for e in &d.evidence {
        o.push(wrap(&t(e), "      ", "    - "));
    }
    o.join("\n")
}

pub fn card(c: &Card) -> String {
    let mut o = Vec::new();
    o.push(format!("{} — {}", t(&c.title), t(&c.headline)));
    o.push(String::new());
    o.push(wrap(&t(&c.what_happened), "", ""));
    o.push(String::new());
    o.push(wrap(
        &t(&c.fault_text),
        "  ",
        &format!("{} ", c.labels.whose_fault),
    ));
    let boxes: Vec<String> = c
        .diagram
        .iter()
        .map(|h| {
            let mark = match h.state {
                gatewise::explain::HopState::Ok => c.labels.working,
                gatewise::explain::HopState::Failed => c.labels.failing,
                gatewise::explain::HopState::Unknown => c.labels.unknown,
            };
            format!("[{}: {mark}]", t(&h.label))
        })
        .collect();
    o.push(format!("  {}", boxes.join(" --> ")));
    if let Some(v) = &c.vendor_line {
        o.push(format!("  {}", t(v)));
    }
    if let Some(r) = &c.reference {
        o.push(format!("  {} {}", t(&r.label), t(&r.value)));
    }
    if let Some(i) = &c.incident_text {
        o.push(wrap(&t(i), "  ", "  "));
    }
    let visitor = || {
        let mut v = vec![String::new(), c.labels.visitor_title.to_string()];
        for (n, s) in c.visitor_steps.iter().enumerate() {
            let number = format!("  {:>2}. ", n + 1);
            let indent = " ".repeat(number.len());
            v.push(wrap(
                &format!("{}. {}", t(&s.title), t(&s.detail)),
                &indent,
                &number,
            ));
            if let Some(cmd) = &s.command {
                v.push(format!("{indent}  $ {}", t(cmd)));
            }
        }
        v
    };
    let owner = || {
        let mut v = vec![String::new(), c.labels.owner_title.to_string()];
        for s in &c.owner_steps {
            v.push(wrap(&t(&s.title), "    ", "  - "));
        }
        v
    };
    if c.is_error {
        match c.audience {
            Audience::Visitor => {
                o.extend(visitor());
                o.extend(owner());
            }
            Audience::Owner => {
                o.extend(owner());
                o.extend(visitor());
            }
        }
    }
    o.push(String::new());
    o.extend(c.report.lines().map(|l| format!("  {}", t(l))));
    o.join("\n")
}

fn secs(ms: u64) -> String {
    if ms < 60_000 {
        format!("{:.1} s", ms as f64 / 1000.0)
    } else {
        format!("{}m{:02}s", ms / 60_000, ms % 60_000 / 1000)
    }
}

pub fn schedule(d: &Diagnosis, plan: &[Decision], seed: u64) -> String {
    let what = d
        .status
        .map_or_else(|| d.variant.clone(), |s| s.to_string());
    let mut o = vec![format!(
        "Retry plan for {} {} {} (seed {seed})",
        t(&what),
        t(&d.method),
        t(&d.url)
    )
    .replace("  ", " ")];
    let start = plan.first().and_then(|p| match p {
        Decision::Retry {
            at_ms, delay_ms, ..
        } => Some(at_ms - delay_ms),
        _ => None,
    });
    for p in plan {
        match p {
            Decision::Retry {
                attempt,
                delay_ms,
                at_ms,
                probe,
                basis,
            } => {
                let how = if *probe {
                    "probe, reload if it answers"
                } else {
                    "reload"
                };
                let why = match basis {
                    Basis::Backoff => "backoff",
                    Basis::RetryAfter => "Retry-After",
                    Basis::PageHint => "page hint",
                };
                o.push(format!(
                    "  #{attempt:<2} wait {:>8}   at +{:>8}   {how}   ({why})",
                    secs(*delay_ms),
                    secs(at_ms - start.unwrap_or(*at_ms))
                ));
            }
            Decision::Stop { reason } => {
                o.push(format!("  stop: {}", stop_reason(reason)));
            }
        }
    }
    o.join("\n")
}

/// Why a plan stops, for people.
pub fn stop_reason(reason: &StopReason) -> String {
    match reason {
        StopReason::NotAnError => "not an outage: nothing to retry".to_string(),
        StopReason::ClientError => "a 4xx answer: retrying changes nothing".into(),
        StopReason::Challenge => "a bot check: it needs you, not a retry".into(),
        StopReason::UnsafeMethod { method } => {
            format!("{} is never re-sent automatically", t(method))
        }
        StopReason::NotRetryable => "this failure does not pass with time".into(),
        StopReason::NotSelected => "this code is not in the retried set".into(),
        StopReason::AttemptsExhausted => "all attempts used".into(),
        StopReason::TimeExhausted => "time budget used".into(),
        StopReason::RetryAfterTooLong { seconds } => {
            format!("the server asks for {seconds} s, longer than Gatewise waits")
        }
        StopReason::StoppedByUser => "stopped".into(),
    }
}

/// The reason phrase people know for a code.
fn reason_of(status: u16) -> &'static str {
    gatewise::codes::info(status)
        .map(|i| i.reason)
        .or_else(|| {
            ureq::http::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason())
        })
        .unwrap_or("")
}

/// `502 Bad Gateway`, or why nothing came back.
pub fn answer(hop: &Hop) -> String {
    match (&hop.failure, hop.status) {
        (Some(f), _) => format!("no response: {} ({})", f.kind.id(), t(&f.detail)),
        (None, Some(s)) => format!("{s} {}", reason_of(s)).trim_end().to_string(),
        (None, None) => "no response".into(),
    }
}

fn duration(ms: f64) -> String {
    if ms < 1000.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// `dns 0.1 ms · connect 0.2 ms · tls 12.0 ms · first byte 30.1 ms · total 43.0 ms`
pub fn timings(tm: &crate::fetch::Timings) -> String {
    let phases = [
        ("dns", tm.dns_ms),
        ("connect", tm.connect_ms),
        ("tls", tm.tls_ms),
        ("first byte", tm.first_byte_ms),
    ];
    let mut parts: Vec<String> = phases
        .iter()
        .filter_map(|(name, v)| v.map(|v| format!("{name} {}", duration(v))))
        .collect();
    parts.push(format!("total {}", duration(tm.total_ms)));
    parts.join(" · ")
}

/// Every hop of a fetch: the request, the answer, the timings; the
/// redirects' targets, and the last answer's headers and body size.
pub fn trace(tr: &Trace) -> String {
    let mut o = Vec::new();
    for (i, h) in tr.hops.iter().enumerate() {
        let last = i + 1 == tr.hops.len();
        let note = if h.other_origin {
            "   (another origin)"
        } else {
            ""
        };
        o.push(format!("#{} GET {}{note}", i + 1, t(&h.url)));
        let version = h
            .version
            .as_deref()
            .filter(|_| h.failure.is_none())
            .map(|v| format!("{v} "))
            .unwrap_or_default();
        let address = h.address.map(|a| format!("   ({a})")).unwrap_or_default();
        o.push(format!("   {version}{}{address}", answer(h)));
        o.push(format!("   {}", timings(&h.timings)));
        if !last {
            if let Some(l) = &h.location {
                o.push(format!("   -> {}", t(l)));
            }
            continue;
        }
        for (name, value) in &h.headers {
            o.push(format!("   {}: {}", t(name), t(value)));
        }
        if h.failure.is_none() {
            let mut body = format!("   body: {} bytes", tr.body_bytes);
            if tr.body_truncated {
                body = format!(
                    "   body: the first {} KiB read, the rest left unread",
                    gatewise::text::SCAN_LIMIT / 1024
                );
            }
            if let Some(e) = &tr.body_error {
                body.push_str(&format!(", then it stopped: {}", t(e)));
            }
            o.push(body);
        }
    }
    if let Some(why) = &tr.stopped {
        o.push(format!("stopped following redirects: {}", t(why)));
    }
    o.join("\n")
}

/// One probe in a line: `502 Bad Gateway · nginx · fault: origin · 1.2 ms`.
pub fn probe(tr: &Trace, d: &Diagnosis) -> String {
    let last = tr.last();
    let mut parts = vec![answer(last)];
    if d.is_error && !matches!(d.vendor.as_str(), "unknown" | "none") {
        parts.push(t(&d.vendor_name).into_owned());
    }
    if d.is_error {
        parts.push(format!("fault: {}", d.fault.id()));
    }
    if tr.hops.len() > 1 {
        let n = tr.hops.len() - 1;
        parts.push(format!(
            "after {n} redirect{}",
            if n == 1 { "" } else { "s" }
        ));
    }
    parts.push(duration(tr.hops.iter().map(|h| h.timings.total_ms).sum()));
    parts.join(" · ")
}
