#!/usr/bin/env bash
# The app on a real accessibility bus (at-spi2-core) under Xvfb, walked by accessibility_check.py as a
# screen reader and switch access see it: every showing control named, presses through AT-SPI work.
# Usage: accessibility.sh TESSERA TESSERA_CLI
set -euo pipefail
app_bin=$1 cli=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=:$((700 + $$ % 200))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
mkdir -p "$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera"
printf '[time]\nservers=no-such-host.invalid\nhttpsUrl=\n' \
    >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf" # no network here

vault=$work/v.tessera
password='correct horse battery staple'
echo "$password" | "$cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null
echo "$password" | "$cli" add --vault "$vault" --password-stdin \
    --uri 'otpauth://totp/Gcore:me@example.com?secret=JBSWY3DPEHPK3PXP' >/dev/null

# A private session bus with its own accessibility bus: nothing of the desktop's is touched.
# (A background job of a script reads /dev/null, so the test password goes in by the environment.)
export TESSERA_APP=$app_bin TESSERA_VAULT_FILE=$vault TESSERA_CHECK=$here/accessibility_check.py
export TESSERA_TEST_PASSWORD=$password
timeout 150 dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    launcher=$!
    for _ in $(seq 50); do gdbus call --session --dest org.a11y.Bus \
        --object-path /org/a11y/bus --method org.a11y.Bus.GetAddress >/dev/null 2>&1 && break; sleep 0.1; done
    echo "$TESSERA_TEST_PASSWORD" | "$TESSERA_APP" --vault "$TESSERA_VAULT_FILE" --password-stdin \
        >"$XDG_RUNTIME_DIR/app.log" 2>&1 &
    app=$!
    status=0
    /usr/bin/python3 "$TESSERA_CHECK" "$app" || status=$?
    kill -0 "$app" 2>/dev/null || { echo "the app died"; status=1; }
    [ "$status" -eq 0 ] || cat "$XDG_RUNTIME_DIR/app.log"
    kill "$app" "$launcher" 2>/dev/null
    exit "$status"' 2>&1 | grep -v -e 'Failed to set fd limit' -e 'SpiRegistry daemon' -e 'Activating service' \
                          -e 'Successfully activated'
exit "${PIPESTATUS[1]}"
