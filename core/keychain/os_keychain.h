#pragma once
// The operating system's keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows) through QtKeychain, service "Tessera". Never a plaintext fallback: when no keychain answers,
// the caller gets KeychainUnavailable and the password path. Runs a local event loop per call, so it
// needs a QCoreApplication.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QString>

namespace tessera::keychain {

Result<SecretBytes> readKey(const QString &account);
Result<void> storeKey(const QString &account, const SecretBytes &key);
Result<void> deleteKey(const QString &account); // succeeds when there was no entry

} // namespace tessera::keychain
