// libFuzzer target for one import format (TESSERA_FUZZ_FORMAT, a registry id) or, when that is empty,
// for detection plus whichever importer it picks — the path every file a user drops on the window
// takes. Whatever the bytes, an import ends in accounts with a secret and valid parameters, or in an
// error; never a crash, a hang or an account without a secret.
#include "crypto/kdf_budget.h"
#include "interop/import_registry.h"

#include <cstdlib>

#ifndef TESSERA_FUZZ_FORMAT
#define TESSERA_FUZZ_FORMAT ""
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The same limits a user's import runs under (session::readImport): the file's shape, one budget for
    // every key derivation it asks for.
    if (!interop::checkImportShape(bytes))
        return 0;
    const crypto::KdfBudget budget;
    const QString id = QStringLiteral(TESSERA_FUZZ_FORMAT);
    const interop::ImportFormat *format = nullptr;
    if (id.isEmpty()) {
        const auto detected = interop::detectImportFormat(bytes);
        if (!detected)
            return 0;
        format = detected->format;
    } else {
        format = interop::findImportFormat(id);
        if (!format)
            std::abort();
    }
    const SecretBytes password = SecretBytes::copyOf(std::string_view("fuzz"));
    const auto result = format->read(bytes, password);
    if (!result)
        return 0;
    if (result->accounts.empty())
        std::abort(); // a file without accounts is NothingToImport, never an empty success
    for (const uri::KeyUri &account : result->accounts)
        if (account.secret.isEmpty() || !otp::validate(account.params))
            std::abort();
    return 0;
}
