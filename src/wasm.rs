//! The wasm-bindgen boundary: the only module that knows about JavaScript.
//!
//! Every export takes plain JS values, converts them into core types with
//! serde-wasm-bindgen, and returns plain JSON-compatible objects (`null`,
//! never `undefined`). Errors become `JsError` with a readable message;
//! nothing here unwraps.

use crate::diagnose::diagnose_network;
use crate::{diagnose as dx, explain as ex, judge, Diagnosis, ExplainContext, Headers, NetworkFailure, Observation, Planner, Response, RetryPolicy, SplitMix64};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
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
        Some(HeadersIn::Objects(o)) => o.into_iter().map(|nv| (nv.name, nv.value.unwrap_or_default())).collect(),
        Some(HeadersIn::Map(m)) => m.into_iter().collect(),
    }
}

/// The body: a string or a `Uint8Array`; only its first 256 KiB are read.
fn body_of(input: &JsValue) -> Result<Vec<u8>, JsError> {
    let body = js_sys::Reflect::get(input, &JsValue::from_str("body")).map_err(|_| JsError::new("invalid response: cannot read body"))?;
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
    Err(JsError::new("invalid response: body must be a string or a Uint8Array"))
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
        now_ms: r.now_ms.filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as u64),
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
    let ctx: ExplainContext = if context.is_undefined() || context.is_null() { ExplainContext::default() } else { from_js(context, "context")? };
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
    let policy: RetryPolicy = if policy.is_undefined() || policy.is_null() { RetryPolicy::default() } else { from_js(policy, "policy")? };
    to_js(&Planner::new(policy))
}

#[derive(Serialize)]
struct Step {
    planner: Planner,
    decision: crate::Decision,
}

fn seed_of(seed: f64) -> u64 {
    if seed.is_finite() { seed.abs() as u64 } else { 0 }
}

fn ms_of(ms: f64) -> Result<u64, JsError> {
    if ms.is_finite() && ms >= 0.0 { Ok(ms as u64) } else { Err(JsError::new("invalid clock: expected ms since the Unix epoch")) }
}

/// A failure was seen: returns `{planner, decision}`; keep the planner for
/// the next call. `seed` feeds the jitter (pass fresh random bits).
#[wasm_bindgen(js_name = planNext)]
pub fn plan_next(planner: JsValue, diagnosis: JsValue, now_ms: f64, seed: f64) -> Result<JsValue, JsError> {
    let mut p: Planner = from_js(planner, "planner")?;
    let d: Diagnosis = from_js(diagnosis, "diagnosis")?;
    let decision = p.on_failure(&d, ms_of(now_ms)?, &mut SplitMix64(seed_of(seed)));
    to_js(&Step { planner: p, decision })
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
pub fn plan_schedule(policy: JsValue, diagnosis: JsValue, now_ms: f64, seed: f64) -> Result<JsValue, JsError> {
    let policy: RetryPolicy = if policy.is_undefined() || policy.is_null() { RetryPolicy::default() } else { from_js(policy, "policy")? };
    let d: Diagnosis = from_js(diagnosis, "diagnosis")?;
    to_js(&Planner::schedule(&policy, &d, ms_of(now_ms)?, &mut SplitMix64(seed_of(seed))))
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
    crate::codes::is_server_error(status) || status == 403 || status == 429
}

/// The knowledge base: every code, network failure and vendor, each code
/// and failure with its card (for the web page's reference section).
#[wasm_bindgen]
pub fn catalog() -> Result<JsValue, JsError> {
    to_js(&crate::catalog::catalog())
}
