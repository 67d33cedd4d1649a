#!/usr/bin/env python3
"""Writes a strict Content-Security-Policy into every HTML page of a built site (index.html,
404.html and the static copies of pages).

usage: scripts/csp.py DIST [--connect ORIGIN ...]

- script-src: 'self', 'wasm-unsafe-eval' (to compile the wasm) and the sha256 of each inline
  script Trunk and we put in index.html; no 'unsafe-inline', no 'unsafe-eval'.
- worker-src and manifest-src: 'self' (the service worker, sw.js, and manifest.webmanifest).
- connect-src: 'self' plus the origins of the comment server (Isso or WordPress) and newsletter endpoint named
  in DIST/site.json (and any --connect ORIGIN). Re-run after editing site.json.
The same policy is printed, for publishers who send it as an HTTP header instead.
"""
import base64
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

MARK = "<!-- csp -->"


def origin(url):
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def inline_script_hashes(html):
    hashes = []
    for match in re.finditer(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S | re.I):
        # Data blocks (structured data, the route table: any type but JavaScript's) never run,
        # so the policy need not allow them (each page's JSON-LD would add a hash of its own).
        kind = re.search(r"\btype=[\"']?([^\"'\s>]+)", match.group(1), re.I)
        if kind and kind.group(1).lower() not in ("text/javascript", "module", "application/javascript"):
            continue
        digest = hashlib.sha256(match.group(2).encode("utf-8")).digest()
        hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return hashes


def policy(html, site, extra, hashes=None):
    connect = ["'self'"]
    forms = ["'self'"]
    comments = site.get("comments", {})
    for url in [comments.get("server"), comments.get("wordpress"), *extra]:
        o = origin(url)
        if o and o not in connect:
            connect.append(o)
    newsletter = origin(site.get("newsletter", {}).get("action"))
    if newsletter:
        connect.append(newsletter) if newsletter not in connect else None
        forms.append(newsletter)
    scripts = ["'self'", "'wasm-unsafe-eval'", *(hashes if hashes is not None else inline_script_hashes(html))]
    return "; ".join([
        "default-src 'self'",
        "script-src " + " ".join(scripts),
        "style-src 'self'",
        "img-src 'self' https: data:",
        "font-src 'self'",
        "connect-src " + " ".join(connect),
        "form-action " + " ".join(forms),
        "base-uri 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "manifest-src 'self'",
        "worker-src 'self'",
    ])


def strip(html):
    """Drops a policy written by an earlier run, so re-running after a site.json edit works."""
    return re.sub(re.escape(MARK) + r"<meta [^>]*>\n?", "", html)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(argv[1])
    extra = [a for a in argv[2:] if a != "--connect"]
    site = json.loads((dist / "site.json").read_text(encoding="utf-8"))
    pages = sorted(dist.rglob("*.html"))
    scripts = []
    # index.html, 404.html and the static copies of pages (tools/pages) are the same app; a copy
    # starts it after its first frame, so its loader differs: each page allows its own scripts.
    for page in pages:
        html = strip(page.read_text(encoding="utf-8"))
        scripts += [h for h in inline_script_hashes(html) if h not in scripts]
        meta = f'{MARK}<meta http-equiv="Content-Security-Policy" content="{policy(html, site, extra)}">\n'
        # First thing in <head>: a policy only governs what comes after it.
        html, count = re.subn(r"(<head[^>]*>\s*)", lambda m: m.group(1) + meta, html, count=1, flags=re.I)
        if count != 1:
            print(f"csp: no <head> in {page}", file=sys.stderr)
            return 1
        page.write_text(html, encoding="utf-8")
    # For publishers who send the policy as an HTTP header: one policy that allows every page.
    value = policy("", site, extra, scripts)
    print(value)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
