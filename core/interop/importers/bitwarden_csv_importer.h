#pragma once
// Bitwarden CSV exports: a header row naming the columns (name, login_username, login_totp…) and one
// row per item, RFC 4180 quoting. Rows with more fields than the header (notes with commas written
// unquoted by some versions) still read their columns by position from the left.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kBitwardenCsvName = QStringLiteral("Bitwarden CSV");

std::optional<Protection> detectBitwardenCsv(const SniffedFile &file);
Result<ImportResult> importBitwardenCsv(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
