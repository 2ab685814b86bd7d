//! Every language covers every text English has: each code, network
//! failure, special page, step (for each system, situation and retry time),
//! vendor and stack owner line, variant label, card label and report field.
//! Each text is there, is not English left untranslated, keeps English's
//! placeholders and numbers, and reads as no English sentence.
#![cfg(not(target_arch = "wasm32"))]

use gatewise::catalog::catalog_in;
use gatewise::explain::{CodeText, Os, Situation, StepId, Words};
use gatewise::network::NetworkFailure;
use gatewise::vendors::{VariantId, VendorId};
use gatewise::{diagnose, explain, words, ExplainContext, Fault, IncidentState, Lang, Response};
use std::collections::BTreeSet;

const OSES: [Os; 6] = [
    Os::Windows,
    Os::Macos,
    Os::Linux,
    Os::Chromeos,
    Os::Android,
    Os::Ios,
];
const SITUATIONS: [Situation; 16] = [
    Situation::Server,
    Situation::Busy,
    Situation::Edge,
    Situation::RateLimited,
    Situation::ClientError,
    Situation::Dns,
    Situation::Tls,
    Situation::Offline,
    Situation::Network,
    Situation::Certificate,
    Situation::ClientCertificate,
    Situation::Proxy,
    Situation::Protocol,
    Situation::Redirects,
    Situation::BadAddress,
    Situation::NoOutage,
];
const STEPS: [StepId; 18] = [
    StepId::Wait,
    StepId::DownForEveryone,
    StepId::OtherSites,
    StepId::PrivateWindow,
    StepId::HardReload,
    StepId::OtherNetwork,
    StepId::ClearSiteData,
    StepId::FlushDns,
    StepId::PublicDns,
    StepId::VpnProxy,
    StepId::RestartRouter,
    StepId::CheckConnection,
    StepId::CheckAddress,
    StepId::SignIn,
    StepId::CheckClock,
    StepId::Antivirus,
    StepId::UpdateSystem,
    StepId::Report,
];
const FAULTS: [Fault; 5] = [
    Fault::Visitor,
    Fault::Network,
    Fault::Edge,
    Fault::Origin,
    Fault::Unknown,
];
use gatewise::explain::table::{GENERIC_VARIANTS, STACKS};
/// Texts that may read the same in another language: names of things.
const SAME_ANYWHERE: [&str; 3] = ["Browser", "Proxy", "CDN"];
/// English words that (nearly) never occur in the other seven languages;
/// two different ones in one text mean an English sentence was left in.
const ENGLISH: [&str; 18] = [
    "the", "and", "your", "you", "is", "are", "this", "that", "with", "from", "not", "it", "its",
    "be", "or", "has", "have", "when",
];

fn others() -> Vec<&'static Words> {
    let w: Vec<&Words> = Lang::written()
        .filter(|l| *l != Lang::En)
        .map(words)
        .collect();
    assert!(!w.is_empty(), "no language but English is written");
    w
}

fn en() -> &'static Words {
    words(Lang::En)
}

/// The text with quoted spans (log lines, page titles) taken out.
fn unquoted(text: &str) -> String {
    let pairs = [
        ('"', '"'),
        ('„', '“'),
        ('“', '”'),
        ('«', '»'),
        ('「', '」'),
        ('『', '』'),
        ('\'', '\''),
    ];
    let mut out = String::new();
    let mut close: Option<char> = None;
    for c in text.chars() {
        match close {
            Some(end) if c == end => close = None,
            Some(_) => {}
            None => match pairs.iter().find(|(open, _)| *open == c) {
                Some((_, end)) => close = Some(*end),
                None => out.push(c),
            },
        }
    }
    out
}

fn english_words(text: &str) -> BTreeSet<String> {
    unquoted(text)
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

fn numbers(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(p, _)| p.to_string()))
        .collect()
}

/// Words a translation keeps as they are: paths, URLs, settings, command
/// options, identifiers. Not key combinations: their names follow the
/// keyboard's language (German keyboards say Strg+Umschalt+R).
fn technical(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| {
                matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '"' | '\'' | '?')
            })
        })
        // An English possessive ("traffic_server's logs") is not part of the name.
        .map(|w| w.strip_suffix("'s").unwrap_or(w))
        .filter(|w| {
            w.contains('_')
                || w.contains("://")
                || w.starts_with("about:")
                || (w.starts_with('/') && w.len() > 1)
                || (w.starts_with('-') && w.len() > 1)
        })
        .map(String::from)
        .collect()
}

