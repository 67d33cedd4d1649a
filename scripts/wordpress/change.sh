#!/usr/bin/env bash
# Changes posts of a test WordPress started by start.sh, as an editor saving them would: the
# title gets " (updated)" and the modification time becomes now. For the import's re-run tests
# and bench. usage: scripts/wordpress/change.sh URL N [FIRST_ID]
#   URL       the instance (http://127.0.0.1:PORT; its database is gazettePORT)
#   N         how many published posts (oldest ids first, from FIRST_ID, default the lowest)
set -euo pipefail
url="$1" count="$2" first="${3:-0}"
port="${url##*:}"
port="${port%%/*}"
if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
# One second later than any earlier change, so `modified_after` (strictly after) sees it.
sleep_until_next_second() { local now; now=$(date +%s); while [ "$(date +%s)" = "$now" ]; do :; done; }
sleep_until_next_second
"${SUDO[@]}" mariadb "gazette$port" -e "
  UPDATE wp_posts SET post_title = CONCAT(post_title, ' (updated)'),
    post_modified = NOW(), post_modified_gmt = UTC_TIMESTAMP()
  WHERE ID IN (SELECT ID FROM (SELECT ID FROM wp_posts
    WHERE post_type = 'post' AND post_status = 'publish' AND post_password = '' AND ID >= $first
    ORDER BY ID LIMIT $count) AS chosen);"
