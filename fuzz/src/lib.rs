//! Structured inputs for Gatewise's fuzz targets, and the checks every
//! target makes on what the core returns.
//!
//! Each input type implements [`arbitrary::Arbitrary`] over an explicit wire
//! format (documented on the type), read field by field from the front of the
//! fuzzer's bytes. The format is ours rather than `#[derive(Arbitrary)]`'s so
//! that `examples/seed-corpus.rs` can write real responses
//! from `tests/fixtures` in it: every type here has an `encode` that its
//! `arbitrary` reads back unchanged (tested below). A short read never fails:
//! a missing field is empty or zero, so every byte string is some input.
//!
//! A new target (the retry engine's, say) takes a [`FuzzResponse`] or a
//! [`Script`]-like type of its own, calls the core, and checks its output
//! with [`assert_js_safe`]; see README.md, "Adding a target".

use arbitrary::{Arbitrary, Result, Unstructured};
use gatewise::diagnose::diagnose_network;
use gatewise::{Diagnosis, Headers, NetworkFailure, Response, RetryPolicy};
use serde::Serialize;

/// The largest integer JavaScript holds exactly (2^53 - 1). serde-wasm-bindgen
/// refuses to convert a larger `u64` into a JS number, so a diagnosis or a
/// plan holding one fails at the wasm boundary.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// A byte cursor over [`Unstructured`] that never fails: reads past the end
/// give zeros and empty strings.
pub struct Reader<'a, 'b>(pub &'b mut Unstructured<'a>);

impl<'a> Reader<'a, '_> {
    /// Up to `n` bytes (fewer at the end of the input).
    pub fn bytes(&mut self, n: usize) -> &'a [u8] {
        let n = n.min(self.0.len());
        self.0.bytes(n).unwrap_or_default()
    }
    fn array<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0; N];
        let b = self.bytes(N);
        out[..b.len()].copy_from_slice(b);
        out
    }
    /// One byte.
    pub fn u8(&mut self) -> u8 {
        self.array::<1>()[0]
    }
    /// Two bytes, little-endian.
    pub fn u16(&mut self) -> u16 {
        u16::from_le_bytes(self.array())
    }
    /// Four bytes, little-endian.
    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.array())
    }
    /// Eight bytes, little-endian.
    pub fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.array())
    }
    /// A string of at most 255 bytes (`u8` length), invalid UTF-8 replaced.
    pub fn str8(&mut self) -> String {
        let n = self.u8() as usize;
        String::from_utf8_lossy(self.bytes(n)).into_owned()
    }
    /// A string of at most 65535 bytes (`u16` length), invalid UTF-8 replaced.
    pub fn str16(&mut self) -> String {
        let n = self.u16() as usize;
        String::from_utf8_lossy(self.bytes(n)).into_owned()
    }
    /// Whether any input is left.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The writer side of [`Reader`], for the seed corpus and the tests.
#[derive(Default)]
pub struct Writer(pub Vec<u8>);

impl Writer {
    /// One byte.
    pub fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    /// Two bytes, little-endian.
    pub fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    /// Four bytes, little-endian.
    pub fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    /// Eight bytes, little-endian.
    pub fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    /// A string cut to 255 bytes (at a character boundary).
    pub fn str8(&mut self, s: &str) {
        let s = cut(s, u8::MAX as usize);
        self.u8(s.len() as u8);
        self.0.extend_from_slice(s.as_bytes());
    }
    /// A string cut to 65535 bytes (at a character boundary).
    pub fn str16(&mut self, s: &str) {
        let s = cut(s, u16::MAX as usize);
        self.u16(s.len() as u16);
        self.0.extend_from_slice(s.as_bytes());
    }
}

fn cut(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// One response, as the browser would report it.
///
/// Wire format: `flags: u8` (bit 0 status, bit 1 reason, bit 2 clock), then
/// `status: u16` if bit 0, `reason: str16` if bit 1, `now_ms: u64` if bit 2,
/// `method: str8`, `url: str16`, `count: u8` and that many
/// `name: str8, value: str16` header fields, then the body. In a
/// [`FuzzResponse`] read on its own the body is the rest of the input; inside
/// a [`Script`] it is a `u16` length and the bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FuzzResponse {
    /// The status line's code.
    pub status: Option<u16>,
    /// The status line's reason phrase.
    pub reason: Option<String>,
    /// The request method.
    pub method: String,
    /// The URL.
    pub url: String,
    /// The header fields, in order.
    pub headers: Vec<(String, String)>,
    /// The caller's clock.
    pub now_ms: Option<u64>,
    /// The body's bytes.
    pub body: Vec<u8>,
}

