#include "crypto/random.h"

#include <sodium.h>

namespace tessera::crypto {

void systemRandom(std::span<std::uint8_t> out)
{
    ensureSodium();
    randombytes_buf(out.data(), out.size());
}

QByteArray randomBytes(qsizetype size, const RandomSource &random)
{
    QByteArray out(size, Qt::Uninitialized);
    random(std::span(reinterpret_cast<std::uint8_t *>(out.data()), static_cast<std::size_t>(size)));
    return out;
}

SecretBytes randomSecret(std::size_t size, const RandomSource &random)
{
    SecretBytes out(size);
    random(std::span(out.data(), size));
    return out;
}

} // namespace tessera::crypto
