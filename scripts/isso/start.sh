#!/usr/bin/env bash
# Starts a local Isso comment server for development or tests and waits until it answers.
# usage: scripts/isso/start.sh DIR PORT SITE_ORIGIN [moderated]
#   DIR          folder for its config, SQLite database and log (created)
#   SITE_ORIGIN  the site's exact origin, e.g. http://127.0.0.1:8080 (Isso's CORS allows only it)
# Prints the server's PID on stdout; stop it with `kill PID`.
set -euo pipefail
dir="$1" port="$2" origin="$3" moderated="${4:-}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$dir"
moderation=false
[ "$moderated" = moderated ] && moderation=true
cat > "$dir/isso.cfg" <<CFG
[general]
dbpath = $dir/comments.db
host = $origin/
max-age = 15m

[moderation]
enabled = $moderation

[server]
listen = http://127.0.0.1:$port

[guard]
# Relaxed for local use: Isso's defaults allow 2 comments a minute and 3 top-level comments
# per thread from one address, which a test run exceeds at once.
enabled = true
ratelimit = 1000
direct-reply = 1000
reply-to-self = true
require-author = true
require-email = true
CFG
"$root/.venv/isso/bin/isso" -c "$dir/isso.cfg" run > "$dir/isso.log" 2>&1 &
exec "$root/scripts/wait-for-server.sh" "isso on port $port" $! "http://127.0.0.1:$port/config" "$dir/isso.log"
