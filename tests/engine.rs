//! The retry engine, driven natively: each rule of the issue has a case.

use gatewise::engine::messages::{check, Message, MessageError, MessageWire, Request, Sender};
use gatewise::engine::{
    Command, Engine, Event, Options, ProbeAnswer, RetryView, TabId, UserAction,
};
use gatewise::plan::SplitMix64;
use proptest::prelude::*;

const NGINX_502: &str = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
const URL: &str = "https://shop.example/cart";

/// A tiny shell: keeps the time, the engine and every command it gave.
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
            rng: SplitMix64(1),
            now: 1_000_000,
            log: Vec::new(),
            req: 0,
        }
    }
    fn send(&mut self, e: Event) -> Vec<Command> {
        let out = self.engine.handle(self.now, e, &mut self.rng);
        self.log.extend(out.iter().cloned());
        out
    }
    fn request(
        &mut self,
        tab: TabId,
        url: &str,
        method: &str,
        form: Option<Vec<(String, Vec<String>)>>,
    ) -> String {
        self.req += 1;
        let request = format!("r{}", self.req);
        self.send(Event::Request {
            tab,
            frame: 0,
            lifecycle: None,
            request: request.clone(),
            url: url.into(),
            method: method.into(),
            form,
        });
        request
    }
    fn response(
        &mut self,
        tab: TabId,
        request: &str,
        url: &str,
        method: &str,
        status: u16,
    ) -> Vec<Command> {
        self.send(Event::Response {
            tab,
            frame: 0,
            lifecycle: None,
            request: request.into(),
            url: url.into(),
            method: method.into(),
            status,
            status_line: None,
            headers: vec![],
            from_cache: false,
        })
    }
    /// A full load of `url` answered with `status` (and, for a 5xx, nginx's page).
    fn load(&mut self, tab: TabId, url: &str, status: u16) -> Vec<Command> {
        let r = self.request(tab, url, "GET", None);
        let mut out = self.response(tab, &r, url, "GET", status);
        out.extend(self.send(Event::TabComplete {
            tab,
            url: url.into(),
        }));
        out.extend(self.answer_reads(url));
        out
    }
    fn answer_reads(&mut self, url: &str) -> Vec<Command> {
        let reads: Vec<(TabId, u32)> = self
            .log
            .iter()
            .filter_map(|c| {
                if let Command::ReadPage { tab, load, .. } = c {
                    Some((*tab, *load))
                } else {
                    None
                }
            })
            .collect();
        self.log.retain(|c| !matches!(c, Command::ReadPage { .. }));
        let mut out = Vec::new();
        for (tab, load) in reads {
            out.extend(self.send(Event::PageText {
                tab,
                load,
                url: url.into(),
                html: Some(NGINX_502.into()),
            }));
        }
        out
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
    /// Moves the clock to the wake-up and fires it.
    fn wake(&mut self) -> Vec<Command> {
        let at = self.wake_at().expect("a wake-up is scheduled");
        self.now = self.now.max(at);
        self.send(Event::Wake)
    }
    fn probes(out: &[Command]) -> Vec<(String, u32, String)> {
        out.iter()
            .filter_map(|c| {
                if let Command::Probe {
                    origin, probe, url, ..
                } = c
                {
                    Some((origin.clone(), *probe, url.clone()))
                } else {
                    None
                }
            })
            .collect()
    }
    fn answer(&mut self, origin: &str, probe: u32, answer: ProbeAnswer) -> Vec<Command> {
        self.send(Event::ProbeResult {
            origin: origin.into(),
            probe,
            answer,
            online: None,
        })
    }
}

fn ok_at(url: &str) -> ProbeAnswer {
    ProbeAnswer::Response {
        url: url.into(),
        status: 200,
        reason: None,
        headers: vec![],
        body: None,
    }
}
fn failing_502(url: &str) -> ProbeAnswer {
    ProbeAnswer::Response {
        url: url.into(),
        status: 502,
        reason: None,
        headers: vec![],
        body: Some(NGINX_502.into()),
    }
}
fn reloads(out: &[Command]) -> Vec<TabId> {
    out.iter()
        .filter_map(|c| {
            if let Command::Reload { tabs } = c {
                Some(tabs.clone())
            } else {
                None
            }
        })
        .flatten()
        .collect()
}

