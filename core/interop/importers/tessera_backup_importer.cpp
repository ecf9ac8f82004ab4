#include "interop/importers/tessera_backup_importer.h"

#include "interop/import_support.h"
#include "vault/secret_sealer.h"
#include "vault/vault_file.h"

namespace tessera::interop {
namespace {

constexpr QByteArrayView kMagic("TESSERA\0", 8);

AccountExtras extrasOf(const vault::Account &account, const vault::SecretSealer &sealer)
{
    AccountExtras extras{.group = account.group,
                         .notes = account.notes,
                         .favourite = account.favourite,
                         .icon = account.icon,
                         .sites = account.sites};
    for (const vault::RecoveryCode &code : account.recoveryCodes)
        if (auto opened = sealer.open(code.sealedCode, account.id, vault::SealedKind::RecoveryCode))
            extras.recoveryCodes.push_back({std::move(*opened), code.usedAtMs});
    return extras;
}

} // namespace

std::optional<Protection> detectTesseraBackup(const SniffedFile &file)
{
    return encryptedIfStartsWith(file, kMagic);
}

Result<ImportResult> importTesseraBackup(QByteArrayView bytes, const SecretBytes &password)
{
    auto file = vault::parseVaultFile(bytes);
    if (!file)
        return tl::unexpected(file.error().code == ErrorCode::UnsupportedVersion
                                  ? unsupported(kTesseraName, QStringLiteral("it was written by a newer Tessera"))
                                  : asImportError(file.error(), kTesseraName));
    if (password.isEmpty())
        return tl::unexpected(passwordRequired(kTesseraName));
    auto masterKey = vault::unlockWithPassword(file->header, password);
    if (!masterKey)
        return tl::unexpected(asImportError(masterKey.error(), kTesseraName));
    auto contents = vault::decryptPayload(*file, *masterKey);
    if (!contents)
        return tl::unexpected(asImportError(contents.error(), kTesseraName));
    const vault::SecretSealer sealer(*masterKey);
    ImportResult result;
    for (qsizetype i = 0; i < contents->accounts.size(); ++i) {
        const vault::Account &account = contents->accounts[i];
        addEntry(result, entryName(i, account.issuer, account.name), {account.issuer, account.name, account.params},
                 sealer.open(account.sealedSecret, account.id, vault::SealedKind::OtpSecret),
                 extrasOf(account, sealer));
    }
    return finish(std::move(result));
}

} // namespace tessera::interop
