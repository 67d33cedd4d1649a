#!/usr/bin/env bash
# Installs whatever this machine lacks to build, serve and test Gazette. Idempotent: each step
# checks first, so a second run takes seconds. Only package registries are used (crates.io,
# npm, PyPI, Debian); nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*" >&2; }
TRUNK_VERSION=0.21.14

# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
  # Trunk's own release profile uses fat LTO; without it the install takes half the time.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WB_VERSION="$(wasm_bindgen_version)"
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB_VERSION"; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 5 minutes, once)"
  # Not --locked: its lock file wants a webpki-roots version the registry no longer serves.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# wasm-opt at the version Trunk.toml pins: npm `binaryen`, never Debian's (it corrupts the
# wasm). Offline, Trunk looks for its tools on PATH only (not in its cache folder), and a
# publisher types a plain `trunk build --release`: so a small launcher goes beside Trunk, in
# cargo's bin folder, on PATH wherever `trunk` is. The package it starts lives in a folder of
# its own outside any checkout, shared by all of them: moving or deleting a checkout cannot
# break it (a link into a checkout's node_modules would).
WASM_OPT_VERSION="$(sed -n 's/^wasm_opt = "version_\([0-9]*\)"$/\1/p' Trunk.toml)"
[ -n "$WASM_OPT_VERSION" ] || { say "Trunk.toml pins no [tools] wasm_opt = \"version_N\""; exit 1; }
BINARYEN_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/gazette/binaryen-$WASM_OPT_VERSION.0.0"
WASM_OPT_JS="$BINARYEN_DIR/node_modules/binaryen/bin/wasm-opt"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
LAUNCHER_MARK="Gazette's wasm-opt launcher"
launcher() { printf '#!/bin/sh\n# %s (scripts/setup.sh): npm binaryen, outside any checkout.\nexec node "%s" "$@"\n' "$LAUNCHER_MARK" "$WASM_OPT_JS"; }
# The PATH a publisher has: without any node_modules/.bin, which nothing puts there for a plain
# `trunk build`. Trunk runs the first wasm-opt on it and reads the third word of --version.
PUBLISHER_PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin/*$' | paste -sd: -)"
trunk_wasm_opt() { env PATH="$PUBLISHER_PATH" wasm-opt --version 2>/dev/null | awk '{ print $3 }'; }
# Ready when that is our current launcher and its package (checked without starting Node, which
# takes most of a second), or any other wasm-opt of the pinned version.
wasm_opt_ready() {
  { [ "$(PATH="$PUBLISHER_PATH" command -v wasm-opt)" = "$CARGO_BIN/wasm-opt" ] &&
    [ "$(cat "$CARGO_BIN/wasm-opt")" = "$(launcher)" ] && [ -f "$WASM_OPT_JS" ]; } ||
    [ "$(trunk_wasm_opt)" = "$WASM_OPT_VERSION" ]
}
if ! wasm_opt_ready; then
  if [ ! -f "$WASM_OPT_JS" ]; then
    say "installing wasm-opt $WASM_OPT_VERSION (npm binaryen) into $BINARYEN_DIR"
    mkdir -p "$(dirname "$BINARYEN_DIR")"
    tmp="$(mktemp -d "$BINARYEN_DIR.XXXXXX")"
    npm install --prefix "$tmp" --no-save --no-audit --no-fund "binaryen@$WASM_OPT_VERSION.0.0" >/dev/null
    # Complete or absent, even with several checkouts running setup at once.
    mv -T "$tmp" "$BINARYEN_DIR" 2>/dev/null || rm -rf "$tmp"
  fi
  if [ -e "$CARGO_BIN/wasm-opt" ] && ! grep -qs "$LAUNCHER_MARK" "$CARGO_BIN/wasm-opt"; then
    say "$CARGO_BIN/wasm-opt is not Gazette's, nor version $WASM_OPT_VERSION: remove it, then run setup again"
    exit 1
  fi
  say "writing $CARGO_BIN/wasm-opt (starts $WASM_OPT_JS)"
  mkdir -p "$CARGO_BIN"
  tmp="$(mktemp "$CARGO_BIN/.wasm-opt.XXXXXX")"
  launcher > "$tmp"
  chmod 755 "$tmp"
  mv -f "$tmp" "$CARGO_BIN/wasm-opt"
  if [ "$(trunk_wasm_opt)" != "$WASM_OPT_VERSION" ]; then
    found="$(PATH="$PUBLISHER_PATH" command -v wasm-opt || echo 'no wasm-opt')"
    say "PATH finds $found, not $CARGO_BIN/wasm-opt: put $CARGO_BIN first on PATH"
    exit 1
  fi
fi

# Playwright's driver without a browser, axe-core, the static server and the validators (Nu Html
# Checker, xmllint, JSON Schema, feed parser) for tests. `npm ci`
# only when the lock file changed.
if ! cmp -s package-lock.json node_modules/.gazette-lock 2>/dev/null; then
  say "installing npm tools"
  # No install scripts: vnu-jar's would download a Java runtime from outside any registry when
  # there is none yet; Java comes from Debian below. No other package here has one.
  npm ci --no-audit --no-fund --ignore-scripts
  cp package-lock.json node_modules/.gazette-lock
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
# Java runs the Nu Html Checker (npm vnu-jar), which validates every page in the tests.
command -v java >/dev/null || missing+=(default-jre-headless)
# A real WordPress for the import and comment tests (scripts/wordpress/start.sh): Debian's
# WordPress on PHP's own server with MariaDB; GD makes the pictures' sizes as an upload would.
[ -f /usr/share/wordpress/wp-load.php ] || missing+=(wordpress)
command -v mariadb-admin >/dev/null || missing+=(mariadb-server)
command -v php >/dev/null || missing+=(php-cli)
for module in mysqli:php-mysql xml:php-xml mbstring:php-mbstring gd:php-gd; do
  php -m 2>/dev/null | grep -qx "${module%%:*}" || missing+=("${module#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Isso, the comment server, in its own virtualenv (PyPI; builds misaka with gcc, ~40 s once).
ISSO_VERSION=0.14.0
if ! .venv/isso/bin/isso --version 2>/dev/null | grep -qx "isso $ISSO_VERSION"; then
  say "installing Isso $ISSO_VERSION into .venv/isso"
  python3 -m venv .venv/isso
  .venv/isso/bin/pip install --quiet --disable-pip-version-check "isso==$ISSO_VERSION"
fi

# Trunk builds offline: every crate must be in the local registry first.
cargo fetch --quiet
