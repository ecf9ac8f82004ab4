// libFuzzer target: QR texts as they come out of a picture, through the same path the scan page and
// `tessera-cli scan` use: otpauth:// links, Google Authenticator transfer links, anything else.
#include "session/qr_scan.h"
#include "uri/google_migration.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (auto part = uri::parseMigration(text)) {
        if (part->batchIndex < 0 || part->batchIndex >= part->batchSize)
            std::abort(); // the parser promises a position inside the batch
        for (const uri::KeyUri &a : part->accounts)
            if (a.secret.isEmpty())
                std::abort(); // an account without a secret must have been skipped
    }
    session::QrScan scan;
    std::vector<SecretBytes> texts;
    texts.push_back(SecretBytes::copyOf(text));
    const auto step = scan.add(std::move(texts));
    if (step.newAccounts == 0 && step.problems.empty() && scan.exports().empty())
        std::abort(); // every text gives accounts, an export part, or a reason
    return 0;
}
