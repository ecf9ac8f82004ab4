#!/usr/bin/env bash
# Another local user against the hand-over channel (docs/SECURITY.md, "Local channel"). Runs as root and
# plays two real uids with setpriv: the victim, who starts Tessera with an otpauth:// link holding a
# secret, and an attacker, who listens first wherever the victim's channel could be guessed (the old
# /tmp/tessera-<hash> name, and the folder the victim would use without $XDG_RUNTIME_DIR). Root, a third
# user who can enter every folder, checks that each end still refuses a peer of another user.
# The same holds for the "cli" channel that tessera-cli reads codes through (section 4), and the
# "browser" channel the browser extension's host relays through (section 5).
#   test_channel_other_user.sh TESSERA_BINARY TESSERA_CLI TESSERA_BROWSER_HOST
set -euo pipefail
tessera=$1 cli=$2 browser_host=$3
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3 # the system one: other uids cannot reach an interpreter under /root
[ -x "$python" ] || { echo "SKIP: $python is missing"; exit 77; }
peer="$python $here/channel_peer.py"
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root to act as two users with setpriv"; exit 77; }
command -v setpriv >/dev/null || { echo "SKIP: setpriv is missing"; exit 77; }

victim=23401 attacker=23402
work=$(mktemp -d /tmp/tch.XXXXXX) # short: a socket path has at most 104 bytes
chmod 755 "$work"
pids=()
cleanup() {
    pkill -KILL -u "$victim" 2>/dev/null || true
    pkill -KILL -u "$attacker" 2>/dev/null || true
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work" "/tmp/tessera-$victim"
}
trap cleanup EXIT
fails=0
check() { # check DESCRIPTION COMMAND...
    if "${@:2}"; then echo "ok: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi
}
# Runs a command as another uid; `exec`, so that a background `as … &` is the process itself ($!).
as() { local uid=$1; shift; exec setpriv --reuid="$uid" --regid="$uid" --clear-groups -- "$@"; }

home=$work/victim-home
mkdir -p "$home" "$work/attacker"
chown "$victim:$victim" "$home"
chown "$attacker:$attacker" "$work/attacker"
vault=$home/vault.tessera
link='otpauth://totp/Bank:me?secret=JBSWY3DPEHPK3PXPVICTIMSECRET&issuer=Bank'
key_hash=$(printf '%s\n%s' "$home" "$vault" | sha256sum | cut -c1-16)

# Starts the victim's Tessera in the background with the link; $! is its pid.
start_victim() { # start_victim LOG [ENV...]
    local log=$1; shift
    as "$victim" env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$@" \
        "$tessera" --vault "$vault" "$link" >"$log" 2>&1 &
}
still_running() { sleep "$2"; kill -0 "$1" 2>/dev/null; }
nothing_in() { [ ! -s "$1" ]; }

# --- 1. No $XDG_RUNTIME_DIR: the attacker made the victim's fallback folder first and listens in it,
#        and at the old name in /tmp.
mkdir -m 0777 "/tmp/tessera-$victim"
chown "$attacker:$attacker" "/tmp/tessera-$victim"
: >"$work/attacker/got"; chmod 666 "$work/attacker/got"
as "$attacker" $peer listen "/tmp/tessera-$victim/instance-$key_hash" "$work/attacker/got" & pids+=($!)
as "$attacker" $peer listen "/tmp/tessera-$key_hash" "$work/attacker/got" & pids+=($!)
for _ in $(seq 50); do [ -S "/tmp/tessera-$victim/instance-$key_hash" ] && [ -S "/tmp/tessera-$key_hash" ] && break; sleep 0.1; done
# The traps work: a naive client (no peer check) hands them its request.
check "the attacker's listeners take what they are given" \
    test "$(as "$attacker" $peer send "/tmp/tessera-$key_hash" probe)" = accepted
