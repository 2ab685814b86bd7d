#!/usr/bin/env bash
# The README's test command (`make test`): every test there is, on a fresh
# machine too. It installs what is missing (browsers included), builds, then
# runs the Rust tests natively, the wasm tests in Node and in headless
# Chromium, the extension end to end in Chromium and Firefox, and the web
# page's tests. Any failure stops it with a non-zero status.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh --test
GATEWISE_SKIP_SETUP=1 bash scripts/build.sh > /tmp/gatewise-build.log 2>&1 || { cat /tmp/gatewise-build.log; exit 1; }
echo "test: build OK (log in /tmp/gatewise-build.log)"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Rust: formatting (rustfmt's defaults) and lints (clippy, native and the browser's wasm), warnings refused"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features --features only-english -- -D warnings

step "Rust: unit, integration, property and doc tests (native)"
cargo test --quiet

step "fuzzing: every cargo-fuzz target for a few seconds, from the fixtures' seed corpus"
bash scripts/fuzz-smoke.sh

step "wasm: wasm-bindgen-test in Node"
cargo test --target wasm32-unknown-unknown --no-default-features --test wasm_node

step "wasm: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --no-default-features --test wasm_browser

step "extension: the background shim's unit tests (Node, a fake browser, the real core)"
node --test --test-force-exit tests/shim/

step "extension: web-ext lint and end-to-end tests in Chromium and Firefox"
node --test tests/e2e/

step "web page: every page, the playground, the links (headless Chromium)"
node --test tests/www/

step "store readiness: two clean builds (one from the source zip) give byte-identical zips"
node --test tests/release/
