#include "crypto/hmac.h"

#include <QByteArray>
#include <QMessageAuthenticationCode>
#include <sodium.h>

#include <algorithm>

namespace tessera::crypto {
namespace {

QCryptographicHash::Algorithm qtAlgorithm(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        break;
    case HashAlgorithm::Sha256:
        return QCryptographicHash::Sha256;
    case HashAlgorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha1;
}

} // namespace

Result<Mac> hmacWithQt(HashAlgorithm algorithm, std::span<const std::uint8_t> key, std::span<const std::uint8_t> message)
{
    QMessageAuthenticationCode code(qtAlgorithm(algorithm),
                                    QByteArray::fromRawData(reinterpret_cast<const char *>(key.data()),
                                                            static_cast<qsizetype>(key.size())));
    code.addData(reinterpret_cast<const char *>(message.data()), static_cast<qsizetype>(message.size()));
    QByteArray result = code.result();
    Mac mac;
    if (result.isEmpty() || std::size_t(result.size()) > mac.bytes.size())
        return fail(ErrorCode::CryptoFailure, QStringLiteral("HMAC failed"));
    mac.size = std::size_t(result.size());
    std::copy_n(reinterpret_cast<const std::uint8_t *>(result.constData()), mac.size, mac.bytes.begin());
    sodium_memzero(result.data(), std::size_t(result.size()));
    return mac;
}

} // namespace tessera::crypto
