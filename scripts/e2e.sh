#!/usr/bin/env bash
# End-to-end tests against an existing release dist/: starts the static server (SPA fallback,
# precompressed files, like a CDN), runs the Node test files in tests/e2e/, stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
[ -f dist/index.html ] || { echo "e2e: no dist/: run trunk build --release first" >&2; exit 1; }

# Test copies of the builds whose Content-Security-Policy also allows the loopback servers the
# tests start on ports chosen at run time (comment servers, a newsletter endpoint); the policy
# is otherwise the one built for publishers. Re-configured as a publisher would (pages and
# their precompressed copies rewritten), with the one extra origin.
test_copy() {
  rm -rf "$2" && mkdir -p "$(dirname "$2")" && cp -a "$1" "$2"
  scripts/reconfigure.sh "$2" --connect 'http://127.0.0.1:*' >/dev/null
}
test_copy dist .tmp/e2e-site
rm -rf .tmp/e2e-news-site
if [ -f .tmp/news-site/news/index.html ]; then
  test_copy .tmp/news-site/news .tmp/e2e-news-site/news
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { timeout 30 bash -c "until curl -fs -o /dev/null '$1'; do sleep 0.1; done"; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

SITE_PORT="$(free_port)"
sirv .tmp/e2e-site --single --host 127.0.0.1 --port "$SITE_PORT" --quiet &
pids+=($!)
export E2E_BASE_URL="http://127.0.0.1:$SITE_PORT"
wait_for "$E2E_BASE_URL/site.json"

# The same site built with --public-url /news/, as a publisher hosting it in a sub-folder would.
if [ -f .tmp/e2e-news-site/news/index.html ]; then
  NEWS_PORT="$(free_port)"
  sirv .tmp/e2e-news-site --single news/index.html --host 127.0.0.1 --port "$NEWS_PORT" --quiet &
  pids+=($!)
  export E2E_SUBFOLDER_URL="http://127.0.0.1:$NEWS_PORT/news/"
  wait_for "${E2E_SUBFOLDER_URL}site.json"
fi

# Real comment servers: one publishing at once, one holding comments for moderation. Each has
# its own fresh SQLite file; the tests point the app at them through site.json.
rm -rf .tmp/e2e-isso
ISSO_PORT="$(free_port)"
pids+=("$(scripts/isso/start.sh "$PWD/.tmp/e2e-isso/open" "$ISSO_PORT" "$E2E_BASE_URL")")
export E2E_ISSO_URL="http://127.0.0.1:$ISSO_PORT"
ISSO_MODERATED_PORT="$(free_port)"
pids+=("$(scripts/isso/start.sh "$PWD/.tmp/e2e-isso/moderated" "$ISSO_MODERATED_PORT" "$E2E_BASE_URL" moderated)")
export E2E_ISSO_MODERATED_URL="http://127.0.0.1:$ISSO_MODERATED_PORT"
# Isso's notifier writes each pending comment's "Activate" link there: the tests approve by it.
export E2E_ISSO_MODERATED_LOG="$PWD/.tmp/e2e-isso/moderated/isso.log"
# A port with nothing listening: the comment server is down.
export E2E_ISSO_DOWN_URL="http://127.0.0.1:$(free_port)"

# Real WordPress sites (scripts/wordpress/start.sh), each with a fresh database: one
# publishing comments at once, one holding them for moderation with flood control on.
WORDPRESS_PORT="$(free_port)"
pids+=("$(scripts/wordpress/start.sh "$PWD/.tmp/e2e-wordpress/open" "$WORDPRESS_PORT" open)")
export E2E_WORDPRESS_URL="http://127.0.0.1:$WORDPRESS_PORT"
WORDPRESS_MODERATED_PORT="$(free_port)"
pids+=("$(scripts/wordpress/start.sh "$PWD/.tmp/e2e-wordpress/moderated" "$WORDPRESS_MODERATED_PORT" moderated)")
export E2E_WORDPRESS_MODERATED_URL="http://127.0.0.1:$WORDPRESS_MODERATED_PORT"

# Optional arguments: test files to run instead of all of them.
node --test --test-concurrency=1 --test-reporter=spec "${@:-tests/e2e/}"
