#!/usr/bin/env bash
# A short run of every fuzz target (fuzz/, cargo-fuzz on nightly), for the
# README's test command: a few seconds each from the seed corpus built out of
# tests/fixtures, with the same limits as the long runs (fuzz/README.md).
# Any crash, timeout or memory blow-up fails it, with the input saved under
# fuzz/artifacts/TARGET/ and the command that replays it.
#
#   bash scripts/fuzz-smoke.sh              # 10 s per target
#   FUZZ_SECONDS=60 bash scripts/fuzz-smoke.sh
#
# It installs what is missing (cargo-fuzz from crates.io, the nightly
# toolchain through rustup) and says so; it skips nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

CARGO_FUZZ_VERSION=0.13.2
seconds=${FUZZ_SECONDS:-10}
say() { printf '\033[1mfuzz-smoke:\033[0m %s\n' "$*"; }

if ! rustup toolchain list | grep -q '^nightly'; then
  say "installing the nightly toolchain (cargo-fuzz needs it)"
  rustup toolchain install nightly --profile minimal
fi
if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION from crates.io (about 2 minutes, once)"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --force
fi

say "the input formats read back as written (fuzz crate's own tests)"
cargo +nightly test --quiet --manifest-path fuzz/Cargo.toml --lib
say "seed corpus from tests/fixtures"
bash fuzz/seed-corpus.sh

# New inputs go to a scratch directory: the seed corpus stays as built.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
targets=$(cargo +nightly fuzz list)
[ -n "$targets" ] || { echo "fuzz-smoke: no fuzz targets found" >&2; exit 1; }
for t in $targets; do
  mkdir -p "$scratch/$t" "fuzz/corpus/$t"
  say "$t: ${seconds} s"
  log="$scratch/$t.log"
  # libFuzzer's timeout is wall-clock time. The engine's longest inputs
  # (hundreds of tabs and streams, thousands of events) take a few seconds
  # of CPU with the sanitizer, more on a loaded machine: a hang is a
  # minute there, ten seconds elsewhere.
  unit_timeout=10
  [ "$t" = engine ] && unit_timeout=60
  if ! cargo +nightly fuzz run "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=1024 -timeout="$unit_timeout" -max_len=65536 \
      -print_final_stats=1 > "$log" 2>&1; then
    tail -60 "$log"
    echo "fuzz-smoke: $t FAILED (the input is under fuzz/artifacts/$t/)" >&2
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{print $2}')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  say "$t: ${runs:-?} inputs in ${seconds} s, ${cov:-?} edges covered, no crash"
done
