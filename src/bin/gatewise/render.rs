//! Text output for people in a terminal.

use gatewise::plan::{Basis, Decision, StopReason};
use gatewise::{Audience, Card, Diagnosis};

const WIDTH: usize = 78;

/// Wraps `text` to the width, each line starting with `indent`.
fn wrap(text: &str, indent: &str, first: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    for word in text.split_whitespace() {
        if line.chars().count() + word.chars().count() + 1 > WIDTH && !line.trim().is_empty() && line != first {
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
    o.push(format!("  vendor     {} ({})", d.vendor, d.variant));
    if let Some(s) = &d.served_by {
        o.push(format!("  served by  {s}"));
    }
    o.push(format!("  fault      {}", d.fault.id()));
    if let Some(r) = &d.reference {
        o.push(format!("  reference  {} {r}", d.reference_label.as_deref().unwrap_or("")));
    }
    if let Some(c) = &d.vendor_code {
        o.push(format!("  code       {c}"));
    }
    let retry = match (&d.retry_hint, d.retryable) {
        (Some(h), true) => format!("yes, not before {} s ({})", h.seconds, h.source),
        (None, true) => "yes".into(),
        (_, false) => "no".into(),
    };
    o.push(format!("  retry      {retry}"));
    o.push("  evidence".into());
    for e in &d.evidence {
        o.push(wrap(e, "      ", "    - "));
    }
    o.join("\n")
}

pub fn card(c: &Card) -> String {
    let mut o = Vec::new();
    o.push(format!("{} — {}", c.title, c.headline));
    o.push(String::new());
    o.push(wrap(&c.what_happened, "", ""));
    o.push(String::new());
    o.push(wrap(&c.fault_text, "  ", &format!("{} ", c.labels.whose_fault)));
    let boxes: Vec<String> = c
        .diagram
        .iter()
        .map(|h| {
            let mark = match h.state {
                gatewise::explain::HopState::Ok => "ok",
                gatewise::explain::HopState::Failed => "FAILED",
                gatewise::explain::HopState::Unknown => "?",
            };
            format!("[{}: {mark}]", h.label)
        })
        .collect();
    o.push(format!("  {}", boxes.join(" --> ")));
    if let Some(v) = &c.vendor_line {
        o.push(format!("  {v}"));
    }
    if let Some(r) = &c.reference {
        o.push(format!("  {} {}", r.label, r.value));
    }
    if let Some(i) = &c.incident_text {
        o.push(wrap(i, "  ", "  "));
    }
    let visitor = || {
        let mut v = vec![String::new(), c.labels.visitor_title.to_string()];
        for (n, s) in c.visitor_steps.iter().enumerate() {
            let number = format!("  {:>2}. ", n + 1);
            let indent = " ".repeat(number.len());
            v.push(wrap(&format!("{}. {}", s.title, s.detail), &indent, &number));
            if let Some(cmd) = &s.command {
                v.push(format!("{indent}  $ {cmd}"));
            }
        }
        v
    };
    let owner = || {
        let mut v = vec![String::new(), c.labels.owner_title.to_string()];
        for s in &c.owner_steps {
            v.push(wrap(&s.title, "    ", "  - "));
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
    o.push("Report".into());
    o.extend(c.report.lines().map(|l| format!("  {l}")));
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
    let what = d.status.map_or_else(|| d.variant.clone(), |s| s.to_string());
    let mut o = vec![format!("Retry plan for {what} {} {} (seed {seed})", d.method, d.url).replace("  ", " ")];
    let start = plan.first().and_then(|p| match p {
        Decision::Retry { at_ms, delay_ms, .. } => Some(at_ms - delay_ms),
        _ => None,
    });
    for p in plan {
        match p {
            Decision::Retry { attempt, delay_ms, at_ms, probe, basis } => {
                let how = if *probe { "probe, reload if it answers" } else { "reload" };
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
                let why = match reason {
                    StopReason::NotAnError => "not an outage: nothing to retry".to_string(),
                    StopReason::ClientError => "a 4xx answer: retrying changes nothing".into(),
                    StopReason::Challenge => "a bot check: it needs you, not a retry".into(),
                    StopReason::UnsafeMethod { method } => format!("{method} is never re-sent automatically"),
                    StopReason::NotRetryable => "this failure does not pass with time".into(),
                    StopReason::NotSelected => "this code is not in the retried set".into(),
                    StopReason::AttemptsExhausted => "all attempts used".into(),
                    StopReason::TimeExhausted => "time budget used".into(),
                    StopReason::RetryAfterTooLong { seconds } => format!("the server asks for {seconds} s, longer than Gatewise waits"),
                    StopReason::StoppedByUser => "stopped".into(),
                };
                o.push(format!("  stop: {why}"));
            }
        }
    }
    o.join("\n")
}
