#!/bin/sh
# Precompressed copies next to every compressible file of a built site (x.wasm -> x.wasm.br and
# x.wasm.gz) for servers and hosts that send them as they are (sirv, nginx brotli_static/
# gzip_static, several CDNs): the strongest compression once at build time instead of a fast
# one per request. Deterministic (gzip -n stores no name or time). Files of 256 bytes or less
# are left alone: they fit in one packet either way.
# usage: scripts/compress.sh DIR   (run by scripts/reconfigure.sh, itself run by every build)
set -eu
stage="${1:-}"
if [ -z "$stage" ] || [ ! -d "$stage" ]; then
  echo "compress: usage: $0 DIR" >&2
  exit 2
fi

for tool in brotli gzip; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "compress: '$tool' is not installed: run scripts/setup.sh (Debian package '$tool')" >&2
    exit 1
  fi
done

# Brotli quality for content (JSON, HTML, SVG, text): 11 is the smallest and slowest; on an
# archive of tens of thousands of articles, 5 is about 6x faster for 10-15 % bigger files.
# The app itself (wasm, JS, CSS: few files, downloaded by every reader) always gets 11.
content_quality="${GAZETTE_BROTLI_QUALITY:-11}"
case "$content_quality" in
  [0-9] | 1[01]) ;;
  *) echo "compress: GAZETTE_BROTLI_QUALITY must be 0-11, not '$content_quality'" >&2; exit 2 ;;
esac

# compress QUALITY FIND-NAME-TESTS...: batches of files per process, on every core. gzip gives
# a copy its file's modification time, brotli -n the time it ran: a file no newer than both
# copies is skipped, so a second run on the same folder redoes nothing. (A file whose copies
# must be redone whatever the times say, as after a settings change, has its copies deleted
# first: scripts/reconfigure.sh.)
compress() {
  quality=$1
  shift
  find "$stage" -type f -size +256c \( "$@" \) -print0 |
    xargs -0 -r -n 500 -P "$(nproc 2>/dev/null || echo 2)" sh -c '
      set -eu
      quality=$1
      shift
      n=$#
      while [ "$n" -gt 0 ]; do
        f=$1
        shift
        n=$((n - 1))
        if [ -e "$f.br" ] && [ -e "$f.gz" ] && [ ! "$f" -nt "$f.br" ] && [ ! "$f" -nt "$f.gz" ]; then
          continue
        fi
        set -- "$@" "$f"
      done
      if [ "$#" -gt 0 ]; then
        brotli -q "$quality" -f -k -n "$@"
        gzip -9 -n -f -k "$@"
      fi
    ' sh "$quality"
}
compress 11 -name '*.wasm' -o -name '*.js' -o -name '*.mjs' -o -name '*.css'
compress "$content_quality" -name '*.json' -o -name '*.svg' -o -name '*.html' -o -name '*.txt' -o -name '*.xml' -o -name '*.webmanifest'
# brotli -n writes its files readable by their owner only; a web server needs to read them.
find "$stage" -type f -name '*.br' ! -perm -044 -exec chmod go+r {} +
