#!/usr/bin/env bash
# Takes the browser integration's screenshots in docs/screenshots/ with the real parts, as
# tests/e2e/browser_fill.sh runs them: Tessera under Xvfb (its prompts), Chromium with the built
# extension (a page with the code filled in), and Settings → Browser integration. The login page is
# served on loopback; Chromium resolves login.gcore.com there, so the pictures show a real site's name.
# Usage: scripts/browser-screenshots.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
out=$top/docs/screenshots
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
react=${XDG_CACHE_HOME:-$HOME/.cache}/tessera/web-test-deps
display=:$((600 + $$ % 300))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export HOME=$work/home DISPLAY=$display XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/run XDG_CACHE_HOME=$work/home/.cache LANG=en_US.UTF-8 LC_ALL= LANGUAGE=
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$HOME"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
mkdir -p "$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera" "$XDG_CONFIG_HOME/chromium" "$HOME/.mozilla"
printf '[time]\nsyncAtStart=false\n' >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"
cli=$build/bin/tessera-cli
echo 'correct horse battery staple' | "$cli" init --kdf interactive --password-stdin >/dev/null
echo 'correct horse battery staple' | "$cli" add --password-stdin --site gcore.com \
    --uri 'otpauth://totp/Gcore:anna@example.com?secret=JBSWY3DPEHPK3PXP' >/dev/null
"$cli" browser install 2>/dev/null
"$top/tests/e2e/browser_pages.py" "$work/posted" "$react" >"$work/ports" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/ports" ] && break; sleep 0.1; done
read -r port _ <"$work/ports"
export TESSERA_BUILD=$build TESSERA_OUT=$out TESSERA_WORK=$work TESSERA_PORT=$port TESSERA_TOP=$top
dbus-run-session -- bash -euo pipefail -c '
    build=$TESSERA_BUILD out=$TESSERA_OUT work=$TESSERA_WORK
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    trap "kill \$! \${app:-} \${chromium:-} 2>/dev/null || true" EXIT
    sleep 1
    echo "correct horse battery staple" | "$build/bin/tessera" --password-stdin >"$work/app.log" 2>&1 &
    app=$!
    sleep 3
    node_ws=(node); node -e "process.exit(typeof WebSocket === \"undefined\" ? 1 : 0)" || node_ws+=(--experimental-websocket)
    chromium --headless=new $([ "$(id -u)" -ne 0 ] || echo --no-sandbox) --no-first-run --disable-gpu --password-store=basic \
        --user-data-dir="$XDG_CONFIG_HOME/chromium" --disable-features=DisableLoadExtensionCommandLineSwitch \
        --load-extension="$build/browser/extension" --host-resolver-rules="MAP login.gcore.com 127.0.0.1" --remote-debugging-port=0 --window-size=900,520 about:blank >"$work/chromium.log" 2>&1 &
    chromium=$!
    for _ in $(seq 100); do [ -s "$XDG_CONFIG_HOME/chromium/DevToolsActivePort" ] && break; sleep 0.1; done
    devtools=http://127.0.0.1:$(head -n 1 "$XDG_CONFIG_HOME/chromium/DevToolsActivePort")
    for _ in $(seq 100); do curl -s "$devtools/json/list" | grep -q background.js && break; sleep 0.1; done
    curl -s -X PUT "$devtools/json/new?http://login.gcore.com:$TESSERA_PORT/otc" >/dev/null
    prompt_shot() { # TITLE NAME
        local w; w=$(timeout 20 xdotool search --sync --onlyvisible --name "$1" | head -n 1)
        sleep 1; import -window "$w" "$out/$2.png"; echo "docs/screenshots/$2.png"
    }
    prompt_shot "allow a browser" browser-pairing
    /usr/bin/python3 "$TESSERA_TOP/tests/e2e/cli_prompt_answer.py" "$app" Allow >/dev/null
    prompt_shot "fill a code" browser-site
    /usr/bin/python3 "$TESSERA_TOP/tests/e2e/cli_prompt_answer.py" "$app" Always >/dev/null
    for _ in $(seq 100); do grep -q "\"otc\"" "$work/posted" 2>/dev/null && break; sleep 0.1; done
    "${node_ws[@]}" "$TESSERA_TOP/tests/e2e/cdp_page.mjs" "$devtools" /otc --screenshot "$out/browser-filled.png" 2>/dev/null
    echo docs/screenshots/browser-filled.png
    # Settings → Browser integration, with the browser paired and the site answered.
    w=$(xdotool search --onlyvisible --pid "$app" --name "^Tessera$" | head -n 1)
    xdotool windowactivate --sync "$w" 2>/dev/null || xdotool windowfocus --sync "$w"
    xdotool key ctrl+comma; sleep 0.8
    geometry=$(xdotool getwindowgeometry "$w" | awk "/Geometry/ {print \$2}")
    xdotool mousemove --window "$w" $((${geometry%x*} / 2)) $((${geometry#*x} / 2))
    for _ in $(seq 14); do xdotool click 5; sleep 0.3; done # down to Browser integration
    sleep 0.8; import -window "$w" "$out/settings-browser.png"; echo docs/screenshots/settings-browser.png
' 2>&1 | grep -v -e "Failed to set fd limit" -e SpiRegistry -e "Activating service" -e "Successfully activated" -e "^$" -e Gcr -e keyring || true
