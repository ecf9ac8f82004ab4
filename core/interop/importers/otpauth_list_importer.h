#pragma once
// A text file of otpauth:// links, one per line (Aegis, Ente and 2FAS "export as URI list", FreeOTP+,
// WinAuth, hand-made lists). Ente's codeDisplay metadata (tags, note, pinned) is kept. Blank lines and lines starting with '#' are ignored; a line that is not a valid
// link is skipped with the parser's reason.

#include "common/error.h"
#include "interop/import_registry.h"

#include <QByteArrayView>

namespace tessera::interop {

// Corrupted when the file holds no otpauth:// link at all (it is some other format).
Result<ImportResult> importOtpauthList(QByteArrayView bytes);

inline const QString kOtpauthListName = QStringLiteral("otpauth:// list");

// As a registry entry: any text with an otpauth:// link; a file whose links all fail is NothingToImport.
std::optional<Protection> detectOtpauthList(const SniffedFile &file);
Result<ImportResult> importOtpauthListFile(QByteArrayView bytes, const SecretBytes &password);

} // namespace tessera::interop
