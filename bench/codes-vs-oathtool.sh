#!/usr/bin/env bash
# Code generation: Tessera's core (Google Benchmark, one core) and, per process, tessera-cli beside
# oathtool (OATH Toolkit), measured in the same run. Prints a Markdown table for docs/PERFORMANCE.md.
# Usage: bench/codes-vs-oathtool.sh [BUILD_DIR]   (default build-ci, as ./test.sh builds it)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
bench=$build/bin/bench_codes
cli=$build/bin/tessera-cli
[ -x "$bench" ] && [ -x "$cli" ] || { echo "build first: ./test.sh (or cmake --build --preset ci)" >&2; exit 1; }
command -v oathtool >/dev/null || { echo "oathtool is missing: apt-get install oathtool" >&2; exit 1; }

pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

json=$(mktemp)
trap 'rm -f "$json"' EXIT
"${pin[@]}" "$bench" --benchmark_filter='Totp|Steam' --benchmark_min_time=1 --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$json" 2>/dev/null

rate() { # median items/s of a benchmark, as a whole number
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(int(next(b['items_per_second'] for b in d['benchmarks'] if b['name']==sys.argv[2]+'_median')))" "$json" "$1"
}

runs=300
per_process() { # codes per second when each code is one process start
    local start end
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
    end=$(date +%s%N)
    python3 -c "print(round($runs / (($end - $start) / 1e9)))"
}
key=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
cli_rate=$(per_process "${pin[@]}" "$cli" code --secret "$key" --time 1700000000)
oath_rate=$(per_process "${pin[@]}" oathtool --totp -b -N @1700000000 "$key")

cat <<TABLE
| measurement (one core) | Tessera | oathtool $(oathtool --version | head -1 | awk '{print $NF}') | ratio |
|---|---|---|---|
| TOTP-SHA1 codes/s in process (core library) | $(rate BM_TotpSha1) | — | — |
| TOTP-SHA256 codes/s in process | $(rate BM_TotpSha256) | — | — |
| TOTP-SHA512 codes/s in process | $(rate BM_TotpSha512) | — | — |
| Steam codes/s in process | $(rate BM_SteamCode) | — | — |
| codes/s, one process per code | $cli_rate (tessera-cli) | $oath_rate | $(python3 -c "print(f'{$cli_rate/$oath_rate:.2f}x')") |
TABLE
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
