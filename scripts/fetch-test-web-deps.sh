#!/usr/bin/env bash
# The web libraries the browser tests' login pages use, fetched once from the npm registry into the
# user's cache (the tests themselves stay on loopback): React 18's browser builds, for the page with a
# React-controlled code field (tests/e2e/browser_pages.py). npm checks each package's integrity.
# Usage: scripts/fetch-test-web-deps.sh   → prints the folder that holds react.js and react-dom.js
set -euo pipefail
cache=${XDG_CACHE_HOME:-$HOME/.cache}/tessera/web-test-deps
version=18.3.1
if [ ! -s "$cache/react.js" ] || [ ! -s "$cache/react-dom.js" ]; then
    command -v npm >/dev/null || { echo "fetch-test-web-deps: npm is needed (Debian: npm)" >&2; exit 1; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent "react@$version" "react-dom@$version" >/dev/null)
    mkdir -p "$cache"
    tar -xzf "$work/react-$version.tgz" -C "$work" package/umd/react.production.min.js
    cp "$work/package/umd/react.production.min.js" "$cache/react.js"
    rm -rf "$work/package"
    tar -xzf "$work/react-dom-$version.tgz" -C "$work" package/umd/react-dom.production.min.js
    cp "$work/package/umd/react-dom.production.min.js" "$cache/react-dom.js"
fi
echo "$cache"
