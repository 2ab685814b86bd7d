//! The knowledge base as data: every code, network failure and vendor the
//! core knows, each with the card it explains. The web page's reference
//! section is generated from this, so changing a text here changes the site.

use crate::diagnose::{diagnose_network, Diagnosis};
use crate::explain::{explain, words, Card, ExplainContext, Lang};
use crate::network::NetworkFailure;
use crate::vendors::{Role, VENDORS};
use crate::{codes, diagnose, Response};
use serde::Serialize;

/// One status code.
#[derive(Serialize)]
pub struct CodeEntry {
    /// The code.
    pub code: u16,
    /// Whether it is a 5xx the core explains (4xx entries are there to be
    /// recognised, never called an outage).
    pub server_error: bool,
    /// Whether retrying can help.
    pub retryable: bool,
    /// The card for a bare response with this code.
    pub card: Card,
}

/// One network failure.
#[derive(Serialize)]
pub struct NetworkEntry {
    /// Stable id.
    pub id: &'static str,
    /// The card.
    pub card: Card,
}

/// One vendor.
#[derive(Serialize)]
pub struct VendorEntry {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// `proxy`, `load-balancer`, `cdn`, `platform`, `site` or `app-server`.
    pub role: &'static str,
    /// The page variants its fingerprints name.
    pub variants: Vec<&'static str>,
    /// The owner's checklist items specific to it.
    pub owner: Vec<&'static str>,
}

/// The whole knowledge base.
#[derive(Serialize)]
pub struct Catalog {
    /// The crate version.
    pub version: &'static str,
    /// The language of its words (`de`, `pt-BR`).
    pub lang: &'static str,
    /// Every code.
    pub codes: Vec<CodeEntry>,
    /// Every network failure.
    pub network: Vec<NetworkEntry>,
    /// Every vendor.
    pub vendors: Vec<VendorEntry>,
}

fn bare(code: u16) -> Diagnosis {
    diagnose(&Response::new(b"").status(code).url("https://example.com/"))
}

/// Builds the catalog in English.
pub fn catalog() -> Catalog {
    catalog_in(Lang::En)
}

/// Builds the catalog in a language.
pub fn catalog_in(lang: Lang) -> Catalog {
    let ctx = ExplainContext {
        lang,
        ..ExplainContext::default()
    };
    let codes = codes::CODES
        .iter()
        .map(|c| CodeEntry {
            code: c.code,
            server_error: codes::is_server_error(c.code),
            retryable: c.retryable,
            card: explain(&bare(c.code), &ctx),
        })
        .collect();
    let network = NetworkFailure::ALL
        .iter()
        .map(|k| NetworkEntry {
            id: k.id(),
            card: explain(&diagnose_network(*k, "GET", "https://example.com/"), &ctx),
        })
        .collect();
    let vendors = VENDORS
        .iter()
        .map(|v| {
            let mut variants: Vec<&str> = v
                .marks
                .iter()
                .filter_map(|m| m.variant)
                .map(|m| m.as_str())
                .collect();
            variants.dedup();
            VendorEntry {
                id: v.id.as_str(),
                name: v.name,
                role: match v.role {
                    Role::Proxy => "proxy",
                    Role::LoadBalancer => "load-balancer",
                    Role::Cdn => "cdn",
                    Role::Platform => "platform",
                    Role::Site => "site",
                    Role::AppServer => "app-server",
                },
                variants,
                owner: (words(lang).vendor_owner)(v.id).to_vec(),
            }
        })
        .collect();
    Catalog {
        version: env!("CARGO_PKG_VERSION"),
        lang: words(lang).lang.tag(),
        codes,
        network,
        vendors,
    }
}
