#!/usr/bin/env bash
# docs/screenshots/compare.png: Tessera's main window beside OTPClient's and KeePassXC's (Debian 12's
# packages), each holding the same six accounts, at the same window size, under Xvfb.
# Usage: scripts/compare-screenshot.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
"$top/scripts/install-deps.sh" build runtime test bench >/dev/null
out=$top/docs/screenshots/compare.png
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
display=:$((900 + $$ % 90))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent LANG=en_US.UTF-8 LC_ALL= LANGUAGE=
mkdir -p "$HOME" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
width=600 height=520

# The accounts, as otpauth:// links (the screenshots' own).
cat >"$work/links.txt" <<'LINKS'
otpauth://totp/Gcore:anna@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Gcore
otpauth://totp/Kaspersky:anna.k@example.org?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Kaspersky
otpauth://totp/MyKerio:admin@mail.example.net?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&digits=8&issuer=MyKerio
otpauth://totp/GitHub:anna-dev?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&issuer=GitHub
otpauth://totp/Google:anna.k@gmail.com?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Google
otpauth://totp/Microsoft:anna@outlook.com?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Microsoft
LINKS

# window_of PID: its first visible window, resized and raised
window_of() {
    local window
    window=$(timeout 30 xdotool search --sync --onlyvisible --pid "$1" | head -n 1)
    xdotool windowsize --sync "$window" "$width" "$height" 2>/dev/null || true
    xdotool windowactivate --sync "$window" 2>/dev/null || true
    echo "$window"
}

# Tessera
echo 'correct horse battery staple' | "$build/bin/tessera-cli" init --vault "$work/v.tessera" --kdf interactive --password-stdin >/dev/null
echo 'correct horse battery staple' | "$build/bin/tessera-cli" import --vault "$work/v.tessera" --password-stdin "$work/links.txt" >/dev/null
mkdir -p "$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera"
printf '[time]\nsyncAtStart=false\n' >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"
echo 'correct horse battery staple' | "$build/bin/tessera" --vault "$work/v.tessera" --password-stdin >/dev/null 2>&1 &
pids+=($!)
window=$(window_of $!)
for _ in $(seq 100); do [ "$(xdotool getwindowname "$window")" = "Tessera" ] && break; sleep 0.1; done
sleep 2; import -window "$window" "$work/tessera.png"
kill "$!" 2>/dev/null || true # one app on the screen at a time: without a window manager, windows overlap

# KeePassXC: the same accounts as entries with an "otp" attribute (how KeePassXC keeps TOTP), made with
# keepassxc-cli from a KeePass XML file, opened with the password on stdin.
python3 - "$work/links.txt" "$work/keepass.xml" <<'PY'
import base64, sys, urllib.parse, uuid
from xml.sax.saxutils import escape
entries = []
for link in open(sys.argv[1]).read().split():
    label = urllib.parse.unquote(urllib.parse.urlparse(link).path.lstrip('/'))
    issuer, _, name = label.partition(':')
    fields = {'Title': issuer, 'UserName': name, 'otp': link}
    strings = ''.join(f'<String><Key>{k}</Key><Value>{escape(v)}</Value></String>' for k, v in fields.items())
    entries.append(f'<Entry><UUID>{base64.b64encode(uuid.uuid4().bytes).decode()}</UUID>{strings}</Entry>')
group = base64.b64encode(uuid.uuid4().bytes).decode()
open(sys.argv[2], 'w').write('<?xml version="1.0" encoding="utf-8"?><KeePassFile><Meta><Generator>Tessera</Generator>'
                             f'</Meta><Root><Group><UUID>{group}</UUID><Name>Accounts</Name>{"".join(entries)}</Group></Root></KeePassFile>')
PY
printf 'pw\npw\n' | keepassxc-cli import -q -p -t 100 "$work/keepass.xml" "$work/accounts.kdbx" >/dev/null
mkdir -p "$XDG_CONFIG_HOME/keepassxc"
printf '[General]\nUpdateCheckMessageShown=true\n[GUI]\nCheckForUpdates=false\n' >"$XDG_CONFIG_HOME/keepassxc/keepassxc.ini"
echo pw | keepassxc --pw-stdin "$work/accounts.kdbx" >/dev/null 2>&1 &
pids+=($!)
window=$(window_of $!)
sleep 3; import -window "$window" "$work/keepassxc.png"
kill "$!" 2>/dev/null || true

# OTPClient: no command line can fill its database (otpclient-cli only reads), so its own first run is
# driven as a user would: create a database, set its password, then Import → FreeOTP+ (key URI) with
# the same links. Coordinates are relative to each window, as OTPClient 3.1.4 lays it out.
click() { xdotool mousemove --window "$1" "$2" "$3" click 1; sleep "${4:-1}"; }
# focus NAME: waits for OTPClient's window of that title and gives it the keyboard (there is no window
# manager to do it); prints its id
focus() {
    local w
    w=$(timeout 30 xdotool search --sync --onlyvisible --pid "$otpclient_pid" --name "$1" | head -n 1)
    xdotool windowfocus --sync "$w" 2>/dev/null || true
    sleep 0.5
    echo "$w"
}
otpclient >/dev/null 2>&1 &
otpclient_pid=$!
pids+=($otpclient_pid)
dialog=$(focus "^Database location$")
click "$dialog" 318 108 2                                 # "Create new database"
focus "^Select database location$" >/dev/null
xdotool key ctrl+a; xdotool type --delay 20 "$work/otpclient.enc"; xdotool key Return
focus "^Password$" >/dev/null
xdotool type --delay 20 "compare-pw-1234"; xdotool key Tab; xdotool type --delay 20 "compare-pw-1234"
xdotool key Return; sleep 3
hints=$(xdotool search --onlyvisible --pid "$otpclient_pid" | head -n 1)
xdotool windowfocus --sync "$hints" 2>/dev/null || true
xdotool key Return; sleep 2                               # the first-run hints: OK
window=$(focus "^OTPClient$")
click "$window" 648 73 0.5                                # the keyring hint: OK
click "$window" 548 26 1                                  # the menu
click "$window" 495 77 1                                  # Import
click "$window" 537 155 2                                 # FreeOTP+ (key URI)
cp "$work/links.txt" "$HOME/links.txt"                    # a short path: the chooser completes as it is typed
chooser=$(xdotool search --onlyvisible --pid "$otpclient_pid" | grep -v "^$window$" | tail -n 1)
xdotool windowfocus --sync "$chooser" 2>/dev/null || true
xdotool key ctrl+l; sleep 0.3
xdotool key ctrl+a BackSpace; xdotool type --delay 60 "~/links.txt"; sleep 1
xdotool key Return; sleep 1
# A completion list that took the first Return leaves the chooser open: Return once more.
if xdotool search --onlyvisible --pid "$otpclient_pid" | grep -qx "$chooser"; then xdotool key Return; fi
sleep 3
xdotool windowsize --sync "$window" "$width" "$height" 2>/dev/null || true
xdotool windowraise "$window"
click "$window" 126 88 1                                  # OTPClient shows a code once its row is clicked
import -window "$window" "$work/otpclient.png"

montage -font DejaVu-Sans -pointsize 15 -geometry +12+12 -background '#e8eaed' \
    -label Tessera "$work/tessera.png" -label "OTPClient $(dpkg-query -W -f='${Version}' otpclient)" "$work/otpclient.png" \
    -label "KeePassXC $(dpkg-query -W -f='${Version}' keepassxc)" "$work/keepassxc.png" "$out"
echo "$out"
