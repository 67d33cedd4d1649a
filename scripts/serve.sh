#!/usr/bin/env bash
# Installs what is missing, then serves Gazette on http://127.0.0.1:8080 with live reload,
# with a local Isso comment server beside it so comments work end to end.
#   PORT=8080 ISSO_PORT=8081 scripts/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
PORT="${PORT:-8080}"
ISSO_PORT="${ISSO_PORT:-8081}"

# Demo comments live in .tmp/isso-dev/comments.db (git-ignored) and survive restarts.
isso_pid="$(scripts/isso/start.sh "$PWD/.tmp/isso-dev" "$ISSO_PORT" "http://127.0.0.1:$PORT")"
trap 'kill "$isso_pid" 2>/dev/null || true' EXIT
echo "serve: Isso comment server on http://127.0.0.1:$ISSO_PORT (pid $isso_pid)" >&2

export GAZETTE_COMMENTS_SERVER="http://127.0.0.1:$ISSO_PORT"
# A dist folder of its own: the debug build served here must not replace a release dist/.
trunk serve --dist .tmp/serve-dist --address 127.0.0.1 --port "$PORT" "$@"
