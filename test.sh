#!/usr/bin/env bash
# Installs what is missing (test tools too), builds with warnings as errors into build-ci/ and runs
# the whole ctest suite headless. Extra arguments go to ctest, e.g. ./test.sh -L core
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh build runtime test
export QT_QPA_PLATFORM=offscreen
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci --parallel "$(nproc)" "$@"
