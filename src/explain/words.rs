//! One [`Words`] per language, chosen by [`words`].
//!
//! A language is one file (`en.rs`, `de.rs`, ...) holding the same items
//! with the same signatures; [`words_of!`] gathers them into a `Words`, and
//! [`WRITTEN`] lists the languages that exist, one line each. A [`Lang`]
//! with no file yet is never chosen: [`Lang::from_tag`] falls back to
//! English for it, so a card's language tag always names the words it
//! shows.

use super::{CodeText, Labels, Os, Situation, StepId, StepText};
use crate::incident::IncidentState;
use crate::network::NetworkFailure;
use crate::vendors::{VariantId, VendorId};
use crate::Fault;
use serde::{Deserialize, Serialize};

/// The card's language. It crosses as its BCP 47 tag (`de`, `pt-BR`) and
/// is read from any tag ([`Lang::from_tag`]: `de-AT` is German, an unknown
/// or unwritten language is English), so a browser's UI language can be
/// handed in as it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "&'static str")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Brazilian Portuguese.
    PtBr,
    /// Japanese.
    Ja,
    /// Simplified Chinese.
    ZhCn,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language Gatewise is meant to speak, written or not.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::De,
        Lang::Es,
        Lang::Fr,
        Lang::PtBr,
        Lang::Ja,
        Lang::ZhCn,
        Lang::Ru,
    ];

    /// Its BCP 47 tag (`pt-BR`), as `<html lang>` and the CLI want it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::PtBr => "pt-BR",
            Lang::Ja => "ja",
            Lang::ZhCn => "zh-CN",
            Lang::Ru => "ru",
        }
    }

    /// Its folder under the extension's `_locales` (`pt_BR`).
    pub fn locale_dir(self) -> &'static str {
        match self {
            Lang::PtBr => "pt_BR",
            Lang::ZhCn => "zh_CN",
            l => l.tag(),
        }
    }

    /// Its name in itself, for a language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ja => "日本語",
            Lang::ZhCn => "简体中文",
            Lang::Ru => "Русский",
        }
    }

    /// The language a BCP 47 tag (`de-AT`, `pt`, `zh-Hans-CN`, `en_US`)
    /// asks for, written or not; `None` for any other language.
    /// Traditional Chinese (`zh-TW`, `zh-Hant`) is not Simplified Chinese.
    pub fn match_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or("");
        Some(match primary {
            "en" => Lang::En,
            "de" => Lang::De,
            "es" => Lang::Es,
            "fr" => Lang::Fr,
            "pt" => Lang::PtBr,
            "ja" => Lang::Ja,
            "ru" => Lang::Ru,
            "zh" => {
                let traditional = parts
                    .clone()
                    .any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"));
                let simplified = parts.any(|p| p == "hans");
                if traditional && !simplified {
                    return None;
                }
                Lang::ZhCn
            }
            _ => return None,
        })
    }

    /// The written language for a tag: [`Lang::match_tag`], then English
    /// for anything else or a language with no file yet.
    pub fn from_tag(tag: &str) -> Lang {
        Lang::match_tag(tag)
            .filter(|l| l.is_written())
            .unwrap_or_default()
    }

    /// Whether its words are there: compiled in, or loaded from a table.
    pub fn is_written(self) -> bool {
        WRITTEN.iter().any(|(l, _)| *l == self) || super::table::loaded(self).is_some()
    }

    /// The languages whose words exist, in [`Lang::ALL`]'s order.
    pub fn written() -> impl Iterator<Item = Lang> {
        Lang::ALL.into_iter().filter(|l| l.is_written())
    }
}

impl From<String> for Lang {
    fn from(tag: String) -> Lang {
        Lang::from_tag(&tag)
    }
}

impl From<Lang> for &'static str {
    fn from(l: Lang) -> &'static str {
        l.tag()
    }
}

/// A page whose vendor says more than its code. The first entry that fits
/// wins; every field left `None` fits anything.
#[derive(Clone, Copy, Debug)]
pub struct Special {
    /// The vendors that wrote the page (any of them).
    pub vendor: &'static [VendorId],
    /// The page variant.
    pub variant: Option<VariantId>,
    /// The status.
    pub code: Option<u16>,
    /// The vendor's own error code (Cloudflare's 1xxx).
    pub vendor_code: Option<&'static str>,
    /// The words; its owner items replace the code's.
    pub text: CodeText,
    /// Whether the vendor's general owner items still apply.
    pub vendor_owner: bool,
}

/// The support report's words.
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct ReportText {
    pub heading: &'static str,
    pub url: &'static str,
    pub started: &'static str,
    pub error: &'static str,
    pub server: &'static str,
    pub vendor_code: &'static str,
    pub retry_after: &'static str,
    /// Where the retry time came from (`retry-after`, `refresh`, `text`).
    pub retry_source: fn(&str) -> &'static str,
    pub reference: &'static str,
    pub hop: &'static str,
    pub tried: &'static str,
    pub browser: &'static str,
    /// "3 automatic retries".
    pub retries: fn(u32) -> String,
    /// The failing hop in words.
    pub hop_name: fn(Fault) -> &'static str,
}

