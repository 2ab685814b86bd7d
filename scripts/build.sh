#!/usr/bin/env bash
# The README's build command (`make`): installs what is missing, builds the
# CLI, the wasm core, the extension for Chrome and Firefox and the web page,
# then shows the CLI on a real captured error page.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

[ "${GATEWISE_SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh

echo "build: the gatewise CLI (cargo build --release)"
cargo build --release --quiet --bin gatewise
echo "build: the wasm core"
bash scripts/build-wasm.sh
echo "build: the extension (dist/chrome, dist/firefox and their zips)"
node extension/build.mjs
echo "build: the web page (dist/www)"
node www/build.mjs

example=tests/fixtures/captured/nginx_502_fastcgi_socket_missing.html
echo
echo "example: target/release/gatewise explain --status 502 --header 'Server: nginx/1.22.1' --url https://blog.example/ $example"
echo
target/release/gatewise explain --status 502 --header 'Server: nginx/1.22.1' --url https://blog.example/ "$example"
echo
echo "Done. Load dist/chrome (chrome://extensions, Developer mode, Load unpacked) or"
echo "dist/firefox/manifest.json (about:debugging, Load Temporary Add-on); open dist/www/index.html."
