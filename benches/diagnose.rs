//! `cargo bench --bench diagnose`: the time of one diagnosis on every real
//! page of the public corpus and of our captures, natively. Prints a line a
//! page and writes `target/bench/native.json`; `node bench/side-by-side.mjs`
//! then times the same pages in the wasm build and prints both side by side.
//!
//! The machine is shared: another job can take the core for a second or
//! two. So the pages are timed in rounds, each page a short batch per round,
//! and a page's figure is the median over the rounds: a burst of other work
//! spoils a few rounds of every page rather than every sample of a few.

use gatewise::{diagnose, Response};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

/// Rounds over all the pages.
const ROUNDS: usize = 41;
/// Time a batch aims at, in µs.
const BATCH_US: f64 = 300.0;

struct Sample {
    name: String,
    status: u16,
    body: Vec<u8>,
    batch: u32,
    per_call_us: Vec<f64>,
}

fn pages() -> Vec<Sample> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (dir, sub) in [
        (root.join("../shared/corpus/public"), ""),
        (root.join("tests/fixtures"), "captured/"),
    ] {
        let Ok(text) = std::fs::read_to_string(dir.join("manifest.json")) else {
            continue;
        };
        let manifest: serde_json::Value = serde_json::from_str(&text).expect("manifest");
        for e in manifest.as_array().into_iter().flatten() {
            let file = e["file"].as_str().unwrap_or_default();
            if let Ok(body) = std::fs::read(dir.join(sub).join(file)) {
                let status = u16::try_from(e["status"].as_u64().unwrap_or(0)).unwrap_or(0);
                out.push(Sample {
                    name: file.to_string(),
                    status,
                    body,
                    batch: 1,
                    per_call_us: Vec::new(),
                });
            }
        }
    }
    out
}

fn time_batch(s: &Sample) -> f64 {
    let response = Response::new(&s.body).status(s.status);
    let t = Instant::now();
    for _ in 0..s.batch {
        black_box(diagnose(black_box(&response)));
    }
    t.elapsed().as_secs_f64() * 1e6 / f64::from(s.batch)
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; a filter narrows the pages.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let mut samples: Vec<Sample> = pages()
        .into_iter()
        .filter(|s| filter.as_ref().is_none_or(|f| s.name.contains(f.as_str())))
        .collect();
    // Warm up, and size each page's batch to about BATCH_US.
    for s in &mut samples {
        let mut one = f64::MAX;
        for _ in 0..20 {
            one = one.min(time_batch(s));
        }
        s.batch = (BATCH_US / one.max(0.01)).clamp(1.0, 10_000.0) as u32;
    }
    for _ in 0..ROUNDS {
        for s in &mut samples {
            let t = time_batch(s);
            s.per_call_us.push(t);
        }
    }
    println!(
        "{:<44}{:>8}{:>11}{:>8}",
        "page", "bytes", "native µs", "MB/s"
    );
    let mut rows = Vec::new();
    for s in &samples {
        let us = median(&s.per_call_us);
        println!(
            "{:<44}{:>8}{:>11.2}{:>8.0}",
            s.name,
            s.body.len(),
            us,
            s.body.len() as f64 / us
        );
        rows.push(serde_json::json!({ "name": s.name, "status": s.status, "bytes": s.body.len(), "native": us }));
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let written = std::fs::create_dir_all(&out).and_then(|()| {
        std::fs::write(
            out.join("native.json"),
            serde_json::json!({ "rounds": ROUNDS, "rows": rows }).to_string(),
        )
    });
    match written {
        Ok(()) => println!("wrote target/bench/native.json"),
        Err(e) => eprintln!("bench: cannot write target/bench/native.json: {e}"),
    }
}
