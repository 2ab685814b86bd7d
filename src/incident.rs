//! Incidents: one origin's history of failures, judged.

use serde::{Deserialize, Serialize};

/// A failure streak older than this is persistent (15 minutes).
pub const PERSISTENT_AFTER_MS: u64 = 15 * 60_000;
/// Failures further apart than this belong to different incidents (30 min).
pub const SAME_INCIDENT_GAP_MS: u64 = 30 * 60_000;
/// How many observations are looked at, newest first.
pub const MAX_HISTORY: usize = 1000;

/// One visit or probe of the origin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    /// When (ms since epoch).
    pub at_ms: u64,
    /// Whether the site answered normally.
    pub ok: bool,
    /// The status seen, if any.
    #[serde(default)]
    pub status: Option<u16>,
    /// Where it was seen from (a browser, a network), if known.
    #[serde(default)]
    pub vantage: Option<String>,
}

/// The verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IncidentState {
    /// No recent failure.
    Healthy,
    /// Failing for a few minutes, from one place: most pass by themselves.
    Temporary,
    /// Failing for more than 15 minutes, or from several places.
    Persistent,
    /// It failed, and the last visit worked.
    Recovered,
}

/// One origin's incident, as the card tells it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incident {
    /// The verdict.
    pub state: IncidentState,
    /// When the failures began (ms), if there are any.
    pub since_ms: Option<u64>,
    /// How long it has failed (or did fail, once recovered), in ms.
    pub duration_ms: u64,
    /// Failures in the streak.
    pub failures: u32,
    /// Distinct places that saw them.
    pub vantages: u32,
}

/// Judges the history of one origin at `now_ms`.
pub fn judge(history: &[Observation], now_ms: u64) -> Incident {
    let mut seen: Vec<&Observation> = history.iter().filter(|o| o.at_ms <= now_ms).collect();
    seen.sort_by_key(|o| o.at_ms);
    let seen = &seen[seen.len().saturating_sub(MAX_HISTORY)..];
    let healthy = Incident {
        state: IncidentState::Healthy,
        since_ms: None,
        duration_ms: 0,
        failures: 0,
        vantages: 0,
    };
    let Some(last) = seen.last() else {
        return healthy;
    };
    // The streak: the failures just before the end (or before the last success).
    let end = if last.ok { seen.len() - 1 } else { seen.len() };
    let mut start = end;
    while start > 0 && !seen[start - 1].ok {
        if start < end && seen[start].at_ms - seen[start - 1].at_ms > SAME_INCIDENT_GAP_MS {
            break;
        }
        start -= 1;
    }
    let streak = &seen[start..end];
    let (Some(first), Some(latest)) = (streak.first(), streak.last()) else {
        return healthy;
    };
    let mut places: Vec<&str> = streak.iter().filter_map(|o| o.vantage.as_deref()).collect();
    places.sort_unstable();
    places.dedup();
    let vantages = places.len() as u32;
    let failures = streak.len() as u32;
    if last.ok {
        if now_ms - last.at_ms > SAME_INCIDENT_GAP_MS {
            return healthy;
        }
        let duration_ms = last.at_ms - first.at_ms;
        return Incident {
            state: IncidentState::Recovered,
            since_ms: Some(first.at_ms),
            duration_ms,
            failures,
            vantages,
        };
    }
    if now_ms - latest.at_ms > SAME_INCIDENT_GAP_MS {
        return healthy;
    }
    let duration_ms = now_ms - first.at_ms;
    let state = if duration_ms >= PERSISTENT_AFTER_MS || vantages >= 2 {
        IncidentState::Persistent
    } else {
        IncidentState::Temporary
    };
    Incident {
        state,
        since_ms: Some(first.at_ms),
        duration_ms,
        failures,
        vantages,
    }
}

/// Each origin's observations, as the extension keeps them (`storage.local`).
pub type History = std::collections::BTreeMap<String, Vec<Observation>>;

/// Observations kept per origin at most.
pub const HISTORY_PER_ORIGIN: usize = 100;
/// Origins kept at most (the one seen longest ago goes first).
pub const HISTORY_ORIGINS: usize = 200;
/// Observations older than this are dropped (30 days).
pub const HISTORY_MAX_AGE_MS: u64 = 30 * 24 * 3600 * 1000;

/// Adds an observation to `history`, under the rules that keep it small and
/// private: an origin is recorded only once it has failed, and after a
/// failure only the first success is kept (not every later visit); every
/// origin is pruned to 30 days and the whole is bounded.
pub fn record(history: &mut History, origin: &str, observation: Observation, now_ms: u64) {
    for list in history.values_mut() {
        list.retain(|o| now_ms.saturating_sub(o.at_ms) < HISTORY_MAX_AGE_MS);
    }
    history.retain(|_, list| !list.is_empty());
    if origin.is_empty() || origin.len() > 2048 {
        return;
    }
    let last_ok = history.get(origin).and_then(|l| l.last()).map(|o| o.ok);
    // A success is worth keeping only right after a failure.
    if observation.ok && last_ok != Some(false) {
        return;
    }
    let list = history.entry(origin.to_string()).or_default();
    list.push(observation);
    let excess = list.len().saturating_sub(HISTORY_PER_ORIGIN);
    list.drain(..excess);
    while history.len() > HISTORY_ORIGINS {
        let oldest = history
            .iter()
            .min_by_key(|(_, l)| l.last().map_or(0, |o| o.at_ms))
            .map(|(k, _)| k.clone());
        match oldest {
            Some(k) => history.remove(&k),
            None => break,
        };
    }
}
