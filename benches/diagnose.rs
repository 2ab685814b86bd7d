//! `cargo bench`: diagnose latency and throughput on every real page of the
//! public corpus and our captures. `node bench/side-by-side.mjs` then runs
//! the same pages through the wasm build and prints both side by side.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gatewise::{diagnose, Response};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

fn pages() -> Vec<(String, u16, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (dir, sub) in [(root.join("../shared/corpus/public"), ""), (root.join("tests/fixtures"), "captured/")] {
        let Ok(text) = std::fs::read_to_string(dir.join("manifest.json")) else { continue };
        let manifest: serde_json::Value = serde_json::from_str(&text).expect("manifest");
        for e in manifest.as_array().into_iter().flatten() {
            let file = e["file"].as_str().unwrap_or_default();
            if let Ok(body) = std::fs::read(dir.join(sub).join(file)) {
                out.push((file.to_string(), e["status"].as_u64().unwrap_or(0) as u16, body));
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("diagnose");
    group.warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_millis(700)).sample_size(20);
    for (name, status, body) in pages() {
        group.throughput(Throughput::Bytes(body.len().max(1) as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &body, |b, body| {
            b.iter(|| diagnose(black_box(&Response::new(body).status(status))))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
