#!/usr/bin/env bash
# The steps of browser_fill.sh, inside its private D-Bus session (see there).
set -euo pipefail
work=$TESSERA_WORK cli=$TESSERA_CLI port=$TESSERA_PORT other=$TESSERA_OTHER_PORT
extension_id=peojbinjppnagamiehnhaldbjambcmnj gecko_id=tessera@tessera-authenticator.github.io

app='' browser=''
fail() { echo "FAIL: $*"; curl -s -m 3 "http://127.0.0.1:$port/otc" | head -c 80; echo; [ -z "$devtools" ] || curl -s "$devtools/json/list" | grep -E "\"(url|title)\"" ; echo "--- browser:"; tail -n 15 "$work/browser.log" 2>/dev/null; echo "--- posted:"; cat "$work/posted" 2>/dev/null; echo "--- app:"; tail -n 20 "$work/app.log" 2>/dev/null; exit 1; }
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
launcher=$!
trap 'kill $launcher ${app:-} ${browser:-} ${chromium_pid:-} 2>/dev/null || true' EXIT
for _ in $(seq 50); do gdbus call --session --dest org.a11y.Bus \
    --object-path /org/a11y/bus --method org.a11y.Bus.GetAddress >/dev/null 2>&1 && break; sleep 0.1; done

start_app() { # [--locked]
    if [ "${1:-}" = --locked ]; then
        "$TESSERA_APP" --minimized >"$work/app.log" 2>&1 &
    else
        echo "$TESSERA_PASSWORD" | "$TESSERA_APP" --password-stdin >"$work/app.log" 2>&1 &
    fi
    app=$!
    for _ in $(seq 100); do ls "$XDG_RUNTIME_DIR"/tessera/browser-* >/dev/null 2>&1 && break; sleep 0.1; done
    sleep 2 # the unlock (Argon2id, interactive)
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=''; }

# The host installed as a user would: tessera-cli browser install, for the browsers found (their folders).
chromium_profile=$XDG_CONFIG_HOME/chromium
mkdir -p "$chromium_profile" "$HOME/.mozilla"
"$cli" browser install 2>"$work/install.log" || fail "tessera-cli browser install failed: $(cat "$work/install.log")"
"$cli" browser status | grep -qx "Chromium: installed" || fail "Chromium's host manifest is not installed"
"$cli" browser status | grep -qx "Firefox: installed" || fail "Firefox's host manifest is not installed"
# Firefox's profile: quiet, no updates. The extension is installed into it through WebDriver BiDi.
firefox_profile=$work/firefox
mkdir -p "$firefox_profile"
cat >"$firefox_profile/user.js" <<'PREFS'
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("app.update.enabled", false);
PREFS

