#!/usr/bin/env bash
# Runs a command with a small file system of its own: a 2 MiB tmpfs at $TESSERA_SMALL_DISK, also its
# TMPDIR, in a private mount namespace (as root, or as a user through a user namespace), so the mount
# is invisible to the rest of the machine and gone when the command ends. Inside, the command may
# remount it read-only (it is root there). Exit 77 (skipped) where the kernel or a container forbids it.
set -euo pipefail
if [ "${1:-}" != --inside ]; then
    if unshare --mount --propagation private true 2>/dev/null; then
        exec unshare --mount --propagation private "$0" --inside "$@"
    elif unshare --user --map-root-user --mount --propagation private true 2>/dev/null; then
        exec unshare --user --map-root-user --mount --propagation private "$0" --inside "$@"
    fi
    echo "with-small-disk.sh: this machine allows no private mount namespace; the disk tests are skipped" >&2
    exit 77
fi
shift
disk=$(mktemp -d)
mount -t tmpfs -o size=2m,mode=0700 tessera-small-disk "$disk"
export TESSERA_SMALL_DISK=$disk TMPDIR=$disk
status=0
"$@" || status=$?
umount "$disk" && rmdir "$disk"
exit "$status"
