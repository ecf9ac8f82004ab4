#include "crypto/hmac.h"

#include <sodium.h>

namespace tessera::crypto {

// Apart from either HMAC, so that a program using only hmacWithQt does not link libcrypto.
Mac::~Mac()
{
    sodium_memzero(bytes.data(), bytes.size());
}

} // namespace tessera::crypto
