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
pub const NETWORK: [NetworkFailure; NetworkFailure::ALL.len()] = NetworkFailure::ALL;

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

/// The URLs an [`EngineScript`] names by number: two pages of one origin
/// (one with a query), the same origin with its default port spelt out,
/// another origin, a host with no scheme the engine follows, and nothing.
pub const ENGINE_URLS: [&str; 7] = [
    "https://shop.example/cart",
    "https://shop.example/cart?x=1#top",
    "https://shop.example:443/pay",
    "http://other.example/",
    "https://a.other.example/p",
    "chrome://newtab/",
    "",
];

/// The error strings a [`EngineStep::NetworkError`] or a failed probe
/// names by number: the browsers' own (Chromium's and Firefox's), the two
/// that are no site's failure, and junk. Past the end: a string follows.
pub const BROWSER_ERRORS: [&str; 8] = [
    "net::ERR_CONNECTION_REFUSED",
    "net::ERR_INTERNET_DISCONNECTED",
    "NS_ERROR_NET_TIMEOUT",
    "net::ERR_NAME_NOT_RESOLVED",
    "net::ERR_ABORTED",
    "net::ERR_BLOCKED_BY_CLIENT",
    "TypeError: Failed to fetch",
    "",
];

/// The value of the password field some fuzzed forms carry: it must never
/// be kept in the engine's state nor handed back in a command.
pub const PASSWORD: &str = "fuzz-password-never-kept";

/// A URL of an [`EngineScript`]: a byte under 0xF0 names one of
/// [`ENGINE_URLS`] (modulo its length); any other is followed by a `str16`
/// URL of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FuzzUrl {
    /// One of [`ENGINE_URLS`].
    Known(u8),
    /// Any string.
    Own(String),
}

impl FuzzUrl {
    fn read(r: &mut Reader) -> Self {
        match r.u8() {
            b if b < 0xF0 => FuzzUrl::Known(b),
            _ => FuzzUrl::Own(r.str16()),
        }
    }
    fn write(&self, w: &mut Writer) {
        match self {
            FuzzUrl::Known(b) => w.u8(b % 0xF0),
            FuzzUrl::Own(s) => {
                w.u8(0xF0);
                w.str16(s);
            }
        }
    }
    /// The URL.
    pub fn url(&self) -> String {
        match self {
            FuzzUrl::Known(b) => ENGINE_URLS[*b as usize % ENGINE_URLS.len()].to_string(),
            FuzzUrl::Own(s) => s.clone(),
        }
    }
}

/// A tab id: a byte under 0xF0 is a tab from -2 to 237 (a few negative
/// ones, which belong to no tab); any other is followed by a `u16` tab, so
/// that more tabs than the engine follows are one step away.
fn read_tab(r: &mut Reader) -> i32 {
    match r.u8() {
        b if b < 0xF0 => i32::from(b) - 2,
        _ => i32::from(r.u16()),
    }
}

fn write_tab(w: &mut Writer, tab: i32) {
    if (-2..0xF0 - 2).contains(&tab) {
        w.u8((tab + 2) as u8);
    } else {
        w.u8(0xF0);
        w.u16(tab.clamp(0, i32::from(u16::MAX)) as u16);
    }
}

/// An error string: an index into [`BROWSER_ERRORS`], or past it a `str8`.
fn read_error(r: &mut Reader) -> String {
    match r.u8() as usize {
        i if i < BROWSER_ERRORS.len() => BROWSER_ERRORS[i].to_string(),
        _ => r.str8(),
    }
}

fn write_error(w: &mut Writer, e: &str) {
    match BROWSER_ERRORS.iter().position(|k| *k == e) {
        Some(i) => w.u8(i as u8),
        None => {
            w.u8(0xFF);
            w.str8(e);
        }
    }
}

/// What a probe the engine sent gets back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FuzzProbeAnswer {
    /// A response from this URL (after redirects) with this status, reason,
    /// headers and body.
    Response {
        /// Where it answered from (`None`: the probed URL itself).
        url: Option<FuzzUrl>,
        /// The response (its own URL and method unused).
        response: FuzzResponse,
    },
    /// No response: the browser's error.
    Failed(String),
    /// The shell's timeout.
    TimedOut,
}

