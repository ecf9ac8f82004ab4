#include "otp/hotp.h"

#include <array>

namespace tessera::otp {

Result<std::uint32_t> truncatedValue(Algorithm algorithm, const SecretBytes &secret, std::uint64_t counter,
                                     crypto::MacFunction macFunction)
{
    std::array<std::uint8_t, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(counter & 0xFF);
        counter >>= 8;
    }
    auto mac = macFunction(algorithm, secret.bytes(), message);
    if (!mac)
        return tl::unexpected(mac.error());
    const auto &h = mac->bytes;
    const std::size_t offset = h[mac->size - 1] & 0x0F; // RFC 4226 §5.4: low nibble of the last byte
    return (static_cast<std::uint32_t>(h[offset] & 0x7F) << 24) | (static_cast<std::uint32_t>(h[offset + 1]) << 16) |
           (static_cast<std::uint32_t>(h[offset + 2]) << 8) | static_cast<std::uint32_t>(h[offset + 3]);
}

} // namespace tessera::otp
