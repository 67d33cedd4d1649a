#!/usr/bin/env bash
# Records the test WordPress's answers to the import, for the unit tests
# (tools/content/tests/import.rs replays them): a fresh site on port 18099, then three imports
# with GAZETTE_IMPORT_RECORD set: the first (everything), a re-run with nothing changed, and a
# re-run after one post changed. Run it again when fill.php or the import's requests change.
# usage: scripts/wordpress/record.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18099
url="http://127.0.0.1:$port"
out=tools/content/tests/fixtures/wordpress
work="$PWD/.tmp/wordpress-record"
pid="$(scripts/wordpress/start.sh "$work/site" "$port" open)"
trap 'kill "$pid" 2>/dev/null || true' EXIT
rm -rf "$out" "$work/import" && mkdir -p "$out" "$work/import/content/articles" "$work/import/public"
cp public/site.json "$work/import/public/site.json"
import() {
  GAZETTE_IMPORT_RECORD="$out/$1" cargo run --quiet -p gazette-content -- import wordpress "$url" \
    --content "$work/import/content" --site "$work/import/public/site.json" --public "$work/import/public" \
    > "$out/$1.report.txt" 2>&1 || true
}
import run-1
import run-2
scripts/wordpress/change.sh "$url" 1
import run-3
cat > "$out/SOURCE.md" <<MD
# Answers of the test WordPress to the import, recorded

Recorded by \`scripts/wordpress/record.sh\` from the WordPress that \`scripts/wordpress/start.sh\`
starts and \`fill.php\` fills (Debian's WordPress package), at $url:
\`run-1\` is a first import, \`run-2\` a re-run with nothing changed, \`run-3\` a re-run after
\`scripts/wordpress/change.sh\` changed one post. Each folder's \`index.json\` lists the URL
asked, the status and the headers the import reads; the bodies are the numbered files. The
\`*.report.txt\` files are what the import printed.
MD
echo "recorded into $out"
