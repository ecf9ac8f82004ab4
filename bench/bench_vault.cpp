// Vault unlock time with each Argon2id preset (and with 10,000 accounts), and save time for vaults of
// 1,000 and 10,000 accounts (no key derivation: a save re-encrypts the payload, writes a backup and
// the new file with fsync), and the merge of two copies of 10,000 accounts changed apart. Run: build-ci/bin/bench_vault, or bench/vault.sh for the table.
#include "session/account_operations.h"
#include "uri/otpauth_parser.h"
#include "vault/change_recorder.h"
#include "vault/vault_merge.h"
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

// Adds `count` accounts in one save, as an import does.
void fillVault(vault::VaultStore &store, int count)
{
    auto key = *uri::parseOtpauth("otpauth://totp/Example%20Service:someone%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DP");
    (void)store.update([&](vault::Vault &v) -> Result<void> {
        for (int i = 0; i < count; ++i) {
            vault::Account a;
            a.id = QUuid::createUuid();
            a.issuer = key.issuer + QString::number(i);
            a.name = key.name;
            a.params = key.params;
            a.sealedSecret = store.sealer().seal(key.secret.bytes(), a.id, vault::SealedKind::OtpSecret);
            v.accounts.append(a);
        }
        return {};
    });
}

void BM_UnlockWithAccounts(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.tessera"));
    auto store = vault::VaultStore::create(path, benchPassword(), crypto::argon2Preset(crypto::KdfPreset::Moderate));
    if (!store) {
        state.SkipWithError("create failed");
        return;
    }
    fillVault(**store, int(state.range(0)));
    for (auto _ : state) {
        auto opened = vault::VaultStore::openWithPassword(path, benchPassword());
        benchmark::DoNotOptimize(opened);
    }
    state.SetLabel("moderate");
}

void BM_SaveAccounts(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.tessera"));
    auto store = std::move(*vault::VaultStore::create(path, benchPassword(), {1, 8192}));
    fillVault(*store, int(state.range(0)));
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

// Two copies of a vault of `count` accounts (already decrypted), changed apart on two computers: on
// each, a tenth renamed, a twentieth added and a twentieth removed; then merged, as opening a conflict
// copy does.
void BM_MergeCopies(benchmark::State &state)
{
    const int count = int(state.range(0));
    const auto makeAccount = [](int i) {
        vault::Account a;
        a.id = QUuid::createUuid();
        a.issuer = QStringLiteral("Example Service %1").arg(i);
        a.name = QStringLiteral("someone@example.com");
        a.sealedSecret = QByteArray(64, char(i));
        return a;
    };
    vault::Vault base;
    for (int i = 0; i < count; ++i)
        base.accounts.append(makeAccount(i));
    vault::recordChanges({}, base, {1'000'000, QStringLiteral("laptop")});
    const auto changedApart = [&](const QString &device, int offset) {
        vault::Vault copy = base;
        for (int i = offset; i < count; i += 10)
            copy.accounts[i].issuer += QStringLiteral(" (renamed on %1)").arg(device);
        for (int i = 0; i < count / 20; ++i)
            copy.accounts.append(makeAccount(count + i));
        for (int i = 0; i < count / 20; ++i)
            copy.accounts.removeAt(offset + 7 * i);
        vault::recordChanges(base, copy, {2'000'000 + offset, device});
        return copy;
    };
    const vault::Vault laptop = changedApart(QStringLiteral("laptop"), 1);
    const vault::Vault desktop = changedApart(QStringLiteral("desktop"), 3);
    for (auto _ : state) {
        vault::Vault merged = vault::mergeVaults(laptop, desktop);
        benchmark::DoNotOptimize(merged);
    }
}

} // namespace

BENCHMARK(BM_MergeCopies)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Unlock)
    ->Arg(int(crypto::KdfPreset::Interactive))
    ->Arg(int(crypto::KdfPreset::Moderate))
    ->Arg(int(crypto::KdfPreset::Sensitive))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK(BM_UnlockWithAccounts)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_SaveAccounts)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
