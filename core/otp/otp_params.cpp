#include "otp/otp_params.h"

namespace tessera::otp {
namespace {

// Plain decimal digits only: no sign, no spaces, no exponent, so "1e3" or "+6" are refused.
bool isDecimal(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

OtpParams defaultsFor(OtpType type)
{
    OtpParams params;
    params.type = type;
    if (type == OtpType::Steam)
        params.digits = kSteamDigits;
    return params;
}

Result<void> validate(const OtpParams &params)
{
    if (params.type == OtpType::Steam) {
        if (params.digits != kSteamDigits)
            return fail(ErrorCode::InvalidDigits, QString::number(params.digits));
    } else if (params.digits < kMinDigits || params.digits > kMaxDigits) {
        return fail(ErrorCode::InvalidDigits, QString::number(params.digits));
    }
    if (params.type != OtpType::Hotp && (params.periodSeconds < 1 || params.periodSeconds > kMaxPeriodSeconds))
        return fail(ErrorCode::InvalidPeriod, QString::number(params.periodSeconds));
    return {};
}

QString typeName(OtpType type)
{
    switch (type) {
    case OtpType::Totp:
        return QStringLiteral("totp");
    case OtpType::Hotp:
        return QStringLiteral("hotp");
    case OtpType::Steam:
        return QStringLiteral("steam");
    }
    return {};
}

QString algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return QStringLiteral("SHA1");
    case Algorithm::Sha256:
        return QStringLiteral("SHA256");
    case Algorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return {};
}

Result<OtpType> parseType(QStringView text)
{
    for (OtpType type : {OtpType::Totp, OtpType::Hotp, OtpType::Steam})
        if (text.compare(typeName(type), Qt::CaseInsensitive) == 0)
            return type;
    return fail(ErrorCode::UnknownOtpType, text.toString());
}

Result<Algorithm> parseAlgorithm(QStringView text)
{
    QString normalized = text.toString().remove(u'-');
    for (Algorithm algorithm : {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512})
        if (normalized.compare(algorithmName(algorithm), Qt::CaseInsensitive) == 0)
            return algorithm;
    return fail(ErrorCode::UnknownAlgorithm, text.toString());
}

Result<int> parseDigits(QStringView text)
{
    bool ok = false;
    const int digits = isDecimal(text) ? text.toInt(&ok) : 0;
    if (!ok || digits < kMinDigits || digits > kMaxDigits)
        return fail(ErrorCode::InvalidDigits, text.toString());
    return digits;
}

Result<std::int64_t> parsePeriod(QStringView text)
{
    bool ok = false;
    const qint64 period = isDecimal(text) ? text.toLongLong(&ok) : 0;
    if (!ok || period < 1 || period > kMaxPeriodSeconds)
        return fail(ErrorCode::InvalidPeriod, text.toString());
    return period;
}

Result<std::uint64_t> parseCounter(QStringView text)
{
    bool ok = false;
    const qulonglong counter = isDecimal(text) ? text.toULongLong(&ok) : 0;
    if (!ok)
        return fail(ErrorCode::InvalidCounter, text.toString());
    return counter;
}

} // namespace tessera::otp
