#include "interop/exporters/tessera_backup_exporter.h"

#include "vault/secret_sealer.h"
#include "vault/vault_file.h"

namespace tessera::interop {

Result<QByteArray> writeTesseraBackup(const ImportResult &accounts, const SecretBytes &password,
                                      const crypto::Argon2Params &kdf, std::int64_t nowMs)
{
    if (password.isEmpty())
        return fail(ErrorCode::ExportPasswordRequired);
    const SecretBytes masterKey = crypto::randomSecret(vault::kMasterKeySize);
    const vault::SecretSealer sealer(masterKey);
    vault::VaultHeader header;
    header.vaultId = crypto::randomBytes(vault::kVaultIdSize);
    auto slot = vault::makePasswordSlot(masterKey, header.vaultId, password, kdf);
    if (!slot)
        return tl::unexpected(slot.error());
    header.keySlots = {*slot};

    vault::Vault contents;
    for (std::size_t i = 0; i < accounts.accounts.size(); ++i) {
        const uri::KeyUri &key = accounts.accounts[i];
        vault::Account account;
        account.id = QUuid::createUuid();
        account.issuer = key.issuer;
        account.name = key.name;
        account.params = key.params;
        account.sealedSecret = sealer.seal(key.secret.bytes(), account.id, vault::SealedKind::OtpSecret);
        account.createdMs = account.modifiedMs = nowMs;
        account.order = static_cast<double>(i + 1) * vault::kOrderSpacing; // the list's order, kept
        if (const AccountExtras *extras = accounts.extrasOf(i)) {
            account.group = extras->group;
            account.notes = extras->notes;
            account.favourite = extras->favourite;
            account.icon = extras->icon;
            account.sites = extras->sites;
            for (const ImportedRecoveryCode &code : extras->recoveryCodes)
                account.recoveryCodes.append(
                    {sealer.seal(code.code.bytes(), account.id, vault::SealedKind::RecoveryCode), code.usedAtMs, {}});
        }
        contents.accounts.append(account);
    }
    return vault::encodeVaultFile(header, contents, masterKey);
}

} // namespace tessera::interop