/// The notification speaks the language in the options (the extension
/// hands in the browser's when the person chose none).
#[test]
fn the_notification_speaks_the_options_language() {
    let mut s = Shell::new();
    s.send(Event::Options {
        options: Options {
            lang: gatewise::Lang::from_tag("de-AT"),
            ..Options::default()
        },
    });
    s.load(1, URL, 502);
    let out = s.wake();
    let probes = Shell::probes(&out);
    let out = s.answer(&probes[0].0, probes[0].1, ok_at(URL));
    let message = out.iter().find_map(|c| {
        if let Command::NotifyBack { message, .. } = c {
            Some(message.clone())
        } else {
            None
        }
    });
    assert_eq!(
        message.as_deref(),
        Some(gatewise::words(gatewise::Lang::De).labels.back)
    );
    assert_ne!(
        message.as_deref(),
        Some(gatewise::words(gatewise::Lang::En).labels.back)
    );
}

#[test]
fn a_502_gets_a_badge_a_card_and_a_probe_then_reloads_when_back() {
    let mut s = Shell::new();
    let out = s.load(1, URL, 502);
    assert!(out.contains(&Command::SetBadge {
        tab: 1,
        text: "502".into()
    }));
    assert!(out.contains(&Command::ShowCard { tab: 1 }));
    let view = s.engine.view(1).expect("a failure");
    assert!(matches!(view.retry, RetryView::Waiting { attempt: 1, .. }));
    let out = s.wake();
    let probes = Shell::probes(&out);
    assert_eq!(probes.len(), 1);
    assert_eq!(s.engine.view(1).unwrap().retry, RetryView::Probing);
    let out = s.answer(&probes[0].0, probes[0].1, ok_at(URL));
    assert_eq!(reloads(&out), vec![1]);
    assert!(out.iter().any(|c| matches!(c, Command::NotifyBack { .. })));
    let out = s.load(1, URL, 200);
    assert!(out.contains(&Command::SetBadge {
        tab: 1,
        text: String::new()
    }));
    assert!(s.engine.view(1).is_none());
}

#[test]
fn a_normal_page_is_not_followed() {
    let mut s = Shell::new();
    let out = s.load(1, "https://fine.example/", 200);
    assert!(s.engine.view(1).is_none());
    assert!(!out.iter().any(|c| matches!(
        c,
        Command::ReadPage { .. } | Command::Probe { .. } | Command::ShowCard { .. }
    )));
    assert!(s.engine.tracked().is_empty());
}

#[test]
fn prerender_subframe_and_cache_do_not_count() {
    let mut s = Shell::new();
    for (frame, lifecycle, from_cache) in [
        (0, Some("prerender"), false),
        (3, None, false),
        (0, Some("cached"), false),
        (0, None, true),
    ] {
        let out = s.send(Event::Response {
            tab: 1,
            frame,
            lifecycle: lifecycle.map(str::to_string),
            request: "x".into(),
            url: URL.into(),
            method: "GET".into(),
            status: 502,
            status_line: None,
            headers: vec![],
            from_cache,
        });
        assert!(
            out.iter()
                .all(|c| matches!(c, Command::WakeAt { .. } | Command::Track { .. })),
            "{frame} {lifecycle:?} {from_cache}: {out:?}"
        );
        assert!(s.engine.view(1).is_none());
    }
}

#[test]
fn a_late_page_text_never_lands_on_a_page_the_tab_has_left() {
    let mut s = Shell::new();
    let r = s.request(1, URL, "GET", None);
    s.response(1, &r, URL, "GET", 502);
    s.send(Event::TabComplete {
        tab: 1,
        url: URL.into(),
    });
    let load = s
        .log
        .iter()
        .find_map(|c| {
            if let Command::ReadPage { load, .. } = c {
                Some(*load)
            } else {
                None
            }
        })
        .unwrap();
    // The person goes elsewhere before the page was read.
    s.request(1, "https://other.example/", "GET", None);
    let out = s.send(Event::PageText {
        tab: 1,
        load,
        url: URL.into(),
        html: Some(NGINX_502.into()),
    });
    assert!(!out
        .iter()
        .any(|c| matches!(c, Command::ShowCard { .. } | Command::SetBadge { .. })));
    assert!(s.engine.view(1).is_none());
}

#[test]
fn a_late_probe_answer_for_a_stopped_stream_does_nothing() {
    let mut s = Shell::new();
    s.load(1, URL, 502);
    let out = s.wake();
    let (origin, probe, _) = Shell::probes(&out)[0].clone();
    s.engine
        .user(s.now, 1, UserAction::Stop, &mut s.rng)
        .unwrap();
    let out = s.answer(&origin, probe, ok_at(URL));
    assert!(reloads(&out).is_empty());
    assert_eq!(s.engine.view(1).unwrap().retry, RetryView::Stopped);
}

