#pragma once
// The parameters of a one-time-password account (everything but the secret), their defaults and
// limits, and the parsing of their textual forms shared by the URI parser, importers and the CLI.

#include "common/error.h"
#include "crypto/hmac.h"

#include <QStringView>
#include <cstdint>

namespace tessera::otp {

enum class OtpType { Totp, Hotp, Steam };
using Algorithm = crypto::HashAlgorithm;

inline constexpr int kDefaultDigits = 6;
inline constexpr int kMinDigits = 6;
inline constexpr int kMaxDigits = 10; // a 31-bit truncated value has at most 10 decimal digits
inline constexpr int kSteamDigits = 5;
inline constexpr std::int64_t kDefaultPeriodSeconds = 30;
inline constexpr std::int64_t kMaxPeriodSeconds = 0x7FFFFFFF;

struct OtpParams
{
    OtpType type = OtpType::Totp;
    Algorithm algorithm = Algorithm::Sha1;
    int digits = kDefaultDigits;
    std::int64_t periodSeconds = kDefaultPeriodSeconds; // TOTP and Steam
    std::uint64_t counter = 0;                          // HOTP

    bool operator==(const OtpParams &) const = default;
};

// Defaults for a type: Steam is always SHA1 with 5 characters.
OtpParams defaultsFor(OtpType type);

// Checks digits against the type and the period; the only place these limits are enforced.
Result<void> validate(const OtpParams &params);

QString typeName(OtpType type);           // "totp", "hotp", "steam"
QString algorithmName(Algorithm algorithm); // "SHA1", "SHA256", "SHA512"

Result<OtpType> parseType(QStringView text);           // any case
Result<Algorithm> parseAlgorithm(QStringView text);    // any case, "SHA-256" too
Result<int> parseDigits(QStringView text);             // 6..10
Result<std::int64_t> parsePeriod(QStringView text);    // 1..kMaxPeriodSeconds
Result<std::uint64_t> parseCounter(QStringView text);  // full unsigned 64-bit range

} // namespace tessera::otp
