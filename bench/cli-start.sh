#!/usr/bin/env bash
# How long one tessera-cli run takes, beside oathtool and a bare QtCore program that prints one line,
# measured in the same run (issue 21, item 6): `code --secret`, `code QUERY` answered by the unlocked
# app, and `code QUERY` from the file (Argon2id, for scale). Also the shared objects each maps.
# Prints a Markdown table for docs/PERFORMANCE.md.
# Usage: bench/cli-start.sh [BUILD_DIR]   (default build-ci, as ./test.sh builds it)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
cli=$build/bin/tessera-cli app_bin=$build/bin/tessera bare=$build/bin/bench_bare_qtcore
for b in "$cli" "$app_bin" "$bare"; do [ -x "$b" ] || { echo "build first: ./test.sh ($b is missing)" >&2; exit 1; }; done
command -v oathtool >/dev/null || { echo "oathtool is missing: apt-get install oathtool" >&2; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
runs=200
per_run_ms() { # the mean wall time of one run, in ms, over $runs runs (after 10 to warm the caches)
    for ((i = 0; i < 10; i++)); do "$@" >/dev/null 2>&1; done
    local start end
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do "$@" >/dev/null 2>&1; done
    end=$(date +%s%N)
    python3 -c "print(f'{($end - $start) / 1e6 / $runs:.2f}')"
}
mapped() { # shared objects a run maps
    ldd "$1" | grep -c '=> /' || true
}

# An unlocked app that answers tessera-cli without asking (Xvfb, a settings file of its own).
display=:$((800 + $$ % 100))
Xvfb "$display" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera"
printf '[security]\ncliAccess=1\n[time]\nservers=no-such-host.invalid\nhttpsUrl=\n' \
    >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
vault=$work/v.tessera password='correct horse battery staple' key=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
echo "$password" | "$cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null
echo "$password" | "$cli" add --vault "$vault" --password-stdin --uri "otpauth://totp/GitHub:me?secret=$key" >/dev/null
echo "$password" | "$app_bin" --vault "$vault" --password-stdin --minimized >"$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do "$cli" code github --vault "$vault" </dev/null >/dev/null 2>&1 && break; sleep 0.1; done
"$cli" code github --vault "$vault" </dev/null >/dev/null 2>&1 || { echo "the app did not answer" >&2; exit 1; }

bare_ms=$(per_run_ms "${pin[@]}" "$bare")
oath_ms=$(per_run_ms "${pin[@]}" oathtool --totp -b -N @1700000000 "$key")
secret_ms=$(per_run_ms "${pin[@]}" "$cli" code --secret "$key" --time 1700000000)
app_ms=$(per_run_ms "${pin[@]}" "$cli" code github --vault "$vault")
runs=10
file_ms=$(per_run_ms "${pin[@]}" sh -c "echo '$password' | '$cli' code github --vault '$vault' --password-stdin")
ratio() { python3 -c "print(f'{$1 / $2:.1f}x')"; }

cat <<TABLE
| one run (one core, mean) | ms | × bare QtCore | target | shared objects mapped |
|---|---|---|---|---|
| bare QtCore program printing one line | $bare_ms | 1.0x | — | $(mapped "$bare") |
| oathtool --totp | $oath_ms | $(ratio "$oath_ms" "$bare_ms") | — | $(mapped "$(command -v oathtool)") |
| tessera-cli code --secret | $secret_ms | $(ratio "$secret_ms" "$bare_ms") | ≤ 1.5x | $(mapped "$cli") |
| tessera-cli code QUERY, answered by the unlocked app | $app_ms | $(ratio "$app_ms" "$bare_ms") | ≤ 3x | $(mapped "$cli") |
| tessera-cli code QUERY from the file (Argon2id interactive) | $file_ms | $(ratio "$file_ms" "$bare_ms") | — | $(mapped "$cli") |
TABLE
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
