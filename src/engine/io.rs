//! What goes in and out of the engine: browser events, commands for the
//! shell, and the views the card and the popup draw.
//!
//! Every type here crosses the wasm boundary as plain JSON (`type` tags in
//! kebab-case, field names in snake_case), so the shell builds events from
//! the browser's own objects and carries out commands by name.

use crate::diagnose::Diagnosis;
use crate::explain::ConnectionCause;
use crate::plan::RetryPolicy;
use serde::{Deserialize, Serialize};

/// A browser tab's id. Negative ids (requests that belong to no tab) are ignored.
pub type TabId = i32;

/// Fields of a form as the browser saw them in the request body
/// (`webRequest`'s `requestBody.formData`: each name with its values).
pub type FormFields = Vec<(String, Vec<String>)>;

/// A browser event, as the shell reports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Event {
    /// The background started (a fresh worker, or a browser start).
    /// `fresh`: the session's storage held no state (browser start,
    /// extension installed, updated or enabled): open tabs are looked at.
    Started {
        /// `navigator.onLine`.
        online: bool,
        /// Whether no saved state was found.
        #[serde(default)]
        fresh: bool,
    },
    /// The person's options changed (or were read at start).
    Options {
        /// The options.
        options: Options,
    },
    /// A top-level request started (`webRequest.onBeforeRequest`, main frame).
    Request {
        /// The tab.
        tab: TabId,
        /// Frame id (0: the tab's own top-level frame).
        #[serde(default)]
        frame: i32,
        /// Chromium's `documentLifecycle` ("active", "prerender", "cached"...).
        #[serde(default)]
        lifecycle: Option<String>,
        /// The browser's request id (the same across redirects).
        #[serde(default)]
        request: String,
        /// The URL.
        url: String,
        /// The method.
        #[serde(default)]
        method: String,
        /// The form fields, for a form sent with this request.
        #[serde(default)]
        form: Option<FormFields>,
    },
    /// A top-level response arrived (`webRequest.onCompleted`).
    Response {
        /// The tab.
        tab: TabId,
        /// Frame id.
        #[serde(default)]
        frame: i32,
        /// Chromium's `documentLifecycle`.
        #[serde(default)]
        lifecycle: Option<String>,
        /// The request id.
        #[serde(default)]
        request: String,
        /// The URL that answered.
        url: String,
        /// The method.
        #[serde(default)]
        method: String,
        /// The status code.
        status: u16,
        /// The status line ("HTTP/1.1 502 Bad Gateway").
        #[serde(default)]
        status_line: Option<String>,
        /// The response headers.
        #[serde(default)]
        headers: Vec<(String, String)>,
        /// Whether the browser's cache (or a service worker) answered.
        #[serde(default)]
        from_cache: bool,
    },
    /// A top-level request failed with no response (`webRequest.onErrorOccurred`).
    NetworkError {
        /// The tab.
        tab: TabId,
        /// Frame id.
        #[serde(default)]
        frame: i32,
        /// Chromium's `documentLifecycle`.
        #[serde(default)]
        lifecycle: Option<String>,
        /// The request id.
        #[serde(default)]
        request: String,
        /// The URL.
        url: String,
        /// The method.
        #[serde(default)]
        method: String,
        /// The browser's error string (`net::ERR_CONNECTION_REFUSED`).
        error: String,
    },
    /// The tab finished loading a document (`tabs.onUpdated`, complete).
    TabComplete {
        /// The tab.
        tab: TabId,
        /// The URL it shows.
        url: String,
    },
    /// The page's markup, asked for by [`Command::ReadPage`].
    PageText {
        /// The tab.
        tab: TabId,
        /// The load it was asked for.
        load: u32,
        /// The document's URL, as the page reported it.
        #[serde(default)]
        url: String,
        /// The markup (a prefix of it), or `None` when no script could run
        /// there (the browser's own error page).
        #[serde(default)]
        html: Option<String>,
    },
    /// The tab belongs to a private (incognito) window: nothing of it is
    /// written to the history.
    TabPrivate {
        /// The tab.
        tab: TabId,
    },
    /// A tab was closed.
    TabClosed {
        /// The tab.
        tab: TabId,
    },
    /// A tab was replaced by another (`tabs.onReplaced`).
    TabReplaced {
        /// The new tab.
        added: TabId,
        /// The tab that is gone.
        removed: TabId,
    },
    /// An open tab, as found at start (see [`Event::Started`]).
    ExistingTab {
        /// The tab.
        tab: TabId,
        /// Its URL.
        url: String,
        /// Its title.
        #[serde(default)]
        title: String,
    },
    /// A wake-up asked for by [`Command::WakeAt`] fired (or an alarm).
    Wake,
    /// A probe asked for by [`Command::Probe`] answered, failed or timed out.
    ProbeResult {
        /// The stream's origin.
        origin: String,
        /// The probe's id.
        probe: u32,
        /// What came back.
        answer: ProbeAnswer,
        /// `navigator.onLine` when it came back, if the shell knows. A probe
        /// that got no response while it is `false` means the browser is
        /// offline, even if no `offline` event said so (Chromium's network
        /// emulation changes `navigator.onLine` in a worker with no event).
        #[serde(default)]
        online: Option<bool>,
    },
    /// The browser went online or offline.
    Online {
        /// `navigator.onLine`.
        online: bool,
    },
    /// The browser's captive-portal detection changed (Firefox's
    /// `captivePortal.onStateChanged`): `locked_portal`, `unlocked_portal`,
    /// `not_captive` or `unknown`.
    CaptivePortal {
        /// The state, as the browser names it.
        state: String,
    },
    /// A top-level page of some tab loaded (any HTTP answer), reported
    /// while [`Command::WatchLoads`] asks for it: the connection works.
    SiteOk {
        /// The URL that answered.
        url: String,
        /// Whether the browser's cache answered (then it proves nothing).
        #[serde(default)]
        from_cache: bool,
    },
    /// The person pressed a button of the card (or a keyboard shortcut).
    User {
        /// The tab.
        tab: TabId,
        /// What they asked.
        action: UserAction,
    },
}

