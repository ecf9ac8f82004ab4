#include "interop/importers/bitwarden_csv_importer.h"

#include "interop/import_support.h"

namespace tessera::interop {
namespace {

// Splits CSV text into rows of fields; quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool rowHasContent = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            rowHasContent = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            rowHasContent = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (rowHasContent || !field.isEmpty()) {
                row.append(field);
                rows.append(row);
            }
            row.clear();
            field.clear();
            rowHasContent = false;
        } else {
            field += c;
            rowHasContent = true;
        }
    }
    if (rowHasContent || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QString firstLine(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    return QString::fromUtf8(end < 0 ? bytes : bytes.first(end));
}

} // namespace

std::optional<Protection> detectBitwardenCsv(const SniffedFile &file)
{
    if (file.json)
        return std::nullopt;
    const QString header = firstLine(file.bytes);
    if (header.contains(QLatin1String("login_totp")))
        return Protection::Plain;
    return std::nullopt;
}

Result<ImportResult> importBitwardenCsv(QByteArrayView bytes, const SecretBytes &)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> rows = parseCsv(text);
    const QStringList header = rows.value(0);
    const qsizetype totpColumn = header.indexOf(QStringLiteral("login_totp"));
    if (totpColumn < 0)
        return tl::unexpected(damaged(kBitwardenCsvName, QStringLiteral("it has no login_totp column")));
    const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
    const qsizetype userColumn = header.indexOf(QStringLiteral("login_username"));
    const qsizetype folderColumn = header.indexOf(QStringLiteral("folder"));
    const qsizetype notesColumn = header.indexOf(QStringLiteral("notes"));
    ImportResult result;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        const QString totp = row.value(totpColumn).trimmed();
        if (totp.isEmpty())
            continue;
        const EntryFields defaults{row.value(nameColumn), row.value(userColumn), {}};
        addLinkEntry(result, QStringLiteral("row %1").arg(r + 1), totp, defaults,
                     AccountExtras{.group = row.value(folderColumn), .notes = row.value(notesColumn)});
    }
    text.fill(u' ');
    return finish(std::move(result));
}

} // namespace tessera::interop
