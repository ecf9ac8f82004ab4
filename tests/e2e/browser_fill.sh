#!/usr/bin/env bash
# Codes filled in real browsers (issue 22; docs/BROWSER.md): Debian's Chromium and Firefox ESR load the
# built extension, start the real tessera-browser-host through a host manifest in the test's own
# profile and home, and the real Tessera answers, unlocked under Xvfb on a real accessibility bus, its
# prompts answered through their buttons' Press action. Login pages on 127.0.0.1 (browser_pages.py)
# record what they post. Checked: the pairing and site prompts; the right code posted for a field
# marked one-time-code, one known by name, six digit boxes and a React field; nothing in a frame of
# another origin; an uncertain field filled only through its in-field button; the chooser of a site
# with two accounts; nothing on a site answered Never; the unlock hint and nothing posted while Tessera is
# locked; a program that speaks to the host without the pair's key gets nothing.
# Usage: browser_fill.sh TESSERA TESSERA_CLI BROWSER_HOST EXTENSION_DIR EXTENSION_XPI [chromium|firefox|both]
set -euo pipefail
app_bin=$1 cli=$2 host_bin=$3 extension=$4 xpi=$5 which=${6:-both}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -n "${TESSERA_KEEP_WORK:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

# React's browser builds, fetched by test.sh (scripts/fetch-test-web-deps.sh): the test itself stays on loopback.
react=${XDG_CACHE_HOME:-$HOME/.cache}/tessera/web-test-deps
[ -s "$react/react.js" ] && [ -s "$react/react-dom.js" ] || { echo "FAIL: run scripts/fetch-test-web-deps.sh first"; exit 1; }

display=:$((600 + $$ % 300))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export HOME=$work/home DISPLAY=$display XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/run XDG_CACHE_HOME=$work/home/.cache
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$HOME"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
settings_dir=$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera
mkdir -p "$settings_dir"
printf '[time]\nservers=no-such-host.invalid\nhttpsUrl=\n' >"$settings_dir/Tessera.conf"

# The vault is the default one (the host, started by the browser, asks the app of the default vault).
vault=$XDG_DATA_HOME/tessera/vault.tessera
password='correct horse battery staple'
echo "$password" | "$cli" init --kdf interactive --password-stdin >/dev/null
echo "$password" | "$cli" add --password-stdin --site 127.0.0.1 \
    --uri 'otpauth://totp/Gcore:me@example.com?secret=JBSWY3DPEHPK3PXP' >/dev/null
echo "$password" | "$cli" add --password-stdin --site localhost \
    --uri 'otpauth://totp/Kerio:anna?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ' >/dev/null
for who in anna:JBSWY3DPEHPK3PXQ bob:GEZDGNBVGY3TQOJQ; do # two accounts of one site: the chooser
    echo "$password" | "$cli" add --password-stdin --site shop.localhost \
        --uri "otpauth://totp/Shop:${who%%:*}?secret=${who#*:}" >/dev/null
done

# The pages, on two loopback ports (two origins).
"$here/browser_pages.py" "$work/posted" "$react" >"$work/ports" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/ports" ] && break; sleep 0.1; done
read -r port other <"$work/ports"

export TESSERA_APP=$app_bin TESSERA_CLI=$cli TESSERA_HOST=$host_bin TESSERA_EXTENSION=$extension TESSERA_XPI=$xpi
export TESSERA_ANSWER=$here/cli_prompt_answer.py TESSERA_WORK=$work TESSERA_PASSWORD=$password
export TESSERA_PORT=$port TESSERA_OTHER_PORT=$other TESSERA_WHICH=$which TESSERA_HERE=$here
timeout 400 dbus-run-session -- bash -euo pipefail "$here/browser_fill_steps.sh" 2>&1 |
    grep -v -e 'Failed to set fd limit' -e 'SpiRegistry daemon' -e 'Activating service' -e 'Successfully activated'
exit "${PIPESTATUS[0]}"
