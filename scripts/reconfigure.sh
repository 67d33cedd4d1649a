#!/bin/sh
# Brings a built site in line with its site.json, after a publisher edits DIST/site.json (for
# example to set comments.server) without rebuilding. Every build runs it too
# (scripts/post-build.sh), so a reconfigured site is made exactly as a fresh one.
#   scripts/reconfigure.sh DIST [--connect ORIGIN ...]
# It refreshes everything the runtime settings reach:
# - site.json's environment overrides (GAZETTE_COMMENTS_SERVER..., scripts/site-overrides.sh);
# - the Content-Security-Policy in every page (index.html, 404.html, every static copy): its
#   connect-src and form-action name the servers of site.json (scripts/csp.py; --connect
#   ORIGIN allows one more);
# - the service worker's list of the app's files and their revisions (scripts/worker.py), so
#   that readers' browsers see a new version, and site.json `serviceWorker` (off: the worker
#   removes itself and its caches);
# - the .br/.gz copies of site.json and of every page. Hosts that send precompressed files
#   (sirv, nginx brotli_static/gzip_static, several CDNs) would otherwise keep sending the old
#   settings and the old policy: the app would never contact the new comment server.
# Prints the policy, for publishers who send it as an HTTP header instead: update it there too.
set -eu
here="$(dirname "$0")"
dist="${1:-}"
if [ -z "$dist" ] || [ ! -f "$dist/site.json" ]; then
  echo "reconfigure: usage: $0 DIST [--connect ORIGIN ...]  (DIST is a built site, with site.json)" >&2
  exit 2
fi
shift

sh "$here/site-overrides.sh" "$dist/site.json"

# Delete the copies before touching their files: an interrupted run then leaves pages served
# uncompressed, never stale. Deleting (rather than trusting modification times) also covers a
# site.json edited within the second its copies were written, or copied with older times.
rm -f "$dist/site.json.br" "$dist/site.json.gz" "$dist/sw.js.br" "$dist/sw.js.gz"
find "$dist" -type f \( -name '*.html.br' -o -name '*.html.gz' \) -exec rm -f {} +

python3 "$here/csp.py" "$dist" "$@"
# After the policy: the pages' bytes are final, and the worker names their revisions.
python3 "$here/worker.py" "$dist" >/dev/null

# Writes the missing copies; up-to-date copies of the other files are kept as they are.
sh "$here/compress.sh" "$dist"
