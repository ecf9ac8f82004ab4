#!/usr/bin/env bash
# Builds Tessera-<version>-x86_64.AppImage: one file that runs on most Linux desktops without installing.
# Build on the oldest distribution you want to support (the AppImage carries Qt but uses the system's
# glibc); Debian 12 works. Needs network access to fetch linuxdeploy and its Qt and GStreamer plugins.
#   packaging/appimage/build-appimage.sh [BUILD_DIR]     (default: build-appimage)
# Not run on the project's machines (they cannot fetch from GitHub); see docs/INSTALL.md.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build-appimage}
tools=$build/tools
appdir=$build/AppDir
id=io.github.tessera_authenticator.Tessera
arch=$(uname -m)

"$src/scripts/install-deps.sh" build runtime
# linuxdeploy's Qt plugin runs qmlimportscanner; its GStreamer plugin copies the camera's plugins.
apt_tools=(qt6-declarative-dev-tools patchelf file gstreamer1.0-plugins-base gstreamer1.0-plugins-good wget)
missing=$(dpkg-query -W -f='${Status} ${Package}\n' "${apt_tools[@]}" 2>&1 | grep -v '^install ok installed' || true)
[ -z "$missing" ] || { echo "install first: ${apt_tools[*]}"; exit 1; }

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DTESSERA_BUILD_TESTS=OFF -DTESSERA_BUILD_BENCH=OFF
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build"

mkdir -p "$tools"
fetch() { [ -x "$tools/$1" ] || { wget -q -O "$tools/$1" "$2"; chmod +x "$tools/$1"; }; }
base=https://github.com/linuxdeploy
fetch linuxdeploy "$base/linuxdeploy/releases/download/continuous/linuxdeploy-$arch.AppImage"
fetch linuxdeploy-plugin-qt "$base/linuxdeploy-plugin-qt/releases/download/continuous/linuxdeploy-plugin-qt-$arch.AppImage"
fetch linuxdeploy-plugin-gstreamer.sh \
    "https://raw.githubusercontent.com/linuxdeploy/linuxdeploy-plugin-gstreamer/master/linuxdeploy-plugin-gstreamer.sh"

export PATH=$tools:$PATH
export QMAKE=/usr/lib/qt6/bin/qmake
export QML_SOURCES_PATHS=$src/qml                    # the QML imports to bundle (qmlimportscanner)
# Wayland windows as well as X11 (the plugin's documented way to bundle Qt's Wayland client), and Qt
# SVG: the app does not link it, but its image plugin draws every symbolic and service icon.
export EXTRA_QT_MODULES="waylandcompositor;svg"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqwayland-egl.so"
export GSTREAMER_PLUGINS_DIR=/usr/lib/$arch-linux-gnu/gstreamer-1.0
version=$(grep -m1 -oP 'VERSION \K[0-9.]+' "$src/CMakeLists.txt")
export LDAI_OUTPUT="$build/Tessera-$version-$arch.AppImage"
# The AppImage is found again by its own path for "start at login" ($APPIMAGE; qml/desktop/autostart_common.cpp).
linuxdeploy --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/$id.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$id.png" \
    --deploy-deps-only "$appdir/usr/libexec/tessera" \
    --plugin qt --plugin gstreamer --output appimage
echo "built $LDAI_OUTPUT"