/// Every word of one language: the items of its file, gathered.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    /// Which language.
    pub lang: Lang,
    /// The card's labels.
    pub labels: &'static Labels,
    /// Each status code's text, for a failure of the site's server.
    pub code: fn(u16) -> Option<&'static CodeText>,
    /// Each network failure's text.
    pub network: fn(NetworkFailure) -> &'static CodeText,
    /// Any 5xx without its own text.
    pub generic_5xx: &'static CodeText,
    /// A bot check.
    pub challenge: &'static CodeText,
    /// A page that works.
    pub not_an_error: &'static CodeText,
    /// A 4xx other than 429.
    pub client_error: &'static CodeText,
    /// A 429.
    pub too_many_requests: &'static CodeText,
    /// The vendors' pages that say more than their code.
    pub specials: &'static [Special],
    /// Headline, what happened and whose fault, for a failing CDN or proxy.
    pub edge_failure: fn(&str) -> (String, String, String),
    /// The owner's items when the CDN or proxy failed (`None`: a vendor
    /// the core does not know).
    pub edge_owner: fn(Option<VendorId>) -> &'static [&'static str],
    /// A time in words, rounded up.
    pub duration: fn(u64) -> String,
    /// The fault sentence of a 503 that says when to come back.
    pub fault_503_timed: &'static str,
    /// "The site itself says to try again in ...".
    pub retry_sentence: fn(u64) -> String,
    /// "Cloudflare error 1101".
    pub vendor_code_text: fn(&str, &str) -> String,
    /// A visitor's step in words.
    pub step: fn(StepId, Os, Situation, Option<u64>) -> StepText,
    /// The owner's items for the vendor that wrote the page.
    pub vendor_owner: fn(VendorId) -> &'static [&'static str],
    /// The owner's items for what the site runs.
    pub stack_owner: fn(&str) -> &'static [&'static str],
    /// The owner's items for every failure with a page.
    pub owner_always: &'static [&'static str],
    /// The same, when no server answered.
    pub owner_always_no_response: &'static [&'static str],
    /// The incident in words.
    pub incident_text: fn(IncidentState, u64, u32) -> String,
    /// Headline, what happened and whose fault when the visitor's own
    /// connection is the likely fault.
    pub connection: fn(super::ConnectionCause) -> (String, String, String),
    /// The support report's words.
    pub report: ReportText,
    /// Each page variant's name.
    pub variant_label: fn(VariantId) -> Option<&'static str>,
}

/// Gathers a language file's items into its [`Words`]: `words_of!(de, De)`.
macro_rules! words_of {
    ($m:ident, $lang:ident) => {
        Words {
            lang: Lang::$lang,
            labels: &super::$m::LABELS,
            code: super::$m::code,
            network: super::$m::network,
            generic_5xx: &super::$m::GENERIC_5XX,
            challenge: &super::$m::CHALLENGE,
            not_an_error: &super::$m::NOT_AN_ERROR,
            client_error: &super::$m::CLIENT_ERROR,
            too_many_requests: &super::$m::TOO_MANY_REQUESTS,
            specials: super::$m::SPECIALS,
            edge_failure: super::$m::edge_failure,
            edge_owner: super::$m::edge_owner,
            duration: super::$m::duration,
            fault_503_timed: super::$m::FAULT_503_TIMED,
            retry_sentence: super::$m::retry_sentence,
            vendor_code_text: super::$m::vendor_code_text,
            step: super::$m::step,
            vendor_owner: super::$m::vendor_owner,
            stack_owner: super::$m::stack_owner,
            owner_always: super::$m::OWNER_ALWAYS,
            owner_always_no_response: super::$m::OWNER_ALWAYS_NO_RESPONSE,
            incident_text: super::$m::incident_text,
            connection: super::$m::connection,
            report: ReportText {
                heading: super::$m::ReportWords::HEADING,
                url: super::$m::ReportWords::URL,
                started: super::$m::ReportWords::STARTED,
                error: super::$m::ReportWords::ERROR,
                server: super::$m::ReportWords::SERVER,
                vendor_code: super::$m::ReportWords::VENDOR_CODE,
                retry_after: super::$m::ReportWords::RETRY_AFTER,
                retry_source: super::$m::ReportWords::retry_source,
                reference: super::$m::ReportWords::REFERENCE,
                hop: super::$m::ReportWords::HOP,
                tried: super::$m::ReportWords::TRIED,
                browser: super::$m::ReportWords::BROWSER,
                retries: super::$m::ReportWords::retries,
                hop_name: super::$m::ReportWords::hop,
            },
            variant_label: super::$m::variant_label,
        }
    };
}

/// The languages compiled in: adding one is its file in `src/explain/`, its
/// `pub mod` line in `mod.rs`, and one line here. With the `only-english`
/// feature (the browser's wasm) the others come as data ([`super::table`]).
pub const WRITTEN: &[(Lang, &Words)] = &[
    (Lang::En, &words_of!(en, En)),
    #[cfg(not(feature = "only-english"))]
    (Lang::De, &words_of!(de, De)),
    #[cfg(not(feature = "only-english"))]
    (Lang::Es, &words_of!(es, Es)),
    #[cfg(not(feature = "only-english"))]
    (Lang::Fr, &words_of!(fr, Fr)),
    #[cfg(not(feature = "only-english"))]
    (Lang::PtBr, &words_of!(pt_br, PtBr)),
    #[cfg(not(feature = "only-english"))]
    (Lang::Ja, &words_of!(ja, Ja)),
    #[cfg(not(feature = "only-english"))]
    (Lang::ZhCn, &words_of!(zh_cn, ZhCn)),
    #[cfg(not(feature = "only-english"))]
    (Lang::Ru, &words_of!(ru, Ru)),
];

/// The words of a language: compiled in, else loaded from its table, else
/// English (for a language neither, which [`Lang::from_tag`] never returns).
pub fn words(lang: Lang) -> &'static Words {
    WRITTEN
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, w)| *w)
        .or_else(|| super::table::loaded(lang))
        .unwrap_or(WRITTEN[0].1)
}
