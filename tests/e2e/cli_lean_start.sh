#!/usr/bin/env bash
# tessera-cli's lean start (issue 21, item 6; docs/ARCHITECTURE.md "tessera-cli's two programs"):
# the program the user runs records only the shared libraries `code` needs, runs `code --secret` with
# the full program nowhere to be found, and hands every other command to the full program with its
# arguments, standard input and exit code intact.
# Usage: cli_lean_start.sh TESSERA_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run LC_ALL=C.UTF-8
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
failures=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
    if "${@:2}"; then echo "ok: $1"; else echo "FAILED: $1"; failures=$((failures + 1)); fi
}

# 1. What the lean program links: QtCore, libsodium (locked memory) and the C/C++ runtime. Not QtGui,
#    ZXing, D-Bus, the keychain, protobuf or zlib, and not QtNetwork (the app's channel is a plain
#    socket, core/channel/channel_client) or libcrypto (QtCore's HMAC, crypto/hmac.h): loading those two
#    cost more than a bare Qt program's whole start.
needed=$(readelf -d "$cli" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort)
echo "tessera-cli records: $(echo $needed)"
allowed='^(libQt6Core|libsodium|libstdc\+\+|libm|libgcc_s|libc|ld-linux-[a-z0-9_-]+)\.so'
unexpected=$(echo "$needed" | grep -Ev "$allowed" || true)
check "the lean tessera-cli links only what 'code' needs (extra: ${unexpected:-none})" test -z "$unexpected"
for library in Qt6Gui Qt6Network libcrypto; do
    check "the lean tessera-cli does not link $library" eval "! echo \"\$needed\" | grep -q $library"
done
# No RUNPATH with an empty entry: the loader reads one as the current folder, searched for every library
# at every start (and a library planted there would be loaded).
for program in "$cli" "$(dirname "$cli")/tessera-cli-full" "$(dirname "$cli")/tessera"; do
    [ -e "$program" ] || continue
    runpath=$(readelf -d "$program" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
    check "$(basename "$program") has no empty RUNPATH entry ('$runpath')" \
        eval "! printf '%s' \"$runpath\" | grep -Eq '(^:|::|:\$)'"
done
full_needed=$(readelf -d "$(dirname "$cli")/tessera-cli-full" | grep -c '(NEEDED)')
check "the full tessera-cli records more ($full_needed) than the lean one ($(echo "$needed" | wc -l))" \
    test "$full_needed" -gt "$(echo "$needed" | wc -l)"

# 2. `code --secret` (RFC 6238's SHA1 vector at 59 s) without the full program anywhere.
alone=$work/alone
mkdir "$alone"
cp "$cli" "$alone/tessera-cli"
check "code --secret runs with the full program missing" \
    test "$("$alone/tessera-cli" code --secret GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ --digits 8 --time 59)" = 94287082
set +e
"$alone/tessera-cli" list --vault "$work/none.tessera" 2>"$work/missing.err"
status=$?
set -e
check "another command with the full program missing exits 4" test "$status" -eq 4
check "... and says which program is missing" grep -q 'tessera-cli-full.*reinstall' "$work/missing.err"

# 3. Handed over: arguments, standard input (the password line) and exit codes arrive as given.
vault=$work/v.tessera password='correct horse battery staple'
check "init (handed over, password on stdin)" \
    sh -c "echo '$password' | '$cli' init --vault '$vault' --kdf interactive --password-stdin >/dev/null"
check "add (handed over)" sh -c "echo '$password' | '$cli' add --vault '$vault' --password-stdin \
    --uri 'otpauth://totp/GitHub:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' >/dev/null"
code=$(echo "$password" | "$cli" code --vault "$vault" --password-stdin --time 59 github)
check "code QUERY with no app running reads the file through the full program" test "$code" = 287082
# A query after "--" stays the query: --no-app goes in after the command name, not at the end.
code=$(echo "$password" | "$cli" code --vault "$vault" --time 59 --password-stdin -- github)
check "code -- QUERY is handed over with the query intact" test "$code" = 287082
set +e
echo 'not the password' | "$cli" code --vault "$vault" --password-stdin github >/dev/null 2>&1
status=$?
set -e
check "a wrong password through the full program still exits 3" test "$status" -eq 3
check "--version (handed over)" sh -c "'$cli' --version | grep -q '^tessera-cli [0-9]'"
check "code --help names tessera-cli code" sh -c "'$cli' code --help | grep -q 'tessera-cli code'"
check "list --help (handed over) names tessera-cli list" sh -c "'$cli' list --help | grep -q 'tessera-cli list'"
set +e
"$cli" frobnicate >/dev/null 2>"$work/unknown.err"
status=$?
set -e
check "an unknown command exits 1 with the usage" sh -c "test $status -eq 1 && grep -q 'unknown command' '$work/unknown.err'"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "all checks passed"
