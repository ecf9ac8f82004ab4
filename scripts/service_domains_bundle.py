#!/usr/bin/env python3
"""Turns a checkout of the 2fa.directory data (github.com/2factorauth/twofactorauth, MIT) into Tessera's
table of the websites of services that offer authenticator codes, for an account's default websites.

Output: UTF-8 text, one service per line, sorted by name; fields separated by a tab:
  the service's name, then its websites separated by "|" (the main one first)
Only entries whose "tfa" list has "totp" are kept. core/session/service_sites.cpp reads it.
Usage: service_domains_bundle.py CHECKOUT OUTPUT
"""
import glob
import json
import re
import sys

checkout, output = sys.argv[1], sys.argv[2]
host = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$")
rows = {}
for path in sorted(glob.glob(f"{checkout}/entries/*/*.json")):
    with open(path, encoding="utf-8") as f:
        for name, entry in json.load(f).items():
            if "totp" not in entry.get("tfa", []):
                continue
            sites = [entry["domain"]] + list(entry.get("additional-domains", []))
            sites = [s.lower() for s in sites]
            bad = [s for s in sites if not host.match(s)]
            if bad or "\t" in name or "\n" in name:
                raise SystemExit(f"{path}: unexpected name or website {name!r} {bad}")
            # A name listed twice (regional sites) keeps every website, the first entry's first.
            known = rows.setdefault(name, [])
            known += [s for s in sites if s not in known]

with open(output, "w", encoding="utf-8", newline="\n") as f:
    for name in sorted(rows, key=str.casefold):
        f.write(f"{name}\t{'|'.join(rows[name])}\n")
print(f"{len(rows)} services written to {output}")
