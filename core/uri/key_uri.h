#pragma once
// One account as an otpauth:// link describes it (Google's Key URI Format,
// https://github.com/google/google-authenticator/wiki/Key-Uri-Format).

#include "common/secret_bytes.h"
#include "otp/otp_params.h"

#include <QString>

namespace tessera::uri {

inline constexpr std::size_t kMaxUriBytes = 64 * 1024;

struct KeyUri
{
    QString issuer;
    QString name;
    otp::OtpParams params;
    SecretBytes secret;
};

} // namespace tessera::uri
