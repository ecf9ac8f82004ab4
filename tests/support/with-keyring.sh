#!/bin/sh
# Runs a command with a fresh, unlocked gnome-keyring (Secret Service) in the current D-Bus session.
# Used as: dbus-run-session -- sh with-keyring.sh COMMAND...
# The keyring lives in a throw-away data folder, so no keyring of the user's is read or changed.
set -e
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME="$data"
printf 'tessera-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
"$@"
