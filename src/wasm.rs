//! The wasm-bindgen boundary: the only module that knows about JavaScript.
//!
//! Every export takes plain JS values, converts them into core types with
//! serde-wasm-bindgen, and returns plain JSON-compatible objects (`null`,
//! never `undefined`). Errors become `JsError` with a readable message;
//! nothing here unwraps.

use crate::diagnose::diagnose_network;
use crate::{
    diagnose as dx, explain as ex, judge, Diagnosis, ExplainContext, Headers, NetworkFailure,
    Observation, Planner, Response, RetryPolicy, SplitMix64,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue, what: &str) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid {what}: {e}")))
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[derive(Deserialize)]
#[serde(untagged)]
enum HeadersIn {
    Pairs(Vec<(String, String)>),
    Objects(Vec<NameValue>),
    Map(std::collections::BTreeMap<String, String>),
}

#[derive(Deserialize)]
struct NameValue {
    name: String,
    #[serde(default)]
    value: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ResponseIn {
    status: Option<u16>,
    reason: Option<String>,
    method: Option<String>,
    url: Option<String>,
    headers: Option<HeadersIn>,
    now_ms: Option<f64>,
}

fn headers_of(h: Option<HeadersIn>) -> Headers {
    match h {
        None => Headers::new(),
        Some(HeadersIn::Pairs(p)) => p.into_iter().collect(),
        Some(HeadersIn::Objects(o)) => o
            .into_iter()
            .map(|nv| (nv.name, nv.value.unwrap_or_default()))
            .collect(),
        Some(HeadersIn::Map(m)) => m.into_iter().collect(),
    }
}

/// The body: a string or a `Uint8Array`; only its first 256 KiB are read.
fn body_of(input: &JsValue) -> Result<Vec<u8>, JsError> {
    let body = js_sys::Reflect::get(input, &JsValue::from_str("body"))
        .map_err(|_| JsError::new("invalid response: cannot read body"))?;
    let limit = crate::text::SCAN_LIMIT + 1;
    if body.is_undefined() || body.is_null() {
        return Ok(Vec::new());
    }
    if let Some(s) = body.as_string() {
        let mut end = s.len().min(limit);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        return Ok(s.as_bytes()[..end].to_vec());
    }
    if body.is_instance_of::<js_sys::Uint8Array>() {
        let bytes = js_sys::Uint8Array::from(body);
        let n = bytes.length().min(limit as u32);
        return Ok(bytes.subarray(0, n).to_vec());
    }
    Err(JsError::new(
        "invalid response: body must be a string or a Uint8Array",
    ))
}

/// Diagnoses a response `{status, reason, method, url, headers, body, now_ms}`.
/// `headers` may be `[[name, value]]`, webRequest's `[{name, value}]` or an
/// object; `body` a string or a `Uint8Array`.
#[wasm_bindgen]
pub fn diagnose(input: JsValue) -> Result<JsValue, JsError> {
    if !input.is_object() {
        return Err(JsError::new("invalid response: expected an object"));
    }
    let body = body_of(&input)?;
    let r: ResponseIn = from_js(input, "response")?;
    let response = Response {
        status: r.status,
        reason: r.reason.as_deref(),
        method: r.method.as_deref().unwrap_or("GET"),
        url: r.url.as_deref().unwrap_or(""),
        headers: headers_of(r.headers),
        body: &body,
        now_ms: r
            .now_ms
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(|n| n as u64),
    };
    to_js(&dx::diagnose(&response))
}

/// Diagnoses a request that got no response: `error` is the browser's
/// string (`net::ERR_CONNECTION_REFUSED`, `NS_ERROR_UNKNOWN_HOST`) or an id
/// (`connection-refused`). Returns `null` for errors that are not the
/// site's failure (the user stopped the load, an extension blocked it).
#[wasm_bindgen(js_name = diagnoseNetwork)]
pub fn diagnose_network_js(error: &str, method: &str, url: &str) -> Result<JsValue, JsError> {
    match NetworkFailure::parse(error) {
        Some(kind) => to_js(&diagnose_network(kind, method, url)),
        None => Ok(JsValue::NULL),
    }
}

/// The card for a diagnosis; `context` is `{audience, os, started_ms,
/// tz_offset_min, attempts, tried, browser, incident}`, all optional.
#[wasm_bindgen]
pub fn explain(diagnosis: JsValue, context: JsValue) -> Result<JsValue, JsError> {
    let d: Diagnosis = from_js(diagnosis, "diagnosis")?;
    let ctx: ExplainContext = if context.is_undefined() || context.is_null() {
        ExplainContext::default()
    } else {
        from_js(context, "context")?
    };
    to_js(&ex::explain(&d, &ctx))
}

/// The default retry policy.
#[wasm_bindgen(js_name = defaultPolicy)]
pub fn default_policy() -> Result<JsValue, JsError> {
    to_js(&RetryPolicy::default())
}

/// A fresh planner `{policy, state: null}` for a policy (`null`: defaults).
#[wasm_bindgen(js_name = newPlanner)]
pub fn new_planner(policy: JsValue) -> Result<JsValue, JsError> {
    let policy: RetryPolicy = if policy.is_undefined() || policy.is_null() {
        RetryPolicy::default()
    } else {
        from_js(policy, "policy")?
    };
    to_js(&Planner::new(policy))
}

#[derive(Serialize)]
struct Step {
    planner: Planner,
    decision: crate::Decision,
}

fn seed_of(seed: f64) -> u64 {
    if seed.is_finite() {
        seed.abs() as u64
    } else {
        0
    }
}

fn ms_of(ms: f64) -> Result<u64, JsError> {
    if ms.is_finite() && ms >= 0.0 {
        Ok(ms as u64)
    } else {
        Err(JsError::new(
            "invalid clock: expected ms since the Unix epoch",
        ))
    }
}

/// A failure was seen: returns `{planner, decision}`; keep the planner for
/// the next call. `seed` feeds the jitter (pass fresh random bits).
#[wasm_bindgen(js_name = planNext)]
pub fn plan_next(
    planner: JsValue,
    diagnosis: JsValue,
    now_ms: f64,
    seed: f64,
) -> Result<JsValue, JsError> {
    let mut p: Planner = from_js(planner, "planner")?;
    let d: Diagnosis = from_js(diagnosis, "diagnosis")?;
    let decision = p.on_failure(&d, ms_of(now_ms)?, &mut SplitMix64(seed_of(seed)));
    to_js(&Step {
        planner: p,
        decision,
    })
}

/// The person pressed Stop: returns the planner, stopped.
#[wasm_bindgen(js_name = planStop)]
pub fn plan_stop(planner: JsValue) -> Result<JsValue, JsError> {
    let mut p: Planner = from_js(planner, "planner")?;
    p.stop();
    to_js(&p)
}

/// The tab navigated to `url`: returns the planner, reset unless it is the
/// same URL.
#[wasm_bindgen(js_name = planNavigate)]
pub fn plan_navigate(planner: JsValue, url: &str) -> Result<JsValue, JsError> {
    let mut p: Planner = from_js(planner, "planner")?;
    p.on_navigate(url);
    to_js(&p)
}

/// The whole schedule the policy follows if every attempt fails.
#[wasm_bindgen(js_name = planSchedule)]
pub fn plan_schedule(
    policy: JsValue,
    diagnosis: JsValue,
    now_ms: f64,
    seed: f64,
) -> Result<JsValue, JsError> {
    let policy: RetryPolicy = if policy.is_undefined() || policy.is_null() {
        RetryPolicy::default()
    } else {
        from_js(policy, "policy")?
    };
    let d: Diagnosis = from_js(diagnosis, "diagnosis")?;
    to_js(&Planner::schedule(
        &policy,
        &d,
        ms_of(now_ms)?,
        &mut SplitMix64(seed_of(seed)),
    ))
}

/// Judges one origin's history `[{at_ms, ok, status, vantage}]`.
#[wasm_bindgen(js_name = judgeIncident)]
pub fn judge_incident(history: JsValue, now_ms: f64) -> Result<JsValue, JsError> {
    let h: Vec<Observation> = from_js(history, "history")?;
    to_js(&judge(&h, ms_of(now_ms)?))
}

/// Whether the page's text must be read to diagnose a response with this
/// status: only for 5xx (and the codes that bot checks use), so that normal
/// pages cost nothing.
#[wasm_bindgen(js_name = needsBody)]
pub fn needs_body(status: u16) -> bool {
    crate::engine::needs_body(status)
}

/// The knowledge base: every code, network failure and vendor, each code
/// and failure with its card (for the web page's reference section).
/// `lang` is a BCP 47 tag (none: English).
#[wasm_bindgen]
pub fn catalog(lang: Option<String>) -> Result<JsValue, JsError> {
    to_js(&crate::catalog::catalog_in(ex::Lang::from_tag(
        lang.as_deref().unwrap_or("en"),
    )))
}

/// One language the core speaks.
#[derive(Serialize)]
struct LanguageOut {
    /// Its BCP 47 tag (`pt-BR`).
    tag: &'static str,
    /// Its folder under `_locales` (`pt_BR`).
    locale: &'static str,
    /// Its name in itself.
    name: &'static str,
}

impl From<ex::Lang> for LanguageOut {
    fn from(l: ex::Lang) -> Self {
        LanguageOut {
            tag: l.tag(),
            locale: l.locale_dir(),
            name: l.native_name(),
        }
    }
}

/// The languages whose words the core has, English first.
#[wasm_bindgen]
pub fn languages() -> Result<JsValue, JsError> {
    to_js(
        &ex::Lang::written()
            .map(LanguageOut::from)
            .collect::<Vec<_>>(),
    )
}

/// The language whose table must be loaded before a card can be in the
/// language of this tag: its tag (the table's file is `words/<tag>.json`),
/// or `null` when the core already speaks it or does not know it.
#[wasm_bindgen(js_name = wordsNeeded)]
pub fn words_needed(tag: &str) -> Option<String> {
    ex::Lang::match_tag(tag)
        .filter(|l| !l.is_written())
        .map(|l| l.tag().to_string())
}

/// Loads a language's table (the JSON `gatewise words --lang X --json`
/// writes, parsed); returns its tag. A table loads once per language.
#[wasm_bindgen(js_name = loadWords)]
pub fn load_words(table: JsValue) -> Result<String, JsError> {
    let t: ex::table::Table = from_js(table, "words table")?;
    ex::table::load(t)
        .map(|w| w.lang.tag().to_string())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The language the core speaks for a BCP 47 tag (`de-AT`: German; an
/// unknown or unwritten language: English), as `{tag, locale, name}`.
#[wasm_bindgen(js_name = languageOf)]
pub fn language_of(tag: &str) -> Result<JsValue, JsError> {
    to_js(&LanguageOut::from(ex::Lang::from_tag(tag)))
}

/// The ids the core writes (vendors, variants, faults, the unknown and
/// absent vendor), so that JavaScript compares ids, never words.
#[wasm_bindgen]
pub fn ids() -> Result<JsValue, JsError> {
    to_js(&crate::vendors::ids())
}

/// The retry engine, for the extension's background: browser events in,
/// commands out (see [`crate::engine`]). Its state is saved with `save()`
/// after each call and given back to the constructor when the background
/// wakes up again.
#[wasm_bindgen(js_name = Engine)]
pub struct WasmEngine {
    inner: crate::engine::Engine,
    rng: SplitMix64,
}

#[wasm_bindgen(js_class = Engine)]
impl WasmEngine {
    /// An engine from a saved state (`null`: a fresh one); `seed` feeds the
    /// jitter (pass fresh random bits).
    #[wasm_bindgen(constructor)]
    pub fn new(saved: JsValue, seed: f64) -> WasmEngine {
        // A state from an older version that does not read is dropped: a
        // fresh engine is better than none.
        let inner = if saved.is_undefined() || saved.is_null() {
            None
        } else {
            from_js(saved, "saved state").ok()
        };
        WasmEngine {
            inner: inner.unwrap_or_default(),
            rng: SplitMix64(seed_of(seed)),
        }
    }

    /// Handles one event (`{type: "request", ...}`) at `now_ms`; returns the commands.
    pub fn handle(&mut self, event: JsValue, now_ms: f64) -> Result<JsValue, JsError> {
        let wire: crate::engine::EventWire = from_js(event, "event")?;
        let event = crate::engine::Event::try_from(wire)
            .map_err(|e| JsError::new(&format!("invalid event: {e}")))?;
        to_js(&self.inner.handle(ms_of(now_ms)?, event, &mut self.rng))
    }

    /// Checks a runtime message against its sender
    /// (`{ours, tab, frame, extension_page}`) and returns `{request, tab, action, origin}`.
    pub fn message(&self, message: JsValue, sender: JsValue) -> Result<JsValue, JsError> {
        use crate::engine::messages::{check, Message, MessageWire, Request, Sender};
        let sender: Sender = from_js(sender, "sender")?;
        // Own fields only, and only those a message has (the JS object is
        // read field by field, so unknown ones would pass unseen).
        if !message.is_object() || js_sys::Array::is_array(&message) {
            return Err(JsError::new("message refused: not an object"));
        }
        for key in js_sys::Object::keys(message.unchecked_ref::<js_sys::Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if !MessageWire::FIELDS.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "message refused: unknown field `{key}`"
                )));
            }
        }
        let wire: MessageWire = from_js(message, "message")?;
        let message = Message::try_from(wire).map_err(|e| JsError::new(&e.to_string()))?;
        #[derive(Serialize, Default)]
        struct Checked {
            request: &'static str,
            tab: Option<i32>,
            action: Option<crate::engine::UserAction>,
            origin: Option<String>,
        }
        let checked = match check(message, &sender).map_err(|e| JsError::new(&e.to_string()))? {
            Request::Card(tab) => Checked {
                request: "card",
                tab: Some(tab),
                ..Default::default()
            },
            Request::Due => Checked {
                request: "due",
                ..Default::default()
            },
            Request::Action(tab, action) => Checked {
                request: "action",
                tab: Some(tab),
                action: Some(action),
                ..Default::default()
            },
            Request::Popup(tab) => Checked {
                request: "popup",
                tab: Some(tab),
                ..Default::default()
            },
            Request::Status(tab) => Checked {
                request: "status",
                tab: Some(tab),
                ..Default::default()
            },
            Request::ForgetSite(origin) => Checked {
                request: "forget-site",
                origin: Some(origin),
                ..Default::default()
            },
            Request::ForgetAll => Checked {
                request: "forget-all",
                ..Default::default()
            },
        };
        to_js(&checked)
    }

    /// A person's action on a tab's card (`retry-now`, `stop`, `resend`):
    /// the commands, or an error saying why it is refused.
    pub fn user(&mut self, tab: i32, action: JsValue, now_ms: f64) -> Result<JsValue, JsError> {
        let action: crate::engine::UserAction = from_js(action, "action")?;
        let commands = self
            .inner
            .user(ms_of(now_ms)?, tab, action, &mut self.rng)
            .map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&commands)
    }

    /// What a tab's card shows, or `null` when it shows no failure.
    pub fn view(&self, tab: i32) -> Result<JsValue, JsError> {
        to_js(&self.inner.view(tab))
    }

    /// What a tab's card shows, only if the tab still shows the failing
    /// document `url` (a card asked for by a page the tab has left gets `null`).
    #[wasm_bindgen(js_name = viewFor)]
    pub fn view_for(&self, tab: i32, url: &str) -> Result<JsValue, JsError> {
        to_js(
            &self
                .inner
                .view(tab)
                .filter(|v| crate::engine::same_document(&v.url, url)),
        )
    }

    /// The state, to keep in `storage.session`.
    pub fn save(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner)
    }
}

