// Vault unlock time with each Argon2id preset, and save time for a vault of 1,000 accounts (no key
// derivation: a save re-encrypts the payload, writes a backup and the new file with fsync).
// Run: build-ci/bin/bench_vault (or bench/vault.sh).
#include "session/account_operations.h"
#include "uri/otpauth_parser.h"
#include "vault/vault_store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace tessera;

namespace {

SecretBytes benchPassword()
{
    return SecretBytes::copyOf(std::string_view("correct horse battery staple"));
}

void BM_Unlock(benchmark::State &state)
{
    const auto preset = static_cast<crypto::KdfPreset>(state.range(0));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.tessera"));
    if (!vault::VaultStore::create(path, benchPassword(), crypto::argon2Preset(preset))) {
        state.SkipWithError("create failed");
        return;
    }
    for (auto _ : state) {
        auto store = vault::VaultStore::openWithPassword(path, benchPassword());
        benchmark::DoNotOptimize(store);
    }
    state.SetLabel(crypto::kdfPresetName(preset).toStdString());
}

void BM_Save1000Accounts(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.tessera"));
    auto store = std::move(*vault::VaultStore::create(path, benchPassword(), {1, 8192}));
    auto key = *uri::parseOtpauth("otpauth://totp/Example%20Service:someone%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DP");
    (void)store->update([&](vault::Vault &v) -> Result<void> {
        for (int i = 0; i < 1000; ++i) {
            vault::Account a;
            a.id = QUuid::createUuid();
            a.issuer = key.issuer + QString::number(i);
            a.name = key.name;
            a.params = key.params;
            a.sealedSecret = store->sealer().seal(key.secret.bytes(), a.id, vault::SealedKind::OtpSecret);
            v.accounts.append(a);
        }
        return {};
    });
    qint64 i = 0;
    for (auto _ : state) {
        auto saved = store->update([&](vault::Vault &v) -> Result<void> {
            v.accounts.first().notes = QString::number(++i);
            return {};
        });
        if (!saved)
            state.SkipWithError("save failed");
    }
    state.counters["file_KiB"] = double(QFileInfo(path).size()) / 1024;
}

} // namespace

BENCHMARK(BM_Unlock)
    ->Arg(int(crypto::KdfPreset::Interactive))
    ->Arg(int(crypto::KdfPreset::Moderate))
    ->Arg(int(crypto::KdfPreset::Sensitive))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK(BM_Save1000Accounts)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
