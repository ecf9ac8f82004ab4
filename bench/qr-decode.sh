#!/usr/bin/env bash
# QR decoding: tessera-cli scan beside zbarimg (zbar-tools) on the same files in the same run.
# 1. Time to read a 4K dark-theme screenshot (3840x2160 PNG, light-on-dark code), whole process each.
# 2. Detection rate on the generated set (bench/make_qr_pictures: plain, rotated, perspective,
#    inverted, JPEG, one pixel per module, 4K dark screenshot; three of each).
# 3. Tessera's decoder in process (bench_qr, Google Benchmark).
# Usage: bench/qr-decode.sh [BUILD_DIR] [RUNS]     Prints Markdown for docs/PERFORMANCE.md.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
runs=${2:-15}
cli=$build/bin/tessera-cli
command -v zbarimg >/dev/null || { echo "zbarimg is missing: apt-get install zbar-tools" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

"$build/bin/make_qr_pictures" "$work/set" >"$work/expected.tsv"
median_ms() { # median_ms COMMAND... : whole-process wall time over $runs runs
    for ((i = 0; i < runs; i++)); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        echo $(((end - start) / 1000))
    done | sort -n | awk '{t[NR]=$1} END {printf "%.0f", t[int((NR+1)/2)]/1000}'
}
row() { # row FILE LABEL: both tools on one 4K screenshot
    local file=$1 label=$2 t z tf zf
    t=$(median_ms "$cli" scan "$file")
    z=$(median_ms zbarimg -q --raw "$file")
    tf=$("$cli" scan "$file" 2>/dev/null | grep -c '^otpauth://' || true)
    zf=$(zbarimg -q --raw "$file" 2>/dev/null | grep -c '^otpauth://' || true)
    echo "| $label | ${t} ms | $([ "$tf" -ge 1 ] && echo read || echo "not read") | ${z} ms | $([ "$zf" -ge 1 ] && echo read || echo "not read") | $(awk -v a="$t" -v b="$z" 'BEGIN {printf "%.2f", a/b}') |"
}
dark=$(awk -F'\t' '/dark-4k/ {print $1; exit}' "$work/expected.tsv")
light=$(awk -F'\t' '/light-4k/ {print $1; exit}' "$work/expected.tsv")
echo "### 4K screenshots (3840x2160 PNG; median of $runs runs, whole process: start, PNG load, decode)"
echo
echo "| screenshot | tessera-cli scan | | zbarimg $(zbarimg --version 2>/dev/null | head -1) | | Tessera / zbarimg |"
echo "|---|---|---|---|---|---|"
row "$dark" "dark theme, light-on-dark code ($(du -k "$dark" | cut -f1) KiB)"
row "$light" "light theme, dark-on-light code ($(du -k "$light" | cut -f1) KiB)"
echo

# Detection: a picture counts when the tool prints exactly the expected link.
declare -A tessera_kind zbar_kind total_kind
tessera_total=0; zbar_total=0; total=0
while IFS=$'\t' read -r file text; do
    kind=$(basename "$file" | sed -E 's/^[0-9]+-//; s/\.(png|jpg)$//')
    total_kind[$kind]=$((${total_kind[$kind]:-0} + 1)); total=$((total + 1))
    got=$("$cli" scan "$file" 2>/dev/null | head -1 | sed -E 's/&algorithm=SHA1&digits=6&period=30$//' || true)
    if [ "$got" = "$text" ]; then tessera_kind[$kind]=$((${tessera_kind[$kind]:-0} + 1)); tessera_total=$((tessera_total + 1)); fi
    got=$(zbarimg -q --raw "$file" 2>/dev/null | head -1 || true)
    if [ "$got" = "$text" ]; then zbar_kind[$kind]=$((${zbar_kind[$kind]:-0} + 1)); zbar_total=$((zbar_total + 1)); fi
done <"$work/expected.tsv"

echo "### Detection on the generated set ($total pictures)"
echo
echo "| kind | tessera-cli scan | zbarimg |"
echo "|---|---|---|"
for kind in plain rotated perspective inverted jpeg tiny dark-4k light-4k; do
    echo "| $kind | ${tessera_kind[$kind]:-0}/${total_kind[$kind]:-0} | ${zbar_kind[$kind]:-0}/${total_kind[$kind]:-0} |"
done
echo "| **all** | **$tessera_total/$total** | **$zbar_total/$total** |"
echo

echo "### In process (bench_qr, Google Benchmark, mean)"
echo
echo "| picture | decode time |"
echo "|---|---|"
"$build/bin/bench_qr" --benchmark_format=csv 2>/dev/null | awk -F, 'NR>1 {gsub(/"/,"",$1); sub(/^BM_/,"",$1); printf "| %s | %.2f ms |\n", $1, $3}'
