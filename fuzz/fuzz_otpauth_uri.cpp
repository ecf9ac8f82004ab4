// libFuzzer target: otpauth:// links as typed, pasted, scanned or opened by the desktop. A link either
// parses to an account with a secret and valid parameters, or is refused; a parsed account written
// back as a link (what the export page shows a phone) parses to the same account.
#include "otp/otp_params.h"
#include "uri/otpauth_parser.h"
#include "uri/otpauth_writer.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto account = uri::parseOtpauth(text);
    if (!account)
        return 0;
    if (account->secret.isEmpty() || !otp::validate(account->params))
        std::abort();
    const SecretBytes link = uri::writeOtpauth(*account);
    auto again = uri::parseOtpauth(link.view());
    if (!again || again->issuer != account->issuer || again->name != account->name
        || !(again->params == account->params) || !again->secret.equals(account->secret))
        std::abort();
    return 0;
}
