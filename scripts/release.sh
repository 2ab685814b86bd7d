#!/usr/bin/env bash
# Builds what goes to the stores, reproducibly, with one command:
#
#   bash scripts/release.sh [--source-only] [OUT_DIR]     (OUT_DIR: dist/release)
#
# OUT_DIR/gatewise-source-VERSION.zip    the sources Mozilla's reviewers rebuild it from,
#                                        with REVIEWERS.md: the exact steps and versions
# OUT_DIR/gatewise-chrome-VERSION.zip    the Chrome Web Store upload
# OUT_DIR/gatewise-firefox-VERSION.zip   the addons.mozilla.org upload
# OUT_DIR/SHA256SUMS                     the three zips' digests
#
# --source-only writes the source zip alone (no build; a second).
#
# The same sources give the same bytes on any machine and in any directory
# (tests/release/reproducible.test.mjs builds twice from clean, once from the
# unpacked source zip, and compares): the toolchain is pinned
# (rust-toolchain.toml), so are wasm-bindgen (Cargo.toml, and its CLI by
# scripts/setup.sh) and wasm-opt (package-lock.json); --remap-path-prefix
# keeps the build machine's paths (cargo's registry, this directory) out of
# the wasm; the zips list their files sorted, dated 1980-01-01, mode 0644
# (extension/tools/zip.mjs). Set GATEWISE_SKIP_SETUP=1 when
# scripts/setup.sh has already run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
root=$PWD
source_only=0
if [ "${1:-}" = --source-only ]; then source_only=1; shift; fi
out=${1:-dist/release}
case $out in /*) ;; *) out=$root/$out ;; esac
version=$(node -p "JSON.parse(require('fs').readFileSync('extension/manifest.json', 'utf8')).version")
# Only the files it writes are replaced; nothing else in OUT_DIR is touched.
mkdir -p "$out" && rm -f "$out"/gatewise-{source,chrome,firefox}-"$version".zip "$out/SHA256SUMS"

# First, from the sources as they are before any build.
echo "release: the source zip for Mozilla's review"
node --input-type=module - "$root" "$out" "$version" <<'EOF'
import fs from 'node:fs';
import path from 'node:path';

const [root, out, version] = process.argv.slice(2);
const { zip } = await import(path.join(root, 'extension/tools/zip.mjs'));

// Exactly what the build reads, and nothing it writes. (Cargo reads the
// benchmark named in Cargo.toml even to build the library: it must be there.)
const SOURCES = ['Cargo.toml', 'Cargo.lock', 'rust-toolchain.toml', 'package.json', 'package-lock.json', 'src', 'benches', 'extension', 'scripts'];
const SKIP = new Set(['node_modules', 'target', 'dist']);
function list(rel) {
    const full = path.join(root, rel);
    if (!fs.statSync(full).isDirectory()) return [rel];
    return fs.readdirSync(full).filter((n) => !SKIP.has(n)).sort().flatMap((n) => list(`${rel}/${n}`));
}
const files = SOURCES.flatMap(list).map((name) => ({ name, data: fs.readFileSync(path.join(root, name)) }));

// The pinned versions, read from the files that pin them (never from this
// machine's tools: the archive is the same whoever builds it).
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');
const pinned = (file, re) => read(file).match(re)?.[1] ?? (() => { throw new Error(`no version in ${file}`); })();
const rust = pinned('rust-toolchain.toml', /^channel = "([^"]+)"/m);
const bindgen = pinned('scripts/setup.sh', /^WASM_BINDGEN_VERSION=([0-9.]+)/m);
const binaryen = JSON.parse(read('package-lock.json')).packages['node_modules/binaryen'].version;
const firefox = `gatewise-firefox-${version}.zip`;
const readme = `# Gatewise ${version}: building the add-on from these sources

This archive holds every file the add-on is built from. The add-on's
JavaScript (\`extension/\`) is not transpiled, bundled or minified: it ships
as written. The only generated code is \`wasm/gatewise_bg.wasm\` and its
loader \`wasm/gatewise.js\`, compiled from the Rust sources in \`src/\`
(wasm-bindgen), and \`content/card-global.js\`, the concatenation of
\`extension/src/browser.js\` and \`extension/src/card.js\` (see
\`extension/build.mjs\`). The icons are drawn by \`extension/tools/icons.mjs\`.
The wasm holds English only; \`words/<tag>.json\` holds every other
language's texts as data, written by the native CLI from \`src/explain/<lang>.rs\`
(\`gatewise words --lang de --json\`).

## What you need

- Linux or macOS with a POSIX shell, \`bash\` and \`curl\`.
- Rust through rustup (https://rustup.rs). \`rust-toolchain.toml\` pins the
  toolchain: rustup installs Rust ${rust} with the \`wasm32-unknown-unknown\`
  target by itself on the first \`cargo\` command.
- Node.js 20 and npm (the zips are deflated by Node's own zlib).
- Network access to crates.io and registry.npmjs.org only.

## Steps

\`\`\`sh
unzip gatewise-source-${version}.zip -d gatewise && cd gatewise
bash scripts/release.sh
\`\`\`

\`scripts/release.sh\` first runs \`scripts/setup.sh\`, which installs what is
missing and nothing else: the wasm32 target, the wasm-bindgen CLI at the
exact version of the \`wasm-bindgen\` crate in \`Cargo.lock\`
(\`cargo install wasm-bindgen-cli --version ${bindgen}\`, about 3 minutes), and
the npm packages of \`package-lock.json\` (\`npm ci\`; the build uses only
the \`wasm-opt\` of binaryen ${binaryen}). Then it builds:

1. \`cargo build --lib --target wasm32-unknown-unknown --profile wasm
   --features only-english\` (the \`wasm\` profile of \`Cargo.toml\`: opt-level 3, LTO, one codegen
   unit, panic=abort), with \`--remap-path-prefix\` so that no path of the
   build machine ends up in the binary;
2. \`wasm-bindgen --target web --no-typescript\` into \`dist/pkg/\`;
3. \`wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int
   --strip-debug --strip-producers\` on \`dist/pkg/gatewise_bg.wasm\`;
   then \`cargo build --release --bin gatewise\` and \`gatewise words\` write
   each language's table into \`dist/pkg/words/\`;
4. \`node extension/build.mjs\`: \`dist/chrome/\`, \`dist/firefox/\` and their
   zips (files sorted, dated 1980-01-01), copied to \`dist/release/\`.

## What you should get

\`dist/release/${firefox}\`, byte for byte the file uploaded to
addons.mozilla.org: \`sha256sum dist/release/${firefox}\` gives the
upload's digest (\`dist/release/SHA256SUMS\` lists all three zips). The
same sources, toolchain and pinned versions give the same bytes on any
machine and in any directory; the project's test
\`tests/release/reproducible.test.mjs\` checks it on every change by
building twice from clean, once from an unpacked source zip like this one.
`;
files.push({ name: 'REVIEWERS.md', data: Buffer.from(readme) });
const source = `gatewise-source-${version}.zip`;
fs.writeFileSync(path.join(out, source), zip(files));
console.log(`${source}: ${files.length} files`);
EOF
if [ $source_only = 1 ]; then exit 0; fi

[ "${GATEWISE_SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh

# Panic messages name source files: with these, as /cargo/... and
# /gatewise/... whoever builds it, wherever. (RUSTFLAGS from the
# environment would replace them, and build-wasm.sh reads target/: neither
# may come from outside.)
unset RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_TARGET_DIR
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$root=/gatewise"

echo "release: the wasm core (scripts/build-wasm.sh)"
bash scripts/build-wasm.sh
echo "release: the extension (extension/build.mjs)"
node extension/build.mjs
cp dist/gatewise-chrome.zip "$out/gatewise-chrome-$version.zip"
cp dist/gatewise-firefox.zip "$out/gatewise-firefox-$version.zip"
(cd "$out" && sha256sum gatewise-{chrome,firefox,source}-"$version".zip > SHA256SUMS)
echo "release: $out/"
cat "$out/SHA256SUMS"
