#!/bin/sh
# Trunk post-build hook: runs in the project root with TRUNK_STAGING_DIR set (the folder that
# becomes dist/). Also usable by hand on a built folder: scripts/post-build.sh DIR.
set -eu
stage="${TRUNK_STAGING_DIR:-${1:-}}"
if [ -z "$stage" ] || [ ! -d "$stage" ]; then
  echo "post-build: run by trunk as a post_build hook, or by hand: $0 DIR" >&2
  exit 2
fi

# Static copies of the front page, every archive's first page and the newest articles
# (GAZETTE_PRERENDER_LATEST, default 1000), each inside the app's own index.html: readers see
# the story at the first paint and the app takes over when it has loaded (src/handoff.rs).
# It also writes 404.html, the bare app: hosts like GitHub Pages answer unknown paths with it,
# so a deep link to a page without a copy boots the app, which then routes (or shows its 404).
# The overrides first: the pages are written against the site's public address (GAZETTE_URL).
sh "$(dirname "$0")/site-overrides.sh" "$stage/site.json"
cargo run --quiet -p gazette-pages -- prerender "$stage"
# What crawlers and feed readers ask for, every address absolute under site.json `url`:
# robots.txt, sitemap.xml, sitemap-news.xml (the last 48 hours; GAZETTE_NOW=RFC3339 sets the
# clock) and the RSS, Atom and JSON feeds in feeds/ (docs/content-format.md, "Files for crawlers
# and feed readers"). Before reconfigure.sh, which gives them their .br/.gz copies.
cargo run --quiet -p gazette-pages -- syndicate "$stage"
# The installable app: manifest.webmanifest and its PNG icons, drawn from the site's SVG icon.
# Before reconfigure.sh, whose worker step precaches them.
cargo run --quiet -p gazette-pages -- webapp "$stage"

# Then what a publisher runs after editing site.json in a built site: environment overrides of
# site.json (scripts/serve.sh points comments at its local Isso), a strict
# Content-Security-Policy in every page (inline scripts by hash, connections only to the site
# and the servers site.json names) and precompressed .br/.gz copies of every asset.
sh "$(dirname "$0")/reconfigure.sh" "$stage" >/dev/null
