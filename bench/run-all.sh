#!/usr/bin/env bash
# Every figure in docs/PERFORMANCE.md, from one run on this machine. Builds what the benchmarks need
# (the ci preset, as ./test.sh does), runs each script in bench/ and puts its table between the
# markers <!-- bench:NAME --> and <!-- /bench:NAME --> in docs/PERFORMANCE.md; the text around the
# tables explains them and quotes no figure of its own. Run it on a quiet machine: no fuzzer, build or
# test suite beside it (the figures are compared with peers measured in the same run, not with
# another day's).
# Usage: bench/run-all.sh [--quick]    --quick: fewer repetitions, to check the script itself
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
quick=false
[ "${1:-}" = --quick ] && quick=true
scripts/install-deps.sh build runtime test bench >/dev/null
cmake --preset ci >/dev/null
cmake --build --preset ci >/dev/null
build=$top/build-ci

# Kept after the run, so a table can be read (or put in again) even if the document step fails.
out=$build/bench-results
rm -rf "$out"
mkdir -p "$out"
section() { # NAME COMMAND...: the command's Markdown into $out/NAME.md, with the command that made it
    local name=$1
    shift
    echo "run-all: $name: $*" >&2
    local started=$SECONDS
    { "$@"; echo; echo "Reproduce: \`${*#$top/}\` ($((SECONDS - started)) s in this run)."; } >"$out/$name.md"
}
# Repetitions: --quick only checks that every script still runs.
if $quick; then
    gui_runs=1 accounts=1000 qr_runs=3 sync_runs=3 idle_seconds=5
else
    gui_runs=3 accounts=10000 qr_runs=21 sync_runs=20 idle_seconds=60
fi
section codes bench/codes-vs-oathtool.sh "$build"
section cli-start bench/cli-start.sh "$build"
section vault bench/vault.sh "$build"
section gui-scale bench/gui-scale.sh "$build" "$gui_runs"
section import bench/import.sh "$build" "$accounts"
section qr bench/qr-decode.sh "$build" "$qr_runs"
section time-sync bench/time-sync.sh "$build" "$sync_runs"
section gui-idle bench/gui-idle.sh "$idle_seconds" "$build"
{
    echo "All tables below: \`bench/run-all.sh\` at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- core qml app bench || echo ' plus uncommitted changes'), $(date -u '+%Y-%m-%d %H:%M UTC')."
    echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM,"
    echo "$(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(dpkg-query -W -f='${Version}' libqt6core6 | cut -d- -f1), $(uname -r)."
} >"$out/machine.md"

python3 - docs/PERFORMANCE.md "$out" <<'PY'
import pathlib, re, sys
doc, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
text = doc.read_text()
names = re.findall(r'<!-- bench:([\w-]+) -->', text)
for name in names:
    table = (out / f'{name}.md').read_text().strip()
    text, count = re.subn(rf'(<!-- bench:{name} -->).*?(<!-- /bench:{name} -->)',
                          lambda m: f'{m.group(1)}\n{table}\n{m.group(2)}', text, flags=re.S)
    if count != 1:
        sys.exit(f'run-all: docs/PERFORMANCE.md has {count} places for {name}, not one (tables kept in {out})')
missing = sorted({p.stem for p in out.glob('*.md')} - set(names))
if missing:
    sys.exit(f'run-all: docs/PERFORMANCE.md has no place for: {", ".join(missing)}')
doc.write_text(text)
print(f'run-all: docs/PERFORMANCE.md updated ({", ".join(names)})', file=sys.stderr)
PY
