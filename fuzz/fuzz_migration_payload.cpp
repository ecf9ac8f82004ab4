// libFuzzer target: the protobuf payload inside a Google Authenticator transfer link. The fuzzer's
// bytes become the payload itself (base64url in a link), so mutations reach the protobuf reader instead
// of being spent on base64 spelling; fuzz_qr_text covers the link text. What is read is either a
// batch position inside the batch with accounts that have secrets, or a refusal; accounts the format
// can carry, written again, read back unchanged.
#include "uri/google_migration.h"

#include <QByteArray>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera;
    const QByteArray payload = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray link = QByteArray(uri::kMigrationScheme.data(), qsizetype(uri::kMigrationScheme.size()))
                            + "offline?data="
                            + payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    auto part = uri::parseMigration(std::string_view(link.constData(), std::size_t(link.size())));
    if (!part)
        return 0;
    if (part->batchIndex < 0 || part->batchIndex >= part->batchSize)
        std::abort();
    std::vector<const uri::KeyUri *> carried;
    for (const uri::KeyUri &account : part->accounts) {
        if (account.secret.isEmpty())
            std::abort();
        if (!uri::migrationCannotCarry(account))
            carried.push_back(&account);
    }
    if (carried.empty())
        return 0;
    const std::vector<SecretBytes> links = uri::writeMigration(carried, int(carried.size()), part->batchId);
    if (links.size() != 1)
        std::abort();
    auto again = uri::parseMigration(links.front().view());
    if (!again || again->accounts.size() != carried.size())
        std::abort();
    for (std::size_t i = 0; i < carried.size(); ++i) {
        const uri::KeyUri &before = *carried[i];
        const uri::KeyUri &after = again->accounts[i];
        if (after.issuer != before.issuer || after.name != before.name || !(after.params == before.params)
            || !after.secret.equals(before.secret))
            std::abort();
    }
    return 0;
}
