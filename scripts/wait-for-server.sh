#!/usr/bin/env bash
# Waits until a server started in the background answers URL (30 s at most), then prints its PID
# on stdout, for the caller to stop it with `kill PID`. If the process exits or never answers,
# shows LOG, stops it and fails.
# usage: scripts/wait-for-server.sh NAME PID URL LOG
set -euo pipefail
name="$1" pid="$2" url="$3" log="$4"
if ! timeout 30 bash -c "until curl -fs -o /dev/null '$url'; do kill -0 $pid 2>/dev/null || exit 1; sleep 0.1; done"; then
  echo "$name did not start:" >&2
  cat "$log" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
fi
echo "$pid"