/// Adds an outcome to the per-origin history (see [`crate::incident::record`]);
/// returns the new history.
#[wasm_bindgen(js_name = recordHistory)]
pub fn record_history(
    history: JsValue,
    origin: &str,
    observation: JsValue,
    now_ms: f64,
) -> Result<JsValue, JsError> {
    let mut h: crate::incident::History = if history.is_undefined() || history.is_null() {
        Default::default()
    } else {
        from_js(history, "history").unwrap_or_default()
    };
    let o: Observation = from_js(observation, "observation")?;
    crate::incident::record(&mut h, origin, o, ms_of(now_ms)?);
    to_js(&h)
}

/// What the shell must hand the engine of tabs it does not follow: the
/// statuses at or above `min_status`, and every network error but the
/// `ignored_errors` (blocked, aborted: never the site's failure). Baked into
/// the extension at build time, so a normal page load never loads the core.
#[wasm_bindgen]
pub fn interest() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Interest {
        min_status: u16,
        ignored_errors: Vec<String>,
    }
    let min_status = (100..600)
        .find(|s| crate::engine::wants_status(*s))
        .unwrap_or(600);
    to_js(&Interest {
        min_status,
        ignored_errors: NetworkFailure::ignored_errors().collect(),
    })
}

/// "Down for everyone?": where to ask about a failure of `url` whose
/// diagnosis names `vendors` (the writer, the CDN in front):
/// `[{id, name, url, page, format}]`. `bases` is `null` except in test
/// builds (local stand-ins of the status pages).
#[wasm_bindgen(js_name = statusSources)]
pub fn status_sources(url: &str, vendors: JsValue, bases: JsValue) -> Result<JsValue, JsError> {
    let bases: crate::status::Bases = if bases.is_undefined() || bases.is_null() {
        Default::default()
    } else {
        from_js(bases, "status bases")?
    };
    let vendors: Vec<Option<String>> = from_js(vendors, "vendors")?;
    let vendors: Vec<&str> = vendors.iter().flatten().map(String::as_str).collect();
    to_js(&crate::status::sources(url, &vendors, &bases))
}

