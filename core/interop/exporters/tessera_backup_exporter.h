#pragma once
// Tessera's own backup: a vault file (docs/VAULT_FORMAT.md) with a fresh master key and vault id and
// one password slot for the backup's own password, so it opens anywhere and carries everything an
// account has — group, notes, favourite, recovery codes.

#include "common/error.h"
#include "crypto/kdf.h"
#include "interop/import_result.h"

namespace tessera::interop {

Result<QByteArray> writeTesseraBackup(const ImportResult &accounts, const SecretBytes &password,
                                      const crypto::Argon2Params &kdf, std::int64_t nowMs);

} // namespace tessera::interop
