#!/usr/bin/env bash
# Builds the seed corpus (fuzz/corpus/{diagnose,plan,engine}/, not committed) from
# the repository's own captures in tests/fixtures: every captured response
# with its status, reason and headers from manifest.json, as each target's
# input format (fuzz/src/lib.rs). Running it again rewrites the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo +nightly run --quiet --manifest-path fuzz/Cargo.toml --example seed-corpus -- tests/fixtures fuzz/corpus
