#!/bin/sh
# Applies environment overrides to the built site.json (run by scripts/post-build.sh before it
# compresses anything). Used by scripts/serve.sh to point the demo at its local Isso; a
# publisher can use the same variables in a build, or edit dist/site.json afterwards.
#   GAZETTE_COMMENTS_SERVER   sets comments.server
#   GAZETTE_NEWSLETTER_ACTION sets newsletter.action
#   GAZETTE_URL               sets url, the site's public address (read by the build: canonical
#                             links, social cards, sitemaps and feeds are written against it)
set -eu
site="${1:?usage: $0 path/to/site.json}"
[ -n "${GAZETTE_COMMENTS_SERVER:-}${GAZETTE_NEWSLETTER_ACTION:-}${GAZETTE_URL:-}" ] || exit 0
python3 - "$site" <<'PY'
import json, os, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    site = json.load(f)
if os.environ.get("GAZETTE_COMMENTS_SERVER"):
    site.setdefault("comments", {})["server"] = os.environ["GAZETTE_COMMENTS_SERVER"]
if os.environ.get("GAZETTE_NEWSLETTER_ACTION"):
    site.setdefault("newsletter", {})["action"] = os.environ["GAZETTE_NEWSLETTER_ACTION"]
if os.environ.get("GAZETTE_URL"):
    site["url"] = os.environ["GAZETTE_URL"]
with open(path, "w", encoding="utf-8") as f:
    json.dump(site, f, indent=2, ensure_ascii=False)
    f.write("\n")
PY
