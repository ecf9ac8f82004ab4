#pragma once
// An account typed field by field (the GUI's form, `tessera-cli add --secret`, `code --secret`), turned
// into a validated account with the rules otpauth:// links follow. Written once so both faces accept
// exactly the same input.

#include "common/error.h"
#include "otp/otp_params.h"
#include "uri/key_uri.h"

#include <QString>

namespace tessera::session {

// The options that describe a code, as typed; an empty text means the type's default.
struct CodeInput
{
    QString type;      // totp (default), hotp or steam; any case
    QString algorithm; // SHA1, SHA256, SHA512; ignored for Steam, which has its own
    QString digits;    // 6..10; Steam codes have 5, and any other number is refused for them
    QString period;    // seconds, for TOTP and Steam
    QString counter;   // HOTP
};
Result<otp::OtpParams> codeParamsFrom(const CodeInput &input);

// Which fields a type uses, for a form that shows only those.
struct CodeFields
{
    bool algorithm;
    bool digits;
    bool period;
    bool counter;
};
CodeFields fieldsOf(otp::OtpType type);

// The key as typed: Base32 with any case, spaces, hyphens and missing padding; an empty key is refused.
Result<SecretBytes> secretFromText(std::string_view base32Text);

struct AccountInput
{
    QString issuer; // trimmed; the issuer or the name (or both) must be given
    QString name;
    CodeInput code;
};
Result<uri::KeyUri> accountFrom(const AccountInput &input, std::string_view base32Secret);

} // namespace tessera::session