impl FuzzResponse {
    fn read_head(r: &mut Reader) -> Self {
        let flags = r.u8();
        let status = (flags & 1 != 0).then(|| r.u16());
        let reason = (flags & 2 != 0).then(|| r.str16());
        let now_ms = (flags & 4 != 0).then(|| r.u64());
        let method = r.str8();
        let url = r.str16();
        let count = r.u8();
        let headers = (0..count).map(|_| (r.str8(), r.str16())).collect();
        FuzzResponse { status, reason, method, url, headers, now_ms, body: Vec::new() }
    }

    fn write_head(&self, w: &mut Writer) {
        let flags = u8::from(self.status.is_some()) | u8::from(self.reason.is_some()) << 1 | u8::from(self.now_ms.is_some()) << 2;
        w.u8(flags);
        if let Some(s) = self.status {
            w.u16(s);
        }
        if let Some(reason) = &self.reason {
            w.str16(reason);
        }
        if let Some(t) = self.now_ms {
            w.u64(t);
        }
        w.str8(&self.method);
        w.str16(&self.url);
        let count = self.headers.len().min(u8::MAX as usize);
        w.u8(count as u8);
        for (name, value) in &self.headers[..count] {
            w.str8(name);
            w.str16(value);
        }
    }

    /// Reads one with a length-prefixed body (inside a [`Script`]).
    pub fn read_framed(r: &mut Reader) -> Self {
        let mut out = Self::read_head(r);
        let n = r.u16() as usize;
        out.body = r.bytes(n).to_vec();
        out
    }

    /// Writes one with a length-prefixed body (cut to 65535 bytes).
    pub fn write_framed(&self, w: &mut Writer) {
        self.write_head(w);
        let n = self.body.len().min(u16::MAX as usize);
        w.u16(n as u16);
        w.0.extend_from_slice(&self.body[..n]);
    }

    /// The bytes that [`Arbitrary`] reads back as this response.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        self.write_head(&mut w);
        w.0.extend_from_slice(&self.body);
        w.0
    }

    /// The core's view of it.
    pub fn response(&self) -> Response<'_> {
        Response {
            status: self.status,
            reason: self.reason.as_deref(),
            method: &self.method,
            url: &self.url,
            headers: self.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect::<Headers>(),
            body: &self.body,
            now_ms: self.now_ms,
        }
    }
}

impl<'a> Arbitrary<'a> for FuzzResponse {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut r = Reader(u);
        let mut out = Self::read_head(&mut r);
        out.body = r.bytes(usize::MAX).to_vec();
        Ok(out)
    }
    fn arbitrary_take_rest(mut u: Unstructured<'a>) -> Result<Self> {
        Self::arbitrary(&mut u)
    }
}

/// The URLs a [`Script`] names by number, so that "the same page again" and
/// "somewhere else" are both one byte away.
pub const URLS: [&str; 4] = ["https://shop.example/cart", "https://shop.example/cart?x=1", "https://other.example/", ""];

/// Every network failure, by number.
pub const NETWORK: [NetworkFailure; 7] = NetworkFailure::ALL;

/// One thing that happens to a tab's retry planner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The clock moves on by this many ms, then the response is diagnosed
    /// and the failure planned (`on_failure`).
    Failure {
        /// Milliseconds since the step before.
        after_ms: u32,
        /// What came back.
        response: FuzzResponse,
    },
    /// The clock moves on, then a request got no response at all.
    Network {
        /// Milliseconds since the step before.
        after_ms: u32,
        /// Which failure (an index into [`NETWORK`]).
        kind: u8,
        /// Which URL (an index into [`URLS`]).
        url: u8,
    },
    /// The tab went to a URL (an index into [`URLS`]).
    Navigate(u8),
    /// The page came back.
    Success,
    /// The person pressed Stop.
    Stop,
    /// The whole schedule for the last diagnosis, under the current policy.
    Schedule,
}

