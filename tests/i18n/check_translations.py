#!/usr/bin/env python3
"""Every translation is complete and fits its source text, in the committed files themselves.

For each resources/i18n/tessera_LANG.ts: no message left unfinished or empty (English only needs its
plural forms: the source text is the English), every %1…%9 and %n of the source kept, and every plural
form filled. With LUPDATE and the app's lupdate project, the files are first brought up to date
with the sources in a scratch folder, so a string added to the code but not to the translations is
found too. Usage: check_translations.py I18N_DIR [LUPDATE LUPDATE_PROJECT_JSON]   Exit 1 with every finding.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d|n)")
findings = []
committed = sorted(glob.glob(os.path.join(sys.argv[1], "tessera_*.ts")))
if not committed:
    sys.exit(f"no translations in {sys.argv[1]}")
files = committed
if len(sys.argv) > 3:
    scratch = tempfile.mkdtemp()
    files = [shutil.copy(f, scratch) for f in committed]
    run = subprocess.run([sys.argv[2], "-silent", "-locations", "none", "-project", sys.argv[3], "-ts", *files],
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        sys.exit(f"lupdate failed: {run.stderr}")


def current_messages(path):
    """(context, source) of every message the file holds as current (not vanished or obsolete)."""
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                found.add((context.findtext("name"), message.findtext("source")))
    return found


# The committed file itself must hold every current message: lrelease builds the app's .qm from it, so a
# file whose messages are all marked vanished would ship an empty language while its updated copy passes.
if files is not committed:
    for original, updated in zip(committed, files):
        stale = current_messages(updated) - current_messages(original)
        if stale:
            findings.append(f"{os.path.basename(original)}: {len(stale)} message(s) missing or marked vanished; "
                            "run: cmake --build build-ci --target update_translations")
for path in files:
    lang = os.path.basename(path)[len("tessera_"):-3]
    for context in ET.parse(path).getroot().iter("context"):
        where = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            plural = message.get("numerus") == "yes"
            if lang == "en" and not plural:
                continue  # the source is the English text
            texts = [f.text or "" for f in translation.findall("numerusform")] if plural else [translation.text or ""]
            if kind == "unfinished" or not all(t.strip() for t in texts):
                findings.append(f"{lang}: {where}: untranslated: {source!r}")
                continue
            wanted = set(PLACEHOLDER.findall(source))
            for text in texts:
                missing = wanted - set(PLACEHOLDER.findall(text))
                if missing:
                    findings.append(f"{lang}: {where}: {text!r} drops {sorted(missing)} of {source!r}")
if findings:
    print("\n".join(findings))
    print(f"{len(findings)} finding(s) in the translations")
    sys.exit(1)
print(f"translations complete and up to date: {', '.join(os.path.basename(f) for f in files)}")
