//! The extension's `_locales`: every language has every message English
//! has, keeps its placeholders, and fits the stores' limits.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("extension/_locales")
}

fn read(dir: &str) -> serde_json::Map<String, Value> {
    let path = locales_dir().join(dir).join("messages.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match serde_json::from_str(&text) {
        Ok(Value::Object(m)) => m,
        other => panic!("{}: not a JSON object: {other:?}", path.display()),
    }
}

/// `$NAME$` references to placeholders and `$1`-style arguments.
fn dollar_tokens(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'$' {
            let start = i;
            i += 1;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            if i < b.len() && b[i] == b'$' {
                i += 1;
            }
            if i - start > 1 {
                out.insert(s[start..i].to_string());
            }
        } else {
            i += 1;
        }
    }
    out
}

fn languages() -> Vec<String> {
    let mut dirs: Vec<String> = std::fs::read_dir(locales_dir())
        .expect("extension/_locales")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("messages.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn every_locale_has_every_message_and_placeholder() {
    let en = read("en");
    let langs = languages();
    assert!(langs.len() > 1, "only {langs:?}");
    for lang in &langs {
        let shape = lang.len() == 2
            || (lang.len() == 5
                && lang.as_bytes()[2] == b'_'
                && lang[3..].chars().all(|c| c.is_ascii_uppercase()));
        assert!(
            shape,
            "{lang}: Chrome names locale folders like fr or pt_BR"
        );
        let tr = read(lang);
        let en_keys: BTreeSet<_> = en.keys().collect();
        let tr_keys: BTreeSet<_> = tr.keys().collect();
        assert_eq!(en_keys, tr_keys, "{lang}: keys differ from en");
        for (key, e) in &en {
            let t = &tr[key];
            let (em, tm) = (
                e["message"].as_str().unwrap_or_default(),
                t["message"].as_str().unwrap_or_default(),
            );
            assert!(!tm.trim().is_empty(), "{lang}/{key}: empty message");
            assert_eq!(
                dollar_tokens(em),
                dollar_tokens(tm),
                "{lang}/{key}: placeholders"
            );
            assert_eq!(
                e.get("placeholders"),
                t.get("placeholders"),
                "{lang}/{key}: placeholders object"
            );
        }
        let name = tr["extName"]["message"].as_str().unwrap_or_default();
        assert!(
            name.chars().count() <= 75,
            "{lang}: extName over the 75 characters Chrome allows"
        );
        let desc = tr["extDescription"]["message"].as_str().unwrap_or_default();
        assert!(
            desc.chars().count() <= 132,
            "{lang}: extDescription is {} characters, over the 132 Chrome allows",
            desc.chars().count()
        );
    }
}

/// French puts a no-break space before `:`, `;`, `?`, `!` and inside « ».
#[test]
fn french_messages_use_french_spacing() {
    for (key, v) in read("fr") {
        let m = v["message"].as_str().unwrap_or_default();
        for bad in [" :", " ;", " ?", " !", "« ", " »"] {
            assert!(!m.contains(bad), "fr/{key}: plain space in «{bad}»: {m}");
        }
    }
}

#[test]
fn dollar_tokens_are_found() {
    assert_eq!(
        dollar_tokens("Retry $COUNT$ of $1, $ 5"),
        ["$1", "$COUNT$"].iter().map(|s| s.to_string()).collect()
    );
}