/// One thing that happens to the engine. Tabs, URLs and errors are read as
/// [`read_tab`], [`FuzzUrl`] and [`BROWSER_ERRORS`] say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineStep {
    /// A top-level request. `flags`: bit 0 POST, bit 1 a form, bit 2 the
    /// form holds a password field, bit 3 a subframe, bit 4 a prerender, bit
    /// 5 the same request id as the tab's last one (a redirect).
    Request {
        /// The tab.
        tab: i32,
        /// The URL.
        url: FuzzUrl,
        /// See above.
        flags: u8,
    },
    /// Its response. `flags`: bit 0 POST, bit 1 from the cache, bit 2 a
    /// subframe, bit 3 no request id.
    Response {
        /// The tab.
        tab: i32,
        /// The URL.
        url: FuzzUrl,
        /// See above.
        flags: u8,
        /// The status, the status line's reason and the headers (its URL,
        /// method and body unused).
        response: FuzzResponse,
    },
    /// No response. `post`: the method.
    NetworkError {
        /// The tab.
        tab: i32,
        /// The URL.
        url: FuzzUrl,
        /// A POST.
        post: bool,
        /// The browser's error.
        error: String,
    },
    /// The tab finished loading this URL.
    Complete {
        /// The tab.
        tab: i32,
        /// The URL.
        url: FuzzUrl,
    },
    /// The page's markup for the tab's last [`gatewise::engine::Command::ReadPage`]
    /// (`stale`: for the load before it), from this URL (`None`: no script
    /// could run there).
    Page {
        /// The tab.
        tab: i32,
        /// Answer an older load.
        stale: bool,
        /// The document's URL.
        url: FuzzUrl,
        /// The markup.
        html: Option<String>,
    },
    /// The tab was closed.
    Closed(i32),
    /// A tab replaced another.
    Replaced {
        /// The new one.
        added: i32,
        /// The one that is gone.
        removed: i32,
    },
    /// The tab is in a private window.
    Private(i32),
    /// An open tab found at start.
    Existing {
        /// The tab.
        tab: i32,
        /// Its URL.
        url: FuzzUrl,
        /// Its title.
        title: String,
    },
    /// The clock moves on this many ms, then the engine is woken.
    Wake(u32),
    /// The probe `which` (modulo the probes out; none out: a probe id and
    /// origin of the fuzzer's own) gets its answer.
    Probe {
        /// Which probe.
        which: u8,
        /// The answer.
        answer: FuzzProbeAnswer,
    },
    /// The browser went online or offline.
    Online(bool),
    /// A button: 0 Retry now, 1 Stop, 2 Send again (modulo 3); `event`:
    /// as an [`gatewise::engine::Event::User`] rather than [`gatewise::engine::Engine::user`].
    User {
        /// The tab.
        tab: i32,
        /// The button.
        action: u8,
        /// Through `handle`.
        event: bool,
    },
    /// The options changed: bit 0 retry by itself, 1 notify, 2 the card in
    /// the page, 3 offer to send forms again, 4 a `never` rule and 5 an
    /// `always` rule for shop.example.
    Options(u8),
    /// The worker stopped and started again: the state goes through JSON
    /// (as through `storage.session`), then `Started`. `fresh`: the storage
    /// was empty (the state is dropped).
    Restart {
        /// No state survived.
        fresh: bool,
        /// `navigator.onLine`.
        online: bool,
    },
}

/// Arbitrary event sequences for the retry engine.
///
/// Wire format: `seed: u64` (the engine's randomness), then steps until the
/// input ends, each a tag byte (taken modulo 15): 0 `Request` (tab, url,
/// `flags: u8`), 1 `Response` (tab, url, `flags: u8`, a framed
/// [`FuzzResponse`]), 2 `NetworkError` (tab, url, `post: u8`, error),
/// 3 `Complete` (tab, url), 4 `Page` (tab, `flags: u8` (bit 0 stale, bit 1
/// markup), url, and `html: str16` if bit 1), 5 `Closed` (tab), 6 `Replaced`
/// (tab, tab), 7 `Private` (tab), 8 `Existing` (tab, url, `title: str8`),
/// 9 `Wake` (`ms: u32`), 10 `Probe` (`which: u8`, `kind: u8`: 0 a response
/// (`from: u8` 0 the probed URL, else a url) and a framed [`FuzzResponse`],
/// 1 failed (error), else timed out), 11 `Online` (`u8` & 1), 12 `User` (tab,
/// `action: u8`, `event: u8`), 13 `Options` (`u8`), 14 `Restart` (`u8`: bit 0
/// fresh, bit 1 offline).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngineScript {
    /// The randomness's seed.
    pub seed: u64,
    /// What happens, in order.
    pub steps: Vec<EngineStep>,
}

