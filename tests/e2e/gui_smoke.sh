#!/usr/bin/env bash
# A real window under Xvfb: unlock a vault from stdin, find the window, check its title, type into the
# search with the keyboard, take a screenshot and check it is not blank.
# Usage: gui_smoke.sh TESSERA TESSERA_CLI SCREENSHOT
set -euo pipefail
app_bin=$1 cli=$2 shot=$3
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=:$((200 + $$ % 500))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# The time check at start runs too, against a name that cannot resolve (no network here): it must
# fail quietly in the background while the window works. The setting is written where version 0.1 kept
# settings, so the start also moves it to the store named by the app id.
mkdir -p "$XDG_CONFIG_HOME/Tessera"
printf '[time]\nservers=no-such-host.invalid\nhttpsUrl=\n' >"$XDG_CONFIG_HOME/Tessera/tessera.conf"
settings=$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf

vault=$work/v.tessera
echo 'correct horse battery staple' | "$cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null
echo 'correct horse battery staple' | "$cli" add --vault "$vault" --password-stdin --uri 'otpauth://totp/Gcore:me@example.com?secret=JBSWY3DPEHPK3PXP' >/dev/null
echo 'correct horse battery staple' | "$cli" add --vault "$vault" --password-stdin --uri 'otpauth://totp/Kaspersky:anna?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ' >/dev/null

echo 'correct horse battery staple' | "$app_bin" --vault "$vault" --password-stdin >"$work/app.log" 2>&1 &
app=$!
pids+=($app)
window=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" | head -n 1)
[ -n "$window" ] || { echo "no window appeared"; cat "$work/app.log"; exit 1; }
for _ in $(seq 100); do
    [ "$(xdotool getwindowname "$window")" = "Tessera" ] && break
    sleep 0.1
done
title=$(xdotool getwindowname "$window")
grep -q 'no-such-host.invalid' "$settings" 2>/dev/null || { echo "the old settings were not moved to $settings"; exit 1; }
[ ! -e "$XDG_CONFIG_HOME/Tessera" ] || { echo "the old settings folder is still there"; exit 1; }
[ "$title" = "Tessera" ] || { echo "window title is '$title', expected the unlocked 'Tessera'"; cat "$work/app.log"; exit 1; }

# Keyboard: just start typing to search.
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
xdotool type --delay 50 kas
sleep 0.5
import -window "$window" "$shot"
[ -s "$shot" ] || { echo "no screenshot"; exit 1; }
spread=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || { echo "the window looks blank (deviation $spread)"; exit 1; }
kill -0 "$app" || { echo "the app died"; cat "$work/app.log"; exit 1; }

# A second launch raises the first window and exits at once.
timeout 10 "$app_bin" --vault "$vault" >"$work/second.log" 2>&1 || { echo "the second launch did not exit cleanly"; exit 1; }
kill -0 "$app" || { echo "the first instance died when the second started"; exit 1; }
[ "$(xdotool search --onlyvisible --name '^Tessera' | wc -l)" -eq 1 ] || { echo "two Tessera windows are open"; exit 1; }

# Ctrl+L locks: the title says so ("Locked — Tessera").
xdotool key ctrl+l
for _ in $(seq 50); do [ "$(xdotool getwindowname "$window")" != "Tessera" ] && break; sleep 0.1; done
case "$(xdotool getwindowname "$window")" in Locked*) ;; *) echo "Ctrl+L did not lock"; exit 1 ;; esac

# The start at login: --minimized shows no window (no tray under Xvfb, so it is minimised); opening
# Tessera again brings the window up.
kill "$app"; wait "$app" 2>/dev/null || true
echo 'correct horse battery staple' | "$app_bin" --vault "$vault" --password-stdin --minimized >"$work/min.log" 2>&1 &
app=$!
pids+=($app)
sleep 3
kill -0 "$app" || { echo "the minimised start died"; cat "$work/min.log"; exit 1; }
# Xvfb has no window manager to honour "iconic", so a window may be mapped; it must have asked to start
# iconified (WM_HINTS), which every window manager honours.
for w in $(xdotool search --onlyvisible --pid "$app" 2>/dev/null); do
    xprop -id "$w" WM_HINTS | grep -q 'Initial state is Iconic' || { echo "--minimized showed the window"; exit 1; }
done
timeout 10 "$app_bin" --vault "$vault" >"$work/second.log" 2>&1 || { echo "the second launch did not exit cleanly"; exit 1; }
window=$(timeout 10 xdotool search --sync --onlyvisible --pid "$app" | head -n 1)
[ -n "$window" ] || { echo "opening Tessera again did not show the minimised window"; exit 1; }
echo "1 passed, 0 failed"
