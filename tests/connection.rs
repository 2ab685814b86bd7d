//! Is it me, my network, or the site? (issue 11, item 1). The engine judges
//! the visitor's side from what the browser already reports (several
//! unrelated sites failing at once, offline, a captive portal), with no
//! request of its own; while it does, no site is probed, and the wait ends
//! when the connection looks back.

use gatewise::engine::{site_of, Command, Engine, Event, EventWire, ProbeAnswer, RetryView, TabId};
use gatewise::plan::SplitMix64;
use gatewise::{explain, ConnectionCause, ExplainContext, Fault};

struct Shell {
    engine: Engine,
    rng: SplitMix64,
    now: u64,
    log: Vec<Command>,
    req: u32,
}

impl Shell {
    fn new() -> Shell {
        Shell {
            engine: Engine::default(),
            rng: SplitMix64(5),
            now: 5_000_000,
            log: Vec::new(),
            req: 0,
        }
    }
    fn send(&mut self, e: Event) -> Vec<Command> {
        let out = self.engine.handle(self.now, e, &mut self.rng);
        self.log.extend(out.iter().cloned());
        out
    }
    /// A top-level load of `url` in `tab` that failed with `error`.
    fn fail(&mut self, tab: TabId, url: &str, error: &str) -> Vec<Command> {
        self.req += 1;
        let request = format!("r{}", self.req);
        self.send(Event::Request {
            tab,
            frame: 0,
            lifecycle: None,
            request: request.clone(),
            url: url.into(),
            method: "GET".into(),
            form: None,
        });
        self.send(Event::NetworkError {
            tab,
            frame: 0,
            lifecycle: None,
            request,
            url: url.into(),
            method: "GET".into(),
            error: error.into(),
        })
    }
    fn wake_at(&self) -> Option<u64> {
        self.log
            .iter()
            .rev()
            .find_map(|c| {
                if let Command::WakeAt { at_ms } = c {
                    Some(*at_ms)
                } else {
                    None
                }
            })
            .flatten()
    }
    fn wake(&mut self) -> Vec<Command> {
        let at = self.wake_at().expect("a wake-up is scheduled");
        self.now = self.now.max(at);
        self.send(Event::Wake)
    }
    fn probes(out: &[Command]) -> Vec<(String, u32)> {
        out.iter()
            .filter_map(|c| {
                if let Command::Probe { origin, probe, .. } = c {
                    Some((origin.clone(), *probe))
                } else {
                    None
                }
            })
            .collect()
    }
    fn watching(&self) -> Option<bool> {
        self.log.iter().rev().find_map(|c| {
            if let Command::WatchLoads { on } = c {
                Some(*on)
            } else {
                None
            }
        })
    }
    fn cause(&self, tab: TabId) -> Option<ConnectionCause> {
        self.engine.view(tab).and_then(|v| v.connection)
    }
}

const REFUSED: &str = "net::ERR_CONNECTION_REFUSED";

/// Three tabs on three unrelated sites fail within seconds.
fn three_sites_down(s: &mut Shell) {
    s.fail(1, "https://shop.example/cart", "net::ERR_NAME_NOT_RESOLVED");
    s.now += 2_000;
    s.fail(
        2,
        "https://news.example.org/",
        "net::ERR_CONNECTION_TIMED_OUT",
    );
    assert_eq!(s.cause(1), None, "two sites are not yet a pattern");
    s.now += 2_000;
    s.fail(3, "http://mail.example.net/inbox", "NS_ERROR_UNKNOWN_HOST");
}

