#include "otp/code_generator.h"

#include "otp/hotp.h"
#include "otp/time_step.h"

#include <algorithm>
#include <string_view>

namespace tessera::otp {
namespace {

struct Encoder
{
    std::string_view alphabet;
    bool mostSignificantFirst; // decimal codes read like numbers; Steam emits the low digit first
};

constexpr Encoder kDecimal{"0123456789", true};
constexpr Encoder kSteam{"23456789BCDFGHJKMNPQRTVWXY", false};

std::string encode(std::uint32_t value, const Encoder &encoder, int length)
{
    std::string code(static_cast<std::size_t>(length), '0');
    const auto base = static_cast<std::uint32_t>(encoder.alphabet.size());
    for (char &c : code) {
        c = encoder.alphabet[value % base];
        value /= base;
    }
    if (encoder.mostSignificantFirst)
        std::reverse(code.begin(), code.end());
    return code;
}

} // namespace

Result<std::string> generate(const OtpParams &params, const SecretBytes &secret, std::int64_t unixMs,
                             crypto::MacFunction mac)
{
    if (auto valid = validate(params); !valid)
        return tl::unexpected(valid.error());
    if (secret.isEmpty())
        return fail(ErrorCode::SecretTooShort);

    std::uint64_t movingFactor = params.counter;
    if (params.type != OtpType::Hotp) {
        auto step = timeStep(unixMs, params.periodSeconds);
        if (!step)
            return tl::unexpected(step.error());
        movingFactor = *step;
    }
    auto value = truncatedValue(params.algorithm, secret, movingFactor, mac);
    if (!value)
        return tl::unexpected(value.error());
    return encode(*value, params.type == OtpType::Steam ? kSteam : kDecimal, params.digits);
}

} // namespace tessera::otp