#[test]
fn a_form_belongs_to_its_own_request_and_origin() {
    let form = Some(vec![("q".to_string(), vec!["socks".to_string()])]);
    // Answered 502 by the same origin: "Send again" is offered, and only then.
    let mut s = Shell::new();
    let r = s.request(1, "https://shop.example/buy", "POST", form.clone());
    s.response(1, &r, "https://shop.example/buy", "POST", 502);
    s.send(Event::TabComplete {
        tab: 1,
        url: "https://shop.example/buy".into(),
    });
    s.answer_reads("https://shop.example/buy");
    let view = s.engine.view(1).unwrap();
    assert!(view.can_resend && !view.can_retry_now);
    assert_eq!(view.retry, RetryView::NotResent);
    let out = s
        .engine
        .user(s.now, 1, UserAction::Resend, &mut s.rng)
        .unwrap();
    assert!(
        matches!(&out[0], Command::ResendForm { url, .. } if url == "https://shop.example/buy")
    );
    // One use: the fields are gone.
    assert!(!s.engine.view(1).unwrap().can_resend);

    // Redirected (303) to another site that answers 502: the form stays behind.
    let mut s = Shell::new();
    s.request(1, "https://login.example/session", "POST", form.clone());
    s.send(Event::Request {
        tab: 1,
        frame: 0,
        lifecycle: None,
        request: "r1".into(),
        url: "https://evil.example/next".into(),
        method: "GET".into(),
        form: None,
    });
    s.response(1, "r1", "https://evil.example/next", "GET", 502);
    s.send(Event::TabComplete {
        tab: 1,
        url: "https://evil.example/next".into(),
    });
    s.answer_reads("https://evil.example/next");
    let view = s.engine.view(1).unwrap();
    assert!(!view.can_resend);
    assert!(s
        .engine
        .user(s.now, 1, UserAction::Resend, &mut s.rng)
        .is_err());
    // A 307 that keeps the POST but goes to another origin drops it too.
    let mut s = Shell::new();
    s.request(1, "https://a.example/send", "POST", form.clone());
    s.send(Event::Request {
        tab: 1,
        frame: 0,
        lifecycle: None,
        request: "r1".into(),
        url: "https://b.example/send".into(),
        method: "POST".into(),
        form: None,
    });
    s.response(1, "r1", "https://b.example/send", "POST", 502);
    s.send(Event::TabComplete {
        tab: 1,
        url: "https://b.example/send".into(),
    });
    s.answer_reads("https://b.example/send");
    assert!(!s.engine.view(1).unwrap().can_resend);
}

#[test]
fn a_password_form_is_never_kept() {
    let mut s = Shell::new();
    let form = Some(vec![
        ("user".to_string(), vec!["ann".to_string()]),
        ("password".to_string(), vec!["hunter2".to_string()]),
    ]);
    let r = s.request(1, "https://shop.example/login", "POST", form);
    s.response(1, &r, "https://shop.example/login", "POST", 502);
    s.send(Event::TabComplete {
        tab: 1,
        url: "https://shop.example/login".into(),
    });
    s.answer_reads("https://shop.example/login");
    let saved = serde_json::to_string(&s.engine).unwrap();
    assert!(!saved.contains("hunter2"), "{saved}");
    // "Send again" then takes the person back to the form instead.
    assert!(!s.engine.view(1).unwrap().can_resend);
}

#[test]
fn resend_is_refused_outside_a_5xx_post() {
    let mut s = Shell::new();
    s.load(1, URL, 502);
    assert!(s
        .engine
        .user(s.now, 1, UserAction::Resend, &mut s.rng)
        .is_err());
    assert!(s
        .engine
        .user(s.now, 2, UserAction::Resend, &mut s.rng)
        .is_err());
}

#[test]
fn a_probe_that_lands_elsewhere_is_not_back() {
    for answer in [
        ok_at("https://login.example/"), // redirected to another site
        ok_at("https://shop.example/login?next=/cart"), // a login page of the same site
        ok_at("http://captive.portal/"), // a captive portal answering 200
    ] {
        let mut s = Shell::new();
        s.load(1, URL, 502);
        let out = s.wake();
        let (origin, probe, _) = Shell::probes(&out)[0].clone();
        let out = s.answer(&origin, probe, answer.clone());
        assert!(reloads(&out).is_empty(), "{answer:?}");
        assert!(
            matches!(
                s.engine.view(1).unwrap().retry,
                RetryView::Waiting { attempt: 2, .. }
            ),
            "{answer:?}"
        );
    }
}

