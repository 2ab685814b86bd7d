//! The vendor table is whole: every vendor has one entry, a real page among
//! the fixtures (our captures or the public corpus), an owner line, and every
//! variant a name (in English here; the other languages' coverage test checks
//! theirs).

mod common;

use gatewise::explain::en;
use gatewise::vendors::{VariantId, VendorId, VENDORS};
use gatewise::{diagnose, Response};
use std::collections::BTreeSet;

/// A page of a manifest: its vendor id, file, status and headers.
type Fixture = (
    String,
    std::path::PathBuf,
    Option<u16>,
    Vec<(String, String)>,
);

/// Every vendor id the two manifests give a page of, with the pages.
fn vendors_with_fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    for dir in [common::fixtures(), common::public_corpus()] {
        let pages = if dir.join("captured").is_dir() {
            dir.join("captured")
        } else {
            dir.clone()
        };
        for e in common::manifest(&dir) {
            let vendor = common::vendor_id(e["vendor"].as_str().unwrap_or("none")).to_string();
            let file = pages.join(e["file"].as_str().unwrap());
            let status = e["status"].as_u64().and_then(|s| u16::try_from(s).ok());
            let headers = e["headers"]
                .as_array()
                .map(|h| {
                    h.iter()
                        .filter_map(|p| {
                            Some((p[0].as_str()?.to_string(), p[1].as_str()?.to_string()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.push((vendor, file, status, headers));
        }
    }
    out
}

#[test]
fn every_vendor_id_has_exactly_one_entry() {
    for id in VendorId::ALL {
        assert_eq!(
            VENDORS.iter().filter(|v| v.id == *id).count(),
            1,
            "{id}: one entry"
        );
        assert_eq!(VendorId::parse(id.as_str()), Some(*id));
        assert_eq!(
            serde_json::to_string(id).unwrap(),
            format!("\"{id}\""),
            "serialised as its string"
        );
    }
    assert_eq!(VENDORS.len(), VendorId::ALL.len());
}

/// Vendors that were in the table before this test and have no real page
/// here yet: no Debian package (Traefik) or no public capture with its
/// provenance. The list may only shrink: a vendor that gets a page must
/// leave it, and a new vendor cannot join it.
const WITHOUT_FIXTURE: &[&str] = &["vercel", "netlify", "github", "traefik", "litespeed"];

/// Adding a vendor is one entry plus a captured page: the page must be there,
/// and the core must name the vendor on it.
#[test]
fn every_vendor_has_a_real_page_that_the_core_names() {
    let fixtures = vendors_with_fixtures();
    let mut missing = Vec::new();
    for v in VENDORS {
        let pages: Vec<_> = fixtures
            .iter()
            .filter(|(id, ..)| id == v.id.as_str())
            .collect();
        if pages.is_empty() {
            missing.push(v.id.as_str());
            continue;
        }
        let named = pages.iter().any(|(_, file, status, headers)| {
            let body = std::fs::read(file).unwrap_or_default();
            let mut r = Response::new(&body);
            r.status = *status;
            for (n, val) in headers {
                r.headers.push(n, val);
            }
            diagnose(&r).vendor == v.id.as_str()
        });
        assert!(named, "{}: no fixture of it is diagnosed as {}", v.id, v.id);
    }
    assert_eq!(
        missing, WITHOUT_FIXTURE,
        "vendors with no page in tests/fixtures or ../shared/corpus/public"
    );
}

#[test]
fn every_vendor_has_an_owner_line() {
    for v in VENDORS {
        let lines = en::vendor_owner(v.id);
        assert!(!lines.is_empty(), "{}: no owner line", v.id);
        assert!(
            lines.iter().all(|l| l.trim().len() > 20),
            "{}: an empty owner line",
            v.id
        );
    }
}

#[test]
fn every_variant_has_a_name_and_vendor_variants_a_mark() {
    let marked: BTreeSet<VariantId> = VENDORS
        .iter()
        .flat_map(|v| v.marks.iter().filter_map(|m| m.variant))
        .collect();
    let generic = [
        VariantId::Blank,
        VariantId::CustomPage,
        VariantId::NotAnError,
        VariantId::Challenge,
        VariantId::ClientError,
        VariantId::Binary,
    ];
    for id in VariantId::ALL {
        let label = en::variant_label(*id);
        assert!(label.is_some_and(|l| !l.trim().is_empty()), "{id}: no name");
        assert!(
            marked.contains(id) || generic.contains(id),
            "{id}: no mark names it"
        );
        assert_eq!(VariantId::parse(id.as_str()), Some(*id));
    }
    // A vendor's variant belongs to that vendor alone.
    for id in &marked {
        let owners: BTreeSet<_> = VENDORS
            .iter()
            .filter(|v| v.marks.iter().any(|m| m.variant == Some(*id)))
            .map(|v| v.id)
            .collect();
        assert_eq!(owners.len(), 1, "{id}: named by {owners:?}");
    }
}

/// The JSON a diagnosis gives keeps the ids' strings.
#[test]
fn ids_serialise_as_before() {
    let page = b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    let d = diagnose(&Response::new(page).status(502));
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["vendor"], "nginx");
    assert_eq!(json["variant"], "nginx-default");
    assert_eq!(json["fault"], "origin");
    assert_eq!(d.vendor, VendorId::Nginx.as_str());
    assert_eq!(d.variant, VariantId::NginxDefault.as_str());
}