#[test]
fn several_unrelated_sites_failing_point_at_the_connection() {
    let mut s = Shell::new();
    three_sites_down(&mut s);
    for tab in [1, 2, 3] {
        assert_eq!(
            s.cause(tab),
            Some(ConnectionCause::ManySites { sites: 3 }),
            "tab {tab}"
        );
    }
    assert_eq!(
        s.watching(),
        Some(true),
        "the shell is asked to report pages that load"
    );
    // Every card changed: each is told.
    let updated: Vec<TabId> = s
        .log
        .iter()
        .filter_map(|c| {
            if let Command::UpdateCard { tab } = c {
                Some(*tab)
            } else {
                None
            }
        })
        .collect();
    assert!([1, 2, 3].iter().all(|t| updated.contains(t)));
    // The attempts fall due: no site is probed; the streams wait for the connection.
    // (a probe already out before the third failure is answered by its deadline)
    for _ in 0..10 {
        if (1..=3).all(|t| s.engine.view(t).unwrap().retry == RetryView::Offline) {
            break;
        }
        let out = s.wake();
        assert!(
            Shell::probes(&out).is_empty(),
            "probed while the connection is down: {out:?}"
        );
    }
    assert!((1..=3).all(|t| s.engine.view(t).unwrap().retry == RetryView::Offline));
    assert_eq!(s.cause(1), Some(ConnectionCause::ManySites { sites: 3 }));
}

#[test]
fn a_site_loading_fine_ends_the_wait() {
    let mut s = Shell::new();
    three_sites_down(&mut s);
    while (1..=3).any(|t| s.engine.view(t).unwrap().retry != RetryView::Offline) {
        s.wake();
    }
    s.now += 5_000;
    s.log.clear();
    s.send(Event::SiteOk {
        url: "https://weather.example.com/".into(),
        from_cache: false,
    });
    assert_eq!(s.cause(1), None);
    assert_eq!(s.watching(), Some(false));
    let at = s.wake_at().expect("the streams carry on");
    assert!(at <= s.now + 2_000, "resumed within the spread");
    let mut probed = 0;
    while probed < 3 {
        probed += Shell::probes(&s.wake()).len();
    }
}

#[test]
fn the_same_site_twice_or_failures_far_apart_are_not_the_connection() {
    let mut s = Shell::new();
    // Two hosts of one registrable domain, and one other site.
    s.fail(1, "https://a.shop.example/", REFUSED);
    s.fail(2, "https://b.shop.example/", REFUSED);
    s.fail(3, "https://other.example/", REFUSED);
    assert_eq!(s.cause(1), None);
    assert_eq!(site_of("https://www.bbc.co.uk/news"), "bbc.co.uk");
    assert_eq!(site_of("http://127.0.0.2:8080/"), "127.0.0.2");
    // A third site, but long after the first failures.
    let mut s = Shell::new();
    s.fail(1, "https://one.example/", REFUSED);
    s.now += 40_000;
    s.fail(2, "https://two.example/", REFUSED);
    s.now += 40_000;
    s.fail(3, "https://three.example/", REFUSED);
    assert_eq!(s.cause(3), None, "the first failure is out of the window");
}

#[test]
fn certificate_and_protocol_errors_say_nothing_of_the_connection() {
    let mut s = Shell::new();
    s.fail(1, "https://one.example/", "net::ERR_CERT_DATE_INVALID");
    s.fail(2, "https://two.example/", "net::ERR_HTTP2_PROTOCOL_ERROR");
    s.fail(3, "https://three.example/", "net::ERR_BLOCKED_BY_CLIENT");
    s.fail(4, "https://four.example/", REFUSED);
    assert_eq!(s.cause(4), None);
}

#[test]
fn an_answer_from_another_site_clears_the_judgement() {
    let mut s = Shell::new();
    three_sites_down(&mut s);
    // Tab 4 loads a page that answers (even a 404): the connection works.
    s.send(Event::Request {
        tab: 4,
        frame: 0,
        lifecycle: None,
        request: "x".into(),
        url: "https://fine.example/".into(),
        method: "GET".into(),
        form: None,
    });
    s.send(Event::Response {
        tab: 4,
        frame: 0,
        lifecycle: None,
        request: "x".into(),
        url: "https://fine.example/".into(),
        method: "GET".into(),
        status: 404,
        status_line: None,
        headers: vec![],
        from_cache: false,
    });
    assert_eq!(s.cause(1), None);
}

