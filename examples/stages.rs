//! Where diagnose spends its time on one page, stage by stage:
//! `cargo run --release --example stages -- PAGE.html [STATUS]`.
//!
//! Each figure is the median over 31 batches (the machine is shared: a
//! median of batches shrugs off the moments another job takes the core).
use gatewise::text::Page;
use std::time::Instant;

fn time<T>(label: &str, mut f: impl FnMut() -> T) {
    let mut per_call = Vec::with_capacity(31);
    for _ in 0..31 {
        let n = 500;
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(f());
        }
        per_call.push(t.elapsed().as_secs_f64() * 1e6 / f64::from(n));
    }
    per_call.sort_by(f64::total_cmp);
    println!("{label:<8}{:>8.2} µs", per_call[per_call.len() / 2]);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stages PAGE.html [STATUS]");
        std::process::exit(2);
    };
    let status: u16 = args.next().and_then(|s| s.parse().ok()).unwrap_or(502);
    let body = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("stages: cannot read {path}: {e}");
        std::process::exit(2)
    });
    let page = Page::read(&body);
    time("read", || Page::read(&body));
    time("marks", || gatewise::vendors::match_body(&page));
    time("status", || gatewise::codes::status_in_page(&page));
    time("named", || {
        gatewise::codes::codes_named(&page.visible_lower)
    });
    time("all", || {
        gatewise::diagnose(&gatewise::Response::new(&body).status(status))
    });
    time("empty", || {
        gatewise::diagnose(&gatewise::Response::new(b"").status(status))
    });
}
