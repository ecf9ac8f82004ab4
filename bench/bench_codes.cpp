// Code generation and the parsers on its path. Run: build/bin/bench_codes (or bench/codes-vs-oathtool.sh).
#include "encoding/base32.h"
#include "otp/code_generator.h"
#include "uri/otpauth_parser.h"

#include <benchmark/benchmark.h>

using namespace tessera;

namespace {

SecretBytes secret20()
{
    return SecretBytes::copyOf(std::string_view("12345678901234567890"));
}

void totp(benchmark::State &state, otp::Algorithm algorithm)
{
    const SecretBytes secret = secret20();
    otp::OtpParams params;
    params.algorithm = algorithm;
    std::int64_t nowMs = 1700000000000;
    for (auto _ : state) {
        auto code = otp::generate(params, secret, nowMs);
        benchmark::DoNotOptimize(code);
        nowMs += 30000; // a new time step each time, as a list of many accounts would see
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_TotpSha1(benchmark::State &state)
{
    totp(state, otp::Algorithm::Sha1);
}
void BM_TotpSha256(benchmark::State &state)
{
    totp(state, otp::Algorithm::Sha256);
}
void BM_TotpSha512(benchmark::State &state)
{
    totp(state, otp::Algorithm::Sha512);
}

void BM_SteamCode(benchmark::State &state)
{
    const SecretBytes secret = secret20();
    const otp::OtpParams params = otp::defaultsFor(otp::OtpType::Steam);
    for (auto _ : state)
        benchmark::DoNotOptimize(otp::generate(params, secret, 1700000000000));
    state.SetItemsProcessed(state.iterations());
}

void BM_Base32Decode(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(base32::decode("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP"));
    state.SetItemsProcessed(state.iterations());
}

void BM_ParseOtpauth(benchmark::State &state)
{
    constexpr std::string_view link =
        "otpauth://totp/Air%20Canada:ben%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Air+Canada&algorithm=SHA256"
        "&digits=8&period=30";
    for (auto _ : state)
        benchmark::DoNotOptimize(uri::parseOtpauth(link));
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(BM_TotpSha1);
BENCHMARK(BM_TotpSha256);
BENCHMARK(BM_TotpSha512);
BENCHMARK(BM_SteamCode);
BENCHMARK(BM_Base32Decode);
BENCHMARK(BM_ParseOtpauth);
BENCHMARK_MAIN();
