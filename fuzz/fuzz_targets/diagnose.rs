//! `diagnose` on any response (status, reason, method, URL, headers, body),
//! then `explain` on its diagnosis: never a panic, and both results cross
//! the wasm boundary (JSON with no number past 2^53 - 1; the diagnosis reads
//! back unchanged, as the extension hands it back to the core).
#![no_main]

use gatewise::ExplainContext;
use gatewise_fuzz::{assert_js_safe, check_diagnosis, FuzzResponse};

libfuzzer_sys::fuzz_target!(|input: FuzzResponse| {
    let d = gatewise::diagnose(&input.response());
    check_diagnosis(&d);
    let card = gatewise::explain(&d, &ExplainContext::default());
    assert_js_safe(&card);
});
