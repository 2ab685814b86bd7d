#!/usr/bin/env bash
# Builds the core for the browser: cargo (profile "wasm": opt-level 3, LTO,
# panic=abort) -> wasm-bindgen (--target web) -> wasm-opt -Oz, into dist/pkg/.
# Reproducible: the same sources, toolchain and pinned versions give the
# same bytes (see README, "Rebuilding the wasm").
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm --features only-english
rm -rf dist/pkg && mkdir -p dist/pkg
wasm-bindgen --target web --no-typescript --out-dir dist/pkg target/wasm32-unknown-unknown/wasm/gatewise.wasm
# rustc emits bulk-memory and non-trapping float-to-int: keep them enabled.
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --strip-debug --strip-producers dist/pkg/gatewise_bg.wasm -o dist/pkg/gatewise_bg.wasm
raw=$(wc -c < dist/pkg/gatewise_bg.wasm)
gz=$(gzip -9c dist/pkg/gatewise_bg.wasm | wc -c)
echo "wasm: dist/pkg/gatewise_bg.wasm $((raw / 1024)) KiB raw, $((gz / 1024)) KiB gzipped"

# The languages other than English, as data the wasm loads (it keeps only
# English compiled in): one table per language, written by the native CLI.
cargo build --release --quiet --bin gatewise
mkdir -p dist/pkg/words
target/release/gatewise words --list --json > dist/pkg/words/languages.json
for tag in $(node -e 'for (const l of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))) if (l.tag !== "en") console.log(l.tag)' dist/pkg/words/languages.json); do
  target/release/gatewise words --lang "$tag" --json > "dist/pkg/words/$tag.json"
done
tables=$(cat dist/pkg/words/*.json | wc -c)
tables_gz=$(for f in dist/pkg/words/*.json; do gzip -9c "$f"; done | wc -c)
echo "words: dist/pkg/words/ $(ls dist/pkg/words | wc -l) files, $((tables / 1024)) KiB raw, $((tables_gz / 1024)) KiB gzipped"
