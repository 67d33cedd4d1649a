#!/usr/bin/env bash
# Installs what is missing, then serves Gazette on http://127.0.0.1:8080 with live reload,
# with a local Isso comment server beside it so comments work end to end.
#   PORT=8080 ISSO_PORT=8081 scripts/serve.sh
#   scripts/serve.sh --wordpress https://wp.example   first imports that WordPress site's posts
#     into content/ (public/site.json's sections, pictures in public/images/wordpress/), then
#     serves; a second run brings only what changed (docs/wordpress.md)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "${1:-}" = "--wordpress" ]; then
  wordpress="${2:?usage: scripts/serve.sh --wordpress URL}"
  shift 2
  # A post that fails is named and the others are imported: serve what there is.
  cargo run --quiet -p gazette-content -- import wordpress "$wordpress" \
    || echo "serve: the import reported problems (above); serving what was imported" >&2
fi
PORT="${PORT:-8080}"
ISSO_PORT="${ISSO_PORT:-8081}"

# Demo comments live in .tmp/isso-dev/comments.db (git-ignored) and survive restarts.
isso_pid="$(scripts/isso/start.sh "$PWD/.tmp/isso-dev" "$ISSO_PORT" "http://127.0.0.1:$PORT")"
trap 'kill "$isso_pid" 2>/dev/null || true' EXIT
echo "serve: Isso comment server on http://127.0.0.1:$ISSO_PORT (pid $isso_pid)" >&2

export GAZETTE_COMMENTS_SERVER="http://127.0.0.1:$ISSO_PORT"
# A dist folder of its own: the debug build served here must not replace a release dist/.
trunk serve --dist .tmp/serve-dist --address 127.0.0.1 --port "$PORT" "$@"
