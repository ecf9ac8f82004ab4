#pragma once
// Moving accounts in and out of the vault, written once for both faces: read a foreign file (format
// detected or chosen, password when it is encrypted) into a preview with duplicates marked, add the
// chosen accounts in one save, and export the vault (or some accounts) to a file that is written whole
// or not at all, readable by its owner only.

#include "common/error.h"
#include "crypto/kdf.h"
#include "interop/import_registry.h"

#include <atomic>
#include "vault/vault_store.h"

#include <QDateTime>

namespace tessera::session {

struct ImportPreview
{
    const interop::ImportFormat *format = nullptr;
    interop::ImportResult result;
    std::vector<bool> duplicates; // one per account: the vault already has it
};

// `formatId` empty: detect. UnknownFormat when nothing matches; the importers' errors otherwise.
// Every key derivation the file asks for shares one budget (crypto/kdf_budget.h); with `cancelled`, the
// reading stops at the next derivation once it is set (Cancelled).
Result<ImportPreview> readImport(const vault::VaultStore *store, QByteArrayView bytes, const QString &formatId,
                                 const SecretBytes &password, const std::atomic<bool> *cancelled = nullptr);
// Reads the file (bounded by kMaxImportFileSize) into memory; IoFailure with the path.
Result<QByteArray> readImportFile(const QString &path);

// Adds the chosen accounts (all when `chosen` is empty), with their groups, notes and recovery codes,
// in one save: all or none. Returns how many were added.
Result<int> addImported(vault::VaultStore &store, const interop::ImportResult &imported, const std::vector<bool> &chosen,
                        std::int64_t nowMs);

enum class ExportFormat { TesseraBackup, Aegis, OtpauthList, RecoverySheet };
std::optional<ExportFormat> parseExportFormat(const QString &name); // tessera, aegis, otpauth, recovery-sheet

// The accounts (all when `ids` is empty) with their secrets opened, for an exporter.
Result<interop::ImportResult> accountsForExport(const vault::VaultStore &store, const std::vector<QUuid> &ids);

struct ExportOptions
{
    SecretBytes password;                   // Tessera backup: required; Aegis: empty means plain
    crypto::Argon2Params tesseraKdf = crypto::argon2Preset(crypto::KdfPreset::Moderate);
    std::int64_t nowMs = 0;
};
// The file's bytes. ExportPasswordRequired for a Tessera backup without a password; NothingToExport
// for no accounts, or (detail "recovery codes") a recovery sheet when no account has codes.
Result<SecretBytes> exportAccounts(const vault::VaultStore &store, ExportFormat format, const std::vector<QUuid> &ids,
                                   const ExportOptions &options);

// The same for accounts already opened (accountsForExport): lets a GUI derive keys off its thread.
Result<SecretBytes> writeExport(const interop::ImportResult &accounts, ExportFormat format, const ExportOptions &options);

// Writes atomically (QSaveFile) with owner-only permissions.
Result<void> writePrivateFile(const QString &path, std::span<const std::uint8_t> bytes);

} // namespace tessera::session