# Chromium runs once, with its DevTools port: a page is a new tab opened there once the extension's
# service worker runs (content scripts only enter pages loaded after the extension). Firefox starts per page.
devtools=''
start_chromium() {
    local sandbox=(); [ "$(id -u)" -ne 0 ] || sandbox=(--no-sandbox)
    rm -f "$chromium_profile/DevToolsActivePort"
    chromium --headless=new "${sandbox[@]}" --no-first-run --no-default-browser-check --disable-gpu --password-store=basic \
        --user-data-dir="$chromium_profile" --disable-features=DisableLoadExtensionCommandLineSwitch \
        --load-extension="$TESSERA_EXTENSION" --remote-debugging-port=0 about:blank >"$work/browser.log" 2>&1 &
    chromium_pid=$!
    for _ in $(seq 150); do [ -s "$chromium_profile/DevToolsActivePort" ] && break; sleep 0.1; done
    devtools=http://127.0.0.1:$(head -n 1 "$chromium_profile/DevToolsActivePort")
    for _ in $(seq 150); do
        curl -s "$devtools/json/list" | grep -q "chrome-extension://$extension_id/background.js" && return 0
        sleep 0.1
    done
    fail "Chromium did not start the extension"
}
# Firefox likewise runs once, the packed extension (the XPI) installed as a temporary add-on through
# WebDriver BiDi's webExtension.install; each page is loaded in its tab the same way.
bidi=''
node_websocket=(node); node -e 'process.exit(typeof WebSocket === "undefined" ? 1 : 0)' || node_websocket+=(--experimental-websocket)
start_firefox() {
    firefox-esr --headless --no-remote --profile "$firefox_profile" --remote-debugging-port 0 about:blank >"$work/browser.log" 2>&1 &
    browser=$!
    for _ in $(seq 150); do bidi=$(grep -oE 'ws://127\.0\.0\.1:[0-9]+' "$work/browser.log" | head -n 1) && break; sleep 0.1; done
    [ -n "$bidi" ] || fail "Firefox did not start WebDriver BiDi"
    local installed
    installed=$("${node_websocket[@]}" "$TESSERA_HERE/bidi_navigate.mjs" "$bidi" --install "$TESSERA_XPI" 2>&1 | grep -v ExperimentalWarning) || true
    [ "$installed" = "$gecko_id" ] || fail "Firefox did not install the extension: $installed"
    sleep 2 # its background starts
}
tab=''
open_page() { # BROWSER URL
    if [ "$1" = chromium ]; then
        [ -n "$devtools" ] || start_chromium
        tab=$(curl -s -X PUT "$devtools/json/new?$2" | sed -nE 's/.*"id": "([^"]+)".*/\1/p')
    else
        [ -n "$bidi" ] || start_firefox
        "${node_websocket[@]}" "$TESSERA_HERE/bidi_navigate.mjs" "$bidi" "$2" 2>&1 | grep -v ExperimentalWarning || true
    fi
}
close_page() {
    if [ -n "$tab" ]; then curl -s "$devtools/json/close/$tab" >/dev/null; tab=''; fi
    [ -z "$bidi" ] || "${node_websocket[@]}" "$TESSERA_HERE/bidi_navigate.mjs" "$bidi" about:blank 2>&1 | grep -v ExperimentalWarning || true
    sleep 0.5
}
stop_browsers() {
    [ -z "${chromium_pid:-}" ] || { kill "$chromium_pid" 2>/dev/null || true; wait "$chromium_pid" 2>/dev/null || true; }
    [ -z "$browser" ] || { kill "$browser" 2>/dev/null || true; wait "$browser" 2>/dev/null || true; }
    chromium_pid='' browser='' devtools='' bidi=''
}
posted() { # VARIANT → the last value posted by it, waiting up to SECONDS (default 20)
    local deadline=$((SECONDS + ${2:-20}))
    while [ $SECONDS -lt $deadline ]; do
        value=$(grep "\"variant\": \"$1\"" "$work/posted" 2>/dev/null | tail -n 1 | sed -E 's/.*"code": "([^"]*)".*/\1/')
        [ -n "$value" ] && { echo "$value"; return 0; }
        sleep 0.2
    done
    return 1
}
right_code() { # VALUE [KEY]: the code of the key (Gcore's) now or a moment ago
    local now earlier key=${2:-JBSWY3DPEHPK3PXP}
    now=$("$cli" code --secret "$key") earlier=$(faketime -f -3s "$cli" code --secret "$key" 2>/dev/null || echo "$now")
    [ "$1" = "$now" ] || [ "$1" = "$earlier" ]
}
# A real click on a Chromium page (tests/e2e/cdp_page.mjs): URL_PART ACTION...
on_page() { "${node_websocket[@]}" "$TESSERA_HERE/cdp_page.mjs" "$devtools" "$@" 2>&1 | grep -v ExperimentalWarning || true; }
press() { /usr/bin/python3 "$TESSERA_ANSWER" "$app" "$1" "$2" >/dev/null || fail "no prompt with $1 and '$2'"; }

start_app
for kind in chromium firefox; do
    [ "$TESSERA_WHICH" = both ] || [ "$TESSERA_WHICH" = "$kind" ] || continue
    name=$([ $kind = chromium ] && echo Chromium || echo Firefox)
    : >"$work/posted"
    # 1. The first page pairs the browser, then asks about the site: Allow, then Always.
    open_page $kind "http://127.0.0.1:$port/otc"
    press "Allow" "Allow $name to request codes"
    [ -n "${site_answered:-}" ] || { press "Always" "Fill codes on 127.0.0.1"; site_answered=1; }
    code=$(posted otc) || fail "$kind: nothing posted on the one-time-code page: $(tail -n 5 "$work/browser.log")"
    right_code "$code" || fail "$kind: the one-time-code page got $code"
    close_page
    echo "ok: $kind paired (Allow), the site answered Always, the one-time-code field filled with the right code"
    # 2. The other kinds of fields, filled with no more questions.
    for variant in named boxes react; do
        open_page $kind "http://127.0.0.1:$port/$variant"
        code=$(posted $variant) || fail "$kind: nothing posted on the $variant page"
        right_code "$code" || fail "$kind: the $variant page got $code"
        close_page
    done
    echo "ok: $kind filled a field known by its name, six digit boxes and a React field"
    # 3. A frame of another origin is not filled (the field is the same one that was filled on top).
    open_page $kind "http://127.0.0.1:$port/framed"
    ! posted framed 6 >/dev/null || fail "$kind: a frame of another origin was filled"
    ! posted hint 1 >/dev/null || fail "$kind: the frame of another origin showed a note: $(posted hint 1)"
    close_page
    echo "ok: $kind filled nothing in a frame of another origin"
