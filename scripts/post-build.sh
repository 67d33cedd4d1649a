#!/bin/sh
# Trunk post-build hook: runs in the project root with TRUNK_STAGING_DIR set.
set -eu
stage="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
# Hosts like GitHub Pages answer unknown paths with 404.html: make it the app, so that a deep
# link such as /article/some-slug boots the app, which then routes (or shows its own 404).
cp "$stage/index.html" "$stage/404.html"
