#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian/<SET>-deps.txt that are not installed yet.
# Usage: scripts/install-deps.sh SET...   (SET: build, runtime, test, bench, fuzz)
# As root it runs apt-get; otherwise it prints the one command to run and fails.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)

wanted=()
for set in "$@"; do
    list="$top/packaging/debian/$set-deps.txt"
    [ -f "$list" ] || { echo "install-deps: no package list $list" >&2; exit 1; }
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%%#*}
        for package in $line; do wanted+=("$package"); done
    done <"$list"
done

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Tessera needs these Debian packages. Install them as root, then run this again:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
