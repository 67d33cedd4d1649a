#!/usr/bin/env bash
# Runs every test of Gazette: native unit tests, component tests in headless Chromium, and
# end-to-end tests against the release build served by a static server on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Everything runs on the PATH a publisher has after setup, without any node_modules/.bin: so the
# release builds below are the plain `trunk build --release` of the README, and prove that
# Trunk finds wasm-opt where setup put it. (scripts/e2e.sh adds the test tools for itself.)
PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin/*$' | paste -sd: -)"
export PATH

step() { printf '\n=== %s ===\n' "$*"; }

step "format"
cargo fmt --all -- --check

# Every crate denies unwrap/expect/panic/indexing outside its tests (the release wasm aborts on
# panic; the tools must report bad input, not crash on it).
step "clippy (the app in the browser: csr on wasm32)"
cargo clippy --quiet -p gazette -p gazette-app --target wasm32-unknown-unknown -- -D warnings

step "clippy (the build tools and the shared code natively: ssr)"
cargo clippy --quiet --workspace -- -D warnings

step "native tests (model, API errors, content tool, static copies)"
cargo test --quiet --workspace

step "component tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p gazette --target wasm32-unknown-unknown --test components --test components_comments --test components_widgets --test components_search --test components_blocks

step "release build"
trunk build --release

step "release build for a sub-folder (/news/)"
rm -rf .tmp/news-site
GAZETTE_URL=https://harbour-gazette.example/news/ trunk build --release --public-url /news/ --dist .tmp/news-site/news

step "end-to-end tests (Playwright + Debian Chromium)"
scripts/e2e.sh