/// A policy and a sequence of steps for one [`gatewise::Planner`].
///
/// Wire format: `policy: u8`; when it is odd, the policy follows as
/// `base_ms: u64, growth_percent: u32, cap_ms: u64, min_delay_ms: u64,
/// jitter_percent: u32, max_attempts: u32, max_total_ms: u64,
/// max_retry_after_ms: u64, max_hint_ms: u64, probe_first: u8, network: u8,
/// count: u8` and that many `code: u16` (even: the default policy). Then
/// `seed: u64` (the jitter), then steps until the input ends, each a tag
/// byte (taken modulo 6): 0 `Failure` (`after_ms: u32`, a framed
/// [`FuzzResponse`]), 1 `Network` (`after_ms: u32, kind: u8, url: u8`),
/// 2 `Navigate` (`url: u8`), 3 `Success`, 4 `Stop`, 5 `Schedule`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Script {
    /// The policy (`None`: the default one).
    pub policy: Option<RetryPolicy>,
    /// The jitter's seed.
    pub seed: u64,
    /// What happens, in order.
    pub steps: Vec<Step>,
}

impl<'a> Arbitrary<'a> for Script {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut r = Reader(u);
        let policy = (r.u8() & 1 == 1).then(|| RetryPolicy {
            base_ms: r.u64(),
            growth_percent: r.u32(),
            cap_ms: r.u64(),
            min_delay_ms: r.u64(),
            jitter_percent: r.u32(),
            max_attempts: r.u32(),
            max_total_ms: r.u64(),
            max_retry_after_ms: r.u64(),
            max_hint_ms: r.u64(),
            probe_first: r.u8() & 1 == 1,
            network: r.u8() & 1 == 1,
            codes: (0..r.u8()).map(|_| r.u16()).collect(),
        });
        let seed = r.u64();
        let mut steps = Vec::new();
        while !r.is_empty() {
            steps.push(match r.u8() % 6 {
                0 => Step::Failure { after_ms: r.u32(), response: FuzzResponse::read_framed(&mut r) },
                1 => Step::Network { after_ms: r.u32(), kind: r.u8(), url: r.u8() },
                2 => Step::Navigate(r.u8()),
                3 => Step::Success,
                4 => Step::Stop,
                _ => Step::Schedule,
            });
        }
        Ok(Script { policy, seed, steps })
    }
    fn arbitrary_take_rest(mut u: Unstructured<'a>) -> Result<Self> {
        Self::arbitrary(&mut u)
    }
}

impl Script {
    /// The bytes that [`Arbitrary`] reads back as this script.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        match &self.policy {
            None => w.u8(0),
            Some(p) => {
                w.u8(1);
                w.u64(p.base_ms);
                w.u32(p.growth_percent);
                w.u64(p.cap_ms);
                w.u64(p.min_delay_ms);
                w.u32(p.jitter_percent);
                w.u32(p.max_attempts);
                w.u64(p.max_total_ms);
                w.u64(p.max_retry_after_ms);
                w.u64(p.max_hint_ms);
                w.u8(p.probe_first.into());
                w.u8(p.network.into());
                let count = p.codes.len().min(u8::MAX as usize);
                w.u8(count as u8);
                p.codes[..count].iter().for_each(|c| w.u16(*c));
            }
        }
        w.u64(self.seed);
        for step in &self.steps {
            match step {
                Step::Failure { after_ms, response } => {
                    w.u8(0);
                    w.u32(*after_ms);
                    response.write_framed(&mut w);
                }
                Step::Network { after_ms, kind, url } => {
                    w.u8(1);
                    w.u32(*after_ms);
                    w.u8(*kind);
                    w.u8(*url);
                }
                Step::Navigate(url) => {
                    w.u8(2);
                    w.u8(*url);
                }
                Step::Success => w.u8(3),
                Step::Stop => w.u8(4),
                Step::Schedule => w.u8(5),
            }
        }
        w.0
    }
}

/// The diagnosis for a [`Step::Network`].
pub fn network_diagnosis(kind: u8, url: u8) -> Diagnosis {
    let failure = NETWORK[kind as usize % NETWORK.len()];
    diagnose_network(failure, "GET", URLS[url as usize % URLS.len()])
}

