//! Policies set by an organisation (`storage.managed`): which of the
//! person's options they replace, and how.
//!
//! Chrome reads them from the platform's policy store (on Linux
//! `/etc/<browser>/policies/managed/*.json`, under `3rdparty` → `extensions`
//! → the extension's id) and checks them against the manifest's
//! `storage.managed_schema`; Firefox reads `policies.json` → `3rdparty` →
//! `Extensions` → the add-on's id, with no schema. Either way the values
//! reach [`effective`] as one flat object, whose every field is checked
//! here again: a policy of the wrong type or out of bounds is ignored (and
//! listed), never half-applied.
//!
//! The rule: a setting the organisation sets replaces the person's and is
//! locked (the options page shows it, greyed, with who set it); per-site
//! rules are merged host by host, the organisation's winning for the hosts
//! it names; everything else stays the person's.
//!
//! | policy              | type                        | replaces |
//! |---------------------|-----------------------------|----------|
//! | `auto_retry`        | boolean                     | retry by itself at all |
//! | `notify`            | boolean                     | a notification when a site is back |
//! | `card_in_page`      | boolean                     | the card in the page (false: the toolbar popup only) |
//! | `offer_resend`      | boolean                     | offer to send a failed form again |
//! | `codes`             | array of integers 500-599   | the statuses retried |
//! | `network`           | boolean                     | retry network failures |
//! | `max_attempts`      | integer 1-60                | attempts at most |
//! | `max_total_minutes` | integer 1-1440              | time at most, from the first failure |
//! | `sites`             | object: host → `always` / `never` | per-site rules |

use crate::engine::Options;
use serde::Serialize;

/// A policy value as the browser hands it over, of any JSON type.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `true`, `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    Str(String),
    /// An array.
    List(Vec<Value>),
    /// An object, its members in order.
    Map(Vec<(String, Value)>),
    /// `null` (or anything else): never a valid policy.
    Other,
}

/// The options in force, and what the organisation set.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Effective {
    /// The options in force.
    pub options: Options,
    /// The settings the organisation set (`auto_retry`, `max_attempts`,
    /// `sites:<host>`...): the options page locks them.
    pub locked: Vec<String>,
    /// The policies ignored: unknown, of the wrong type or out of bounds.
    pub ignored: Vec<String>,
}

/// The longest host name a per-site rule may name, and the most rules.
const MAX_HOST: usize = 253;
const MAX_SITES: usize = 1000;

fn host_ok(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= MAX_HOST
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
}

/// Sets an option; `Some` says it was set.
fn set<T>(option: &mut T, value: T) -> Option<()> {
    *option = value;
    Some(())
}

fn integer(v: &Value, min: u32, max: u32) -> Option<u32> {
    match v {
        Value::Number(n) if n.fract() == 0.0 && *n >= f64::from(min) && *n <= f64::from(max) => {
            Some(*n as u32)
        }
        _ => None,
    }
}

/// The options in force: the person's `user` options with the
/// organisation's `managed` policies over them (see the module's table).
/// What is not an engine option (which list the card puts first) is never
/// managed and stays with the page that keeps it.
pub fn effective(user: Options, managed: &[(String, Value)]) -> Effective {
    let mut options = user;
    let mut locked = Vec::new();
    let mut ignored = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (name, value) in managed {
        // A name given twice: the first counts.
        if seen.contains(&name.as_str()) {
            continue;
        }
        seen.push(name);
        let applied = match (name.as_str(), value) {
            ("auto_retry", Value::Bool(b)) => set(&mut options.auto_retry, *b),
            ("notify", Value::Bool(b)) => set(&mut options.notify, *b),
            ("card_in_page", Value::Bool(b)) => set(&mut options.card_in_page, *b),
            ("offer_resend", Value::Bool(b)) => set(&mut options.offer_resend, *b),
            ("network", Value::Bool(b)) => set(&mut options.policy.network, *b),
            ("max_attempts", v) => {
                integer(v, 1, 60).and_then(|n| set(&mut options.policy.max_attempts, n))
            }
            ("max_total_minutes", v) => integer(v, 1, 1440)
                .and_then(|n| set(&mut options.policy.max_total_ms, u64::from(n) * 60_000)),
            ("codes", Value::List(items)) => {
                let codes: Option<Vec<u16>> = items
                    .iter()
                    .map(|c| integer(c, 500, 599).map(|n| n as u16))
                    .collect();
                codes.filter(|c| c.len() <= 100).and_then(|mut c| {
                    c.sort_unstable();
                    c.dedup();
                    set(&mut options.policy.codes, c)
                })
            }
            ("sites", Value::Map(rules)) => {
                if rules.len() > MAX_SITES {
                    None
                } else {
                    for (host, rule) in rules {
                        let host_lc = host.trim_end_matches('.').to_ascii_lowercase();
                        match rule {
                            Value::Str(r)
                                if (r == "always" || r == "never") && host_ok(&host_lc) =>
                            {
                                options.sites.insert(host_lc.clone(), r.clone());
                                locked.push(format!("sites:{host_lc}"));
                            }
                            _ => ignored.push(format!("sites:{host}")),
                        }
                    }
                    // The per-site rules themselves stay open: the person may add others.
                    continue;
                }
            }
            _ => None,
        };
        match applied {
            Some(()) => locked.push(name.clone()),
            None => ignored.push(name.clone()),
        }
    }
    locked.sort();
    locked.dedup();
    ignored.sort();
    Effective {
        options,
        locked,
        ignored,
    }
}