/// How the shell asks a status page: `{body_limit, timeout_ms}`.
#[wasm_bindgen(js_name = statusLimits)]
pub fn status_limits() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Limits {
        body_limit: usize,
        timeout_ms: u32,
    }
    to_js(&Limits {
        body_limit: crate::status::BODY_LIMIT,
        timeout_ms: crate::status::TIMEOUT_MS,
    })
}

/// Judges a status page's answer (`status` 0: none came): `{state, said}`.
#[wasm_bindgen(js_name = statusJudge)]
pub fn status_judge(format: JsValue, status: u16, body: &[u8]) -> Result<JsValue, JsError> {
    let format: crate::status::Format = from_js(format, "status format")?;
    to_js(&crate::status::judge(format, status, body))
}

/// Whether a verdict judged at `checked_ms` still holds at `now_ms`.
#[wasm_bindgen(js_name = statusFresh)]
pub fn status_fresh(verdict: JsValue, checked_ms: f64, now_ms: f64) -> Result<bool, JsError> {
    let verdict: crate::status::Verdict = from_js(verdict, "status verdict")?;
    Ok(crate::status::fresh(
        verdict.state,
        ms_of(checked_ms)?,
        ms_of(now_ms)?,
    ))
}

/// What the card shows of the answers
/// (`checks`: `[{source, verdict, checked_ms}]`): `{summary, lines: [{id, name, state, text, page}]}`,
/// in the language of the BCP 47 tag `lang` (English when absent or unknown).
#[wasm_bindgen(js_name = statusReport)]
pub fn status_report(
    checks: JsValue,
    tz_offset_min: i32,
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    #[derive(Deserialize)]
    struct Check {
        source: crate::status::Source,
        verdict: crate::status::Verdict,
        checked_ms: f64,
    }
    #[derive(Serialize)]
    struct Report {
        summary: String,
        lines: Vec<crate::status::Line>,
    }
    let checks: Vec<Check> = from_js(checks, "status checks")?;
    let labels = ex::words(ex::Lang::from_tag(lang.as_deref().unwrap_or("en"))).labels;
    let mut lines = Vec::with_capacity(checks.len());
    for c in &checks {
        lines.push(crate::status::line(
            &c.source,
            &c.verdict,
            ms_of(c.checked_ms)?,
            tz_offset_min,
            labels,
        ));
    }
    to_js(&Report {
        summary: crate::status::summary(&lines, labels),
        lines,
    })
}