# The listener writes what it got once the client has gone; wait for it before emptying the file, or the
# probe lands after and is taken for the victim's.
for _ in $(seq 50); do [ -s "$work/attacker/got" ] && break; sleep 0.1; done
: >"$work/attacker/got"
start_victim "$work/run1.log"; v1=$!; pids+=($v1)
check "the victim's Tessera starts on its own when its fallback folder belongs to another user" still_running $v1 4
check "the victim is told that it runs without a channel" grep -q "No private channel" "$work/run1.log"
check "the attacker received nothing" nothing_in "$work/attacker/got"
kill $v1; wait $v1 2>/dev/null || true

# --- 2. With a private $XDG_RUNTIME_DIR the attacker's listeners are never asked; a second launch of
#        the victim reaches the first.
runtime=$work/runtime-$victim
mkdir -m 0700 "$runtime"; chown "$victim:$victim" "$runtime"
start_victim "$work/run2.log" XDG_RUNTIME_DIR="$runtime"; v2=$!; pids+=($v2)
channel=$runtime/tessera/instance-$key_hash
for _ in $(seq 50); do [ -S "$channel" ] && break; sleep 0.2; done
check "the victim's channel is a socket in its own runtime folder" test -S "$channel"
check "that folder is 0700 and the victim's" test "$(stat -c '%a %u' "$runtime/tessera")" = "700 $victim"
check "the victim's window stays up" still_running $v2 1
check "the attacker received nothing" nothing_in "$work/attacker/got"
# The attacker cannot even reach the socket.
check "the attacker cannot connect" test "$(as "$attacker" $peer send "$channel" x)" = refused
# Root can enter the folder, but is another user: the running Tessera refuses its hand-over.
check "a peer of another user (root) is refused by the running Tessera" \
    test "$(timeout 10 $peer send "$channel" otpauth://totp/Evil:x?secret=JBSWY3DPEHPK3PXP)" = refused
check "the running Tessera says it refused a peer" grep -q "refused a hand-over" "$work/run2.log"
# The victim's own second launch hands over and exits at once.
check "the victim's second launch hands over to the first" \
    timeout 20 setpriv --reuid=$victim --regid=$victim --clear-groups -- env -i PATH=/usr/bin:/bin HOME="$home" \
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" "$tessera" --vault "$vault" "$link"
kill $v2; wait $v2 2>/dev/null || true

# --- 3. A listener of another user (root) sits at the victim's own channel name: the victim sends it
#        nothing and starts its own window.
rm -f "$channel"
: >"$work/root-got"
$peer listen "$channel" "$work/root-got" & pids+=($!)
for _ in $(seq 50); do [ -S "$channel" ] && break; sleep 0.1; done
check "root's listener sits at the victim's channel name" test -S "$channel"
start_victim "$work/run3.log" XDG_RUNTIME_DIR="$runtime"; v3=$!; pids+=($v3)
check "the victim starts its own window instead of handing over to another user's listener" still_running $v3 4
check "the foreign listener received nothing" nothing_in "$work/root-got"
check "the victim's secret reached no attacker's file" bash -c "! grep -rqa VICTIMSECRET '$work/attacker' '$work/root-got'"

kill $v3; wait $v3 2>/dev/null || true