/// Panics unless `value` serialises to JSON, reads back as JSON, and holds
/// no number JavaScript cannot hold exactly (what serde-wasm-bindgen's
/// `json_compatible` serialiser demands at the wasm boundary).
pub fn assert_js_safe<T: Serialize + std::fmt::Debug>(value: &T) -> serde_json::Value {
    let json = serde_json::to_value(value).unwrap_or_else(|e| panic!("cannot serialise {value:?}: {e}"));
    check_numbers(&json, &json);
    json
}

fn check_numbers(v: &serde_json::Value, whole: &serde_json::Value) {
    match v {
        serde_json::Value::Number(n) => {
            let ok = match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => u <= MAX_SAFE_INTEGER,
                (None, Some(i), _) => i.unsigned_abs() <= MAX_SAFE_INTEGER,
                (None, None, Some(f)) => f.is_finite(),
                _ => false,
            };
            assert!(ok, "{n} is no JavaScript number (over 2^53 - 1) in {whole}");
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| check_numbers(i, whole)),
        serde_json::Value::Object(fields) => fields.values().for_each(|f| check_numbers(f, whole)),
        _ => {}
    }
}

/// The checks on every diagnosis: it crosses the wasm boundary and reads
/// back unchanged, its verdict is consistent, and its delays are bounded.
pub fn check_diagnosis(d: &Diagnosis) {
    let json = assert_js_safe(d);
    let back: Diagnosis = serde_json::from_value(json).unwrap_or_else(|e| panic!("the diagnosis does not read back: {e}: {d:?}"));
    assert_eq!(&back, d, "the diagnosis changed on its way through JSON");
    assert_eq!(d.is_error, d.kind == gatewise::Kind::ServerError, "is_error and kind disagree: {d:?}");
    assert!(!d.retryable || d.is_error, "retryable but not an error: {d:?}");
    let longest = gatewise::headers::MAX_DELAY_S;
    assert!(d.retry_after_s.is_none_or(|s| s <= longest), "Retry-After of {:?} s", d.retry_after_s);
    assert!(d.retry_hint.as_ref().is_none_or(|h| h.seconds <= longest), "retry hint of {:?}", d.retry_hint);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> FuzzResponse {
        FuzzResponse {
            status: Some(502),
            reason: Some("Bad Gateway".into()),
            method: "GET".into(),
            url: "https://shop.example/cart".into(),
            headers: vec![("Server".into(), "nginx/1.22.1".into()), ("Retry-After".into(), "5".into())],
            now_ms: Some(1_790_000_000_000),
            body: b"<html><title>502 Bad Gateway</title></html>\xff".to_vec(),
        }
    }

    #[test]
    fn a_response_reads_back_as_written() {
        let r = sample();
        let back = FuzzResponse::arbitrary_take_rest(Unstructured::new(&r.encode())).unwrap();
        assert_eq!(back, r);
        let bare = FuzzResponse { status: None, reason: None, now_ms: None, headers: vec![], ..r };
        let back = FuzzResponse::arbitrary_take_rest(Unstructured::new(&bare.encode())).unwrap();
        assert_eq!(back, bare);
    }

    #[test]
    fn a_script_reads_back_as_written() {
        let policy = RetryPolicy { codes: vec![502, 503], max_attempts: 3, ..RetryPolicy::default() };
        for policy in [None, Some(policy)] {
            let s = Script {
                policy,
                seed: 7,
                steps: vec![
                    Step::Failure { after_ms: 10, response: sample() },
                    Step::Network { after_ms: 1, kind: 3, url: 0 },
                    Step::Navigate(2),
                    Step::Success,
                    Step::Stop,
                    Step::Schedule,
                ],
            };
            let back = Script::arbitrary_take_rest(Unstructured::new(&s.encode())).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn any_bytes_are_some_input() {
        for bytes in [&b""[..], b"\x01", b"\xff\xff\xff", b"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"] {
            let _ = FuzzResponse::arbitrary_take_rest(Unstructured::new(bytes)).unwrap();
            let _ = Script::arbitrary_take_rest(Unstructured::new(bytes)).unwrap();
        }
    }

    #[test]
    fn numbers_past_2_53_are_caught() {
        assert_js_safe(&serde_json::json!({"a": [1, MAX_SAFE_INTEGER]}));
        let caught = std::panic::catch_unwind(|| assert_js_safe(&serde_json::json!({"a": MAX_SAFE_INTEGER + 1})));
        assert!(caught.is_err());
    }
}
