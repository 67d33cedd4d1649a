#!/usr/bin/env bash
# Gazette's benchmark: builds the release site, serves it on 127.0.0.1 the way a CDN would
# (precompressed files, SPA fallback, the cache headers of docs/performance.md) and measures
# sizes, Lighthouse, in-browser timings, the static twin and scale. Writes bench/RESULTS.md and
# bench/results.json and prints PASS/FAIL against the budgets of issues 5 and 13. Not part of the tests.
#
#   bench/run.sh                 # the full run (about 15-20 minutes on 2 cores)
#   bench/run.sh --quick         # 1 Lighthouse run, 2 loads, scale 100 and 10 000 only
#   bench/run.sh [bench.mjs options]   e.g. --runs 5 --loads 7 --no-scale --no-lighthouse
#   bench/run.sh --search-only   # only the search bench (bench/search.mjs: relevance against
#                                # Pagefind, bytes and time per query at scale) -> bench/SEARCH.md
#
# Environment: BENCH_DIST (default .tmp/bench/dist) is where the site is built; the bench never
# touches dist/, so it can run beside the tests. BENCH_SKIP_BUILD=1 measures an existing build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
say() { printf 'bench: %s\n' "$*" >&2; }
started=$(date +%s)

args=()
search_args=()
search_only=
for arg in "$@"; do
  case "$arg" in
    --quick) args+=(--runs 1 --loads 2 --scale 100,10000); search_args+=(--loads 1 --scale 100,10000) ;;
    --search-only) search_only=1 ;;
    *) args+=("$arg") ;;
  esac
done

scripts/setup.sh
export PATH="$ROOT/node_modules/.bin:$PATH"

# Lighthouse and Pagefind live in bench/package.json so the test run never installs them.
if ! cmp -s bench/package-lock.json bench/node_modules/.gazette-lock 2>/dev/null; then
  say "installing Lighthouse and Pagefind (bench/package.json)"
  (cd bench && npm ci --no-audit --no-fund)
  cp bench/package-lock.json bench/node_modules/.gazette-lock
fi

DIST="${BENCH_DIST:-$ROOT/.tmp/bench/dist}"
if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  say "building the release site into $DIST"
  trunk build --release --dist "$DIST"
fi
# The pages tool (static twin, static copies) and the content tool in release, as a publisher
# runs them on a big archive. A separate target dir: the bench never waits on, or disturbs, target/.
say "building gazette-pages and gazette-content"
CARGO_TARGET_DIR="$ROOT/.tmp/bench-target" cargo build --quiet --release -p gazette-content -p gazette-pages

tools=(--twin "$ROOT/.tmp/bench-target/release/gazette-pages" --tool "$ROOT/.tmp/bench-target/release/gazette-content")
if [ -z "$search_only" ]; then
  BENCH_STARTED="$started" node bench/bench.mjs --dist "$DIST" "${tools[@]}" "${args[@]}"
fi
node bench/search.mjs --dist "$DIST" "${tools[@]}" "${search_args[@]}"
say "done in $(( $(date +%s) - started )) s (build included)"
