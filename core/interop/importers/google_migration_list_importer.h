#pragma once
// Text files of Google Authenticator transfer links (otpauth-migration://offline?data=…), one per
// line, as tools that read the export's QR codes write them (extract_otp_secrets, zbarimg output).
// Every part's accounts are read; parts of a batch that are missing are named among the skipped.
// Plain otpauth:// lines in the same file are read too.

#include "interop/import_registry.h"

namespace tessera::interop {

inline const QString kGoogleMigrationName = QStringLiteral("Google Authenticator");

std::optional<Protection> detectGoogleMigrationList(const SniffedFile &file);
Result<ImportResult> importGoogleMigrationList(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
