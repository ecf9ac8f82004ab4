#pragma once
// Writes an Aegis vault export (docs/vault.md in beemdevelopment/Aegis), database version 3 with
// groups, that Aegis and every app with an Aegis importer reads. Encrypted: a random master key
// encrypts the database with AES-256-GCM, and one password slot wraps it with scrypt (N = 2^15, r = 8,
// p = 1, Aegis's own parameters) + AES-256-GCM. Plain only when the caller passes no password.

#include "common/error.h"
#include "crypto/random.h"
#include "interop/import_result.h"

namespace tessera::interop {

struct AegisScrypt
{
    std::uint64_t n = 1u << 15;
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

// An empty password writes a plain export.
Result<SecretBytes> writeAegis(const ImportResult &accounts, const SecretBytes &password, const AegisScrypt &cost = {},
                               const crypto::RandomSource &random = crypto::systemRandom);

} // namespace tessera::interop
