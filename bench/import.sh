#!/usr/bin/env bash
# The WordPress import at scale (issue 14): a test WordPress (scripts/wordpress/start.sh) with
# N generated posts (default 10 000) besides its fixed ones, imported by the release content
# tool into a folder of its own; then a re-run with nothing changed, and one after 10 posts
# changed (scripts/wordpress/change.sh). Time, peak memory (/usr/bin/time) and requests of each
# run go to bench/IMPORT.md.
#   bench/import.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
posts="${1:-10000}"
work="$PWD/.tmp/bench-import"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
cargo build --quiet --release -p gazette-content
tool="$PWD/target/release/gazette-content"

rm -rf "$work" && mkdir -p "$work/import/content/articles" "$work/import/public"
cp public/site.json "$work/import/site.json"
fill_start=$(date +%s.%N)
pid="$(scripts/wordpress/start.sh "$work/wordpress" "$port" open "$posts")"
trap 'kill "$pid" 2>/dev/null || true' EXIT
fill_seconds=$(python3 -c "print(round($(date +%s.%N) - $fill_start, 1))")

# One import; prints "seconds peak_MB written unchanged removed requests bytes cpu_seconds" and
# keeps its report.
run() {
  local name="$1"
  /usr/bin/time -f '%e %M %U %S' -o "$work/$name.time" "$tool" import wordpress "$url" \
    --content "$work/import/content" --site "$work/import/site.json" --public "$work/import/public" \
    > "$work/$name.report" 2> "$work/$name.log" || { cat "$work/$name.log" "$work/$name.report" >&2; exit 1; }
  read -r seconds kb user system < "$work/$name.time"
  python3 - "$work/$name.report" "$seconds" "$kb" "$user" "$system" <<'PY'
import re, sys
report = open(sys.argv[1]).read()
n = lambda word: re.search(r"(\d+) " + word, report).group(1)
print(sys.argv[2], round(int(sys.argv[3]) / 1024), n("written"), n("unchanged"), n("removed"), n("requests"), n("bytes"),
      round(float(sys.argv[4]) + float(sys.argv[5]), 1))
PY
}
first=$(run first)
unchanged=$(run unchanged)
scripts/wordpress/change.sh "$url" 10
changed=$(run changed)
articles=$(find "$work/import/content/articles" -name '*.md' | wc -l)

row() { read -r s m w u r q b c <<< "$2"; echo "| $1 | $s s | $c s | $m MB | $w | $r | $q | $(python3 -c "print(round($b / 1048576, 1))") MB |"; }
{
  echo "# WordPress import bench"
  echo
  echo "\`bench/import.sh $posts\` on $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg):"
  echo "a test WordPress (Debian's package, PHP's built-in server: one request at a time, on the"
  echo "same machine) with $posts generated posts besides the fixed ones, filled in $fill_seconds s."
  echo "The release content tool imports it into an empty folder ($articles articles written),"
  echo "then again with nothing changed, then after 10 posts changed."
  echo
  echo "| run | time | the import's CPU | peak memory | files written | removed | requests | bytes received |"
  echo "|---|---|---|---|---|---|---|---|"
  row "first import" "$first"
  row "nothing changed" "$unchanged"
  row "10 posts changed" "$changed"
  echo
  echo "Requests of a re-run: the API's address, categories, tags, users, the changed posts"
  echo "(\`modified_after\`), the published count; the posts list is asked once per 100 posts on the"
  echo "first run. Almost all of the first run's time is WordPress rendering 100 posts with"
  echo "\`_embed\` per request on one PHP process; the import's own work is its CPU time."
  echo
  echo '```'
  head -2 "$work/first.report"
  echo '```'
} > bench/IMPORT.md
cat bench/IMPORT.md
