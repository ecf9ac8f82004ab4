#include "session/account_transfer.h"

#include "common/private_files.h"
#include "crypto/kdf_budget.h"
#include "common/write_failure.h"

#include "interop/exporters/aegis_exporter.h"
#include "interop/exporters/otpauth_list_exporter.h"
#include "interop/exporters/recovery_sheet_exporter.h"
#include "interop/exporters/tessera_backup_exporter.h"
#include "session/account_operations.h"
#include "session/qr_scan.h"

#include <QFile>
#include <QSaveFile>

namespace tessera::session {
namespace {

SecretBytes toSecret(QByteArray bytes)
{
    auto secret = SecretBytes::copyOf(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    wipe(bytes.data(), std::size_t(bytes.size()));
    return secret;
}

Error tooLarge()
{
    return Error{ErrorCode::ImportUnsupported, QStringLiteral("\nit is larger than any authenticator export")};
}

} // namespace

Result<QByteArray> readImportFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoFailure, path + QStringLiteral(": ") + file.errorString());
    if (file.size() > interop::kMaxImportFileSize) // refused before it is read into memory
        return tl::unexpected(tooLarge());
    return file.readAll();
}

Result<ImportPreview> readImport(const vault::VaultStore *store, QByteArrayView bytes, const QString &formatId,
                                 const SecretBytes &password, const std::atomic<bool> *cancelled)
{
    if (bytes.size() > interop::kMaxImportFileSize)
        return tl::unexpected(tooLarge());
    if (auto shape = interop::checkImportShape(bytes); !shape)
        return tl::unexpected(shape.error());
    const interop::ImportFormat *format = nullptr;
    if (formatId.isEmpty()) {
        const auto detected = interop::detectImportFormat(bytes);
        if (!detected)
            return fail(ErrorCode::UnknownFormat);
        format = detected->format;
    } else {
        format = interop::findImportFormat(formatId);
        if (!format)
            return fail(ErrorCode::UnknownFormat, formatId);
    }
    const crypto::KdfBudget budget(crypto::kFileKdfBudgetMs, cancelled); // every derivation of this file, together
    auto result = format->read(bytes, password);
    if (!result)
        return tl::unexpected(result.error());
    ImportPreview preview{format, std::move(*result), {}};
    preview.duplicates = store ? duplicatesInVault(*store, preview.result.accounts)
                               : std::vector<bool>(preview.result.accounts.size(), false);
    return preview;
}

Result<int> addImported(vault::VaultStore &store, const interop::ImportResult &imported, const std::vector<bool> &chosen,
                        std::int64_t nowMs)
{
    QList<vault::Account> accounts;
    for (std::size_t i = 0; i < imported.accounts.size(); ++i) {
        if (!chosen.empty() && (i >= chosen.size() || !chosen[i]))
            continue;
        vault::Account account = newAccount(store, imported.accounts[i], nowMs);
        if (const interop::AccountExtras *extras = imported.extrasOf(i)) {
            account.group = extras->group;
            account.notes = extras->notes;
            account.favourite = extras->favourite;
            account.icon = extras->icon;
            if (!extras->sites.isEmpty()) // else the known service's, as for any new account
                account.sites = extras->sites;
            for (const interop::ImportedRecoveryCode &code : extras->recoveryCodes)
                account.recoveryCodes.append({store.sealer().seal(code.code.bytes(), account.id,
                                                                  vault::SealedKind::RecoveryCode),
                                              code.usedAtMs, {}});
        }
        accounts.append(account);
    }
    if (accounts.isEmpty())
        return 0;
    auto saved = store.update([&](vault::Vault &vault) -> Result<void> {
        vault.accounts += accounts;
        return {};
    });
    if (!saved)
        return tl::unexpected(saved.error());
    return int(accounts.size());
}

std::optional<ExportFormat> parseExportFormat(const QString &name)
{
    static const std::pair<const char *, ExportFormat> kNames[] = {
        {"tessera", ExportFormat::TesseraBackup},
        {"aegis", ExportFormat::Aegis},
        {"otpauth", ExportFormat::OtpauthList},
        {"recovery-sheet", ExportFormat::RecoverySheet},
    };
    for (const auto &[text, format] : kNames)
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

Result<interop::ImportResult> accountsForExport(const vault::VaultStore &store, const std::vector<QUuid> &ids)
{
    interop::ImportResult out;
    for (const vault::Account &account : store.vault().accounts) {
        if (!ids.empty() && std::find(ids.begin(), ids.end(), account.id) == ids.end())
            continue;
        auto secret = store.sealer().open(account.sealedSecret, account.id, vault::SealedKind::OtpSecret);
        if (!secret)
            return tl::unexpected(secret.error());
        interop::AccountExtras extras{.group = account.group,
                                      .notes = account.notes,
                                      .favourite = account.favourite,
                                      .icon = account.icon,
                                      .sites = account.sites};
        for (const vault::RecoveryCode &code : account.recoveryCodes) {
            auto opened = store.sealer().open(code.sealedCode, account.id, vault::SealedKind::RecoveryCode);
            if (!opened)
                return tl::unexpected(opened.error());
            extras.recoveryCodes.push_back({std::move(*opened), code.usedAtMs});
        }
        out.add(uri::KeyUri{account.issuer, account.name, account.params, std::move(*secret)}, std::move(extras));
    }
    return out;
}

Result<SecretBytes> exportAccounts(const vault::VaultStore &store, ExportFormat format, const std::vector<QUuid> &ids,
                                   const ExportOptions &options)
{
    auto accounts = accountsForExport(store, ids);
    if (!accounts)
        return tl::unexpected(accounts.error());
    return writeExport(*accounts, format, options);
}

Result<SecretBytes> writeExport(const interop::ImportResult &accounts, ExportFormat format, const ExportOptions &options)
{
    if (accounts.accounts.empty())
        return fail(ErrorCode::NothingToExport);
    switch (format) {
    case ExportFormat::TesseraBackup: {
        auto file = interop::writeTesseraBackup(accounts, options.password, options.tesseraKdf, options.nowMs);
        if (!file)
            return tl::unexpected(file.error());
        return toSecret(std::move(*file));
    }
    case ExportFormat::Aegis:
        return interop::writeAegis(accounts, options.password);
    case ExportFormat::OtpauthList:
        return interop::writeOtpauthList(accounts);
    case ExportFormat::RecoverySheet: {
        SecretBytes sheet = interop::writeRecoverySheet(accounts, QDateTime::fromMSecsSinceEpoch(options.nowMs));
        if (sheet.isEmpty())
            return fail(ErrorCode::NothingToExport, QStringLiteral("recovery codes"));
        return sheet;
    }
    }
    return fail(ErrorCode::UnknownFormat);
}

Result<void> writePrivateFile(const QString &path, std::span<const std::uint8_t> bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::IoFailure, path + QStringLiteral(": ") + file.errorString());
    restrictToOwner(file);
    if (file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size()) ||
        !file.commit())
        return tl::unexpected(writeFailure(path, file, qint64(bytes.size())));
    return {};
}

} // namespace tessera::session
