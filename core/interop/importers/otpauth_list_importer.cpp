#include "interop/importers/otpauth_list_importer.h"

#include "common/error_text.h"
#include "interop/import_support.h"
#include "interop/importers/ente_code_display.h"
#include "uri/otpauth_parser.h"

namespace tessera::interop {

Result<ImportResult> importOtpauthList(QByteArrayView bytes)
{
    bytes = withoutBom(bytes);
    ImportResult result;
    int lineNumber = 0;
    bool sawLink = false;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = bytes.sliced(start, end - start).trimmed();
        start = end + 1;
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        sawLink = sawLink || line.startsWith("otpauth://");
        const QString where = QStringLiteral("line %1").arg(lineNumber);
        auto account = uri::parseOtpauth(std::string_view(line.data(), static_cast<std::size_t>(line.size())));
        if (!account) {
            result.skipped.push_back({where, errorText(account.error())});
            continue;
        }
        result.add(std::move(*account), readCodeDisplay(line).value_or(AccountExtras{}));
    }
    if (!sawLink)
        return fail(ErrorCode::Corrupted, QStringLiteral("the file holds no otpauth:// links"));
    return result;
}

std::optional<Protection> detectOtpauthList(const SniffedFile &file)
{
    if (!file.json && file.bytes.contains("otpauth://"))
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importOtpauthListFile(QByteArrayView bytes, const SecretBytes &)
{
    auto result = importOtpauthList(bytes);
    if (!result)
        return tl::unexpected(damaged(kOtpauthListName, QStringLiteral("it holds no otpauth:// links")));
    return finish(std::move(*result));
}

} // namespace tessera::interop