#[test]
fn the_browsers_captive_portal_detection_holds_the_retries() {
    let mut s = Shell::new();
    s.fail(1, "https://shop.example/cart", REFUSED);
    s.send(Event::CaptivePortal {
        state: "locked_portal".into(),
    });
    assert_eq!(s.cause(1), Some(ConnectionCause::CaptivePortal));
    assert_eq!(s.watching(), Some(true));
    let out = s.wake();
    assert!(Shell::probes(&out).is_empty());
    assert_eq!(s.engine.view(1).unwrap().retry, RetryView::Offline);
    s.now += 30_000;
    s.send(Event::CaptivePortal {
        state: "unlocked_portal".into(),
    });
    assert_eq!(s.cause(1), None);
    let at = s.wake_at().unwrap();
    assert!(at <= s.now + 2_000);
    assert_eq!(
        Shell::probes(&s.wake()).len(),
        1,
        "probing again once signed in"
    );
}

#[test]
fn unrelated_sites_sent_to_one_page_are_a_captive_portal() {
    let mut s = Shell::new();
    s.fail(1, "https://shop.example/", "net::ERR_CONNECTION_RESET");
    s.fail(2, "https://news.example.org/", "net::ERR_CONNECTION_RESET");
    let mut asked = Vec::new();
    while asked.len() < 2 {
        asked.extend(Shell::probes(&s.wake()));
    }
    for (origin, probe) in asked {
        s.send(Event::ProbeResult {
            origin,
            probe,
            answer: ProbeAnswer::Response {
                url: "http://login.hotspot.example/portal?x=1".into(),
                status: 200,
                reason: None,
                headers: vec![],
                body: None,
            },
            online: Some(true),
        });
    }
    assert_eq!(s.cause(1), Some(ConnectionCause::CaptivePortal));
    // The portal's own page loading proves nothing.
    s.send(Event::SiteOk {
        url: "http://login.hotspot.example/welcome".into(),
        from_cache: false,
    });
    assert_eq!(s.cause(2), Some(ConnectionCause::CaptivePortal));
    // Nor does a page from the browser's cache.
    s.send(Event::SiteOk {
        url: "https://elsewhere.example/".into(),
        from_cache: true,
    });
    assert_eq!(s.cause(2), Some(ConnectionCause::CaptivePortal));
    // Another site loading does.
    s.send(Event::SiteOk {
        url: "https://elsewhere.example/".into(),
        from_cache: false,
    });
    assert_eq!(s.cause(2), None);
}

#[test]
fn offline_is_the_connection_and_online_resumes() {
    let mut s = Shell::new();
    s.fail(1, "https://shop.example/", "net::ERR_INTERNET_DISCONNECTED");
    s.send(Event::Online { online: false });
    assert_eq!(s.cause(1), Some(ConnectionCause::Offline));
    s.send(Event::Online { online: true });
    assert_eq!(s.cause(1), None);
}

impl Shell {
    /// The last `watch-online` asked: `Some(every_ms)` or `None` (stop).
    fn watching_online(&self) -> Option<Option<u32>> {
        self.log.iter().rev().find_map(|c| {
            if let Command::WatchOnline { every_ms } = c {
                Some(*every_ms)
            } else {
                None
            }
        })
    }
}