# --- 4. tessera-cli through the victim's unlocked Tessera, set to answer without asking: other users
#        get nothing, and the victim's CLI gives nothing to a listener of another user.
password='victim password for the channel test'
as_victim() { setpriv --reuid=$victim --regid=$victim --clear-groups -- env -i PATH=/usr/bin:/bin HOME="$home" \
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" LC_ALL=C.UTF-8 "$@"; }
echo "$password" | as_victim "$cli" init --vault "$vault" --kdf interactive --password-stdin >/dev/null 2>&1 || true
echo "$password" | as_victim "$cli" add --vault "$vault" --password-stdin --uri "$link" >/dev/null
mkdir -p "$home/.config/io.github.tessera_authenticator.Tessera"
printf '[security]\ncliAccess=1\n[time]\nservers=no-such-host.invalid\nhttpsUrl=\n' \
    >"$home/.config/io.github.tessera_authenticator.Tessera/Tessera.conf"
chown -R "$victim:$victim" "$home/.config"
rm -f "$channel"
echo "$password" | as_victim "$tessera" --vault "$vault" --password-stdin >"$work/run4.log" 2>&1 & v4=$!; pids+=($v4)
cli_channel=$runtime/tessera/cli-$key_hash
for _ in $(seq 50); do [ -S "$cli_channel" ] && break; sleep 0.2; done
sleep 2 # the unlock
check "the victim's cli channel is a socket in its own runtime folder" test -S "$cli_channel"
check "the victim's own tessera-cli gets the code from the app, with no password" \
    bash -c "[ \"\$(setpriv --reuid=$victim --regid=$victim --clear-groups -- env -i PATH=/usr/bin:/bin HOME='$home' \
        XDG_RUNTIME_DIR='$runtime' '$cli' code bank --vault '$vault' </dev/null 2>/dev/null | wc -c)\" = 7 ]"
check "the attacker cannot reach the cli channel" test "$(as "$attacker" $peer ask "$cli_channel" bank)" = refused
check "a well-formed request of another user (root) gets no answer" \
    test "$(timeout 10 $peer ask "$cli_channel" bank)" = refused
check "the running Tessera says it refused a tessera-cli peer" grep -q "refused a tessera-cli request" "$work/run4.log"

# --- 5. The browser extension's channel of the same Tessera: other users cannot ask to pair.
browser_channel=$runtime/tessera/browser-$key_hash
check "the victim's browser channel is a socket in its own runtime folder" test -S "$browser_channel"
check "the attacker cannot reach the browser channel" test "$(as "$attacker" $peer hello "$browser_channel")" = refused
check "a well-formed hello of another user (root) gets no answer" test "$(timeout 10 $peer hello "$browser_channel")" = refused
check "the running Tessera says it refused a browser peer" grep -q "refused a browser request from a process of another user" "$work/run4.log"
kill $v4; wait $v4 2>/dev/null || true
# A listener of root at the victim's browser channel: the victim's browser host relays nothing to it
# and tells the extension that Tessera is absent.
: >"$work/root-browser-got"
rm -f "$browser_channel"
$peer listen "$browser_channel" "$work/root-browser-got" & pids+=($!)
for _ in $(seq 50); do [ -S "$browser_channel" ] && break; sleep 0.1; done
$python - "$work/hello.frame" <<'PY'
import base64, json, os, struct, sys
body = json.dumps({"v": 1, "id": "h2", "type": "hello", "browser": "Chromium",
                   "key": base64.b64encode(os.urandom(32)).decode()}).encode()
open(sys.argv[1], "wb").write(struct.pack("=I", len(body)) + body)
PY
chmod 644 "$work/hello.frame"
as_victim TESSERA_VAULT="$vault" timeout 20 "$browser_host" <"$work/hello.frame" >"$work/host5.out" 2>/dev/null || true
check "the victim's browser host answers absent to its browser" grep -q '"type":"absent"' "$work/host5.out"
check "the listener of another user received nothing from the browser host" nothing_in "$work/root-browser-got"
# A listener of root at the victim's cli channel: the victim's CLI sends it nothing and uses the file.
: >"$work/root-cli-got"
rm -f "$cli_channel"
$peer listen "$cli_channel" "$work/root-cli-got" & pids+=($!)
for _ in $(seq 50); do [ -S "$cli_channel" ] && break; sleep 0.1; done
as_victim "$cli" code bank --vault "$vault" </dev/null >"$work/cli4.out" 2>"$work/cli4.err" || true
check "the victim's tessera-cli refuses another user's listener" grep -q "another user" "$work/cli4.err"
check "that listener received no request" nothing_in "$work/root-cli-got"

[ "$fails" -eq 0 ] && echo "all channel checks passed" || { echo "$fails channel checks failed"; exit 1; }
