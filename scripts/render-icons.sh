#!/usr/bin/env bash
# Renders the app icon from its one source, resources/icons/tessera.svg, into what each platform wants:
# hicolor PNGs for Linux desktops, a multi-size .ico for Windows and an .icns for macOS. The results are
# committed so a build needs none of these tools; run this again after changing the SVG.
# Needs: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" tessera.svg -o "hicolor/${size}x${size}/tessera.png"
done
cp hicolor/256x256/tessera.png tessera.png # the copy built into the binary (window icon fallback)
convert hicolor/{16x16,24x24,32x32,48x48,64x64,256x256}/tessera.png tessera.ico
png2icns tessera.icns hicolor/{16x16,32x32,48x48,128x128,256x256,512x512}/tessera.png >/dev/null
