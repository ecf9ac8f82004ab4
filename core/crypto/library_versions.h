#pragma once
// The versions of the cryptographic libraries, for the About page.

#include <QString>

namespace tessera::crypto {

QString libsodiumVersion();
QString opensslVersion();

} // namespace tessera::crypto