/// What a probe got.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProbeAnswer {
    /// A response.
    Response {
        /// The URL that answered, after redirects.
        url: String,
        /// The status.
        status: u16,
        /// The reason phrase.
        #[serde(default)]
        reason: Option<String>,
        /// The headers.
        #[serde(default)]
        headers: Vec<(String, String)>,
        /// A prefix of the body, when the status needs one.
        #[serde(default)]
        body: Option<String>,
    },
    /// No response: the browser's error (a `TypeError` from fetch is a
    /// network failure with no detail).
    Failed {
        /// What the browser said.
        #[serde(default)]
        error: String,
    },
    /// No answer within the probe's timeout.
    TimedOut,
}

/// A button of the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UserAction {
    /// Try now instead of waiting.
    RetryNow,
    /// No more attempts for this tab.
    Stop,
    /// Send the form again (only for a POST answered with a 5xx).
    Resend,
}

/// The person's options. Defaults: retry by itself, notify, card in the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Retry by itself at all.
    pub auto_retry: bool,
    /// A notification when a site is back.
    pub notify: bool,
    /// The card in the error page (else only in the popup).
    pub card_in_page: bool,
    /// Offer to send a form again (the form's fields are kept in memory
    /// for the tab's current failure only).
    pub offer_resend: bool,
    /// Per-site rules: host name to `always` or `never`.
    pub sites: std::collections::BTreeMap<String, String>,
    /// The retry policy: the defaults with the person's changes (a partial
    /// object fills the rest from [`RetryPolicy::default`]).
    pub policy: RetryPolicy,
    /// The language of the words the engine sends (the notification).
    pub lang: crate::explain::Lang,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            auto_retry: true,
            notify: true,
            card_in_page: true,
            offer_resend: true,
            sites: Default::default(),
            policy: Default::default(),
            lang: Default::default(),
        }
    }
}

