#!/usr/bin/env bash
# Time and peak memory of tessera-cli on files made to cost it as much as possible (docs/SECURITY.md,
# "Hostile files"). Each run is capped at CAP seconds (default 60); a capped run prints ">CAP".
#   bench/hostile.sh [BUILD_DIR [OTHER_TESSERA_CLI]]   OTHER: e.g. an older build, measured the same way
# Prints one Markdown row per file: file | what | this build | other build.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
other=${2:-}
cap=${CAP:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bin/tessera-test-hostile-files" "$work/files" "$top/tests/fixtures/import/three-accounts-aegis-encrypted.json"
pw='correct horse battery staple'

measure() { # measure CLI FILE SOURCE_PASSWORD → "12.3 s, 456 MiB" or ">60 s, …"
    local cli=$1 file=$2 source=$3 vault=$work/v-$RANDOM.tessera args
    echo "$pw" | "$build/bin/tessera-cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null
    case $file in
        *.png) args=(scan "$work/files/$file") ;;
        *) args=(import "$work/files/$file" --vault "$vault" --password-stdin --source-password-file -) ;;
    esac
    local status=0
    printf '%s\n%s\n' "$pw" "$source" | /usr/bin/time -f '%e %M' -o "$work/time" timeout "$cap" "$cli" "${args[@]}" \
        >/dev/null 2>&1 || status=$?
    read -r seconds kib < <(tail -n 1 "$work/time") || true # time says "Command exited…" first on failure
    local shown="$seconds s"
    [ "$status" -eq 124 ] && shown=">$cap s (stopped)"
    echo "$shown, $(( ${kib:-0} / 1024 )) MiB"
}

echo "| file | what it is | this build | other build |"
echo "|---|---|---|---|"
while IFS='|' read -r file source what; do
    mine=$(measure "$build/bin/tessera-cli" "$file" "$source")
    theirs="—"
    [ -n "$other" ] && theirs=$(measure "$other" "$file" "$source")
    echo "| \`$file\` | $what | $mine | $theirs |"
done <<'LIST'
aegis-slots.json|export pw|Aegis export, 300 password slots of 1 GiB scrypt
aegis-costly.json|export pw|Aegis export, 6 password slots of 256 MiB scrypt
freeotp-refs.xml|pw|FreeOTP 2 backup, 3,000 entries referring to one 10 MiB string
json-deep.json||64 MiB of nested JSON arrays
json-values.json||14 MiB of JSON, 7 million values
csv-wide.csv||Bitwarden CSV with one 60 MiB field
csv-commas.csv||Bitwarden CSV row of 15 million empty fields
finder-tiles.png||900 × 900 picture, ~12,000 QR finder patterns
huge-picture.png||30,000 × 30,000 picture (170 KiB as PNG)
LIST