/// Words a language writes exactly as English does: Spanish "Error",
/// French "Page" and "N minutes".
fn same_in(lang: Lang, en: &str) -> bool {
    match lang {
        Lang::Es => en == "Error",
        Lang::Fr => {
            en == "Page"
                || en.split_once(' ').is_some_and(|(n, unit)| {
                    n.parse::<u64>().is_ok() && matches!(unit, "minute" | "minutes")
                })
        }
        _ => false,
    }
}

/// One translated text against its English: present, translated, same
/// placeholders and numbers, no English sentence inside.
fn check(lang: Lang, what: &str, en: &str, text: &str, problems: &mut Vec<String>) {
    let tag = lang.tag();
    if en.is_empty() {
        if !text.is_empty() {
            problems.push(format!(
                "{tag} {what}: English has no text here, but this has {text:?}"
            ));
        }
        return;
    }
    if text.trim().is_empty() {
        problems.push(format!("{tag} {what}: empty"));
        return;
    }
    if text == en && !SAME_ANYWHERE.contains(&en) && !same_in(lang, en) {
        problems.push(format!("{tag} {what}: still English: {text:?}"));
    }
    if placeholders(en) != placeholders(text) {
        problems.push(format!(
            "{tag} {what}: placeholders {:?}, English has {:?}",
            placeholders(text),
            placeholders(en)
        ));
    }
    let missing: Vec<String> = numbers(en).difference(&numbers(text)).cloned().collect();
    if !missing.is_empty() {
        problems.push(format!(
            "{tag} {what}: lost the numbers {missing:?} of {en:?}"
        ));
    }
    let english = english_words(text);
    if english.len() >= 2 {
        problems.push(format!(
            "{tag} {what}: reads as English ({english:?}): {text:?}"
        ));
    }
    let lost: Vec<String> = technical(en)
        .into_iter()
        .filter(|w| !text.contains(w.as_str()))
        .collect();
    if !lost.is_empty() {
        problems.push(format!(
            "{tag} {what}: lost the technical words {lost:?} of {en:?}"
        ));
    }
}

fn check_code(lang: Lang, what: &str, en: &CodeText, t: &CodeText, p: &mut Vec<String>) {
    if en.code != t.code {
        p.push(format!(
            "{} {what}: code {} for English's {}",
            lang.tag(),
            t.code,
            en.code
        ));
    }
    // A title that opens with its code keeps the standard's reason phrase.
    if !en.title.starts_with(|c: char| c.is_ascii_digit()) {
        check(lang, &format!("{what} title"), en.title, t.title, p);
    } else if t.title != en.title {
        p.push(format!(
            "{} {what}: title {:?}; the standard's name is {:?}",
            lang.tag(),
            t.title,
            en.title
        ));
    }
    check(
        lang,
        &format!("{what} headline"),
        en.headline,
        t.headline,
        p,
    );
    check(lang, &format!("{what} what"), en.what, t.what, p);
    check(lang, &format!("{what} fault"), en.fault, t.fault, p);
    lines(lang, &format!("{what} owner"), en.owner, t.owner, p);
}

fn lines(lang: Lang, what: &str, en: &[&str], t: &[&str], p: &mut Vec<String>) {
    if en.len() != t.len() {
        p.push(format!(
            "{} {what}: {} items, English has {}",
            lang.tag(),
            t.len(),
            en.len()
        ));
        return;
    }
    for (i, (e, x)) in en.iter().zip(t).enumerate() {
        check(lang, &format!("{what} #{i}"), e, x, p);
    }
}

