#!/usr/bin/env bash
# tessera-cli through the unlocked app, with the real binaries on a real accessibility bus under Xvfb:
# asked each time (the prompt answered through its buttons' Press action, as assistive technology
# would), Deny, allowed while unlocked (no prompt), and the fallback to the file, with its password
# prompt, when the app is locked or not running. The CLI runs with no password and no terminal where it
# must be answered by the app, so the file could not have been opened instead.
# Usage: cli_through_app.sh TESSERA TESSERA_CLI
set -euo pipefail
app_bin=$1 cli=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=:$((300 + $$ % 300))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
settings_dir=$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera
mkdir -p "$settings_dir"
printf '[time]\nservers=no-such-host.invalid\nhttpsUrl=\n' >"$settings_dir/Tessera.conf"

vault=$work/v.tessera
password='correct horse battery staple'
echo "$password" | "$cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null
echo "$password" | "$cli" add --vault "$vault" --password-stdin \
    --uri 'otpauth://totp/Gcore:me@example.com?secret=JBSWY3DPEHPK3PXP' >/dev/null
echo "$password" | "$cli" add --vault "$vault" --password-stdin \
    --uri 'otpauth://totp/Kaspersky:anna?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ' >/dev/null

export TESSERA_APP=$app_bin TESSERA_CLI=$cli TESSERA_VAULT_FILE=$vault TESSERA_TEST_PASSWORD=$password
export TESSERA_ANSWER=$here/cli_prompt_answer.py TESSERA_WORK=$work TESSERA_SETTINGS=$settings_dir/Tessera.conf
timeout 170 dbus-run-session -- bash -euo pipefail -c '
    cli=$TESSERA_CLI vault=$TESSERA_VAULT_FILE work=$TESSERA_WORK
    fail() { echo "FAIL: $*"; cat "$work/app.log" 2>/dev/null; exit 1; }
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    launcher=$!
    trap "kill \$launcher \${app:-} 2>/dev/null || true" EXIT
    for _ in $(seq 50); do gdbus call --session --dest org.a11y.Bus \
        --object-path /org/a11y/bus --method org.a11y.Bus.GetAddress >/dev/null 2>&1 && break; sleep 0.1; done
    start_app() { # [--locked]
        if [ "${1:-}" = --locked ]; then
            "$TESSERA_APP" --vault "$vault" --minimized >"$work/app.log" 2>&1 &
        else
            echo "$TESSERA_TEST_PASSWORD" | "$TESSERA_APP" --vault "$vault" --password-stdin >"$work/app.log" 2>&1 &
        fi
        app=$!
        for _ in $(seq 100); do ls "$XDG_RUNTIME_DIR"/tessera/cli-* >/dev/null 2>&1 && break; sleep 0.1; done
        sleep 2 # the unlock (Argon2id, interactive)
    }
    expect_code() { # SECRET VALUE
        local now earlier
        now=$("$cli" code --secret "$1") earlier=$(faketime -f -2s "$cli" code --secret "$1" 2>/dev/null || echo "$now")
        [ "$2" = "$now" ] || [ "$2" = "$earlier" ]
    }

    # 1. Ask each time (the default): the prompt names the account; Allow once answers this one.
    start_app
    "$cli" code gcore --vault "$vault" </dev/null >"$work/out" 2>"$work/err" &
    asking=$!
    /usr/bin/python3 "$TESSERA_ANSWER" "$app" "Allow once" "Gcore" || fail "the prompt did not show"
    wait "$asking" || fail "tessera-cli failed after Allow once: $(cat "$work/err")"
    expect_code JBSWY3DPEHPK3PXP "$(cat "$work/out")" || fail "Allow once gave $(cat "$work/out")"
    echo "ok: asked, Allow once through the accessibility interface, the code with no password"

    # 2. Deny: exit 3, the reason said, no code.
    "$cli" code kaspersky --vault "$vault" </dev/null >"$work/out" 2>"$work/err" &
    asking=$!
    /usr/bin/python3 "$TESSERA_ANSWER" "$app" "Deny" "Kaspersky" || fail "the second prompt did not show"
    status=0; wait "$asking" || status=$?
    [ "$status" -eq 3 ] || fail "Deny gave exit $status, not 3"
    [ ! -s "$work/out" ] || fail "Deny still printed $(cat "$work/out")"
    grep -q "Deny" "$work/err" || fail "the refusal was not explained: $(cat "$work/err")"
    echo "ok: Deny refuses with exit 3 and no code"

    # 3. The list through the app is the list from the file.
    "$cli" list --json --vault "$vault" </dev/null >"$work/list-app" 2>"$work/err" &
    asking=$!
    /usr/bin/python3 "$TESSERA_ANSWER" "$app" "Allow for 10 minutes" "list" || fail "no prompt for the list"
    wait "$asking" || fail "list through the app failed: $(cat "$work/err")"
    echo "$TESSERA_TEST_PASSWORD" | "$cli" list --json --vault "$vault" --password-stdin >"$work/list-file"
    cmp -s "$work/list-app" "$work/list-file" || fail "the list through the app differs from the file"
    # Allowed for 10 minutes: the next one is answered without a prompt.
    timeout 5 "$cli" code kaspersky --vault "$vault" </dev/null >"$work/out" 2>"$work/err" || fail "not answered during the grant"
    expect_code 4SJHB4GSD43FZBAI7C2HLRJGPQ "$(cat "$work/out")" || fail "the grant gave $(cat "$work/out")"
    echo "ok: list through the app equals the file; Allow for 10 minutes answers the next without asking"
    kill "$app"; wait "$app" 2>/dev/null || true

    # 4. Allow while unlocked: answered at once, no prompt.
    printf "\n[security]\ncliAccess=1\n" >>"$TESSERA_SETTINGS"
    start_app
    timeout 5 "$cli" code gcore --vault "$vault" </dev/null >"$work/out" 2>"$work/err" || fail "not answered while unlocked: $(cat "$work/err")"
    expect_code JBSWY3DPEHPK3PXP "$(cat "$work/out")" || fail "while unlocked gave $(cat "$work/out")"
    [ ! -s "$work/err" ] || fail "tessera-cli said something: $(cat "$work/err")"
    # --no-app opens the file: with no password and no terminal, that fails.
    status=0; "$cli" code gcore --vault "$vault" --no-app </dev/null >/dev/null 2>"$work/err" || status=$?
    [ "$status" -ne 0 ] || fail "--no-app was answered by the app"
    echo "ok: allowed while unlocked, no prompt; --no-app uses the file"
    kill "$app"; wait "$app" 2>/dev/null || true

    # 5. Locked, then absent: the file, with its password prompt (on a terminal made by script).
    start_app --locked
    { sleep 1.5; printf "%s\n" "$TESSERA_TEST_PASSWORD"; } | script -qfec "\"$cli\" code gcore --vault \"$vault\"" /dev/null >"$work/tty" 2>&1 \
        || fail "the fallback with a locked app failed: $(cat "$work/tty")"
    grep -q "Vault password" "$work/tty" || fail "a locked app did not lead to the password prompt"
    expect_code JBSWY3DPEHPK3PXP "$(tail -n 1 "$work/tty" | tr -d "\r")" || fail "the locked fallback gave $(cat "$work/tty")"
    kill "$app"; wait "$app" 2>/dev/null || true
    { sleep 1.5; printf "%s\n" "$TESSERA_TEST_PASSWORD"; } | script -qfec "\"$cli\" code gcore --vault \"$vault\"" /dev/null >"$work/tty" 2>&1 \
        || fail "the fallback with no app failed: $(cat "$work/tty")"
    grep -q "Vault password" "$work/tty" || fail "no app did not lead to the password prompt"
    echo "ok: a locked or absent app falls back to the file and its password"
    echo "cli through the app: all checks passed"
' 2>&1 | grep -v -e 'Failed to set fd limit' -e 'SpiRegistry daemon' -e 'Activating service' -e 'Successfully activated'
exit "${PIPESTATUS[0]}"
