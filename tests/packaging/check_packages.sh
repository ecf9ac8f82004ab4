#!/usr/bin/env bash
# Builds the .deb (and the .rpm where rpmbuild exists) from the build tree and checks what a user gets:
# both binaries, the desktop entry and AppStream data valid and naming the same app id, the icon in every
# size, man pages that render without warnings, shell completions that parse and complete, and Depends
# that hold everything Qt loads at run time (packaging/debian/runtime-deps.txt) besides the libraries.
# Usage: check_packages.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
id=io.github.tessera_authenticator.Tessera
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/tessera_*_*.deb)
dpkg-deb -x "$deb" "$work/root"
control=$(dpkg-deb -f "$deb")

# Files a user and the desktop expect
for f in usr/bin/tessera usr/bin/tessera-cli usr/libexec/tessera/tessera-cli-full usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/man/man1/tessera.1.gz usr/share/man/man1/tessera-cli.1.gz \
         usr/share/bash-completion/completions/tessera-cli usr/share/zsh/vendor-completions/_tessera-cli \
         usr/share/fish/vendor_completions.d/tessera-cli.fish usr/share/doc/tessera/copyright \
         usr/share/doc/tessera/changelog.gz usr/libexec/tessera/tessera-browser-host \
         usr/share/tessera/browser-extension/manifest.json usr/share/tessera/tessera-extension-*.xpi \
         etc/chromium/native-messaging-hosts/io.github.tessera_authenticator.tessera.json \
         usr/lib/mozilla/native-messaging-hosts/io.github.tessera_authenticator.tessera.json; do
    [ -s "$(echo "$work/root/"$f)" ] || fail "the package lacks /$f"
done
# The system-wide host manifests name the installed host and only Tessera's extension; /etc's are conffiles.
grep -q '"path": "/usr/libexec/tessera/tessera-browser-host"' "$work/root/etc/chromium/native-messaging-hosts/"*.json ||
    fail "the Chromium host manifest does not name /usr/libexec/tessera/tessera-browser-host"
grep -q 'chrome-extension://peojbinjppnagamiehnhaldbjambcmnj/' "$work/root/etc/chromium/native-messaging-hosts/"*.json ||
    fail "the Chromium host manifest does not name the extension"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/chromium/native-messaging-hosts/io.github.tessera_authenticator.tessera.json ||
    fail "the host manifests in /etc are not conffiles"
for size in 16 24 32 48 64 128 256 512; do
    png=$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    [ "$(identify -format '%wx%h' "$png" 2>/dev/null)" = "${size}x${size}" ] || fail "no ${size}x${size} icon"
done
[ -x "$work/root/usr/bin/tessera" ] && [ -x "$work/root/usr/bin/tessera-cli" ] || fail "the binaries are not executable"
"$work/root/usr/bin/tessera-cli" --version | grep -qx "tessera-cli [0-9.]*" || fail "tessera-cli --version"

# Desktop entry and AppStream data: valid, and naming the same id, binary and icon
desktop=$work/root/usr/share/applications/$id.desktop
metainfo=$work/root/usr/share/metainfo/$id.metainfo.xml
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" >"$work/as.log" 2>&1 || { cat "$work/as.log"; fail "appstreamcli validate"; }
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's icon is not $id"
grep -q "^Exec=tessera " "$desktop" || fail "the desktop entry does not start tessera"
grep -q "<id>$id</id>" "$metainfo" || fail "the AppStream id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "AppStream does not launch $id.desktop"
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "no content rating"
grep -q "<release version=\"$(dpkg-deb -f "$deb" Version)\"" "$metainfo" || fail "AppStream has no release entry for this version"
grep -q "<screenshot" "$metainfo" || fail "AppStream lists no screenshots"
for shot in $(grep -o 'docs/screenshots/[a-z0-9-]*\.png' "$metainfo"); do
    [ -f "$src/$shot" ] || fail "AppStream shows $shot, which the repository lacks"
done

# Debian's own package checker: no errors (warnings are printed for the record)
if command -v lintian >/dev/null; then
    lintian --allow-root --tag-display-limit 0 --fail-on error "$deb" || fail "lintian reports errors"
fi

# Depends: the libraries shlibdeps found, and everything named in runtime-deps.txt
depends=$(echo "$control" | sed -n 's/^Depends: //p')
for lib in libqt6core6 libqt6quick6 libqt6multimedia6 libsodium23 libzxing2 libqrencode4 libqt6keychain1 libssl3; do
    grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib (shlibdeps)"