done

# 3b. A field called only "code" is not certain: the extension offers its in-field button and fills
#     nothing until it is pressed (a real mouse click, through Chromium's DevTools).
if [ "$TESSERA_WHICH" != firefox ]; then
    : >"$work/posted"
    open_page chromium "http://127.0.0.1:$port/unsure"
    hint=$(posted hint 15) || fail "no in-field button was offered for an uncertain field"
    [ "$hint" = offer ] || fail "an uncertain field got '$hint' instead of the in-field button"
    ! posted unsure 3 >/dev/null || fail "an uncertain field was filled before the button was pressed"
    on_page /unsure --field 'input[name=code]' 24
    code=$(posted unsure) || fail "pressing the in-field button filled nothing"
    right_code "$code" || fail "the in-field button filled $code"
    close_page
    echo "ok: an uncertain field gets the in-field button, and is filled only when it is pressed"
fi

# 3c. Two accounts sign in on shop.localhost (a name of the loopback pages, as *.localhost is): the page shows
#     the chooser, and the account picked there is the one whose code is filled.
if [ "$TESSERA_WHICH" != firefox ]; then
    : >"$work/posted"
    open_page chromium "http://shop.localhost:$port/otc"
    press "Always" "Fill codes on shop.localhost"
    hint=$(posted hint 15) || fail "no chooser was shown for a site with two accounts"
    [ "$hint" = choose ] || fail "a site with two accounts got '$hint' instead of the chooser"
    ! posted otc 2 >/dev/null || fail "a site with two accounts was filled before one was chosen"
    on_page shop.localhost --button "Shop (bob)"
    code=$(posted otc) || fail "choosing an account in the chooser filled nothing"
    right_code "$code" GEZDGNBVGY3TQOJQ || fail "the chooser filled $code, not bob's code"
    close_page
    echo "ok: a site with two accounts shows the chooser, and the account chosen there is filled"
fi

# 4. A site answered Never (localhost has an account too) is not filled, and not asked about again.
if [ "$TESSERA_WHICH" != firefox ]; then kind=chromium; else kind=firefox; fi
: >"$work/posted"
open_page $kind "http://localhost:$port/otc"
press "Never" "Fill codes on localhost"
! posted otc 5 >/dev/null || fail "a site answered Never was filled"
close_page
open_page $kind "http://localhost:$port/otc"
! posted otc 5 >/dev/null || fail "a site answered Never was filled on the second visit"
close_page
echo "ok: a site answered Never is neither filled nor asked about again"

# 5. A program that speaks to the host without the pair's key gets nothing but "unpaired".
python3 - "$TESSERA_HOST" <<'PY' || fail "a stranger got an answer other than unpaired"
import base64, json, os, struct, subprocess, sys
msg = {"v": 1, "id": "s1", "type": "code", "key": base64.b64encode(os.urandom(32)).decode(),
       "sealed": base64.b64encode(os.urandom(60)).decode()}
body = json.dumps(msg).encode()
out = subprocess.run([sys.argv[1]], input=struct.pack("=I", len(body)) + body, capture_output=True, timeout=20).stdout
answer = json.loads(out[4:])
assert answer["type"] == "unpaired" and "sealed" not in answer and "code" not in json.dumps(answer), answer
PY
echo "ok: a program without the pair's key gets 'unpaired' and no code"

# 6. Locked: the page shows the unlock hint, nothing is posted.
stop_app
start_app --locked
: >"$work/posted"
open_page $kind "http://127.0.0.1:$port/otc"
hint=$(posted hint 20) || true
[ "$hint" = locked ] || fail "a locked Tessera did not lead to the unlock hint (got '$hint')"
! grep -q '"variant": "otc"' "$work/posted" || fail "a code was posted while Tessera was locked"
close_page
stop_app
echo "ok: a locked Tessera shows the unlock hint on the page and nothing is posted"
stop_browsers
echo "browser fill: all checks passed"
