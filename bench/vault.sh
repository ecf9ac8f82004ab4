#!/usr/bin/env bash
# Vault unlock and save (bench_vault, Google Benchmark): unlock with each Argon2id preset and with
# 10,000 accounts; saves of 1,000 and 10,000 accounts; the merge of two 10,000-account copies. Prints a Markdown table for docs/PERFORMANCE.md.
# Usage: bench/vault.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
[ -x "$build/bin/bench_vault" ] || { echo "build first: ./test.sh (missing $build/bin/bench_vault)" >&2; exit 1; }
json=$(mktemp)
trap 'rm -f "$json"' EXIT
"$build/bin/bench_vault" --benchmark_format=json >"$json" 2>/dev/null
python3 - "$json" <<'PY'
import json, sys
runs = {b['name']: b for b in json.load(open(sys.argv[1]))['benchmarks']}
def ms(name):
    b = runs[name]
    scale = {'ms': 1, 'us': 1e-3, 'ns': 1e-6, 's': 1e3}[b['time_unit']]
    return b['real_time'] * scale, b['cpu_time'] * scale
def fmt(t):
    return f'{t / 1000:.2f} s' if t >= 1000 else f'{t:.1f} ms' if t >= 10 else f'{t:.2f} ms'
rows = [
    ('unlock, `interactive` (2 passes, 64 MiB)', 'BM_Unlock/0/iterations:3', '—'),
    ('unlock, `moderate` (3 passes, 256 MiB, the default)', 'BM_Unlock/1/iterations:3', '≤ 1 s'),
    ('unlock, `sensitive` (4 passes, 1 GiB)', 'BM_Unlock/2/iterations:3', '—'),
    ('unlock, `moderate`, 10,000 accounts', 'BM_UnlockWithAccounts/10000/iterations:3', '—'),
]
print('| measurement | time | target |')
print('|---|---|---|')
for label, name, target in rows:
    print(f'| {label} | {fmt(ms(name)[0])} | {target} |')
for count, target in (('1000', '≤ 20 ms'), ('10000', '—')):
    b = runs[f'BM_SaveAccounts/{count}/min_time:2.000']
    real, cpu = ms(f'BM_SaveAccounts/{count}/min_time:2.000')
    print(f'| save a vault of {int(count):,} accounts ({b["file_KiB"]:.0f} KiB) | {fmt(real)} ({fmt(cpu)} CPU) | {target} |')
real, cpu = ms('BM_MergeCopies/10000/min_time:2.000')
print(f'| merge two copies of 10,000 accounts changed apart (after decryption) | {fmt(real)} ({fmt(cpu)} CPU) | ≤ 100 ms |')
moderate = ms('BM_Unlock/1/iterations:3')[0]
big = ms('BM_UnlockWithAccounts/10000/iterations:3')[0]
print()
print(f'10,000 accounts add {fmt(big - moderate)} to a `moderate` unlock ({big / moderate:.2f}× the empty vault\'s time).')
PY
