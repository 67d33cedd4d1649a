#!/bin/sh
# Trunk pre-build hook: the site's stylesheets as one file, generated/gazette.css, which
# index.html links. style/*.css stay the source (one file a concern); readers get one
# render-blocking request instead of six. On HTTP/1.1 a browser opens six connections a host,
# and the page's two JSON preloads plus six stylesheets left one stylesheet queued behind the
# first wave: a whole round trip (0.56 s on slow 4G) before the static copy could paint
# (docs/performance.md, "One stylesheet"). Print rules come last, under @media print, so
# they cost no request of their own either. Order matters: it is the cascade's order.
set -eu
out=generated/gazette.css
mkdir -p generated
tmp="$out.tmp.$$"
{
  for name in main blocks widgets comments offline; do
    printf '/* style/%s.css */\n' "$name"
    cat "style/$name.css"
  done
  printf '/* style/print.css */\n@media print {\n'
  cat style/print.css
  printf '}\n'
} > "$tmp"
mv "$tmp" "$out"
