#!/usr/bin/env bash
# Time correction accuracy and time to sync: tessera-cli time against a real NTP server (chronyd on
# loopback, its clock shifted by libfaketime as in ../shared/RECIPES.md), beside chronyd's own one-shot
# measurement (chronyd -Q) of the same server in the same run. Prints a Markdown table.
# Usage: bench/time-sync.sh [BUILD_DIR] [RUNS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
runs=${2:-20}
cli=$build/bin/tessera-cli
work=$(mktemp -d)
chrony_pids=()
cleanup() { for p in "${chrony_pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config # never touch the user's stored correction
as_user=$([ "$(id -u)" = 0 ] && echo "-u root" || echo "-U")

start_server() { # start_server SHIFT PORT
    printf 'port %s\nbindaddress 127.0.0.1\nlocal stratum 1\nallow 127.0.0.1\ncmdport 0\nbindcmdaddress /\npidfile %s\ndriftfile %s\n' \
        "$2" "$work/$2.pid" "$work/$2.drift" >"$work/$2.conf"
    # shellcheck disable=SC2086
    faketime -f "$1" chronyd -f "$work/$2.conf" -x -L 0 -l "$work/$2.log" $as_user
    for _ in $(seq 50); do [ -s "$work/$2.pid" ] && break; sleep 0.1; done
    chrony_pids+=("$(cat "$work/$2.pid")")
    sleep 0.3
}
now_ns() { date +%s%N; }

# stats: reads "error_ms elapsed_ms" lines; prints "median error | max error | median time | max time"
stats() {
    sort -n -k1 "$1" | awk '{e[NR]=$1} END {printf "%.3f ms | %.3f ms", e[int((NR+1)/2)], e[NR]}'
    printf ' | '
    sort -n -k2 "$1" | awk '{t[NR]=$2} END {printf "%.0f ms | %.0f ms", t[int((NR+1)/2)], t[NR]}'
}

echo "| server clock | tool | median error | max error | median time to sync | max time |"
echo "|---|---|---|---|---|---|"
port=$((21000 + $$ % 20000))
for shift in +90 -45; do
    port=$((port + 1))
    start_server "${shift}s" "$port"
    expected=$((shift * 1000))
    : >"$work/tessera" && : >"$work/chronyd"
    for _ in $(seq "$runs"); do
        t0=$(now_ns)
        out=$("$cli" time --server "127.0.0.1:$port" --no-save --json)
        t1=$(now_ns)
        offset=$(sed -E 's/.*"offset_ms":(-?[0-9.]+).*/\1/' <<<"$out")
        awk -v o="$offset" -v e="$expected" -v t=$(((t1 - t0) / 1000)) \
            'BEGIN {d=o-e; if (d<0) d=-d; printf "%.3f %.3f\n", d, t/1000}' >>"$work/tessera"

        t0=$(now_ns)
        # shellcheck disable=SC2086
        line=$(chronyd -Q -f /dev/null $as_user "server 127.0.0.1 port $port iburst maxsamples 1" 2>&1 |
            grep -o 'wrong by [-0-9.]* seconds' || true)
        t1=$(now_ns)
        seconds=$(awk '{print $3}' <<<"$line")
        # chronyd reports how far the system clock is behind the server, as we do.
        awk -v s="${seconds:-nan}" -v e="$expected" -v t=$(((t1 - t0) / 1000)) \
            'BEGIN {d=s*1000-e; if (d<0) d=-d; printf "%.3f %.3f\n", d, t/1000}' >>"$work/chronyd"
    done
    echo "| ${shift} s | tessera-cli time (SNTP, 4 samples) | $(stats "$work/tessera") |"
    echo "| ${shift} s | chronyd -Q (one sample) | $(stats "$work/chronyd") |"
done

# Giving up: a closed port (ICMP answers at once) and a server that never answers.
closed=$((port + 100))
t0=$(now_ns); "$cli" time --server "127.0.0.1:$closed" --no-save >/dev/null 2>&1 || true; t1=$(now_ns)
echo
echo "Closed port: gave up after $(((t1 - t0) / 1000000)) ms."
python3 - "$cli" <<'PY' 2>/dev/null || echo "Silent server: (python3 missing, not measured)"
import socket, subprocess, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0))
t0 = time.monotonic()
subprocess.run([sys.argv[1], "time", "--server", "127.0.0.1:%d" % s.getsockname()[1], "--no-save"],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("Silent server: gave up after %d ms." % ((time.monotonic() - t0) * 1000))
PY
