#!/usr/bin/env python3
"""Turns an unpacked simple-icons npm package into Tessera's bundled service icons.

Output (qUncompress format: a 4-byte big-endian length, then a zlib stream) holds UTF-8 text:
  line 1:  "simple-icons VERSION"
  then one line per icon, fields separated by tabs:
  slug, title, brand colour (6 hex digits), aliases separated by "|", the SVG path (24x24 view box)
core/icons/service_icon_catalog.cpp reads it. Usage: simple_icons_bundle.py PACKAGE_DIR OUTPUT
"""
import json
import re
import struct
import sys
import zlib

package, output = sys.argv[1], sys.argv[2]
meta = json.load(open(f"{package}/package.json", encoding="utf-8"))
icons = json.load(open(f"{package}/data/simple-icons.json", encoding="utf-8"))

def clean(text):
    if "\t" in text or "\n" in text or "|" in text:
        raise SystemExit(f"unexpected separator in {text!r}")
    return text

lines = [f"simple-icons {meta['version']}"]
for icon in sorted(icons, key=lambda i: i["slug"]):
    svg = open(f"{package}/icons/{icon['slug']}.svg", encoding="utf-8").read()
    paths = re.findall(r'<path d="([^"]*)"', svg)
    if len(paths) != 1 or 'viewBox="0 0 24 24"' not in svg:
        raise SystemExit(f"{icon['slug']}: not one path on a 24x24 view box")
    aliases = icon.get("aliases", {})
    names = list(aliases.get("aka", []))
    names += [d["title"] for d in aliases.get("dup", [])]
    names += list(aliases.get("loc", {}).values())
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", icon["hex"]):
        raise SystemExit(f"{icon['slug']}: colour {icon['hex']!r}")
    lines.append("\t".join([clean(icon["slug"]), clean(icon["title"]), icon["hex"].upper(),
                            "|".join(clean(n) for n in names), clean(paths[0])]))

data = ("\n".join(lines) + "\n").encode("utf-8")
with open(output, "wb") as f:
    f.write(struct.pack(">I", len(data)) + zlib.compress(data, 9))
print(f"{len(icons)} icons, {len(data)} bytes uncompressed, written to {output}")
