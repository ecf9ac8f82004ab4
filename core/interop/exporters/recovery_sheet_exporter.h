#pragma once
// A printable page (HTML with print styles) of the services' recovery codes: each account with codes,
// the unused ones to type and the used ones struck through with their date. Meant for paper in a
// drawer, so it says what it is and when it was made. Accounts without codes are left out.

#include "interop/import_result.h"

#include <QDateTime>

namespace tessera::interop {

// Empty when no account has a recovery code.
SecretBytes writeRecoverySheet(const ImportResult &accounts, const QDateTime &madeAt);

} // namespace tessera::interop
