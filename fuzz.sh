#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 60) on its corpus.
# Usage: ./fuzz.sh [SECONDS]     Crashes land in build-fuzz/crashes/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
scripts/install-deps.sh build fuzz
cmake --preset fuzz >/dev/null
targets=(fuzz_vault_reader fuzz_ntp_reply fuzz_migration fuzz_import)
for format in tessera stratum otpclient freeotp2 aegis 2fas ente bitwarden freeotp_plus lastpass proton steam duo authy \
              bitwarden_csv google_migration otpauth totp_authenticator andotp; do
    targets+=("fuzz_import_${format}")
done
cmake --build --preset fuzz --target "${targets[@]}"
for target in "${targets[@]}"; do
    corpus=fuzz/corpus/${target#fuzz_}
    [[ $target == fuzz_import* ]] && corpus=fuzz/corpus/import
    work=build-fuzz/corpus/$target
    crashes=build-fuzz/crashes/$target
    mkdir -p "$work" "$crashes"
    echo "== $target for ${seconds}s"
    extra=()
    [ "$target" = fuzz_vault_reader ] && extra=(tests/fixtures/vault)
    build-fuzz/bin/$target "$work" "$corpus" "${extra[@]}" -max_total_time="$seconds" \
        -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 | grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY)' || true
done
