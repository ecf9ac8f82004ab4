#pragma once
// A text file of otpauth:// links, one per line: what Aegis, 2FAS, Ente, FreeOTP+, WinAuth and most
// phone apps import. Every line spells a secret, so the text is returned in SecretBytes.

#include "interop/import_result.h"

namespace tessera::interop {

SecretBytes writeOtpauthList(const ImportResult &accounts);

} // namespace tessera::interop
