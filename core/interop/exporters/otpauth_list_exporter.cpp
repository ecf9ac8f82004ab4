#include "interop/exporters/otpauth_list_exporter.h"

#include "uri/otpauth_writer.h"

#include <cstring>

namespace tessera::interop {

SecretBytes writeOtpauthList(const ImportResult &accounts)
{
    std::vector<SecretBytes> lines;
    std::size_t size = 0;
    for (const uri::KeyUri &account : accounts.accounts) {
        lines.push_back(uri::writeOtpauth(account));
        size += lines.back().size() + 1;
    }
    SecretBytes text(size);
    std::size_t at = 0;
    for (const SecretBytes &line : lines) {
        std::memcpy(text.data() + at, line.data(), line.size());
        at += line.size();
        text.data()[at++] = '\n';
    }
    return text;
}

} // namespace tessera::interop
