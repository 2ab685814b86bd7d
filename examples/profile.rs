//! A fixed workload for instruction-count profiling (valgrind --tool=callgrind):
//! `cargo run --release --example profile -- PAGE.html [STATUS]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: profile PAGE.html [STATUS]");
        std::process::exit(2);
    };
    let status: u16 = args.next().and_then(|s| s.parse().ok()).unwrap_or(502);
    let body = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("profile: cannot read {path}: {e}");
        std::process::exit(2)
    });
    for _ in 0..2000 {
        std::hint::black_box(gatewise::diagnose(
            &gatewise::Response::new(&body).status(status),
        ));
    }
}
