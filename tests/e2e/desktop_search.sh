#!/usr/bin/env bash
# The desktop's search on a private session bus, called as GNOME Shell and KRunner call it (gdbus):
# results name accounts and never carry a code; activating one leaves its code on the clipboard (read
# with xclip under Xvfb); a locked vault offers nothing.
# Usage: desktop_search.sh TESSERA TESSERA_CLI
set -euo pipefail
app_bin=$1 cli=$2
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=:$((600 + $$ % 100))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
mkdir -p "$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera"
printf '[time]\nservers=no-such-host.invalid\nhttpsUrl=\n' >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"

vault=$work/v.tessera
password='correct horse battery staple'
echo "$password" | "$cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null
echo "$password" | "$cli" add --vault "$vault" --password-stdin --uri 'otpauth://totp/Gcore:me@example.com?secret=JBSWY3DPEHPK3PXP' >/dev/null
echo "$password" | "$cli" add --vault "$vault" --password-stdin --uri 'otpauth://totp/Kaspersky:anna?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ' >/dev/null

export TESSERA_APP=$app_bin TESSERA_CLI=$cli TESSERA_VAULT_FILE=$vault TESSERA_TEST_PASSWORD=$password TESSERA_WORK=$work
timeout 100 dbus-run-session -- bash -euo pipefail -c '
    cli=$TESSERA_CLI vault=$TESSERA_VAULT_FILE work=$TESSERA_WORK
    name=io.github.tessera_authenticator.Tessera
    provider=/io/github/tessera_authenticator/Tessera/SearchProvider runner=/io/github/tessera_authenticator/Tessera/KRunner
    fail() { echo "FAIL: $*"; cat "$work/app.log" 2>/dev/null; exit 1; }
    call() { gdbus call --session --dest $name --object-path "$@"; }
    start_app() {
        if [ "${1:-}" = --locked ]; then "$TESSERA_APP" --vault "$vault" --minimized >"$work/app.log" 2>&1 &
        else echo "$TESSERA_TEST_PASSWORD" | "$TESSERA_APP" --vault "$vault" --password-stdin --minimized >"$work/app.log" 2>&1 &
        fi
        app=$!
        trap "kill $app 2>/dev/null || true" EXIT
        for _ in $(seq 100); do gdbus introspect --session --dest $name --object-path $provider >/dev/null 2>&1 && break; sleep 0.1; done
        sleep 2 # the unlock
    }
    expect_code() { local now earlier; now=$("$cli" code --secret "$1"); earlier=$(faketime -f -2s "$cli" code --secret "$1" 2>/dev/null || echo "$now"); [ "$2" = "$now" ] || [ "$2" = "$earlier" ]; }

    start_app
    # GNOME Shell: terms in, ids out; metas name the account; activation copies.
    ids=$(call $provider --method org.gnome.Shell.SearchProvider2.GetInitialResultSet "[\"gco\"]")
    id=$(echo "$ids" | grep -oE "[0-9a-f]{8}-[0-9a-f-]{27}" | head -n 1)
    [ -n "$id" ] || fail "GNOME search for gco found nothing: $ids"
    [ "$(echo "$ids" | grep -oE "[0-9a-f]{8}-[0-9a-f-]{27}" | wc -l)" -eq 1 ] || fail "gco found more than Gcore: $ids"
    metas=$(call $provider --method org.gnome.Shell.SearchProvider2.GetResultMetas "[\"$id\"]")
    echo "$metas" | grep -q "Gcore" || fail "the result does not name Gcore: $metas"
    echo "$metas" | grep -q "me@example.com" || fail "the result does not name the account: $metas"
    code=$("$cli" code --secret JBSWY3DPEHPK3PXP)
    ! echo "$metas" | grep -q "$code" || fail "a result shows the code"
    sub=$(call $provider --method org.gnome.Shell.SearchProvider2.GetSubsearchResultSet "[\"$id\"]" "[\"gcore\", \"me\"]")
    echo "$sub" | grep -q "$id" || fail "the narrowed search lost Gcore: $sub"
    call $provider --method org.gnome.Shell.SearchProvider2.ActivateResult "$id" "[\"gco\"]" 0 >/dev/null
    sleep 0.5
    expect_code JBSWY3DPEHPK3PXP "$(xclip -o -selection clipboard)" || fail "activating left $(xclip -o -selection clipboard) on the clipboard"
    echo "ok: GNOME Shell search provider: names Gcore without its code, activation copies it"

    # KRunner: a query in, matches out; Run copies.
    matches=$(call $runner --method org.kde.krunner1.Match "kasp")
    echo "$matches" | grep -q "Kaspersky (anna)" || fail "KRunner found no Kaspersky: $matches"
    kid=$(echo "$matches" | grep -oE "[0-9a-f]{8}-[0-9a-f-]{27}" | head -n 1)
    call $runner --method org.kde.krunner1.Run "$kid" "" >/dev/null
    sleep 0.5
    expect_code 4SJHB4GSD43FZBAI7C2HLRJGPQ "$(xclip -o -selection clipboard)" || fail "KRunner Run left $(xclip -o -selection clipboard)"
    none=$(call $runner --method org.kde.krunner1.Match "no-such-service")
    [ "$none" = "(@a(sssida{sv}) [],)" ] || fail "an unknown service matched: $none"
    echo "ok: KRunner runner: matches Kaspersky, Run copies its code"
    kill $app; wait $app 2>/dev/null || true

    # Locked: nothing is offered, and activating a known id copies nothing.
    start_app --locked
    ids=$(call $provider --method org.gnome.Shell.SearchProvider2.GetInitialResultSet "[\"gco\"]")
    [ "$ids" = "(@as [],)" ] || fail "a locked vault offered $ids"
    echo before | xclip -selection clipboard
    call $provider --method org.gnome.Shell.SearchProvider2.ActivateResult "$id" "[\"gco\"]" 0 >/dev/null
    [ "$(call $runner --method org.kde.krunner1.Match gco)" = "(@a(sssida{sv}) [],)" ] || fail "KRunner offered results while locked"
    sleep 0.3
    [ "$(xclip -o -selection clipboard)" = before ] || fail "activating while locked changed the clipboard"
    echo "ok: a locked vault offers nothing and copies nothing"
    echo "desktop search: all checks passed"
'
