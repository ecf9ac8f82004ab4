#!/usr/bin/env bash
# Importing and exporting at scale with tessera-cli: N accounts (default 10,000) as an otpauth list into an
# empty vault (one save), the same file again (every account found as a duplicate), an encrypted Aegis
# export of the whole vault and its import into a fresh vault. Wall time and peak memory of each
# process. Prints a Markdown table.
# Usage: bench/import.sh [BUILD_DIR] [ACCOUNTS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
count=${2:-10000}
cli=$build/bin/tessera-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent

python3 - "$work/links.txt" "$count" <<'PY'
import base64, os, sys
with open(sys.argv[1], 'w') as f:
    for i in range(int(sys.argv[2])):
        secret = base64.b32encode(os.urandom(20)).decode().rstrip('=')
        f.write(f'otpauth://totp/Service{i}:user{i}@example.com?secret={secret}&issuer=Service{i}\n')
PY
printf 'export pw\n' >"$work/pw"
for v in a b; do echo 'correct horse battery staple' | "$cli" init --vault "$work/$v.tessera" --kdf interactive --password-stdin >/dev/null; done

measure() { # measure LABEL COMMAND...
    local label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1
    read -r seconds kib <"$work/time"
    printf '| %s | %s s | %s MiB |\n' "$label" "$seconds" "$((kib / 1024))"
}

echo "| $count accounts | wall time | peak memory |"
echo "|---|---|---|"
measure "import an otpauth list into an empty vault" \
    sh -c "echo 'correct horse battery staple' | '$cli' import --vault '$work/a.tessera' --password-stdin '$work/links.txt'"
measure "the same file again (all duplicates)" \
    sh -c "echo 'correct horse battery staple' | '$cli' import --vault '$work/a.tessera' --password-stdin '$work/links.txt'"
measure "export as encrypted Aegis JSON" \
    sh -c "echo 'correct horse battery staple' | '$cli' export --vault '$work/a.tessera' --password-stdin --format aegis --output '$work/aegis.json' --export-password-file '$work/pw'"
measure "import that Aegis file into a fresh vault" \
    sh -c "echo 'correct horse battery staple' | '$cli' import --vault '$work/b.tessera' --password-stdin '$work/aegis.json' --source-password-file '$work/pw'"