/// Something the shell must do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Command {
    /// Read the markup of the tab's top-level document, and answer with
    /// [`Event::PageText`] for this load.
    ReadPage {
        /// The tab.
        tab: TabId,
        /// The load.
        load: u32,
        /// How much to read (bytes).
        limit: u32,
    },
    /// Put the card into the tab's page (it asks for its content).
    ShowCard {
        /// The tab.
        tab: TabId,
    },
    /// The tab's card changed (retry state): tell its page and the popup.
    UpdateCard {
        /// The tab.
        tab: TabId,
    },
    /// Set the tab's toolbar badge ("" clears it).
    SetBadge {
        /// The tab.
        tab: TabId,
        /// The text.
        text: String,
    },
    /// Fetch the URL once, with no cache and the site's cookies, and answer
    /// with [`Event::ProbeResult`].
    Probe {
        /// The stream's origin.
        origin: String,
        /// The probe's id.
        probe: u32,
        /// The URL.
        url: String,
        /// Give up after this long.
        timeout_ms: u32,
        /// Read at most this much of the body, and only when `read_body`.
        body_limit: u32,
        /// Which statuses need the body read (the others cost nothing).
        read_body_statuses: Vec<u16>,
    },
    /// Reload these tabs (from the server).
    Reload {
        /// The tabs.
        tabs: Vec<TabId>,
    },
    /// Send the form again in this tab, to its own URL.
    ResendForm {
        /// The tab.
        tab: TabId,
        /// Where it was sent.
        url: String,
        /// Its fields.
        fields: FormFields,
    },
    /// Go back in the tab's history (to a form that cannot be re-sent).
    GoBack {
        /// The tab.
        tab: TabId,
    },
    /// Wake the engine at this time with [`Event::Wake`] (replaces any
    /// earlier wake-up); `None`: nothing to wait for.
    WakeAt {
        /// When (ms since the epoch), if at all.
        at_ms: Option<u64>,
    },
    /// Tell the person the site is back.
    NotifyBack {
        /// The origin.
        origin: String,
        /// The notification's text.
        message: String,
    },
    /// Add an outcome to the origin's history.
    Record {
        /// The origin.
        origin: String,
        /// Whether it answered normally.
        ok: bool,
        /// The status seen.
        status: Option<u16>,
        /// When.
        at_ms: u64,
    },
    /// Look at the open tabs and report each with [`Event::ExistingTab`].
    ScanTabs,
    /// Look at `navigator.onLine` every `every_ms` and report it with
    /// [`Event::Online`] once it is `true` (`None`: stop looking). Asked
    /// while the engine believes the browser offline: a worker is not
    /// always told when the network comes back.
    WatchOnline {
        /// How often to look, if at all.
        every_ms: Option<u32>,
    },
    /// Report (or stop reporting) every top-level page that loads, of any
    /// tab, with [`Event::SiteOk`]: asked while the visitor's connection is
    /// the likely fault, so that a site loading fine ends the wait.
    WatchLoads {
        /// Whether to report them.
        on: bool,
    },
    /// The set of tabs the engine follows changed: the shell forwards every
    /// event of these tabs, and of other tabs only their failures.
    Track {
        /// The tabs.
        tabs: Vec<TabId>,
    },
}

/// What the card shows of the retries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum RetryView {
    /// Waiting for the next attempt.
    Waiting {
        /// When it comes.
        at_ms: u64,
        /// Which attempt.
        attempt: u32,
        /// Attempts in all.
        max_attempts: u32,
    },
    /// Asking the site now.
    Probing,
    /// The site answered: reloading.
    Back,
    /// Waiting for the connection to come back.
    Offline,
    /// Stopped by the person.
    Stopped,
    /// No more attempts (budget used, or the server asked for too long).
    GaveUp {
        /// Why, in the card's language, with what to do: how many tries
        /// were made, or that the site asked for a longer wait than the
        /// engine keeps up.
        note: String,
    },
    /// A form is never sent again by itself; the card offers it.
    NotResent,
    /// Not retried (a failure that waiting does not fix, or retries off).
    None,
}

