#!/usr/bin/env bash
# Installs what is missing (test tools too), builds and runs the whole ctest suite headless.
#   ./test.sh [CTEST_ARGS...]          optimised build with warnings as errors, in build-ci/
#   ./test.sh --asan [CTEST_ARGS...]   the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#                                      (Debug, build-asan/): any report fails the test that caused it
# Extra arguments go to ctest, e.g. ./test.sh -L core
set -euo pipefail
cd "$(dirname "$0")"
preset=ci
if [ "${1:-}" = --asan ]; then
    preset=asan
    shift
    # Every process the tests start inherits these, scripts and the CLI included. Leaks that belong to
    # Qt Quick, GLib, GStreamer or PulseAudio are not ours (tests/support/lsan.supp says which).
    export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/support/lsan.supp:print_suppressions=0
fi
scripts/install-deps.sh build runtime test
scripts/fetch-test-web-deps.sh >/dev/null # the browser tests' login pages (npm registry)
export QT_QPA_PLATFORM=offscreen
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" --parallel "$(nproc)" "$@"
