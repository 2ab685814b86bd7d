//! The word lists for reading pages (`tests/fixtures/words/XX.txt`): every
//! line is `STATUS<TAB>phrase` or `HINT<TAB>pattern with {n}`, every phrase
//! has a `# source:` above it, and each language covers 500, 502, 503, 504
//! and "try again in N" hints.

use std::collections::BTreeSet;
use std::path::Path;

fn lists() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/words");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/words")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                text,
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_word_list_is_well_formed_and_sourced() {
    let lists = lists();
    for lang in ["es.txt", "fr.txt", "pt_br.txt"] {
        assert!(lists.iter().any(|(n, _)| n == lang), "{lang} is missing");
    }
    for (name, text) in &lists {
        let mut sourced = false;
        let mut seen = BTreeSet::new();
        let mut statuses = BTreeSet::new();
        let mut hints = 0;
        for (i, line) in text.lines().enumerate() {
            let at = format!("{name}:{}", i + 1);
            if line.starts_with("# source:") {
                sourced = true;
            }
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            assert!(sourced, "{at}: a phrase before any # source: line");
            let (key, phrase) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{at}: no tab: {line}"));
            assert!(
                !phrase.trim().is_empty() && phrase == phrase.trim(),
                "{at}: phrase «{phrase}»"
            );
            assert!(!phrase.contains('\t'), "{at}: a second tab");
            assert!(
                seen.insert(phrase.to_lowercase()),
                "{at}: «{phrase}» listed twice"
            );
            if key == "HINT" {
                assert_eq!(
                    phrase.matches("{n}").count(),
                    1,
                    "{at}: a hint has one {{n}}"
                );
                hints += 1;
            } else {
                let status: u16 = key
                    .parse()
                    .unwrap_or_else(|_| panic!("{at}: «{key}» is neither a status nor HINT"));
                assert!((400..600).contains(&status), "{at}: {status}");
                assert!(!phrase.contains("{n}"), "{at}: {{n}} in a status phrase");
                statuses.insert(status);
            }
        }
        for s in [500, 502, 503, 504] {
            assert!(statuses.contains(&s), "{name}: no phrase for {s}");
        }
        assert!(hints > 0, "{name}: no hint");
    }
}