/// The card's state for one tab: what the card, the popup and the badge need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TabView {
    /// The failing URL.
    pub url: String,
    /// Its origin.
    pub origin: String,
    /// The diagnosis.
    pub diagnosis: Diagnosis,
    /// When the failure was first seen.
    pub started_ms: u64,
    /// Attempts made so far.
    pub attempts: u32,
    /// The retry state.
    pub retry: RetryView,
    /// Whether "Send again" is offered.
    pub can_resend: bool,
    /// Whether "Retry now" is offered (never for a form).
    pub can_retry_now: bool,
    /// Whether the card is drawn in the page.
    pub card_in_page: bool,
    /// An archived copy of the page, its query string left out (it may
    /// carry a session or a search; nothing is asked until it is clicked).
    pub archive_url: String,
    /// Why the visitor's own connection is the likely fault, when it is:
    /// the card says "your connection", and retries wait for it.
    #[serde(default)]
    pub connection: Option<ConnectionCause>,
}

/// An event as the shell sends it: one flat object, `type` naming the event
/// and only that event's fields set. It reads with far less code than a
/// tagged enum would, which matters in the browser's download.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct EventWire {
    /// Which event (`request`, `response`, `network-error`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// The tab.
    pub tab: Option<TabId>,
    /// Frame id.
    pub frame: Option<i32>,
    /// Chromium's `documentLifecycle`.
    pub lifecycle: Option<String>,
    /// The request id.
    pub request: Option<String>,
    /// The URL.
    pub url: Option<String>,
    /// The method.
    pub method: Option<String>,
    /// Form fields.
    pub form: Option<FormFields>,
    /// The status.
    pub status: Option<u16>,
    /// The status line.
    pub status_line: Option<String>,
    /// Response headers.
    pub headers: Option<Vec<(String, String)>>,
    /// From the cache.
    pub from_cache: Option<bool>,
    /// The network error.
    pub error: Option<String>,
    /// A page's markup.
    pub html: Option<String>,
    /// The load a page text answers.
    pub load: Option<u32>,
    /// A tab's title.
    pub title: Option<String>,
    /// The tab added (`tab-replaced`).
    pub added: Option<TabId>,
    /// The tab removed (`tab-replaced`).
    pub removed: Option<TabId>,
    /// Online (`online`, `started`, `probe-result`).
    pub online: Option<bool>,
    /// A fresh session (`started`).
    pub fresh: Option<bool>,
    /// The options (`options`).
    pub options: Option<Options>,
    /// The stream's origin (`probe-result`).
    pub origin: Option<String>,
    /// The probe's id (`probe-result`).
    pub probe: Option<u32>,
    /// What the probe got (`probe-result`).
    pub answer: Option<ProbeWire>,
    /// The person's action (`user`).
    pub action: Option<UserAction>,
    /// The captive portal's state (`captive-portal`).
    pub state: Option<String>,
}

/// A probe's answer as the shell sends it (`kind`: `response`, `failed`, `timed-out`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProbeWire {
    /// Which answer.
    pub kind: String,
    /// The URL that answered.
    pub url: Option<String>,
    /// The status.
    pub status: Option<u16>,
    /// The reason phrase.
    pub reason: Option<String>,
    /// The headers.
    pub headers: Option<Vec<(String, String)>>,
    /// A prefix of the body.
    pub body: Option<String>,
    /// The browser's error.
    pub error: Option<String>,
}

impl TryFrom<EventWire> for Event {
    type Error = String;

