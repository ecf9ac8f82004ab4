#include "interop/importers/google_migration_list_importer.h"

#include "interop/import_support.h"
#include "uri/google_migration.h"

#include <QMap>
#include <QSet>

namespace tessera::interop {
namespace {

// The parts seen of each batch, to name the ones that are missing.
struct Batch
{
    int size = 1;
    QSet<int> seen;
};

void noteMissingParts(ImportResult &result, const QMap<int, Batch> &batches)
{
    for (const Batch &batch : batches) {
        QStringList missing;
        for (int i = 0; i < batch.size; ++i)
            if (!batch.seen.contains(i))
                missing.append(QString::number(i + 1));
        if (!missing.isEmpty())
            result.skipped.push_back({QStringLiteral("parts %1 of %2").arg(missing.join(QStringLiteral(", "))).arg(batch.size),
                                      QStringLiteral("These transfer codes are not in the file; their accounts are "
                                                     "missing.")});
    }
}

} // namespace

std::optional<Protection> detectGoogleMigrationList(const SniffedFile &file)
{
    if (!file.json && file.bytes.size() <= kMaxImportFileSize && file.bytes.contains("otpauth-migration://"))
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importGoogleMigrationList(QByteArrayView bytes, const SecretBytes &)
{
    ImportResult result;
    QMap<int, Batch> batches;
    QSet<QByteArray> seenLines;
    int lineNumber = 0;
    bytes = withoutBom(bytes);
    for (const QByteArrayView rawLine : QByteArray::fromRawData(bytes.data(), bytes.size()).split('\n')) {
        ++lineNumber;
        const QByteArrayView line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString where = QStringLiteral("line %1").arg(lineNumber);
        const std::string_view text(line.data(), std::size_t(line.size()));
        if (line.startsWith("otpauth://")) {
            addLinkEntry(result, where, QString::fromUtf8(line), {});
            continue;
        }
        if (!line.startsWith("otpauth-migration://")) {
            result.skipped.push_back({where, QStringLiteral("The line is not an otpauth-migration:// or otpauth:// "
                                                            "link; it must start with one.")});
            continue;
        }
        auto part = uri::parseMigration(text);
        if (!part) {
            result.skipped.push_back({where, errorTextOf(part.error())});
            continue;
        }
        if (seenLines.contains(line.toByteArray()))
            continue; // the same code read twice
        seenLines.insert(line.toByteArray());
        Batch &batch = batches[part->batchId];
        batch.size = std::max({batch.size, part->batchSize, part->batchIndex + 1});
        batch.seen.insert(part->batchIndex);
        for (std::size_t i = 0; i < part->accounts.size(); ++i)
            result.add(std::move(part->accounts[i]));
        for (const uri::MigrationSkip &skipped : part->skipped)
            result.skipped.push_back({where + QStringLiteral(", ") + skipped.where, skipped.reason});
    }
    noteMissingParts(result, batches);
    return finish(std::move(result));
}

} // namespace tessera::interop