/// Chromium's network emulation turns `navigator.onLine` false in a worker
/// with no `offline` event: a probe that fails then, with the browser
/// saying offline, is the browser offline. The engine asks the shell to
/// look at `navigator.onLine` until it is back, and resumes with one probe.
#[test]
fn a_probe_failing_while_the_browser_says_offline_is_offline() {
    let mut s = Shell::new();
    s.fail(1, "https://shop.example/", REFUSED);
    assert_eq!(s.watching_online(), None, "online: nothing to watch");
    let (origin, probe) = loop {
        if let Some(p) = Shell::probes(&s.wake()).pop() {
            break p;
        }
    };
    s.send(Event::ProbeResult {
        origin,
        probe,
        answer: ProbeAnswer::Failed {
            error: "Failed to fetch".into(),
        },
        online: Some(false),
    });
    assert_eq!(s.cause(1), Some(ConnectionCause::Offline));
    assert_eq!(
        s.watching_online(),
        Some(Some(gatewise::engine::limits::ONLINE_POLL_MS))
    );
    // While offline, the attempts that fall due wait: no probe.
    let mut probed = 0;
    for _ in 0..5 {
        probed += s.wake_at().map_or(0, |_| Shell::probes(&s.wake()).len());
        if s.engine.view(1).unwrap().retry == RetryView::Offline {
            break;
        }
    }
    assert_eq!(probed, 0, "no probe while offline");
    assert_eq!(s.engine.view(1).unwrap().retry, RetryView::Offline);
    // The shell's look finds the network back: the watch stops, one probe follows.
    s.send(Event::Online { online: true });
    assert_eq!(s.watching_online(), Some(None));
    assert_eq!(s.cause(1), None);
    let mut probes = 0;
    for _ in 0..3 {
        probes += Shell::probes(&s.wake()).len();
        if probes > 0 {
            break;
        }
    }
    assert_eq!(probes, 1, "one probe once back");
}

/// A probe that got an answer proves the network, whatever
/// `navigator.onLine` says; one that failed with the browser online is the
/// site's failure, not the browser's.
#[test]
fn only_a_failed_probe_with_the_browser_offline_means_offline() {
    for (answer, online) in [
        (
            ProbeAnswer::Response {
                url: "https://shop.example/".into(),
                status: 502,
                reason: None,
                headers: vec![],
                body: None,
            },
            Some(false),
        ),
        (
            ProbeAnswer::Failed {
                error: "Failed to fetch".into(),
            },
            Some(true),
        ),
        (ProbeAnswer::TimedOut, None),
    ] {
        let mut s = Shell::new();
        s.fail(1, "https://shop.example/", REFUSED);
        let (origin, probe) = loop {
            if let Some(p) = Shell::probes(&s.wake()).pop() {
                break p;
            }
        };
        s.send(Event::ProbeResult {
            origin,
            probe,
            answer: answer.clone(),
            online,
        });
        assert_ne!(
            s.cause(1),
            Some(ConnectionCause::Offline),
            "{answer:?} {online:?}"
        );
        assert_eq!(s.watching_online(), None, "{answer:?} {online:?}");
    }
}

/// A new worker has no watch running: the engine asks again if the
/// browser is still offline, and a browser that starts offline is watched.
#[test]
fn a_new_worker_is_asked_to_watch_again() {
    let mut s = Shell::new();
    s.send(Event::Started {
        online: false,
        fresh: true,
    });
    assert_eq!(
        s.watching_online(),
        Some(Some(gatewise::engine::limits::ONLINE_POLL_MS))
    );
    let asked = s.log.len();
    s.send(Event::Started {
        online: false,
        fresh: false,
    });
    assert!(
        s.log[asked..].contains(&Command::WatchOnline {
            every_ms: Some(gatewise::engine::limits::ONLINE_POLL_MS)
        }),
        "asked again of the new worker"
    );
    let wire =
        |v: serde_json::Value| Event::try_from(serde_json::from_value::<EventWire>(v).unwrap());
    assert_eq!(
        wire(
            serde_json::json!({"type": "probe-result", "origin": "https://a.example", "probe": 3, "answer": {"kind": "timed-out"}, "online": false})
        ),
        Ok(Event::ProbeResult {
            origin: "https://a.example".into(),
            probe: 3,
            answer: ProbeAnswer::TimedOut,
            online: Some(false)
        })
    );
    assert_eq!(
        serde_json::to_value(Command::WatchOnline {
            every_ms: Some(1000)
        })
        .unwrap(),
        serde_json::json!({"type": "watch-online", "every_ms": 1000})
    );
}