    fn try_from(w: EventWire) -> Result<Event, String> {
        let need = |v: Option<TabId>, what: &str| {
            v.ok_or_else(|| format!("event `{}` needs `{what}`", w.kind))
        };
        let tab = || need(w.tab, "tab");
        let url = || {
            w.url
                .clone()
                .ok_or_else(|| format!("event `{}` needs `url`", w.kind))
        };
        Ok(match w.kind.as_str() {
            "started" => Event::Started {
                online: w.online.unwrap_or(true),
                fresh: w.fresh.unwrap_or(false),
            },
            "options" => Event::Options {
                options: w.options.clone().unwrap_or_default(),
            },
            "request" => Event::Request {
                tab: tab()?,
                frame: w.frame.unwrap_or(0),
                lifecycle: w.lifecycle.clone(),
                request: w.request.clone().unwrap_or_default(),
                url: url()?,
                method: w.method.clone().unwrap_or_default(),
                form: w.form.clone(),
            },
            "response" => Event::Response {
                tab: tab()?,
                frame: w.frame.unwrap_or(0),
                lifecycle: w.lifecycle.clone(),
                request: w.request.clone().unwrap_or_default(),
                url: url()?,
                method: w.method.clone().unwrap_or_default(),
                status: w.status.ok_or("event `response` needs `status`")?,
                status_line: w.status_line.clone(),
                headers: w.headers.clone().unwrap_or_default(),
                from_cache: w.from_cache.unwrap_or(false),
            },
            "network-error" => Event::NetworkError {
                tab: tab()?,
                frame: w.frame.unwrap_or(0),
                lifecycle: w.lifecycle.clone(),
                request: w.request.clone().unwrap_or_default(),
                url: url()?,
                method: w.method.clone().unwrap_or_default(),
                error: w.error.clone().unwrap_or_default(),
            },
            "tab-complete" => Event::TabComplete {
                tab: tab()?,
                url: url()?,
            },
            "page-text" => Event::PageText {
                tab: tab()?,
                load: w.load.ok_or("event `page-text` needs `load`")?,
                url: w.url.clone().unwrap_or_default(),
                html: w.html.clone(),
            },
            "tab-closed" => Event::TabClosed { tab: tab()? },
            "tab-private" => Event::TabPrivate { tab: tab()? },
            "tab-replaced" => Event::TabReplaced {
                added: need(w.added, "added")?,
                removed: need(w.removed, "removed")?,
            },
            "existing-tab" => Event::ExistingTab {
                tab: tab()?,
                url: url()?,
                title: w.title.clone().unwrap_or_default(),
            },
            "wake" => Event::Wake,
            "probe-result" => {
                let a = w
                    .answer
                    .clone()
                    .ok_or("event `probe-result` needs `answer`")?;
                let answer = match a.kind.as_str() {
                    "response" => ProbeAnswer::Response {
                        url: a.url.unwrap_or_default(),
                        status: a.status.ok_or("a probe response needs `status`")?,
                        reason: a.reason,
                        headers: a.headers.unwrap_or_default(),
                        body: a.body,
                    },
                    "failed" => ProbeAnswer::Failed {
                        error: a.error.unwrap_or_default(),
                    },
                    "timed-out" => ProbeAnswer::TimedOut,
                    other => return Err(format!("unknown probe answer `{other}`")),
                };
                Event::ProbeResult {
                    origin: w
                        .origin
                        .clone()
                        .ok_or("event `probe-result` needs `origin`")?,
                    probe: w.probe.ok_or("event `probe-result` needs `probe`")?,
                    answer,
                    online: w.online,
                }
            }
            "online" => Event::Online {
                online: w.online.ok_or("event `online` needs `online`")?,
            },
            "captive-portal" => Event::CaptivePortal {
                state: w
                    .state
                    .clone()
                    .ok_or("event `captive-portal` needs `state`")?,
            },
            "site-ok" => Event::SiteOk {
                url: url()?,
                from_cache: w.from_cache.unwrap_or(false),
            },
            "user" => Event::User {
                tab: tab()?,
                action: w.action.ok_or("event `user` needs `action`")?,
            },
            other => return Err(format!("unknown event `{other}`")),
        })
    }
}
