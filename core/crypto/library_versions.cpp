#include "crypto/library_versions.h"

#include <openssl/crypto.h>
#include <sodium/version.h>

namespace tessera::crypto {

QString libsodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

QString opensslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).section(u' ', 0, 1);
}

} // namespace tessera::crypto
