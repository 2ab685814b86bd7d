//! The support report: plain text a visitor pastes into a support form.

use super::{Card, ExplainContext, Words};
use crate::diagnose::Diagnosis;

/// Formats ms since the epoch, shifted by `offset_min`, as
/// `2026-11-21 08:30 UTC+01:00`.
pub fn format_time(ms: u64, offset_min: i32) -> String {
    let offset_min = offset_min.clamp(-14 * 60, 14 * 60);
    let secs = (ms / 1000) as i64 + i64::from(offset_min) * 60;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let sign = if offset_min < 0 { '-' } else { '+' };
    let off = offset_min.unsigned_abs();
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC{sign}{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        off / 60,
        off % 60
    )
}

/// Howard Hinnant's days-to-civil.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

pub(super) fn render(d: &Diagnosis, card: &Card, ctx: &ExplainContext, l: &Words) -> String {
    let w = &l.report;
    let mut lines = vec![w.heading.to_string()];
    let mut field = |k: &str, v: String| lines.push(format!("{k}: {v}"));
    if !d.url.is_empty() {
        field(w.url, format!("{} {}", d.method, d.url));
    }
    if let Some(ms) = ctx.started_ms {
        field(w.started, format_time(ms, ctx.tz_offset_min));
    }
    field(w.error, format!("{} ({})", card.title, card.headline));
    if let Some(line) = &card.vendor_line {
        field(
            w.server,
            line.trim_start_matches(card.labels.written_by)
                .trim()
                .to_string(),
        );
    }
    if let Some(code) = &card.vendor_code {
        field(w.vendor_code, code.clone());
    }
    if let Some(r) = &card.reference {
        field(
            w.reference,
            format!("{} {}", r.label, r.value).trim().to_string(),
        );
    }
    if let Some(h) = d.retry_hint.as_ref().filter(|h| h.seconds > 0) {
        field(
            w.retry_after,
            format!(
                "{} ({})",
                (l.duration)(h.seconds),
                (w.retry_source)(&h.source)
            ),
        );
    }
    if d.is_error {
        // The hop in words, and the diagram's name for it (the CDN's name,
        // the site's host), so the report and the card cannot disagree.
        let named = card.diagram.iter().find(|h| {
            h.state == super::HopState::Failed
                && h.id != "visitor"
                && h.label != card.labels.network
        });
        match named {
            Some(hop) => field(w.hop, format!("{} ({})", (w.hop_name)(d.fault), hop.label)),
            None => field(w.hop, (w.hop_name)(d.fault).to_string()),
        }
    }
    let mut tried = Vec::new();
    if ctx.attempts > 0 {
        tried.push((w.retries)(ctx.attempts));
    }
    tried.extend(
        ctx.tried
            .iter()
            .map(|t| t.chars().take(200).collect::<String>()),
    );
    if !tried.is_empty() {
        field(w.tried, tried.join("; "));
    }
    if let Some(b) = &ctx.browser {
        field(w.browser, b.chars().take(200).collect());
    }
    if let Some(text) = &card.incident_text {
        lines.push(text.clone());
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::format_time;

    #[test]
    fn times() {
        assert_eq!(format_time(0, 0), "1970-01-01 00:00 UTC+00:00");
        assert_eq!(
            format_time(1_795_250_000_000, 60),
            "2026-11-21 09:33 UTC+01:00"
        );
        assert_eq!(
            format_time(1_795_250_000_000, -330),
            "2026-11-21 03:03 UTC-05:30"
        );
    }
}
