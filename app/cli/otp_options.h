#pragma once
// The options that describe a code (--type, --algorithm, --digits, --period, --counter), shared by
// 'code --secret' and 'add --secret', parsed with the same rules as otpauth:// links.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "otp/otp_params.h"

#include <QCommandLineParser>

namespace tessera::cli {

void addOtpOptions(QCommandLineParser &parser);
// The key of --secret: Base32 text, or "-" for a line of standard input; empty keys are refused.
Result<SecretBytes> secretFromOption(const QString &value);
Result<otp::OtpParams> otpParamsFrom(const QCommandLineParser &parser);

} // namespace tessera::cli
