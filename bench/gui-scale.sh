#!/usr/bin/env bash
# The account list with 10,000 accounts, inside the real QML app (bench_gui_scale) beside the bare
# Qt Quick list of as many rows, both on the software renderer Tessera uses, in Xvfb. Every time comes
# from the window's own frame-swapped timestamps. Each side runs RUNS times (default 3); the table
# holds the median of each figure. Prints Markdown for docs/PERFORMANCE.md.
# Usage: bench/gui-scale.sh [BUILD_DIR] [RUNS] [ACCOUNTS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
runs=${2:-3}
accounts=${3:-10000}
bench=$build/bin/bench_gui_scale
[ -x "$bench" ] || { echo "build first: ./test.sh (missing $bench)" >&2; exit 1; }
work=$(mktemp -d)
xvfb=
cleanup() { [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
display=:$((600 + $$ % 300))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent TMPDIR=$work
unset QT_QPA_PLATFORM
mkdir -p "$HOME" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

for ((i = 1; i <= runs; i++)); do
    "$bench" --accounts "$accounts" >"$work/tessera-$i.tsv" 2>/dev/null
    "$bench" --bare --accounts "$accounts" >"$work/bare-$i.tsv" 2>/dev/null
done
python3 - "$work" "$runs" "$accounts" <<'PY'
import statistics, sys
work, runs, accounts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def figures(kind):
    per = {}
    for i in range(1, runs + 1):
        for line in open(f'{work}/{kind}-{i}.tsv'):
            name, value = line.split('\t')
            per.setdefault(name, []).append(float(value))
    return {name: statistics.median(values) for name, values in per.items()}
t, b = figures('tessera'), figures('bare')
ms = lambda v: f'{v:.1f} ms'
mib = lambda v: f'{v:.0f} MiB'
print(f'| {accounts:,} accounts, software renderer, Xvfb (median of {runs} runs) | Tessera | bare Qt Quick list | Tessera ÷ bare |')
print('|---|---|---|---|')
def row(label, key, unit=ms, bare=True):
    if bare and key in b:
        print(f'| {label} | {unit(t[key])} | {unit(b[key])} | {t[key] / b[key]:.2f}× |')
    else:
        print(f'| {label} | {unit(t[key])} | — | — |')
row('first frame after loading the QML', 'first_frame_since_qml_load')
row('unlock (Argon2id `moderate`) until every account is listed on screen', 'unlock_until_list_on_screen', bare=False)
row('… of which the key derivation alone', 'argon2id_moderate_alone', bare=False)
row('… from unlocked to the list on screen', 'list_on_screen_after_unlock', bare=False)
for stat in ('median', 'p95', 'max'):
    row(f'search: keystroke until the list is filtered, {stat}', f'search_key_handling_{stat}', bare=False)
for stat in ('median', 'p95', 'max'):
    row(f'search: keystroke until its frame is on screen, {stat}', f'search_keystroke_{stat}', bare=False)
row('search: time to make that frame, median', 'search_frame_work_median', bare=False)
print(f'| wheel scrolling for 5 s: frames shown | {t["scroll_frames"]:.0f} | {b["scroll_frames"]:.0f} | {t["scroll_frames"] / b["scroll_frames"]:.2f}× |')
for stat in ('median', 'p95', 'p99', 'max'):
    row(f'wheel scrolling: time to make a frame, {stat}', f'scroll_frame_work_{stat}')
for stat in ('median', 'p95', 'max'):
    row(f'wheel scrolling: interval between frames, {stat}', f'scroll_wheel_interval_{stat}')
for stat in ('median', 'p95', 'max'):
    row(f'flick (5 hard flicks): interval between frames, {stat}', f'flick_interval_{stat}')
row('resident memory with the list shown', 'memory_list_shown', mib)
row('resident memory after scrolling', 'memory_after_scrolling', mib)
row('peak resident memory', 'memory_peak', mib)
PY
