#pragma once
// Every import format Tessera reads, in one sorted table: its name for the command line, its name for
// people, how to recognise it from the bytes, and its importer. Detection tries formats with a magic
// number first, then JSON shapes, then text, and last andOTP's encrypted files, which have no marker.

#include "common/error.h"
#include "interop/import_result.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <optional>
#include <vector>

namespace tessera::interop {

enum class Protection { Plain, Password };

// The file as detection sees it: the bytes, and their JSON when they are JSON (parsed once).
struct SniffedFile
{
    QByteArrayView bytes;
    std::optional<QJsonDocument> json;
};

struct ImportFormat
{
    QString id;   // "aegis": what --format takes
    QString name; // "Aegis": what people see
    std::optional<Protection> (*detect)(const SniffedFile &file);
    // An empty password for a plain file; ImportPasswordRequired when an encrypted one gets none.
    Result<ImportResult> (*read)(QByteArrayView bytes, const SecretBytes &password);
};

const std::vector<ImportFormat> &importFormats();
// By id (any case) or one of the aliases people know ("winauth", "freeotp+"); nullptr when unknown.
const ImportFormat *findImportFormat(QStringView id);

struct DetectedFormat
{
    const ImportFormat *format = nullptr;
    Protection protection = Protection::Plain;
};
std::optional<DetectedFormat> detectImportFormat(QByteArrayView bytes);
// Whether the chosen format needs a password for these bytes (the user may pick the format).
Protection protectionOf(const ImportFormat &format, QByteArrayView bytes);

// Files larger than this are refused unread: no authenticator export comes near it (one with an icon
// for each of hundreds of accounts stays below 10 MiB). It bounds the memory of parsing too: JSON,
// CSV and the text they hold take a few times the file's size.
inline constexpr qsizetype kMaxImportFileSize = 16 * 1024 * 1024;
// Fields, values and lines (commas, brackets, braces, line breaks) one file may have: a real export has
// a few dozen per account. Millions of tiny ones would cost a parser hundreds of bytes each.
inline constexpr qsizetype kMaxImportFields = 1'000'000;

// ImportTooCostly when the file has more than kMaxImportFields; checked before anything parses it.
Result<void> checkImportShape(QByteArrayView bytes);

} // namespace tessera::interop