#[test]
fn every_waiting_stream_has_a_wake_up() {
    let mut s = Shell::new();
    s.load(1, URL, 502);
    assert!(s.wake_at().is_some());
    // Offline when due: paused, no probe; online again: due within 2 s.
    s.send(Event::Online { online: false });
    let out = s.wake();
    assert!(Shell::probes(&out).is_empty());
    assert_eq!(s.engine.view(1).unwrap().retry, RetryView::Offline);
    s.send(Event::Online { online: true });
    let at = s.wake_at().expect("a wake-up after going online");
    assert!(at <= s.now + 2_000);
    // A worker stopped mid-probe: the new one asks again at once.
    let out = s.wake();
    assert_eq!(Shell::probes(&out).len(), 1);
    let saved = serde_json::to_string(&s.engine).unwrap();
    let mut back: Engine = serde_json::from_str(&saved).unwrap();
    let out = back.handle(
        s.now + 10,
        Event::Started {
            online: true,
            fresh: false,
        },
        &mut s.rng,
    );
    let probes = Shell::probes(&out);
    assert_eq!(probes.len(), 1, "{out:?}");
    // A probe that never answers: its deadline wakes the engine, which plans the next attempt.
    let deadline = out
        .iter()
        .rev()
        .find_map(|c| {
            if let Command::WakeAt { at_ms } = c {
                *at_ms
            } else {
                None
            }
        })
        .unwrap();
    let out = back.handle(deadline, Event::Wake, &mut s.rng);
    assert!(
        matches!(back.view(1).unwrap().retry, RetryView::Waiting { .. }),
        "{out:?}"
    );
}

#[test]
fn tabs_leave_their_stream() {
    let mut s = Shell::new();
    s.load(1, URL, 502);
    s.load(2, URL, 502);
    s.load(3, URL, 502);
    assert_eq!(s.engine.streams(), 1);
    // Navigated elsewhere, closed, a different error, a POST to the same URL.
    s.load(1, "https://elsewhere.example/", 200);
    s.send(Event::TabClosed { tab: 2 });
    let r = s.request(3, URL, "POST", None);
    s.response(3, &r, URL, "POST", 502);
    assert_eq!(s.engine.streams(), 0, "every tab has left");
    s.send(Event::TabComplete {
        tab: 3,
        url: URL.into(),
    });
    s.answer_reads(URL);
    assert_eq!(s.engine.view(3).unwrap().retry, RetryView::NotResent);
    assert_eq!(s.engine.streams(), 0);
}

#[test]
fn one_probe_for_many_tabs_then_all_reload() {
    let mut s = Shell::new();
    for tab in 1..=10 {
        s.load(tab, &format!("{URL}?tab={tab}"), 502);
    }
    assert_eq!(s.engine.streams(), 1);
    let out = s.wake();
    let probes = Shell::probes(&out);
    assert_eq!(probes.len(), 1);
    let out = s.answer(&probes[0].0, probes[0].1, ok_at(&probes[0].2));
    let mut tabs = reloads(&out);
    tabs.sort();
    assert_eq!(tabs, (1..=10).collect::<Vec<_>>());
}

#[test]
fn the_browsers_own_reload_bringing_the_page_back_ends_the_wait_for_all() {
    // Chromium reloads its network-error pages by itself: when that reload
    // works, the other tabs of the site reload too, without a probe.
    let mut s = Shell::new();
    s.send(Event::NetworkError {
        tab: 1,
        frame: 0,
        lifecycle: None,
        request: "a".into(),
        url: URL.into(),
        method: "GET".into(),
        error: "net::ERR_CONNECTION_REFUSED".into(),
    });
    s.send(Event::NetworkError {
        tab: 2,
        frame: 0,
        lifecycle: None,
        request: "b".into(),
        url: URL.into(),
        method: "GET".into(),
        error: "net::ERR_CONNECTION_REFUSED".into(),
    });
    let out = s.load(1, URL, 200);
    assert_eq!(reloads(&out), vec![2]);
}

#[test]
fn a_stopped_page_stays_stopped_when_reloaded() {
    let mut s = Shell::new();
    s.load(1, URL, 502);
    s.engine
        .user(s.now, 1, UserAction::Stop, &mut s.rng)
        .unwrap();
    s.load(1, URL, 502);
    assert_eq!(s.engine.view(1).unwrap().retry, RetryView::Stopped);
    assert_eq!(s.engine.streams(), 0);
}

#[test]
fn retry_now_never_reloads_a_post() {
    let mut s = Shell::new();
    let r = s.request(1, URL, "POST", None);
    s.response(1, &r, URL, "POST", 502);
    s.send(Event::TabComplete {
        tab: 1,
        url: URL.into(),
    });
    s.answer_reads(URL);
    assert!(s
        .engine
        .user(s.now, 1, UserAction::RetryNow, &mut s.rng)
        .is_err());
    assert!(reloads(&s.log).is_empty());
}