/// The options in force: the person's (`storage.local` "options") with the
/// organisation's policies (`storage.managed`) over them:
/// `{options, locked, ignored}` (see [`crate::managed`]).
#[wasm_bindgen(js_name = effectiveOptions)]
pub fn effective_options(user: JsValue, managed: JsValue) -> Result<JsValue, JsError> {
    // Options that do not read fall back to the defaults, as the engine does.
    let user: crate::engine::Options = if user.is_object() {
        from_js(user, "options").unwrap_or_default()
    } else {
        Default::default()
    };
    let managed = match managed_value(&managed, 0) {
        crate::managed::Value::Map(m) => m,
        _ => Default::default(),
    };
    to_js(&crate::managed::effective(user, &managed))
}

/// A policy value read with js-sys (smaller in the wasm than serde's
/// untagged enums); nesting past 4 levels is no valid policy.
fn managed_value(v: &JsValue, depth: u32) -> crate::managed::Value {
    use crate::managed::Value;
    let other = || Value::Other;
    if depth > 4 {
        return other();
    }
    if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Value::Number(n)
    } else if let Some(s) = v.as_string() {
        Value::Str(s)
    } else if js_sys::Array::is_array(v) {
        Value::List(
            js_sys::Array::from(v)
                .iter()
                .map(|e| managed_value(&e, depth + 1))
                .collect(),
        )
    } else if v.is_object() {
        let entries = js_sys::Object::entries(v.unchecked_ref::<js_sys::Object>());
        Value::Map(
            entries
                .iter()
                .filter_map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    Some((
                        pair.get(0).as_string()?,
                        managed_value(&pair.get(1), depth + 1),
                    ))
                })
                .collect(),
        )
    } else {
        other()
    }
}
