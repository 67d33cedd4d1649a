#!/usr/bin/env bash
# Records a real WordPress's answers to what the app's comment client asks, for the native
# tests (tests/fixtures/wordpress-comments/). Run it again after changing fill.php or when a
# new WordPress is packaged: the tests then check the app against what the server says now.
# usage: scripts/wordpress/record-comments.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fixtures/wordpress-comments
mkdir -p "$out"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
open_port="$(free_port)" moderated_port="$(free_port)"
pids=("$(scripts/wordpress/start.sh "$PWD/.tmp/record-wordpress/open" "$open_port" open)")
pids+=("$(scripts/wordpress/start.sh "$PWD/.tmp/record-wordpress/moderated" "$moderated_port" moderated)")
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
open="http://127.0.0.1:$open_port/?rest_route=/wp/v2" moderated="http://127.0.0.1:$moderated_port/?rest_route=/wp/v2"
post_id() { curl -fs "$1/posts&slug=$2&_fields=id" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])'; }
barrier="$(post_id "$open" tidal-barrier-closes)"
record() { # NAME, then curl's arguments: the body as WordPress sent it, and its status
  curl -s -o "$out/$1.json" -w '%{http_code}' "${@:2}" > "$out/$1.status"
}
comment() { printf '{"post":%s,"author_name":"%s","author_email":"%s","content":"%s"}' "$@"; }
json=(-H 'Content-Type: application/json' -X POST)

record thread "$open/comments&post=$barrier&per_page=100&page=1&orderby=date_gmt&order=asc"
record thread-past-last-page "$open/comments&post=$barrier&per_page=100&page=2&orderby=date_gmt&order=asc"
record posted "${json[@]}" -d "$(comment "$barrier" 'Ann &amp; Co' ann@example.org 'Hello <b>there</b>')" "$open/comments"
record duplicate "${json[@]}" -d "$(comment "$barrier" 'Ann &amp; Co' ann@example.org 'Hello <b>there</b>')" "$open/comments"
record login-required "${json[@]}" -d "$(comment "$(post_id "$open" comments-for-members)" Ann ann@example.org 'Let me in')" "$open/comments"
record closed "${json[@]}" -d "$(comment "$(post_id "$open" notes-from-the-editor)" Ann ann@example.org 'Too late')" "$open/comments"
record held "${json[@]}" -d "$(comment "$barrier" Bo bo@example.org 'Held for a moderator')" "$moderated/comments"
record flood "${json[@]}" -d "$(comment "$barrier" Bo bo@example.org 'Again, at once')" "$moderated/comments"
record no-email "${json[@]}" -d "$(comment "$barrier" Cy '' 'No address')" "$open/comments"
echo "recorded into $out: $(ls "$out" | wc -l) files"
