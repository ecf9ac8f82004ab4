#!/usr/bin/env python3
"""The browser extension's words (browser/extension/_locales): every language has exactly the messages
English has, none empty, with placeholders kept; every message the scripts and the manifest use exists.
Usage: check_extension_locales.py EXTENSION_SOURCE_DIR"""
import json
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
problems = []
locales = {d.name: json.loads((d / "messages.json").read_text(encoding="utf-8"))
           for d in sorted((root / "_locales").iterdir())}
english = locales.get("en") or sys.exit("no English messages")
for name, messages in locales.items():
    if set(messages) != set(english):
        problems.append(f"{name}: missing {sorted(set(english) - set(messages))}, extra {sorted(set(messages) - set(english))}")
    for key, entry in messages.items():
        text = entry.get("message", "")
        if not text.strip():
            problems.append(f"{name}: {key} is empty")
        if key in english and re.findall(r"\$\w+\$", text) != re.findall(r"\$\w+\$", english[key]["message"]):
            problems.append(f"{name}: {key} changes its placeholders")
for key in english:
    if "description" not in english[key]:
        problems.append(f"en: {key} has no description for translators")

used = set()
for script in root.glob("*.js"):
    source = script.read_text(encoding="utf-8")
    used |= set(re.findall(r'(?:getMessage|text)\("(\w+)"\)', source))
    used |= set(re.findall(r'\b(hint[A-Z]\w+)\b', source))
used |= set(re.findall(r"__MSG_(\w+)__", (root / "manifest.json").read_text(encoding="utf-8")))
for key in sorted(used - set(english)):
    problems.append(f"used but not in _locales/en: {key}")
for key in sorted(set(english) - used):
    problems.append(f"in _locales/en but never used: {key}")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