impl<'a> Arbitrary<'a> for EngineScript {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut r = Reader(u);
        let seed = r.u64();
        let mut steps = Vec::new();
        while !r.is_empty() {
            let r = &mut r;
            steps.push(match r.u8() % 15 {
                0 => EngineStep::Request { tab: read_tab(r), url: FuzzUrl::read(r), flags: r.u8() },
                1 => EngineStep::Response { tab: read_tab(r), url: FuzzUrl::read(r), flags: r.u8(), response: FuzzResponse::read_framed(r) },
                2 => EngineStep::NetworkError { tab: read_tab(r), url: FuzzUrl::read(r), post: r.u8() & 1 == 1, error: read_error(r) },
                3 => EngineStep::Complete { tab: read_tab(r), url: FuzzUrl::read(r) },
                4 => {
                    let tab = read_tab(r);
                    let flags = r.u8();
                    let url = FuzzUrl::read(r);
                    let html = (flags & 2 != 0).then(|| r.str16());
                    EngineStep::Page { tab, stale: flags & 1 != 0, url, html }
                }
                5 => EngineStep::Closed(read_tab(r)),
                6 => EngineStep::Replaced { added: read_tab(r), removed: read_tab(r) },
                7 => EngineStep::Private(read_tab(r)),
                8 => EngineStep::Existing { tab: read_tab(r), url: FuzzUrl::read(r), title: r.str8() },
                9 => EngineStep::Wake(r.u32()),
                10 => {
                    let which = r.u8();
                    let answer = match r.u8() {
                        0 => {
                            let url = match r.u8() {
                                0 => None,
                                _ => Some(FuzzUrl::read(r)),
                            };
                            FuzzProbeAnswer::Response { url, response: FuzzResponse::read_framed(r) }
                        }
                        1 => FuzzProbeAnswer::Failed(read_error(r)),
                        _ => FuzzProbeAnswer::TimedOut,
                    };
                    EngineStep::Probe { which, answer }
                }
                11 => EngineStep::Online(r.u8() & 1 == 1),
                12 => EngineStep::User { tab: read_tab(r), action: r.u8(), event: r.u8() & 1 == 1 },
                13 => EngineStep::Options(r.u8()),
                _ => {
                    let b = r.u8();
                    EngineStep::Restart { fresh: b & 1 != 0, online: b & 2 == 0 }
                }
            });
        }
        Ok(EngineScript { seed, steps })
    }
    fn arbitrary_take_rest(mut u: Unstructured<'a>) -> Result<Self> {
        Self::arbitrary(&mut u)
    }
}

