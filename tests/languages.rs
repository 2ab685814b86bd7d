//! Pages written in the eight languages (en, de, es, fr, pt-BR, ja, zh-CN,
//! ru): the status and `is_error` come from the page alone.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use gatewise::text::Page;
use gatewise::{codes, diagnose, Kind, Response};
use serde_json::Value;
use std::collections::BTreeMap;
use std::process::Command;

const LANGS: [&str; 8] = ["en", "de", "es", "fr", "pt-BR", "ja", "zh-CN", "ru"];

/// The captures asked for in one language (Tomcat's error report, Apache's
/// multi-language error documents): `gatewise diagnose --json FILE` with no
/// status line and no header gives the status the server sent.
#[test]
fn real_pages_in_eight_languages_give_their_status_from_the_page_alone() {
    let dir = common::fixtures();
    let mut per_lang: BTreeMap<String, usize> = BTreeMap::new();
    for e in common::manifest(&dir) {
        let Some(lang) = e["lang"].as_str() else {
            continue;
        };
        let file = dir.join("captured").join(e["file"].as_str().unwrap());
        let out = Command::new(env!("CARGO_BIN_EXE_gatewise"))
            .args(["diagnose", "--json", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let d: Value = serde_json::from_slice(&out.stdout).unwrap();
        let file = e["file"].as_str().unwrap();
        assert_eq!(
            d["status"], e["status"],
            "{file} ({lang}): {}",
            d["evidence"]
        );
        assert_eq!(
            d["is_error"], e["is_error"],
            "{file} ({lang}): {}",
            d["evidence"]
        );
        if e["is_error"] == true {
            assert_eq!(d["status_source"], "page-text", "{file}");
            *per_lang.entry(lang.to_string()).or_default() += 1;
        }
    }
    for lang in LANGS {
        assert!(
            per_lang.get(lang).copied().unwrap_or(0) >= 4,
            "{lang}: too few real error pages ({per_lang:?})"
        );
    }
}

/// Apache's error documents are titled in their language ("Fehlerhaftes
/// Gateway!", "服务不可用！", "Неверный шлюз!"): the title alone names the
/// status, as it must for software Gatewise has no entry for.
#[test]
fn translated_titles_alone_name_the_status() {
    let dir = common::fixtures();
    let mut checked = 0;
    for e in common::manifest(&dir) {
        let file = e["file"].as_str().unwrap();
        if !file.contains("_errordoc_") {
            continue;
        }
        let page = Page::read(&std::fs::read(dir.join("captured").join(file)).unwrap());
        let want = e["status"].as_u64().map(|s| s as u16);
        let got = codes::status_in_line(&page.title, true).map(|h| h.0);
        // Apache's German 503 document is titled "Zugriff nicht möglich!"
        // ("no access possible"): no status phrase, and none is invented for it.
        if page.title == "zugriff nicht möglich!" {
            assert_eq!(got, None);
            continue;
        }
        assert_eq!(got, want, "{file}: title {:?}", page.title);
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} titles");
}

/// Pages from software with no entry, one per language and status: the
/// title's phrase gives the status, the `Server` token is the vendor, and a
/// "try again in N" sentence in the page's language gives the hint.
#[test]
fn unknown_software_in_each_language() {
    let cases: &[(&str, &str, u16, &str, u64)] = &[
        (
            "en",
            "Service Unavailable",
            503,
            "We are down for maintenance. Please try again in 30 seconds.",
            30,
        ),
        (
            "de",
            "Dienst nicht verfügbar",
            503,
            "Wartungsarbeiten. Bitte versuchen Sie es in 5 Minuten erneut.",
            300,
        ),
        (
            "es",
            "Error interno del servidor",
            500,
            "Algo salió mal. Inténtelo de nuevo en 2 minutos.",
            120,
        ),
        (
            "fr",
            "Passerelle incorrecte",
            502,
            "Le serveur ne répond pas. Veuillez réessayer dans 45 secondes.",
            45,
        ),
        (
            "pt-BR",
            "Gateway inválido",
            502,
            "O servidor não respondeu. Tente novamente em 10 minutos.",
            600,
        ),
        (
            "ja",
            "ゲートウェイタイムアウト",
            504,
            "サーバーが応答しませんでした。30秒後にもう一度お試しください。",
            30,
        ),
        (
            "zh-CN",
            "服务暂时不可用",
            503,
            "系统维护中，请在5分钟后重试。",
            300,
        ),
        (
            "ru",
            "Внутренняя ошибка сервера",
            500,
            "Что-то пошло не так. Повторите попытку через 2 часа.",
            7200,
        ),
    ];
    for &(lang, title, status, text, seconds) in cases {
        let page = format!("<!doctype html><html lang=\"{lang}\"><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>");
        let d = diagnose(&Response::new(page.as_bytes()).header("Server", "Undertow/2.3"));
        assert_eq!(d.status, Some(status), "{lang}: {:?}", d.evidence);
        assert!(d.is_error, "{lang}: {:?}", d.evidence);
        assert_eq!(d.kind, Kind::ServerError);
        assert_eq!(d.vendor, "undertow", "{lang}");
        assert_eq!(
            d.retry_hint.as_ref().map(|h| h.seconds),
            Some(seconds),
            "{lang}: hint"
        );
    }
}

/// A number in the text is a hint only with a lead before it and a unit
/// after it.
#[test]
fn numbers_that_are_not_hints() {
    for text in [
        "Fehler 503 seit 5 Minuten",
        "Référence 30 secondes",
        "请求编号 5分钟",
        "Ошибка 503, 30 секунд назад",
        "try again in 5 apples",
    ] {
        let page = format!("<html><head><title>503 Service Unavailable</title></head><body><p>{text}</p></body></html>");
        let d = diagnose(&Response::new(page.as_bytes()).status(503));
        assert_eq!(d.retry_hint, None, "{text}");
    }
}

/// The translators' phrase lists (tests/fixtures/words/*.txt): every status
/// phrase they took from real localized software names its status when it
/// is a page's title, as the title of a page from software with no entry
/// would be. A line `# not read: ...` right above a phrase says why the
/// reader leaves that one out (a sentence, not a name; or one that would
/// name the status of pages that are not about it).
#[test]
fn every_listed_status_phrase_read_as_a_title_gives_its_status() {
    let dir = common::fixtures().join("words");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "{files:?}");
    let (mut checked, mut left_out, mut wrong) = (0, 0, Vec::new());
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let mut not_read = false;
        for line in std::fs::read_to_string(file).unwrap().lines() {
            if line.starts_with("# not read:") {
                not_read = true;
                continue;
            }
            let Some((code, phrase)) = line.split_once('\t') else {
                not_read = false;
                continue;
            };
            let Ok(code) = code.parse::<u16>() else {
                not_read = false;
                continue;
            };
            if std::mem::take(&mut not_read) {
                left_out += 1;
                continue;
            }
            let page = format!(
                "<!doctype html><html><head><title>{phrase}</title></head><body></body></html>"
            );
            let d = diagnose(&Response::new(page.as_bytes()));
            if d.status != Some(code) || d.is_error != codes::is_server_error(code) {
                wrong.push(format!(
                    "{name}: {phrase:?} gives {:?} (error {}), the list says {code}: {:?}",
                    d.status, d.is_error, d.evidence
                ));
            }
            checked += 1;
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked} phrases:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(
        checked >= 100 && left_out * 5 < checked,
        "{checked} phrases checked, {left_out} left out"
    );
}
