#!/usr/bin/env python3
"""Writes the built site's files into its service worker (DIST/sw.js, app/worker/sw.js as
copied by Trunk): the list the worker precaches, each file with a revision (the start of its
SHA-256, which the worker checks again when it installs), the version those revisions make,
the content folder and site.json `serviceWorker`.

usage: scripts/worker.py DIST

Run by scripts/reconfigure.sh after the pages got their policy (their bytes are final) and
before compress.sh: any change to a precached file, site.json included, changes sw.js, and
so reaches readers as an update. Re-running on the same folder rewrites the same lines.
"""
import hashlib
import json
import re
import sys
from pathlib import Path

# The app itself: Trunk's hashed scripts, wasm and stylesheets at the top of the site, the bare
# app (404.html, the worker's page for any address it has no copy of), the icons and manifest.
APP_PATTERNS = ("*.js", "*.wasm", "*.css", "*.svg", "manifest.webmanifest", "icons/*.png", "404.html", "site.json")
WORKER = "sw.js"


def revision(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def precache(dist):
    files = sorted({p for pattern in APP_PATTERNS for p in dist.glob(pattern) if p.is_file() and p.name != WORKER})
    return [[p.relative_to(dist).as_posix(), revision(p)] for p in files]


def fill(worker, entries, site):
    version = hashlib.sha256(json.dumps(entries).encode("utf-8")).hexdigest()[:16]
    settings = {
        "contentPath": site.get("contentPath", "content/").strip("/") + "/",
        "enabled": site.get("serviceWorker", True) is not False,
    }
    lines = {
        "precache": f"const PRECACHE = {json.dumps(entries)};",
        "version": f"const VERSION = {json.dumps(version)};",
        "settings": f"const SETTINGS = {json.dumps(settings)};",
    }
    for mark, line in lines.items():
        worker, count = re.subn(rf"^const \w+ = .*; // gazette:{mark}$", f"{line} // gazette:{mark}", worker, count=1, flags=re.M)
        if count != 1:
            raise ValueError(f"no `// gazette:{mark}` line")
    return worker, version


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(argv[1])
    target = dist / WORKER
    if not target.is_file():
        print(f"worker: no {target}: is {dist} a built site?", file=sys.stderr)
        return 1
    site = json.loads((dist / "site.json").read_text(encoding="utf-8"))
    try:
        text, version = fill(target.read_text(encoding="utf-8"), precache(dist), site)
    except ValueError as error:
        print(f"worker: {target}: {error}", file=sys.stderr)
        return 1
    target.write_text(text, encoding="utf-8")
    print(f"worker: {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
