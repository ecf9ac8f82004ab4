#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs them on their corpora.
#   ./fuzz.sh [SECONDS] [TARGET...]    each target for SECONDS (default 60)
#   ./fuzz.sh --campaign [TARGET...]   each target until 10 million runs or 30 minutes, whichever comes
#                                      first (the bar of issue 9); FUZZ_JOBS targets at a time (default 1)
#   ./fuzz.sh --report                 the runs recorded so far as a Markdown table (docs/SECURITY.md)
# Every run appends a line to build-fuzz/fuzz-runs.tsv (target, runs, seconds, result, peak memory);
# crashes land in build-fuzz/crashes/<target>/, new corpus entries in build-fuzz/corpus/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
runs=0
seconds=60
if [ "${1:-}" = --report ]; then
    python3 - build-fuzz/fuzz-runs.tsv <<'PY'
import sys
print('| date | target | executions | seconds | executions/s | result | peak memory |')
print('|---|---|---|---|---|---|---|')
for line in open(sys.argv[1]):
    date, target, runs, secs, result, rss = line.rstrip('\n').split('\t')
    rate = f'{int(runs) / max(int(secs), 1):,.0f}' if runs.isdigit() else '?'
    runs = f'{int(runs):,}' if runs.isdigit() else runs
    print(f'| {date} | `{target}` | {runs} | {secs} | {rate} | {result} | {rss} |')
PY
    exit 0
elif [ "${1:-}" = --campaign ]; then
    shift
    runs=10000000
    seconds=1800
elif [[ ${1:-} =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_base32 fuzz_otpauth_uri fuzz_migration_payload fuzz_qr_text fuzz_ntp_reply fuzz_vault_reader fuzz_import fuzz_icon_pack fuzz_browser_message)
    for format in tessera stratum otpclient freeotp2 aegis 2fas ente bitwarden freeotp_plus lastpass proton steam \
                  duo authy bitwarden_csv google_migration otpauth totp_authenticator andotp; do
        targets+=("fuzz_import_${format}")
    done
fi
scripts/install-deps.sh build fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"

run_one() { # target runs seconds
    local target=$1 corpus=fuzz/corpus/${1#fuzz_} extra=()
    [[ $target == fuzz_import* ]] && corpus=fuzz/corpus/import && extra=(-dict=fuzz/dict/import.dict)
    [ "$target" = fuzz_vault_reader ] && extra=(tests/fixtures/vault)
    local work=build-fuzz/corpus/$target crashes=build-fuzz/crashes/$target log=build-fuzz/logs/$target.log
    local inputs=("$work" "$corpus") flags=() e
    for e in "${extra[@]}"; do if [[ $e == -* ]]; then flags+=("$e"); else inputs+=("$e"); fi; done
    mkdir -p "$work" "$crashes" build-fuzz/logs
    local limit=()
    [ "$2" -gt 0 ] && limit=(-runs="$2")
    local start=$SECONDS status=0
    # The work folder comes first: libFuzzer writes new inputs there, never into the committed seeds.
    build-fuzz/bin/$target "${inputs[@]}" "${flags[@]}" "${limit[@]}" -max_total_time="$3" -timeout=10 \
        -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    local executed rss result=ok
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    grep -q 'runtime error:' "$log" && status=${status/#0/1} # undefined behaviour, even if the run went on
    if [ "$status" -ne 0 ]; then
        result="FAILED ($(grep -oE 'ERROR: [A-Za-z]+: [^ ]+|runtime error: [^:]+|deadly signal|out-of-memory' "$log" | head -n 1 || true))"
        [ "$result" = "FAILED ()" ] && result="FAILED (exit $status)"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s MB\n' "$(date -u +%F)" "$target" "${executed:-?}" "$((SECONDS - start))" "$result" "${rss:-?}" \
        | tee -a build-fuzz/fuzz-runs.tsv
}
export -f run_one
printf '%s\n' "${targets[@]}" | xargs -P "${FUZZ_JOBS:-1}" -I{} bash -c "run_one {} $runs $seconds"
if grep -q FAILED build-fuzz/fuzz-runs.tsv 2>/dev/null && tail -n ${#targets[@]} build-fuzz/fuzz-runs.tsv | grep -q FAILED; then
    echo "fuzz.sh: a target failed; its input is in build-fuzz/crashes/ and its log in build-fuzz/logs/" >&2
    exit 1
fi