done
while IFS= read -r line; do
    line=${line%%#*}
    for p in $line; do grep -q "\(^\|, \)$p\(,\|$\| \)" <<<"$depends" || fail "Depends lacks $p"; done
done <"$src/packaging/debian/runtime-deps.txt"

# Man pages render without warnings
for page in tessera tessera-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$work/root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $page: $warnings"
done

# Shell completions: they parse, they complete, and every option tessera-cli COMMAND --help names is offered
zsh -n "$work/root/usr/share/zsh/vendor-completions/_tessera-cli" || fail "zsh completion does not parse"
fish -n "$work/root/usr/share/fish/vendor_completions.d/tessera-cli.fish" || fail "fish completion does not parse"
complete_bash() { # words... → the candidates for the last word
    bash -c 'source /usr/share/bash-completion/bash_completion; source "$0"
             COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
             _tessera_cli; printf "%s\n" "${COMPREPLY[@]}"' \
        "$work/root/usr/share/bash-completion/completions/tessera-cli" "$@"
}
[ "$(complete_bash tessera-cli imp)" = import ] || fail "bash: 'tessera-cli imp' does not complete to import"
[ "$(complete_bash tessera-cli import --format a | sort | tr '\n' ' ')" = "aegis andotp authy " ] || fail "bash: import formats"
[ "$(complete_bash tessera-cli export --format r)" = recovery-sheet ] || fail "bash: export formats"
fish_out=$(fish -c "source $work/root/usr/share/fish/vendor_completions.d/tessera-cli.fish; complete -C 'tessera-cli imp'")
grep -q '^import' <<<"$fish_out" || fail "fish: 'tessera-cli imp' does not complete to import"
cli=$work/root/usr/bin/tessera-cli
for command in code uri scan time init add list remove rename passwd recovery sites keychain import export; do
    offered=$(complete_bash tessera-cli "$command" -)
    for option in $("$cli" "$command" --help | grep -o '^ *--[a-z-]*' | tr -d ' ' | sort -u); do
        grep -qx -- "$option" <<<"$offered" || fail "bash: 'tessera-cli $command' does not offer $option"
        grep -q -- "'$option\[\|\"$option\[\|'\*$option\[" "$work/root/usr/share/zsh/vendor-completions/_tessera-cli" \
            || fail "zsh: no $option at all"
        grep -q -- "-l ${option#--}\b" "$work/root/usr/share/fish/vendor_completions.d/tessera-cli.fish" \
            || [ "$option" = --help ] || fail "fish: no $option at all"
    done
done

# The Flatpak manifest (it cannot be built here: no Flathub): it parses, carries the app id, and asks for
# no broad filesystem access (files go through portals)
manifest=$src/packaging/flatpak/$id.yml
if command -v flatpak-builder >/dev/null; then
    shown=$(flatpak-builder --show-manifest "$manifest" 2>&1) || fail "flatpak-builder cannot read the manifest: $shown"
    grep -q "\"id\" : \"$id\"" <<<"$shown" || fail "the Flatpak id is not $id"
    grep -q -- '--filesystem' <<<"$shown" && fail "the Flatpak asks for filesystem access"
fi

# RPM, where rpmbuild is installed: the same files, and Requires for what Qt loads at run time
if command -v rpmbuild >/dev/null; then
    cpack --config "$build/CPackConfig.cmake" -G RPM -B "$work/rpm" >"$work/rpm.log" 2>&1 || { cat "$work/rpm.log"; fail "cpack -G RPM"; }
    rpm=$(ls "$work"/rpm/tessera-*.rpm 2>/dev/null | head -n 1)
    if [ -n "$rpm" ]; then
        files=$(rpm -qpl "$rpm" 2>/dev/null)
        for f in /usr/bin/tessera /usr/bin/tessera-cli /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml; do
            grep -qx "$f" <<<"$files" || fail "the RPM lacks $f"
        done
        grep -q '^/usr/share/applications$' <<<"$files" && fail "the RPM claims /usr/share/applications itself"
        requires=$(rpm -qpR "$rpm" 2>/dev/null)
        for r in qt6-qtdeclarative qt6-qtmultimedia libsecret gstreamer1-plugins-good 'libsodium.so'; do
            grep -q "$r" <<<"$requires" || fail "the RPM does not require $r"
        done
    fi
fi

[ "$failures" -eq 0 ] || { echo "$failures problem(s)"; exit 1; }
echo "$(basename "$deb"): all checks passed"
