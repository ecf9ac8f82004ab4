#!/usr/bin/env bash
# Installs what is missing, builds the optimised app into build/ and starts it.
# Arguments are passed to tessera, e.g. ./run.sh --vault ~/work.tessera
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh build runtime
cmake --preset release >/dev/null
cmake --build --preset release
exec build/bin/tessera "$@"