#[test]
fn an_open_tab_found_at_start_is_judged_by_its_text() {
    let mut s = Shell::new();
    let out = s.send(Event::Started {
        online: true,
        fresh: true,
    });
    assert!(out.contains(&Command::ScanTabs));
    s.send(Event::ExistingTab {
        tab: 4,
        url: URL.into(),
        title: "502 Bad Gateway".into(),
    });
    s.send(Event::ExistingTab {
        tab: 5,
        url: "https://news.example/".into(),
        title: "Today's news".into(),
    });
    let out = s.answer_reads(URL);
    assert!(
        out.contains(&Command::SetBadge {
            tab: 4,
            text: "502".into()
        }),
        "{out:?}"
    );
    assert!(s.engine.view(5).is_none());
    // The browser's own error page (no script may run): a probe asks the site.
    s.send(Event::ExistingTab {
        tab: 6,
        url: "https://down.example/".into(),
        title: "down.example".into(),
    });
    let load = s
        .log
        .iter()
        .rev()
        .find_map(|c| {
            if let Command::ReadPage { tab: 6, load, .. } = c {
                Some(*load)
            } else {
                None
            }
        })
        .unwrap();
    let out = s.send(Event::PageText {
        tab: 6,
        load,
        url: String::new(),
        html: None,
    });
    let probes = Shell::probes(&out);
    assert_eq!(probes.len(), 1, "{out:?}");
    let out = s.answer(&probes[0].0, probes[0].1, ok_at("https://down.example/"));
    assert_eq!(reloads(&out), vec![6]);
}

#[test]
fn state_is_bounded() {
    let mut s = Shell::new();
    let long = format!("https://big.example/{}", "a".repeat(2 * 1024 * 1024));
    s.load(1, &long, 502);
    for i in 0..2_000 {
        s.load(10 + i, &format!("https://site{i}.example/"), 502);
    }
    let saved = serde_json::to_string(&s.engine).unwrap();
    assert!(saved.len() < 2_000_000, "state of {} bytes", saved.len());
    assert!(s.engine.tracked().len() <= gatewise::engine::limits::MAX_TABS);
}