impl EngineScript {
    /// The bytes that [`Arbitrary`] reads back as this script.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u64(self.seed);
        for step in &self.steps {
            let w = &mut w;
            match step {
                EngineStep::Request { tab, url, flags } => {
                    w.u8(0);
                    write_tab(w, *tab);
                    url.write(w);
                    w.u8(*flags);
                }
                EngineStep::Response { tab, url, flags, response } => {
                    w.u8(1);
                    write_tab(w, *tab);
                    url.write(w);
                    w.u8(*flags);
                    response.write_framed(w);
                }
                EngineStep::NetworkError { tab, url, post, error } => {
                    w.u8(2);
                    write_tab(w, *tab);
                    url.write(w);
                    w.u8((*post).into());
                    write_error(w, error);
                }
                EngineStep::Complete { tab, url } => {
                    w.u8(3);
                    write_tab(w, *tab);
                    url.write(w);
                }
                EngineStep::Page { tab, stale, url, html } => {
                    w.u8(4);
                    write_tab(w, *tab);
                    w.u8(u8::from(*stale) | u8::from(html.is_some()) << 1);
                    url.write(w);
                    if let Some(h) = html {
                        w.str16(h);
                    }
                }
                EngineStep::Closed(tab) => {
                    w.u8(5);
                    write_tab(w, *tab);
                }
                EngineStep::Replaced { added, removed } => {
                    w.u8(6);
                    write_tab(w, *added);
                    write_tab(w, *removed);
                }
                EngineStep::Private(tab) => {
                    w.u8(7);
                    write_tab(w, *tab);
                }
                EngineStep::Existing { tab, url, title } => {
                    w.u8(8);
                    write_tab(w, *tab);
                    url.write(w);
                    w.str8(title);
                }
                EngineStep::Wake(ms) => {
                    w.u8(9);
                    w.u32(*ms);
                }
                EngineStep::Probe { which, answer } => {
                    w.u8(10);
                    w.u8(*which);
                    match answer {
                        FuzzProbeAnswer::Response { url, response } => {
                            w.u8(0);
                            match url {
                                None => w.u8(0),
                                Some(u) => {
                                    w.u8(1);
                                    u.write(w);
                                }
                            }
                            response.write_framed(w);
                        }
                        FuzzProbeAnswer::Failed(e) => {
                            w.u8(1);
                            write_error(w, e);
                        }
                        FuzzProbeAnswer::TimedOut => w.u8(2),
                    }
                }
                EngineStep::Online(on) => {
                    w.u8(11);
                    w.u8((*on).into());
                }
                EngineStep::User { tab, action, event } => {
                    w.u8(12);
                    write_tab(w, *tab);
                    w.u8(*action);
                    w.u8((*event).into());
                }
                EngineStep::Options(b) => {
                    w.u8(13);
                    w.u8(*b);
                }
                EngineStep::Restart { fresh, online } => {
                    w.u8(14);
                    w.u8(u8::from(*fresh) | u8::from(!*online) << 1);
                }
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
    fn an_engine_script_reads_back_as_written() {
        let s = EngineScript {
            seed: 9,
            steps: vec![
                EngineStep::Request { tab: 1, url: FuzzUrl::Known(0), flags: 3 },
                EngineStep::Response { tab: 300, url: FuzzUrl::Own("https://x.example/".into()), flags: 0, response: sample() },
                EngineStep::NetworkError { tab: -2, url: FuzzUrl::Known(3), post: true, error: BROWSER_ERRORS[0].into() },
                EngineStep::NetworkError { tab: 4, url: FuzzUrl::Known(3), post: false, error: "net::ERR_SOMETHING_NEW".into() },
                EngineStep::Complete { tab: 1, url: FuzzUrl::Known(1) },
                EngineStep::Page { tab: 1, stale: false, url: FuzzUrl::Known(0), html: Some("<title>502</title>".into()) },
                EngineStep::Page { tab: 1, stale: true, url: FuzzUrl::Known(0), html: None },
                EngineStep::Closed(5),
                EngineStep::Replaced { added: 6, removed: 1 },
                EngineStep::Private(7),
                EngineStep::Existing { tab: 8, url: FuzzUrl::Known(2), title: "502 Bad Gateway".into() },
                EngineStep::Wake(70_000),
                EngineStep::Probe { which: 0, answer: FuzzProbeAnswer::Response { url: None, response: sample() } },
                EngineStep::Probe { which: 1, answer: FuzzProbeAnswer::Response { url: Some(FuzzUrl::Known(4)), response: sample() } },
                EngineStep::Probe { which: 2, answer: FuzzProbeAnswer::Failed(BROWSER_ERRORS[2].into()) },
                EngineStep::Probe { which: 3, answer: FuzzProbeAnswer::TimedOut },
                EngineStep::Online(false),
                EngineStep::User { tab: 1, action: 2, event: true },
                EngineStep::Options(0b1010),
                EngineStep::Restart { fresh: false, online: true },
                EngineStep::Restart { fresh: true, online: false },
            ],
        };
        let back = EngineScript::arbitrary_take_rest(Unstructured::new(&s.encode())).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn any_bytes_are_some_input() {
        for bytes in [&b""[..], b"\x01", b"\xff\xff\xff", b"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"] {
            let _ = FuzzResponse::arbitrary_take_rest(Unstructured::new(bytes)).unwrap();
            let _ = Script::arbitrary_take_rest(Unstructured::new(bytes)).unwrap();
            let _ = EngineScript::arbitrary_take_rest(Unstructured::new(bytes)).unwrap();
        }
    }

    #[test]
    fn numbers_past_2_53_are_caught() {
        assert_js_safe(&serde_json::json!({"a": [1, MAX_SAFE_INTEGER]}));
        let caught = std::panic::catch_unwind(|| assert_js_safe(&serde_json::json!({"a": MAX_SAFE_INTEGER + 1})));
        assert!(caught.is_err());
    }
}
