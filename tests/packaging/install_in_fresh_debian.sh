#!/usr/bin/env bash
# The package as a user meets it: a bare Debian 12 (debootstrap minbase), `apt-get install ./tessera_*.deb`
# with recommends off (so Depends alone must be complete), then tessera-cli --version, the GUI smoke test
# and a start on Wayland, all from the installed files inside that system. Xvfb, xdotool and Weston run
# outside; the chroot shares /tmp, so the display sockets and the test's files have the same paths.
# Usage: install_in_fresh_debian.sh BUILD_DIR SOURCE_DIR   (as root; the base system is cached in BUILD_DIR)
set -euo pipefail
build=$1 src=$2
[ "$(id -u)" -eq 0 ] || { echo "needs root (debootstrap, chroot)"; exit 77; }
command -v debootstrap >/dev/null || { echo "needs debootstrap (packaging/debian/test-deps.txt)"; exit 1; }

cache=$build/packaging-cache
base=$cache/bookworm-minbase.tar
mirror=${TESSERA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$(mktemp -d /var/tmp/tessera-fresh.XXXXXX)
work=$(mktemp -d)
cleanup() {
    for m in tmp dev/pts dev proc; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
    # Only after every mount is gone, and never across into another file system.
    if ! grep -q " $root/" /proc/mounts; then rm -rf --one-file-system "$root"; fi
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$cache"
if [ ! -s "$base" ]; then
    echo "debootstrap bookworm (minbase) from $mirror; cached in $base"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; exit 1; }
    tar -C "$root" -cf "$base.part" . && mv "$base.part" "$base"
else
    tar -C "$root" -xf "$base"
fi

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/tessera_*.deb)

mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --bind /tmp "$root/tmp"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A user's system gets security fixes and updates too.
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES

in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
in_root apt-get -o APT::Sandbox::User=root -qq update
in_root env DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { tail -30 "$work/apt.log"; exit 1; }

version=$(in_root tessera-cli --version)
[ "$version" = "tessera-cli $(dpkg-deb -f "$deb" Version)" ] || { echo "tessera-cli --version says '$version'"; exit 1; }
id=io.github.tessera_authenticator.Tessera
for f in usr/share/applications/$id.desktop usr/share/icons/hicolor/256x256/apps/$id.png usr/share/metainfo/$id.metainfo.xml; do
    [ -s "$root/$f" ] || { echo "/$f is missing after the install"; exit 1; }
done
# The icon theme cache (the launcher finds the icon through it) was refreshed by the package's trigger,
# where the system has the cache tool.
if [ -x "$root/usr/bin/gtk-update-icon-cache" ]; then
    [ "$root/usr/share/icons/hicolor/icon-theme.cache" -nt "$deb" ] || echo "note: the hicolor icon cache was not refreshed"
fi

# The GUI smoke test, with the installed programs.
cat >"$work/tessera" <<RUN
#!/bin/sh
exec chroot "$root" /usr/bin/tessera "\$@"
RUN
cat >"$work/tessera-cli" <<RUN
#!/bin/sh
exec chroot "$root" /usr/bin/tessera-cli "\$@"
RUN
chmod +x "$work/tessera" "$work/tessera-cli"
bash "$src/tests/e2e/gui_smoke.sh" "$work/tessera" "$work/tessera-cli" "$build/tests/fresh_debian_smoke.png"

# Wayland (GNOME's default on Debian 12): a headless Weston outside, the installed app inside, which must
# load Qt's Wayland plugin (qt6-wayland in Depends) and stay up. Headless Weston has no seat, and Qt 6.4's
# Wayland text-input crashes without one, so the compose input method stands in (a real desktop has a seat).
if command -v weston >/dev/null; then
    wl=$work/wayland
    mkdir -m 700 "$wl"
    XDG_RUNTIME_DIR=$wl weston --backend=headless-backend.so --socket=wayland-tessera --idle-time=0 >"$wl/weston.log" 2>&1 &
    weston_pid=$!
    for _ in $(seq 50); do [ -S "$wl/wayland-tessera" ] && break; sleep 0.1; done
    [ -S "$wl/wayland-tessera" ] || { cat "$wl/weston.log"; kill "$weston_pid"; exit 1; }
    echo 'correct horse battery staple' | "$work/tessera-cli" init --vault "$wl/v.tessera" --kdf interactive --password-stdin >/dev/null
    echo 'correct horse battery staple' | XDG_RUNTIME_DIR=$wl WAYLAND_DISPLAY=wayland-tessera QT_QPA_PLATFORM=wayland QT_IM_MODULE=compose \
        XDG_CONFIG_HOME=$wl/config XDG_DATA_HOME=$wl/data "$work/tessera" --vault "$wl/v.tessera" --password-stdin \
        >"$wl/app.log" 2>&1 &
    app=$!
    sleep 5
    if ! kill -0 "$app" 2>/dev/null; then
        status=0; wait "$app" || status=$?
        kill "$weston_pid"
        echo "on Wayland the installed app ended with status $status:"; cat "$wl/app.log"; exit 1
    fi
    kill "$app" "$weston_pid"; wait "$app" "$weston_pid" 2>/dev/null || true
    echo "the installed app runs on Wayland"
fi
echo "installed $(basename "$deb") into a fresh Debian 12 and ran it"
