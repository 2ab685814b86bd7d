//! Where diagnose spends its time on one page, stage by stage:
//! `cargo run --release --example stages -- PAGE.html`.
use gatewise::text::Page;
use std::time::Instant;

fn time<T>(label: &str, n: u32, mut f: impl FnMut() -> T) {
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(f());
    }
    println!("{label:<8}{:>8.2} µs", t.elapsed().as_secs_f64() * 1e6 / f64::from(n));
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stages PAGE.html");
        std::process::exit(2);
    };
    let body = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("stages: cannot read {path}: {e}");
        std::process::exit(2)
    });
    let n = 20_000;
    let page = Page::read(&body);
    time("read", n, || Page::read(&body));
    time("marks", n, || gatewise::vendors::match_body(&page));
    time("status", n, || gatewise::codes::status_in_page(&page));
    time("named", n, || gatewise::codes::codes_named(&page.visible_lower));
    time("all", n, || gatewise::diagnose(&gatewise::Response::new(&body).status(522)));
    time("empty", n, || gatewise::diagnose(&gatewise::Response::new(b"").status(522)));
}
