#!/usr/bin/env bash
# The quick picker on a real X server with no window manager: the global shortcut pressed with xdotool
# opens it, typing and Enter leave the right code on the clipboard (read with xclip) and give the
# keyboard back, Shift+Enter types the code into another program's text field, Esc closes, a second
# launch with --quick opens it in the running Tessera, and a locked vault asks for the password first.
# Usage: quick_picker.sh TESSERA TESSERA_CLI TYPE_TARGET
set -euo pipefail
app_bin=$1 cli=$2 target_bin=$3
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$work/app.log" ] && cat "$work/app.log"; exit 1; }

display=:$((200 + $$ % 500))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
mkdir -p "$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera"
printf '[time]\nservers=no-such-host.invalid\nhttpsUrl=\n' \
    >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"

password='correct horse battery staple'
gcore=JBSWY3DPEHPK3PXP kaspersky=4SJHB4GSD43FZBAI7C2HLRJGPQ
vault=$work/v.tessera
echo "$password" | "$cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null
echo "$password" | "$cli" add --vault "$vault" --password-stdin --uri "otpauth://totp/Gcore:me@example.com?secret=$gcore" >/dev/null
echo "$password" | "$cli" add --vault "$vault" --password-stdin --uri "otpauth://totp/Kaspersky:anna?secret=$kaspersky" >/dev/null

# The code of a secret now or in the last few seconds (the period may turn between copying and
# checking, and a loaded machine takes seconds between the two).
code_matches() { # SECRET VALUE
    local now earlier
    now=$("$cli" code --secret "$1") earlier=$(faketime -f -5s "$cli" code --secret "$1" 2>/dev/null || echo "$now")
    [ "$2" = "$now" ] || [ "$2" = "$earlier" ]
}
picker_shown() { xdotool search --onlyvisible --name '^Tessera quick picker$' >/dev/null 2>&1; }
wait_for() { # TENTHS COMMAND...
    local tenths=$1; shift
    for _ in $(seq "$tenths"); do "$@" && return 0; sleep 0.1; done
    return 1
}
clipboard() { xclip -o -selection clipboard 2>/dev/null || true; }
focused() { xdotool getwindowfocus 2>/dev/null || true; }

# Another program the user is working in: its window has the keyboard.
"$target_bin" "$work/typed.txt" &
pids+=($!)
target=$(timeout 20 xdotool search --sync --onlyvisible --name '^Type target$' | head -n 1)
[ -n "$target" ] || fail "the type target window did not appear"

echo "$password" | "$app_bin" --vault "$vault" --password-stdin --minimized >"$work/app.log" 2>&1 &
app=$!
pids+=($app)
sleep 2
kill -0 "$app" || fail "the app did not start"

# 1. The shortcut opens the picker from the other program; search, Enter copies and hands back the keyboard.
xdotool windowfocus --sync "$target"
wait_for 50 sh -c "xdotool key ctrl+alt+o; sleep 0.3; xdotool search --onlyvisible --name '^Tessera quick picker\$' >/dev/null" \
    || fail "Ctrl+Alt+O did not open the quick picker"
sleep 0.3
xdotool type --delay 40 kasp
sleep 0.3
xdotool key Return
wait_for 30 sh -c '! xdotool search --onlyvisible --name "^Tessera quick picker\$" >/dev/null 2>&1' \
    || fail "Enter did not close the picker"
copied=$(clipboard)
code_matches "$kaspersky" "$copied" || fail "the clipboard holds '$copied', not Kaspersky's code"
wait_for 20 sh -c "[ \"\$(xdotool getwindowfocus)\" = $target ]" || fail "the keyboard did not go back to the window the user came from"
echo "ok: shortcut, search, Enter copies Kaspersky's code ($copied), focus back"

# 2. Shift+Enter types the chosen code into the window the user came from.
xdotool key ctrl+alt+o
wait_for 30 picker_shown || fail "the picker did not open a second time"
sleep 0.3
xdotool type --delay 40 gco
sleep 0.3
xdotool key shift+Return
wait_for 50 sh -c "[ \"\$(wc -c <'$work/typed.txt' 2>/dev/null)\" = 6 ]" || fail "no code was typed into the other window ($(cat "$work/typed.txt" 2>/dev/null))"
typed=$(cat "$work/typed.txt")
code_matches "$gcore" "$typed" || fail "the other window got '$typed', not Gcore's code"
[ "$(clipboard)" = "$copied" ] || fail "typing changed the clipboard"
echo "ok: Shift+Enter typed Gcore's code ($typed) into the other window"

# 3. Esc closes and changes nothing; ↓ chooses the next account.
xdotool key ctrl+alt+o
wait_for 30 picker_shown || fail "the picker did not open a third time"
xdotool key Escape
wait_for 30 sh -c '! xdotool search --onlyvisible --name "^Tessera quick picker\$" >/dev/null 2>&1' || fail "Esc did not close the picker"
[ "$(clipboard)" = "$copied" ] || fail "Esc changed the clipboard"
# The first row, then the row below it: one of each account, whichever order "most used" gives.
xdotool key ctrl+alt+o
wait_for 30 picker_shown || fail "the picker did not open a fourth time"
sleep 0.3
xdotool key Return
sleep 0.5
top=$(clipboard)
xdotool key ctrl+alt+o
wait_for 30 picker_shown || fail "the picker did not open a fifth time"
sleep 0.3
xdotool key Down Return
sleep 0.5
below=$(clipboard)
{ code_matches "$gcore" "$top" && code_matches "$kaspersky" "$below"; } ||
    { code_matches "$kaspersky" "$top" && code_matches "$gcore" "$below"; } ||
    fail "Enter and Down+Enter copied '$top' and '$below', not one code of each account"
echo "ok: Esc closes without copying; arrows choose"

# 4. `tessera --quick` from a second launch opens the picker in the running Tessera, and exits.
timeout 10 "$app_bin" --vault "$vault" --quick >"$work/second.log" 2>&1 || fail "tessera --quick did not hand over and exit"
wait_for 30 picker_shown || fail "tessera --quick did not open the picker"
kill -0 "$app" || fail "the running Tessera died"
xdotool key Escape
echo "ok: tessera --quick opens the picker in the running app"

# 5. Locked: the picker asks for the password first, then works as before.
kill "$app"; wait "$app" 2>/dev/null || true
"$app_bin" --vault "$vault" --minimized >"$work/app.log" 2>&1 &
app=$!
pids+=($app)
sleep 2
xdotool windowfocus --sync "$target"
wait_for 50 sh -c "xdotool key ctrl+alt+o; sleep 0.3; xdotool search --onlyvisible --name '^Tessera quick picker\$' >/dev/null" \
    || fail "the shortcut did not open the picker over a locked vault"
sleep 0.3
xdotool type --delay 20 "$password"
xdotool key Return
sleep 3 # Argon2id (interactive)
xdotool type --delay 40 gcore
sleep 0.3
xdotool key Return
wait_for 30 sh -c '! xdotool search --onlyvisible --name "^Tessera quick picker\$" >/dev/null 2>&1' || fail "the picker did not close after unlocking and Enter"
copied=$(clipboard)
code_matches "$gcore" "$copied" || fail "after unlocking, the clipboard holds '$copied', not Gcore's code"
echo "ok: a locked vault is unlocked in the picker, then Enter copies ($copied)"
echo "quick picker: all checks passed"
