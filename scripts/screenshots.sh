#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ from the real app under Xvfb, driven with the keyboard
# and the mouse as a user would. Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-ci}
out=$top/docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
display=:$((600 + $$ % 300))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
export LANG=en_US.UTF-8 LC_ALL= LANGUAGE= # English, with its plural forms (resources/i18n/tessera_en.ts)
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
cli=$build/bin/tessera-cli
vault=$work/v.tessera
echo 'correct horse battery staple' | "$cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null
while read -r link; do
    echo 'correct horse battery staple' | "$cli" add --vault "$vault" --password-stdin --uri "$link" >/dev/null
done <<'LINKS'
otpauth://totp/Gcore:anna@example.com?secret=JBSWY3DPEHPK3PXP
otpauth://totp/Kaspersky:anna.k@example.org?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ
otpauth://totp/MyKerio:admin@mail.example.net?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&digits=8
otpauth://hotp/Issuu:james?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&counter=1
otpauth://totp/GitHub:anna-dev?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA
otpauth://steam/Steam:gamer42?secret=JRZCL47CMXVOQMNPZR2F7J4RGI
LINKS
echo 'correct horse battery staple' | "$cli" recovery add --vault "$vault" --password-stdin gcore "2938-1123" "8812-4410" "1902-5531" >/dev/null
echo 'correct horse battery staple' | "$cli" sites add --vault "$vault" --password-stdin gcore gcore.com >/dev/null

# No time check at start for the first pictures: this machine may have no network.
mkdir -p "$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera"
printf '[time]\nsyncAtStart=false\n' >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"

app=""
start() { # start [--password-stdin [PICTURE...]]; waits for the window
    if [ "${1:-}" = "--password-stdin" ]; then
        shift
        echo 'correct horse battery staple' | "$build/bin/tessera" --vault "$vault" --password-stdin "$@" >>"$work/app.log" 2>&1 &
    else
        "$build/bin/tessera" --vault "${VAULT:-$vault}" >>"$work/app.log" 2>&1 &
    fi
    app=$!
    pids+=($app)
    window=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" | head -n 1)
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
    sleep 1.5
}
stop() { kill "$app"; wait "$app" 2>/dev/null || true; }
shot() { sleep 0.8; import -window "$window" "$out/$1.png"; echo "docs/screenshots/$1.png"; }
ready() { for _ in $(seq 100); do [ "$(xdotool getwindowname "$window")" = "Tessera" ] && break; sleep 0.1; done; sleep 1; }

# The first run with a common password typed: the strength meter says why it is refused.
VAULT=$work/new.tessera start; sleep 1
xdotool mousemove --window "$window" 200 145 click 1; xdotool type --delay 30 "password1234"; sleep 0.5; shot first-run; stop
start; shot unlock; stop
start --password-stdin; ready; shot list
# A wide window: cards in columns, each at a reading width. Back to the usual size after (it is remembered).
size=$(xdotool getwindowgeometry "$window" | awk '/Geometry/ {print $2}')
xdotool windowsize --sync "$window" 1400 720; sleep 0.8; shot wide
xdotool windowsize --sync "$window" "${size%x*}" "${size#*x}"; sleep 0.5
xdotool key ctrl+n; sleep 0.6
xdotool type --delay 30 "Gcore"; xdotool key Tab; xdotool type --delay 30 "anna@example.com"; xdotool key Tab
xdotool type --delay 30 "JBSW Y3D1 EHPK"; shot add
xdotool key Escape; sleep 0.6
xdotool key F2; sleep 0.8; shot details
xdotool key Escape; sleep 0.6
xdotool key ctrl+comma; shot settings
# A sync tool leaves the vault half-written while the app runs: the list stays, and says why saving waits.
xdotool key Escape; sleep 0.6
cp "$vault" "$work/whole.tessera"
head -c 100 "$work/whole.tessera" >"$vault"
sleep 1.5; shot outside-change
cp "$work/whole.tessera" "$vault"
# Another computer added an account while apart; its sync tool left its version as a conflict copy.
sleep 1.5; xdotool key Escape
cp "$vault" "$work/laptop.tessera"
echo 'correct horse battery staple' | "$cli" add --vault "$work/laptop.tessera" --password-stdin --issuer Proton \
    --name anna --secret KUVJJOM753IHTNDSZVCNKL7GII >/dev/null