fn assert_none(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_language_covers_every_code_and_failure() {
    let mut p = Vec::new();
    for w in others() {
        let l = w.lang;
        for c in gatewise::codes::CODES {
            match ((en().code)(c.code), (w.code)(c.code)) {
                (Some(e), Some(t)) => check_code(l, &format!("code {}", c.code), e, t, &mut p),
                (None, None) => {}
                (e, _) => p.push(format!(
                    "{} code {}: English has text: {}, this has: {}",
                    l.tag(),
                    c.code,
                    e.is_some(),
                    e.is_none()
                )),
            }
        }
        for k in NetworkFailure::ALL {
            check_code(l, k.id(), (en().network)(k), (w.network)(k), &mut p);
        }
        check_code(l, "generic 5xx", en().generic_5xx, w.generic_5xx, &mut p);
        check_code(l, "challenge", en().challenge, w.challenge, &mut p);
        check_code(l, "not an error", en().not_an_error, w.not_an_error, &mut p);
        check_code(l, "client error", en().client_error, w.client_error, &mut p);
        check_code(
            l,
            "429",
            en().too_many_requests,
            w.too_many_requests,
            &mut p,
        );
        if en().specials.len() != w.specials.len() {
            p.push(format!(
                "{}: {} special pages, English has {}",
                l.tag(),
                w.specials.len(),
                en().specials.len()
            ));
        }
        for (e, t) in en().specials.iter().zip(w.specials) {
            let key = |s: &gatewise::explain::Special| {
                (s.vendor, s.variant, s.code, s.vendor_code, s.vendor_owner)
            };
            if key(e) != key(t) {
                p.push(format!(
                    "{}: special page {:?} where English has {:?}",
                    l.tag(),
                    key(t),
                    key(e)
                ));
            }
            check_code(
                l,
                &format!("special {:?} {:?} {:?}", e.vendor, e.vendor_code, e.variant),
                &e.text,
                &t.text,
                &mut p,
            );
        }
        check(
            l,
            "503 timed",
            en().fault_503_timed,
            w.fault_503_timed,
            &mut p,
        );
        lines(l, "owner always", en().owner_always, w.owner_always, &mut p);
        lines(
            l,
            "owner always (no response)",
            en().owner_always_no_response,
            w.owner_always_no_response,
            &mut p,
        );
    }
    assert_none(p);
}

#[test]
fn every_language_covers_every_step_on_every_system() {
    let mut p = Vec::new();
    for w in others() {
        for id in STEPS {
            for os in OSES {
                for s in SITUATIONS {
                    for retry in [
                        None,
                        Some(45),
                        Some(600),
                        Some(3 * 3600 + 300),
                        Some(3 * 86_400),
                    ] {
                        let (e, t) = ((en().step)(id, os, s, retry), (w.step)(id, os, s, retry));
                        let what = format!("step {id:?} {os:?} {s:?} {retry:?}");
                        check(w.lang, &format!("{what} title"), &e.title, &t.title, &mut p);
                        check(
                            w.lang,
                            &format!("{what} detail"),
                            &e.detail,
                            &t.detail,
                            &mut p,
                        );
                        if e.command.is_some() != t.command.is_some() {
                            p.push(format!(
                                "{} {what}: command {:?}, English has {:?}",
                                w.lang.tag(),
                                t.command,
                                e.command
                            ));
                        }
                        if let (Some(ec), Some(tc)) = (e.command, t.command) {
                            let missing: Vec<String> =
                                numbers(ec).difference(&numbers(tc)).cloned().collect();
                            if !missing.is_empty() {
                                p.push(format!(
                                    "{} {what}: command lost {missing:?}: {tc:?}",
                                    w.lang.tag()
                                ));
                            }
                            let lost: Vec<String> = technical(ec)
                                .into_iter()
                                .filter(|x| !tc.contains(x.as_str()))
                                .collect();
                            if !lost.is_empty() {
                                p.push(format!(
                                    "{} {what}: command lost {lost:?}: {tc:?}",
                                    w.lang.tag()
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    assert_none(p);
}

#[test]
fn every_language_covers_every_vendor_stack_and_variant() {
    let mut p = Vec::new();
    // Every variant the core can name: the generic kinds and every vendor's.
    let mut variants: BTreeSet<VariantId> = GENERIC_VARIANTS.into_iter().collect();
    for v in gatewise::vendors::VENDORS {
        variants.extend(v.marks.iter().filter_map(|m| m.variant));
    }
    assert_eq!(
        variants,
        VariantId::ALL.iter().copied().collect::<BTreeSet<_>>(),
        "a variant no page names, or one missing from VariantId"
    );
    for w in others() {
        let l = w.lang;
        for v in gatewise::vendors::VENDORS {
            lines(
                l,
                &format!("vendor {}", v.id),
                (en().vendor_owner)(v.id),
                (w.vendor_owner)(v.id),
                &mut p,
            );
            lines(
                l,
                &format!("edge owner {}", v.id),
                (en().edge_owner)(Some(v.id)),
                (w.edge_owner)(Some(v.id)),
                &mut p,
            );
        }
        for s in STACKS {
            lines(
                l,
                &format!("stack {s}"),
                (en().stack_owner)(s),
                (w.stack_owner)(s),
                &mut p,
            );
        }
        for v in &variants {
            match ((en().variant_label)(*v), (w.variant_label)(*v)) {
                (Some(e), Some(t)) => check(l, &format!("variant {v}"), e, t, &mut p),
                (e, t) => p.push(format!(
                    "{} variant {v}: label {t:?}, English has {e:?}",
                    l.tag()
                )),
            }
        }
    }
    assert_none(p);
}

#[test]
fn every_language_covers_the_labels_the_report_and_the_counted_texts() {
    let mut p = Vec::new();
    for w in others() {
        let l = w.lang;
        let fields = |labels: &gatewise::explain::Labels| match serde_json::to_value(labels) {
            Ok(serde_json::Value::Object(m)) => m,
            other => panic!("labels are not an object: {other:?}"),
        };
        let (e, t) = (fields(en().labels), fields(w.labels));
        assert_eq!(e.len(), t.len());
        for (k, ev) in &e {
            check(
                l,
                &format!("label {k}"),
                ev.as_str().unwrap_or(""),
                t[k].as_str().unwrap_or(""),
                &mut p,
            );
        }
        let (er, tr) = (&en().report, &w.report);
        for (k, ev, tv) in [
            ("heading", er.heading, tr.heading),
            ("url", er.url, tr.url),
            ("started", er.started, tr.started),
            ("error", er.error, tr.error),
            ("server", er.server, tr.server),
            ("vendor code", er.vendor_code, tr.vendor_code),
            ("retry after", er.retry_after, tr.retry_after),
            ("reference", er.reference, tr.reference),
            ("hop", er.hop, tr.hop),
            ("tried", er.tried, tr.tried),
            ("browser", er.browser, tr.browser),
        ] {
            check(l, &format!("report {k}"), ev, tv, &mut p);
        }
        for s in ["retry-after", "refresh", "text"] {
            check(
                l,
                &format!("report source {s}"),
                (er.retry_source)(s),
                (tr.retry_source)(s),
                &mut p,
            );
        }
        for f in FAULTS {
            check(
                l,
                &format!("report hop {f:?}"),
                (er.hop_name)(f),
                (tr.hop_name)(f),
                &mut p,
            );
        }
        for n in [0, 1, 2, 5, 21, 101] {
            check(
                l,
                &format!("report retries {n}"),
                &(er.retries)(n),
                &(tr.retries)(n),
                &mut p,
            );
        }
        for s in [
            1, 2, 59, 60, 61, 119, 120, 179, 3599, 7200, 7260, 86_399, 172_800, 900_000,
        ] {
            check(
                l,
                &format!("duration {s}"),
                &(en().duration)(s),
                &(w.duration)(s),
                &mut p,
            );
            check(
                l,
                &format!("retry sentence {s}"),
                &(en().retry_sentence)(s),
                &(w.retry_sentence)(s),
                &mut p,
            );
        }
        for state in [
            IncidentState::Temporary,
            IncidentState::Persistent,
            IncidentState::Recovered,
        ] {
            for (minutes, failures) in [(0, 1), (1, 2), (5, 3), (61, 21), (200, 40), (3000, 500)] {
                let what = format!("incident {state:?} {minutes} min {failures}");
                check(
                    l,
                    &what,
                    &(en().incident_text)(state, minutes, failures),
                    &(w.incident_text)(state, minutes, failures),
                    &mut p,
                );
            }
        }
        check(
            l,
            "healthy incident",
            "",
            &(w.incident_text)(IncidentState::Healthy, 5, 0),
            &mut p,
        );
        let code = (w.vendor_code_text)("Cloudflare", "1101");
        if !code.contains("Cloudflare") || !code.contains("1101") {
            p.push(format!(
                "{} vendor code text lost its name or code: {code:?}",
                l.tag()
            ));
        }
        let (eh, ew, ef) = (en().edge_failure)("Fastly");
        let (th, tw, tf) = (w.edge_failure)("Fastly");
        for (k, e, t) in [("headline", eh, th), ("what", ew, tw), ("fault", ef, tf)] {
            check(l, &format!("edge failure {k}"), &e, &t, &mut p);
            if !t.contains("Fastly") {
                p.push(format!(
                    "{} edge failure {k} lost the edge's name: {t:?}",
                    l.tag()
                ));
            }
        }
    }
    assert_none(p);
}

/// The checks themselves catch what they are for.
#[test]
fn the_checks_catch_english_lost_numbers_and_placeholders() {
    let mut p = Vec::new();
    check(Lang::De, "same", "Retry now", "Retry now", &mut p);
    check(
        Lang::De,
        "english",
        "Wait a minute",
        "Wait a minute, then reload the page if it is back",
        &mut p,
    );
    check(
        Lang::De,
        "number",
        "within 19 seconds",
        "innerhalb von Sekunden",
        &mut p,
    );
    check(
        Lang::De,
        "placeholder",
        "try {n} of {m}",
        "Versuch {n}",
        &mut p,
    );
    check(Lang::De, "empty", "More", " ", &mut p);
    check(
        Lang::De,
        "technical",
        "Run ipconfig /flushdns, then open about:preferences#privacy",
        "Führen Sie ipconfig aus und öffnen Sie die Einstellungen",
        &mut p,
    );
    assert_eq!(p.len(), 6, "{p:#?}");
    let mut ok = Vec::new();
    check(
        Lang::De,
        "quoted",
        "The page says \"Bad Gateway\"",
        "Die Seite sagt „the site is not available“",
        &mut ok,
    );
    check(Lang::De, "name", "Browser", "Browser", &mut ok);
    assert_eq!(ok, Vec::<String>::new());
}

#[test]
fn tags_choose_the_language() {
    for (tag, lang) in [
        ("en", Some(Lang::En)),
        ("en-US", Some(Lang::En)),
        ("en_GB", Some(Lang::En)),
        ("de", Some(Lang::De)),
        ("de-AT", Some(Lang::De)),
        ("DE-ch", Some(Lang::De)),
        ("es-419", Some(Lang::Es)),
        ("fr-CA", Some(Lang::Fr)),
        ("pt", Some(Lang::PtBr)),
        ("pt-BR", Some(Lang::PtBr)),
        ("pt-PT", Some(Lang::PtBr)),
        ("ja-JP", Some(Lang::Ja)),
        ("zh", Some(Lang::ZhCn)),
        ("zh-CN", Some(Lang::ZhCn)),
        ("zh-Hans", Some(Lang::ZhCn)),
        ("zh-Hans-TW", Some(Lang::ZhCn)),
        ("zh-TW", None),
        ("zh-Hant", None),
        ("ru-RU", Some(Lang::Ru)),
        ("nl", None),
        ("", None),
        ("-", None),
        ("x-klingon", None),
    ] {
        assert_eq!(Lang::match_tag(tag), lang, "{tag:?}");
        let chosen = Lang::from_tag(tag);
        assert!(
            chosen.is_written(),
            "{tag:?} chose {chosen:?}, which has no words"
        );
        assert_eq!(
            chosen,
            lang.filter(|l| l.is_written()).unwrap_or(Lang::En),
            "{tag:?}"
        );
        assert_eq!(words(chosen).lang, chosen);
    }
    assert_eq!(Lang::from_tag("de-AT"), Lang::De);
    for l in Lang::ALL {
        assert_eq!(Lang::match_tag(l.tag()), Some(l));
        assert_eq!(Lang::match_tag(l.locale_dir()), Some(l));
    }
}

#[test]
fn a_card_in_each_language_is_in_that_language() {
    let r = Response::new(b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>")
        .status(502)
        .header("Server", "nginx")
        .url("https://shop.example/cart");
    let d = diagnose(&r);
    let en_card = explain(&d, &ExplainContext::default());
    for w in others() {
        let ctx = ExplainContext {
            lang: w.lang,
            attempts: 3,
            ..ExplainContext::default()
        };
        let card = explain(&d, &ctx);
        assert_eq!(card.title, "502 Bad Gateway");
        assert_ne!(card.headline, en_card.headline);
        assert_eq!(card.labels.retry_now, w.labels.retry_now);
        assert!(card.report.starts_with(w.report.heading), "{}", card.report);
        assert!(
            card.report.contains(&(w.report.retries)(3)),
            "{}",
            card.report
        );
        let english = english_words(&card.report);
        assert!(
            english.len() < 2,
            "{} report reads as English ({english:?}):\n{}",
            w.lang.tag(),
            card.report
        );
        let catalog = catalog_in(w.lang);
        assert_eq!(catalog.lang, w.lang.tag());
        assert!(catalog
            .codes
            .iter()
            .all(|c| c.card.labels.more == w.labels.more));
    }
}

/// A language read back from its table (JSON, as the extension ships it)
/// says exactly what its file says, over every input the card can give.
#[test]
fn a_language_loaded_from_its_table_says_what_its_file_says() {
    use gatewise::explain::table::{self, Table};
    let mut p = Vec::new();
    for lang in Lang::written().collect::<Vec<_>>() {
        let file = words(lang);
        let json = serde_json::to_string(&Table::of(file)).unwrap();
        let back: Table = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back,
            Table::of(file),
            "{}: the table does not survive JSON",
            lang.tag()
        );
        table::load(back).unwrap();
        let data = table::loaded(lang).expect("loaded");
        let tag = lang.tag();
        let mut same = |what: String, a: String, b: String| {
            if a != b {
                p.push(format!("{tag} {what}: file {a:?}, table {b:?}"));
            }
        };
        let code = |t: Option<&CodeText>| {
            t.map(|t| {
                format!(
                    "{} {} {} {} {} {:?}",
                    t.code, t.title, t.headline, t.what, t.fault, t.owner
                )
            })
        };
        for c in 0..1000 {
            same(
                format!("code {c}"),
                format!("{:?}", code((file.code)(c))),
                format!("{:?}", code((data.code)(c))),
            );
        }
        for k in NetworkFailure::ALL {
            same(
                format!("{k:?}"),
                format!("{:?}", code(Some((file.network)(k)))),
                format!("{:?}", code(Some((data.network)(k)))),
            );
        }
        for (what, a, b) in [
            ("generic", file.generic_5xx, data.generic_5xx),
            ("challenge", file.challenge, data.challenge),
            ("not an error", file.not_an_error, data.not_an_error),
            ("client", file.client_error, data.client_error),
            ("429", file.too_many_requests, data.too_many_requests),
        ] {
            same(
                what.into(),
                format!("{:?}", code(Some(a))),
                format!("{:?}", code(Some(b))),
            );
        }
        same(
            "specials".into(),
            format!("{:?}", file.specials),
            format!("{:?}", data.specials),
        );
        same(
            "labels".into(),
            format!("{:?}", file.labels),
            format!("{:?}", data.labels),
        );
        let mut seconds: Vec<u64> = (0..3000).collect();
        seconds.extend((0..400).map(|i| i * 397 + 3000));
        seconds.extend([
            7199,
            7200,
            7201,
            86_399,
            86_400,
            172_799,
            172_800,
            172_801,
            8_640_000,
            86_400 * 121 + 5,
            u64::MAX / 2,
        ]);
        for s in seconds.iter().copied() {
            same(
                format!("duration {s}"),
                (file.duration)(s),
                (data.duration)(s),
            );
        }
        for s in seconds.iter().copied().step_by(7) {
            same(
                format!("retry sentence {s}"),
                (file.retry_sentence)(s),
                (data.retry_sentence)(s),
            );
        }
        for id in STEPS {
            for os in OSES {
                for sit in SITUATIONS {
                    for retry in [
                        None,
                        Some(1),
                        Some(60),
                        Some(90),
                        Some(600),
                        Some(7260),
                        Some(200_000),
                    ] {
                        let (a, b) = (
                            (file.step)(id, os, sit, retry),
                            (data.step)(id, os, sit, retry),
                        );
                        same(
                            format!("step {id:?} {os:?} {sit:?} {retry:?}"),
                            format!("{} | {} | {:?}", a.title, a.detail, a.command),
                            format!("{} | {} | {:?}", b.title, b.detail, b.command),
                        );
                    }
                }
            }
        }
        for &id in VendorId::ALL {
            same(
                format!("vendor {id}"),
                format!("{:?}", (file.vendor_owner)(id)),
                format!("{:?}", (data.vendor_owner)(id)),
            );
        }
        // Every known vendor, then one the core does not know.
        for id in VendorId::ALL.iter().copied().map(Some).chain([None]) {
            same(
                format!("edge {id:?}"),
                format!("{:?}", (file.edge_owner)(id)),
                format!("{:?}", (data.edge_owner)(id)),
            );
        }
        for &v in VariantId::ALL {
            same(
                format!("variant {v}"),
                format!("{:?}", (file.variant_label)(v)),
                format!("{:?}", (data.variant_label)(v)),
            );
        }
        for s in STACKS.iter().chain(&["cobol"]) {
            same(
                format!("stack {s}"),
                format!("{:?}", (file.stack_owner)(s)),
                format!("{:?}", (data.stack_owner)(s)),
            );
        }
        same(
            "owner always".into(),
            format!("{:?}", file.owner_always),
            format!("{:?}", data.owner_always),
        );
        same(
            "owner always nr".into(),
            format!("{:?}", file.owner_always_no_response),
            format!("{:?}", data.owner_always_no_response),
        );
        same(
            "503".into(),
            file.fault_503_timed.into(),
            data.fault_503_timed.into(),
        );
        same(
            "vendor code".into(),
            (file.vendor_code_text)("Cloudflare", "1101"),
            (data.vendor_code_text)("Cloudflare", "1101"),
        );
        same(
            "edge failure".into(),
            format!("{:?}", (file.edge_failure)("Akamai")),
            format!("{:?}", (data.edge_failure)("Akamai")),
        );
        for state in [
            IncidentState::Healthy,
            IncidentState::Temporary,
            IncidentState::Persistent,
            IncidentState::Recovered,
        ] {
            for minutes in [0, 1, 2, 7, 59, 61, 119, 120, 121, 600, 1439, 2880, 100_000] {
                for failures in [
                    0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 111, 121, 199, 200, 1001, 4_000_000,
                ] {
                    same(
                        format!("incident {state:?} {minutes} {failures}"),
                        (file.incident_text)(state, minutes, failures),
                        (data.incident_text)(state, minutes, failures),
                    );
                }
            }
        }
        let (r, q) = (&file.report, &data.report);
        same(
            "report".into(),
            format!(
                "{:?}",
                [
                    r.heading,
                    r.url,
                    r.started,
                    r.error,
                    r.server,
                    r.vendor_code,
                    r.retry_after,
                    r.reference,
                    r.hop,
                    r.tried,
                    r.browser
                ]
            ),
            format!(
                "{:?}",
                [
                    q.heading,
                    q.url,
                    q.started,
                    q.error,
                    q.server,
                    q.vendor_code,
                    q.retry_after,
                    q.reference,
                    q.hop,
                    q.tried,
                    q.browser
                ]
            ),
        );
        for s in ["retry-after", "refresh", "text", "other"] {
            same(
                format!("source {s}"),
                (r.retry_source)(s).into(),
                (q.retry_source)(s).into(),
            );
        }
        for f in FAULTS {
            same(
                format!("hop {f:?}"),
                (r.hop_name)(f).into(),
                (q.hop_name)(f).into(),
            );
        }
        for n in (0..300).chain([1001, 1021, 1_000_000, u32::MAX]) {
            same(format!("retries {n}"), (r.retries)(n), (q.retries)(n));
        }
    }
    assert_none(p);
}

#[test]
fn a_broken_table_is_refused() {
    use gatewise::explain::table::{self, Table};
    let good = Table::of(words(Lang::De));
    let mut t = good.clone();
    t.lang = "tlh".into();
    assert!(table::load(t)
        .unwrap_err()
        .to_string()
        .contains("unknown language"));
    let mut t = good.clone();
    t.step_index.pop();
    assert!(table::load(t).unwrap_err().to_string().contains("steps"));
    let mut t = good.clone();
    t.labels.remove("retry_now");
    assert!(table::load(t)
        .unwrap_err()
        .to_string()
        .contains("retry_now"));
    let mut t = good;
    t.network.clear();
    assert!(table::load(t).is_err());
    assert!(serde_json::from_str::<Table>("{\"lang\": \"de\"}").is_err());
}