#[test]
fn the_judgement_ages_out_and_the_site_is_asked_again() {
    let mut s = Shell::new();
    three_sites_down(&mut s);
    while s.engine.view(1).unwrap().retry != RetryView::Offline {
        s.wake();
    }
    // Nothing else happens: the signs age out, and a wake-up comes for it.
    let mut probed = 0;
    for _ in 0..10 {
        probed += Shell::probes(&s.wake()).len();
        if probed > 0 {
            break;
        }
    }
    assert!(probed > 0, "held for ever");
    assert!(
        s.now <= 5_000_000 + 4_000 + 60_000 + 2_000 + 60_000,
        "held too long"
    );
}

#[test]
fn the_card_says_your_connection() {
    let mut s = Shell::new();
    three_sites_down(&mut s);
    let view = s.engine.view(3).unwrap();
    let ctx = ExplainContext {
        connection: view.connection,
        ..Default::default()
    };
    let card = explain(&view.diagnosis, &ctx);
    assert!(
        card.headline.starts_with("Your connection"),
        "{}",
        card.headline
    );
    assert!(
        card.what_happened.contains("3 unrelated sites"),
        "{}",
        card.what_happened
    );
    assert_eq!(card.fault, Fault::Visitor);
    assert_eq!(card.diagram[0].label, "Your connection");
    assert_eq!(card.diagram[0].state, gatewise::explain::HopState::Failed);
    assert_eq!(card.visitor_steps[0].id, "check-connection");
    let portal = explain(
        &view.diagnosis,
        &ExplainContext {
            connection: Some(ConnectionCause::CaptivePortal),
            ..Default::default()
        },
    );
    assert_eq!(portal.visitor_steps[0].id, "sign-in");
    // A site that answered with a 5xx is not a connection failure, whatever the context says.
    let d = gatewise::diagnose(
        &gatewise::Response::new(b"")
            .status(502)
            .url("https://shop.example/"),
    );
    let card = explain(&d, &ctx);
    assert!(!card.headline.starts_with("Your connection"));
}

#[test]
fn the_wire_format() {
    let wire =
        |v: serde_json::Value| Event::try_from(serde_json::from_value::<EventWire>(v).unwrap());
    assert_eq!(
        wire(serde_json::json!({"type": "captive-portal", "state": "locked_portal"})),
        Ok(Event::CaptivePortal {
            state: "locked_portal".into()
        })
    );
    assert!(wire(serde_json::json!({"type": "captive-portal"})).is_err());
    assert_eq!(
        wire(serde_json::json!({"type": "site-ok", "url": "https://a.example/"})),
        Ok(Event::SiteOk {
            url: "https://a.example/".into(),
            from_cache: false
        })
    );
    assert_eq!(
        serde_json::to_value(Command::WatchLoads { on: true }).unwrap(),
        serde_json::json!({"type": "watch-loads", "on": true})
    );
    let v = serde_json::to_value(ConnectionCause::ManySites { sites: 3 }).unwrap();
    assert_eq!(v, serde_json::json!({"cause": "many-sites", "sites": 3}));
    // Garbage never panics: unknown states are "no portal".
    let mut s = Shell::new();
    s.fail(1, "https://shop.example/", REFUSED);
    s.send(Event::CaptivePortal {
        state: "\u{0}weird".repeat(1000),
    });
    assert_eq!(s.cause(1), None);
}

#[test]
fn the_state_stays_small_whatever_fails() {
    let mut s = Shell::new();
    for i in 0..2_000 {
        s.fail(i % 300, &format!("https://site{i}.example{i}/"), REFUSED);
        s.now += 10;
    }
    let saved = serde_json::to_string(&s.engine).unwrap();
    assert!(saved.len() < 600_000, "state grew to {} bytes", saved.len());
    assert_eq!(
        s.cause(1999 % 300),
        Some(ConnectionCause::ManySites { sites: 32 })
    );
}