base=$(basename "$vault" .tessera)
cp "$work/laptop.tessera" "$(dirname "$vault")/$base.sync-conflict-20261202-101500-ABCDEFG.tessera"
sleep 1.5; shot sync-arrived
# The other computer changed its password too: its copy waits for that password (Merge…).
# (In a folder of its own: a password change re-encrypts the copies of the vault beside it.)
mkdir -p "$work/laptop"; mv "$work/laptop.tessera" "$work/laptop/$base.tessera"
printf 'correct horse battery staple\nthe laptop passphrase of anna\n' |
    "$cli" passwd --vault "$work/laptop/$base.tessera" --kdf interactive --password-stdin >/dev/null
cp "$work/laptop/$base.tessera" "$(dirname "$vault")/$base 2.tessera"
sleep 1.5; xdotool key Escape; sleep 0.3; shot sync-waiting
# Settings scrolled to backups and several computers.
xdotool key ctrl+comma; sleep 0.6
geometry=$(xdotool getwindowgeometry "$window" | awk '/Geometry/ {print $2}')
xdotool mousemove --window "$window" $((${geometry%x*} / 2)) $((${geometry#*x} / 2)) click --repeat 2 --delay 40 5
shot settings-sync
stop

# Scan: the first of two Google Authenticator transfer codes from a phone with ten accounts, opened
# with Tessera ("Open with"); one of them is already in the vault. Then the export to a phone.
phone=$work/phone.tessera
echo 'correct horse battery staple' | "$cli" init --vault "$phone" --kdf interactive --password-stdin >/dev/null
for account in Gcore:anna@example.com:JBSWY3DPEHPK3PXP GitHub:anna-dev:7ELGJSGXNCCTV3O6LKJWYFV2RA \
    Dropbox:anna@example.com:GEZDGNBVGY3TQOJQGEZDGNBV Proton:anna:KUVJJOM753IHTNDSZVCNKL7GII \
    Mastodon:anna:5VAML3X35THCEBVRLV24CGBKOY Fastmail:anna:BMGRXPGFARQQF4GMT25JATL2VYLAHDBI \
    Hetzner:anna:4SJHB4GSD43FZBAI7C2HLRJGPQ Bitwarden:anna:5OM4WOOGPLQEF6UGN3CPEOOLWU \
    Reddit:anna_k:YOOMIXWS5GN6RTBPUFFWKTW5M4 Discord:anna:JRZCL47CMXVOQMNPZR2F7J4RGI; do
    IFS=: read -r issuer name secret <<<"$account"
    echo 'correct horse battery staple' | "$cli" add --vault "$phone" --password-stdin --issuer "$issuer" --name "$name" --secret "$secret" >/dev/null
done
echo 'correct horse battery staple' | "$cli" export --vault "$phone" --password-stdin --format google-migration-qr --output "$work/codes" >/dev/null
start --password-stdin "$work/codes/tessera-transfer-1-of-2.png"; ready; sleep 1; shot scan
xdotool key Escape; sleep 0.6
xdotool key ctrl+shift+e; sleep 0.8; shot export-warning
xdotool key Return; sleep 0.8; shot export
stop

# Import: the phone's accounts as an encrypted Aegis export, opened with Tessera ("Open with"); three of
# them are already in the vault. Then the page that backs up or exports to a file.
printf 'correct horse battery staple\naegis pw\n' | "$cli" export --vault "$phone" --password-stdin --format aegis --output "$work/aegis-export.json" \
    --export-password-file - >/dev/null
start --password-stdin "$work/aegis-export.json"; ready; sleep 0.5
xdotool type --delay 30 "aegis pw"; xdotool key Return; sleep 2; shot import
xdotool key Escape; sleep 0.6
xdotool key ctrl+shift+s; sleep 0.8; shot backup
stop

# Settings → Time and the clock warning, against a local NTP server whose clock runs 90 s ahead
# (../shared/RECIPES.md): to Tessera this computer's clock is 90 s behind.
ntp_port=$((20000 + $$ % 20000))
printf 'port %s\nbindaddress 127.0.0.1\nlocal stratum 1\nallow 127.0.0.1\ncmdport 0\nbindcmdaddress /\npidfile %s\ndriftfile %s\n' \
    "$ntp_port" "$work/chronyd.pid" "$work/chrony.drift" >"$work/chrony.conf"
faketime -f '+90s' chronyd -f "$work/chrony.conf" -x -L 0 -l "$work/chronyd.log" $([ "$(id -u)" = 0 ] && echo "-u root" || echo "-U")
for _ in $(seq 50); do [ -s "$work/chronyd.pid" ] && break; sleep 0.1; done
pids+=("$(cat "$work/chronyd.pid")")
printf '[time]\nservers=127.0.0.1:%s\nhttpsUrl=\n' "$ntp_port" >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"
start --password-stdin; ready
xdotool key ctrl+comma; sleep 0.8
geometry=$(xdotool getwindowgeometry "$window" | awk '/Geometry/ {print $2}')
xdotool mousemove --window "$window" $((${geometry%x*} / 2)) $((${geometry#*x} / 2)) click --repeat 12 --delay 40 5
shot settings-time
stop
printf 'correctionEnabled=false\n' >>"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"
start --password-stdin; ready; shot clock-warning; stop

# A server a day ahead and no HTTPS source to confirm it (as a forged reply would claim): the window asks.
kill "$(cat "$work/chronyd.pid")"; sleep 0.5; rm -f "$work/chronyd.pid"
faketime -f '+86400s' chronyd -f "$work/chrony.conf" -x -L 0 -l "$work/chronyd.log" $([ "$(id -u)" = 0 ] && echo "-u root" || echo "-U")
for _ in $(seq 50); do [ -s "$work/chronyd.pid" ] && break; sleep 0.1; done
pids+=("$(cat "$work/chronyd.pid")")
printf '[time]\nservers=127.0.0.1:%s\nhttpsUrl=\n' "$ntp_port" >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"
sleep 1 # chronyd answers a moment after it starts
start --password-stdin; ready; sleep 2; shot clock-question; stop

printf '[appearance]\ntheme=2\n[time]\nsyncAtStart=false\n' >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"
start --password-stdin; ready; shot dark; stop
QT_SCALE_FACTOR=2 start --password-stdin; ready; shot scale-200; stop

# German: the settings page with every switch translated
printf '[time]\nsyncAtStart=false\n' >"$XDG_CONFIG_HOME/io.github.tessera_authenticator.Tessera/Tessera.conf"
LANGUAGE=de LANG=de_DE.UTF-8 start --password-stdin; ready; xdotool key ctrl+comma; shot settings-de; stop

# Russian, and French (the longest texts of the six languages): the list, the add page, and the
# settings at their top and scrolled down to the service icons and backups.
for locale in ru_RU fr_FR; do
    lang=${locale%_*}
    LANGUAGE=$lang LANG=$locale.UTF-8 start --password-stdin; ready
    shot "list-$lang"
    xdotool key ctrl+n; sleep 0.5; shot "add-$lang"; xdotool key Escape; sleep 0.5
    xdotool key ctrl+comma; shot "settings-$lang"
    geometry=$(xdotool getwindowgeometry "$window" | awk '/Geometry/ {print $2}')
    xdotool mousemove --window "$window" $((${geometry%x*} / 2)) $((${geometry#*x} / 2)) click --repeat 4 --delay 40 5
    shot "settings-icons-$lang"
    stop
done
