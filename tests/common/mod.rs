//! Shared helpers for the integration tests: the two fixture manifests.
#![allow(dead_code)]

use serde_json::Value;
use std::path::PathBuf;

/// `../shared/corpus/public` beside the repository (CI puts it there).
pub fn public_corpus() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/public");
    assert!(
        dir.join("manifest.json").is_file(),
        "the public corpus is missing: expected {} (../shared beside the repository)",
        dir.display()
    );
    dir
}

/// `tests/fixtures`: our own captures.
pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A manifest's entries.
pub fn manifest(dir: &std::path::Path) -> Vec<Value> {
    let text = std::fs::read_to_string(dir.join("manifest.json")).expect("manifest.json readable");
    let v: Value = serde_json::from_str(&text).expect("manifest.json is JSON");
    v.as_array().expect("manifest is an array").clone()
}

/// The public manifest names some vendors differently from our ids.
pub fn vendor_id(manifest_vendor: &str) -> &str {
    match manifest_vendor {
        "apache-httpd" => "apache",
        "aws-cloudfront" => "cloudfront",
        "microsoft-iis" => "iis",
        "google-cloud-load-balancer" => "google-cloud-lb",
        "azure-application-gateway" => "azure-app-gateway",
        other => other,
    }
}