#[test]
fn messages_are_checked() {
    let page = Sender {
        ours: true,
        tab: Some(7),
        frame: Some(0),
        extension_page: false,
    };
    let popup = Sender {
        ours: true,
        tab: None,
        frame: None,
        extension_page: true,
    };
    let parse = |json: &str| {
        serde_json::from_str::<MessageWire>(json)
            .map_err(|e| MessageError::Malformed(e.to_string()))
            .and_then(Message::try_from)
    };
    assert_eq!(
        check(parse(r#"{"type":"card:get"}"#).unwrap(), &page),
        Ok(Request::Card(7))
    );
    // A content script cannot speak for another tab, nor from a subframe.
    assert_eq!(
        check(
            parse(r#"{"type":"card:action","action":"stop","tabId":3}"#).unwrap(),
            &page
        ),
        Err(MessageError::WrongTab)
    );
    let sub = Sender {
        frame: Some(2),
        ..page.clone()
    };
    assert_eq!(
        check(parse(r#"{"type":"card:get"}"#).unwrap(), &sub),
        Err(MessageError::WrongTab)
    );
    assert_eq!(
        check(
            parse(r#"{"type":"card:action","action":"stop","tabId":3}"#).unwrap(),
            &popup
        ),
        Ok(Request::Action(3, UserAction::Stop))
    );
    // Foreign senders, unknown types, extra or mistyped fields.
    assert_eq!(
        check(
            parse(r#"{"type":"card:get"}"#).unwrap(),
            &Sender {
                ours: false,
                ..page.clone()
            }
        ),
        Err(MessageError::Foreign)
    );
    for bad in [
        r#"{"type":"card:nuke"}"#,
        r#"{"type":"card:get","x":1}"#,
        r#"{"type":"card:action","action":"explode"}"#,
        r#"{"type":"popup:get","tabId":"7"}"#,
        r#"{"type":"toString"}"#,
        r#"[]"#,
        r#"{"type":"card:get","tabId":3}"#,
        r#"{"type":"popup:get"}"#,
    ] {
        assert!(parse(bad).is_err(), "{bad}");
    }
    assert!(check(
        parse(r#"{"type":"history:forget-site","origin":"https://a.example"}"#).unwrap(),
        &page
    )
    .is_err());
    assert_eq!(
        check(
            parse(r#"{"type":"history:forget-site","origin":"https://a.example"}"#).unwrap(),
            &popup
        ),
        Ok(Request::ForgetSite("https://a.example".into()))
    );
}

#[test]
fn the_status_question_speaks_for_its_own_tab_only() {
    let page = Sender {
        ours: true,
        tab: Some(7),
        frame: Some(0),
        extension_page: false,
    };
    let popup = Sender {
        ours: true,
        tab: None,
        frame: None,
        extension_page: true,
    };
    let parse = |json: &str| {
        serde_json::from_str::<MessageWire>(json)
            .map_err(|e| MessageError::Malformed(e.to_string()))
            .and_then(Message::try_from)
    };
    assert_eq!(
        check(parse(r#"{"type":"card:status"}"#).unwrap(), &page),
        Ok(Request::Status(7))
    );
    assert_eq!(
        check(
            parse(r#"{"type":"card:status","tabId":3}"#).unwrap(),
            &popup
        ),
        Ok(Request::Status(3))
    );
    assert_eq!(
        check(parse(r#"{"type":"card:status","tabId":3}"#).unwrap(), &page),
        Err(MessageError::WrongTab)
    );
    assert_eq!(
        check(
            parse(r#"{"type":"card:status"}"#).unwrap(),
            &Sender {
                frame: Some(1),
                ..page.clone()
            }
        ),
        Err(MessageError::WrongTab)
    );
    assert_eq!(
        check(parse(r#"{"type":"card:status"}"#).unwrap(), &popup),
        Err(MessageError::WrongTab),
        "an extension page names its tab"
    );
    for bad in [
        r#"{"type":"card:status","origin":"https://x"}"#,
        r#"{"type":"card:status","action":"stop"}"#,
    ] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[derive(Clone, Debug)]
enum Step {
    Load(i32, u8, u16, bool),
    Close(i32),
    Wake(u32),
    Answer(bool),
    Online(bool),
    Act(i32, u8),
    Restart,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (
            0..6i32,
            0..3u8,
            prop::sample::select(vec![200u16, 404, 500, 502, 503, 504]),
            any::<bool>()
        )
            .prop_map(|(t, u, s, p)| Step::Load(t, u, s, p)),
        (0..6i32).prop_map(Step::Close),
        (0..400_000u32).prop_map(Step::Wake),
        any::<bool>().prop_map(Step::Answer),
        any::<bool>().prop_map(Step::Online),
        (0..6i32, 0..3u8).prop_map(|(t, a)| Step::Act(t, a)),
        Just(Step::Restart),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn random_event_sequences_keep_the_rules(steps in prop::collection::vec(step(), 1..60)) {
        let mut s = Shell::new();
        // Probes out, with when they were sent: the shell gives up on one after its timeout.
        let mut out_probes: Vec<(String, u32, u64)> = Vec::new();
        for st in steps {
            let out = match st {
                Step::Load(tab, u, status, post) => {
                    let url = format!("https://s{u}.example/p");
                    let method = if post { "POST" } else { "GET" };
                    let r = s.request(tab, &url, method, post.then(|| vec![("a".to_string(), vec!["b".to_string()])]));
                    let mut out = s.response(tab, &r, &url, method, status);
                    out.extend(s.send(Event::TabComplete { tab, url: url.clone() }));
                    out.extend(s.answer_reads(&url));
                    out
                }
                Step::Close(tab) => s.send(Event::TabClosed { tab }),
                Step::Wake(dt) => {
                    s.now += u64::from(dt);
                    let now = s.now;
                    out_probes.retain(|(_, _, at)| now < at + u64::from(gatewise::engine::limits::PROBE_TIMEOUT_MS));
                    s.send(Event::Wake)
                }
                Step::Answer(ok) => match out_probes.pop() {
                    Some((origin, probe, _)) => {
                        let url = format!("{origin}/p");
                        s.answer(&origin, probe, if ok { ok_at(&url) } else { failing_502(&url) })
                    }
                    None => vec![],
                },
                Step::Online(on) => s.send(Event::Online { online: on }),
                Step::Act(tab, a) => {
                    let action = [UserAction::RetryNow, UserAction::Stop, UserAction::Resend][a as usize];
                    s.engine.user(s.now, tab, action, &mut s.rng).unwrap_or_default()
                }
                Step::Restart => {
                    let saved = serde_json::to_string(&s.engine).unwrap();
                    s.engine = serde_json::from_str(&saved).unwrap();
                    out_probes.clear();
                    s.send(Event::Started { online: true, fresh: false })
                }
            };
            s.log.extend(out.iter().cloned());
            for c in &out {
                match c {
                    // Never a form re-sent by itself: ResendForm only on the person's action.
                    Command::ResendForm { .. } => prop_assert!(matches!(st, Step::Act(_, 2))),
                    Command::Probe { origin, probe, .. } => {
                        // Never two probes in flight for one origin.
                        prop_assert!(!out_probes.iter().any(|(o, _, _)| o == origin), "two probes for {}", origin);
                        out_probes.push((origin.clone(), *probe, s.now));
                    }
                    Command::Reload { tabs } => {
                        for t in tabs {
                            // A POST page is never reloaded.
                            if let Some(v) = s.engine.view(*t) {
                                prop_assert!(v.diagnosis.method == "GET", "reloading a {} page", v.diagnosis.method);
                            }
                        }
                    }
                    _ => {}
                }
            }
            // Every waiting stream has a wake-up, no later than its attempt.
            if let Some(next) = s.engine.next_wake() {
                prop_assert!(s.wake_at().is_some_and(|at| at <= next), "wake {:?} after {}", s.wake_at(), next);
            }
            prop_assert!(s.engine.tracked().len() <= gatewise::engine::limits::MAX_TABS);
        }
        // No tab in two streams.
        let mut seen = std::collections::HashSet::new();
        for t in s.engine.tracked() {
            prop_assert!(seen.insert(t));
        }
    }
}

#[test]
fn private_windows_leave_no_history() {
    let mut s = Shell::new();
    s.send(Event::TabPrivate { tab: 1 });
    s.load(1, URL, 502);
    let out = s.wake();
    let (origin, probe, _) = Shell::probes(&out)[0].clone();
    s.answer(&origin, probe, ok_at(URL));
    s.load(1, URL, 200);
    assert!(
        !s.log.iter().any(|c| matches!(c, Command::Record { .. })),
        "{:?}",
        s.log
    );
    // The same failure in an ordinary window is recorded.
    let mut s = Shell::new();
    s.load(2, URL, 502);
    assert!(s
        .log
        .iter()
        .any(|c| matches!(c, Command::Record { ok: false, .. })));
}

#[test]
fn the_archived_copy_leaves_the_query_out() {
    let mut s = Shell::new();
    s.load(1, "https://shop.example/cart?session=secret#top", 502);
    assert_eq!(
        s.engine.view(1).unwrap().archive_url,
        "https://web.archive.org/web/2/https://shop.example/cart"
    );
}

#[test]
fn a_response_the_tab_never_shows_is_not_judged() {
    // Chromium may report a speculation-rules prerender as the tab's own
    // top-level load (frame 0, "active"): the tab keeps showing its page.
    let mut s = Shell::new();
    s.load(1, "https://shop.example/", 200);
    let r = s.request(1, "https://shop.example/next", "GET", None);
    s.response(1, &r, "https://shop.example/next", "GET", 502);
    s.send(Event::TabComplete {
        tab: 1,
        url: "https://shop.example/".into(),
    });
    assert!(
        !s.log.iter().any(|c| matches!(c, Command::ReadPage { .. })),
        "the tab did not finish that page"
    );
    // After the grace, the page is read: it is the other page, so nothing is judged.
    s.now += gatewise::engine::limits::COMPLETE_GRACE_MS;
    s.send(Event::Wake);
    let load = s
        .log
        .iter()
        .find_map(|c| {
            if let Command::ReadPage { load, .. } = c {
                Some(*load)
            } else {
                None
            }
        })
        .expect("a read after the grace");
    let out = s.send(Event::PageText {
        tab: 1,
        load,
        url: "https://shop.example/".into(),
        html: Some("<title>Home</title>".into()),
    });
    assert!(
        !out.iter()
            .any(|c| matches!(c, Command::SetBadge { .. } | Command::ShowCard { .. })),
        "{out:?}"
    );
    assert!(s.engine.view(1).is_none());
    // A bot check that rewrites its own query is still its page.
    let mut s = Shell::new();
    let r = s.request(2, "https://shop.example/p?x=1", "GET", None);
    s.response(2, &r, "https://shop.example/p?x=1", "GET", 503);
    s.send(Event::TabComplete {
        tab: 2,
        url: "https://shop.example/p?__cf_chl_tk=abc".into(),
    });
    assert!(s
        .log
        .iter()
        .any(|c| matches!(c, Command::ReadPage { tab: 2, .. })));
}

/// The card says why the retries stopped (issue 12's "every sentence
/// true"): the tries made, or the site's own wait when it is longer than
/// the engine's, with what to do then; in the card's language.
#[test]
fn a_card_that_stopped_says_why() {
    // The server asks for two hours: longer than the engine waits.
    let mut s = Shell::new();
    let r = s.request(1, URL, "GET", None);
    s.send(Event::Response {
        tab: 1,
        frame: 0,
        lifecycle: None,
        request: r,
        url: URL.into(),
        method: "GET".into(),
        status: 503,
        status_line: None,
        headers: vec![("Retry-After".into(), "7200".into())],
        from_cache: false,
    });
    s.send(Event::TabComplete {
        tab: 1,
        url: URL.into(),
    });
    s.answer_reads(URL);
    let RetryView::GaveUp { note } = s.engine.view(1).expect("a failure").retry else {
        panic!("not given up")
    };
    assert_eq!(
        note,
        gatewise::words(gatewise::Lang::En).labels.gave_up_asked
    );
    // The card's fault sentence gives the time.
    let view = s.engine.view(1).unwrap();
    let card = gatewise::explain(&view.diagnosis, &gatewise::ExplainContext::default());
    assert!(card.fault_text.contains("2 hours"), "{}", card.fault_text);

    // Every attempt used: the tries are counted.
    let mut s = Shell::new();
    let policy = gatewise::plan::RetryPolicy {
        max_attempts: 2,
        ..Default::default()
    };
    s.send(Event::Options {
        options: Options {
            policy,
            ..Options::default()
        },
    });
    s.load(1, URL, 502);
    for _ in 0..2 {
        let probes = Shell::probes(&s.wake());
        assert_eq!(probes.len(), 1);
        s.answer(&probes[0].0, probes[0].1, failing_502(URL));
    }
    let RetryView::GaveUp { note } = s.engine.view(1).expect("a failure").retry else {
        panic!("not given up")
    };
    assert_eq!(note, "Stopped retrying (2 automatic retries): the site still fails. Reload the page to try again.");
    // In German, with German plurals.
    s.send(Event::Options {
        options: Options {
            lang: gatewise::Lang::De,
            ..Options::default()
        },
    });
    let RetryView::GaveUp { note } = s.engine.view(1).unwrap().retry else {
        panic!("not given up")
    };
    assert!(
        note.starts_with("Keine weiteren Versuche (2 automatische Wiederholungen)"),
        "{note}"
    );
}

/// A 429 is not an outage and never retried by itself (each request
/// counts against the limit), but the person sees the card, the badge and
/// the popup that say how long to wait; the page loading fine ends it.
#[test]
fn a_429_is_explained_never_retried() {
    let mut s = Shell::new();
    let r = s.request(1, URL, "GET", None);
    let mut out = s.send(Event::Response {
        tab: 1,
        frame: 0,
        lifecycle: None,
        request: r,
        url: URL.into(),
        method: "GET".into(),
        status: 429,
        status_line: Some("HTTP/1.1 429 Too Many Requests".into()),
        headers: vec![("Retry-After".into(), "60".into())],
        from_cache: false,
    });
    out.extend(s.send(Event::TabComplete {
        tab: 1,
        url: URL.into(),
    }));
    out.extend(s.answer_reads(URL));
    assert!(
        out.contains(&Command::SetBadge {
            tab: 1,
            text: "429".into()
        }),
        "{out:?}"
    );
    assert!(out.contains(&Command::ShowCard { tab: 1 }));
    let view = s.engine.view(1).expect("the card's view");
    assert_eq!(view.retry, RetryView::None);
    assert!(!view.can_retry_now, "no \"Retry now\" against a rate limit");
    let now = s.now;
    assert!(
        s.engine
            .user(now, 1, UserAction::RetryNow, &mut s.rng)
            .is_err(),
        "refused if asked anyway"
    );
    assert_eq!(view.diagnosis.retry_after_s, Some(60));
    assert_eq!(s.wake_at(), None, "nothing planned");
    assert!(!s
        .log
        .iter()
        .any(|c| matches!(c, Command::Probe { .. } | Command::Record { .. })));
    // Another tab's outage on the same origin does not pull it into the retries.
    s.load(2, URL, 502);
    for _ in 0..3 {
        let probes = Shell::probes(&s.wake());
        if let Some((origin, probe, _)) = probes.first() {
            let out = s.answer(&origin.clone(), *probe, ok_at(URL));
            assert_eq!(reloads(&out), vec![2], "only the failing tab reloads");
            break;
        }
    }
    assert_eq!(s.engine.view(1).map(|v| v.retry), Some(RetryView::None));
    // The person reloads after the wait: the page works, the card goes.
    let out = s.load(1, URL, 200);
    assert!(out.contains(&Command::SetBadge {
        tab: 1,
        text: String::new()
    }));
    assert!(s.engine.view(1).is_none());
}
