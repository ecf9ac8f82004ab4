#include "session/account_input.h"

#include "encoding/base32.h"

namespace tessera::session {

Result<otp::OtpParams> codeParamsFrom(const CodeInput &input)
{
    auto type = input.type.trimmed().isEmpty() ? Result<otp::OtpType>(otp::OtpType::Totp) : otp::parseType(input.type.trimmed());
    if (!type)
        return tl::unexpected(type.error());
    otp::OtpParams params = otp::defaultsFor(*type);
    const CodeFields uses = fieldsOf(*type);
    const auto given = [](const QString &text) { return !text.trimmed().isEmpty(); };
    if (uses.algorithm && given(input.algorithm)) {
        auto algorithm = otp::parseAlgorithm(input.algorithm.trimmed());
        if (!algorithm)
            return tl::unexpected(algorithm.error());
        params.algorithm = *algorithm;
    }
    if (given(input.digits)) {
        if (!uses.digits) { // Steam: its five characters are part of the type
            if (input.digits.trimmed() != QString::number(otp::kSteamDigits))
                return fail(ErrorCode::InvalidDigits, input.digits.trimmed());
        } else {
            auto digits = otp::parseDigits(input.digits.trimmed());
            if (!digits)
                return tl::unexpected(digits.error());
            params.digits = *digits;
        }
    }
    if (uses.period && given(input.period)) {
        auto period = otp::parsePeriod(input.period.trimmed());
        if (!period)
            return tl::unexpected(period.error());
        params.periodSeconds = *period;
    }
    if (uses.counter && given(input.counter)) {
        auto counter = otp::parseCounter(input.counter.trimmed());
        if (!counter)
            return tl::unexpected(counter.error());
        params.counter = *counter;
    }
    if (auto valid = otp::validate(params); !valid)
        return tl::unexpected(valid.error());
    return params;
}

CodeFields fieldsOf(otp::OtpType type)
{
    switch (type) {
    case otp::OtpType::Totp:
        return {true, true, true, false};
    case otp::OtpType::Hotp:
        return {true, true, false, true};
    case otp::OtpType::Steam:
        return {false, false, true, false};
    }
    return {true, true, true, false};
}

Result<SecretBytes> secretFromText(std::string_view base32Text)
{
    auto secret = base32::decode(base32Text);
    if (secret && secret->isEmpty())
        return fail(ErrorCode::SecretTooShort);
    return secret;
}

Result<uri::KeyUri> accountFrom(const AccountInput &input, std::string_view base32Secret)
{
    uri::KeyUri account;
    account.issuer = input.issuer.trimmed();
    account.name = input.name.trimmed();
    if (account.issuer.isEmpty() && account.name.isEmpty())
        return fail(ErrorCode::AccountUnnamed);
    auto params = codeParamsFrom(input.code);
    if (!params)
        return tl::unexpected(params.error());
    auto secret = secretFromText(base32Secret);
    if (!secret)
        return tl::unexpected(secret.error());
    account.params = *params;
    account.secret = std::move(*secret);
    return account;
}

} // namespace tessera::session
