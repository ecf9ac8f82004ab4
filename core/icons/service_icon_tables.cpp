#include "icons/service_icon_tables.h"

namespace tessera::icons {

Result<ServiceIconTables> splitServiceIconBundle(const QByteArray &bundle)
{
    const auto damaged = [] { return fail(ErrorCode::Corrupted, QStringLiteral("the bundled service icons")); };
    // qUncompress trusts the length in front; the real text is under 8 MiB, so anything claiming more
    // is not ours.
    if (bundle.size() < 4 || static_cast<unsigned char>(bundle.at(0)) != 0)
        return damaged();
    const QByteArray text = qUncompress(bundle);
    qsizetype lineStart = text.indexOf('\n');
    if (lineStart <= 0 || !text.startsWith("simple-icons "))
        return damaged();
    ServiceIconTables tables;
    tables.index = text.first(lineStart + 1);
    tables.paths.reserve(text.size());
    ++lineStart;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QByteArrayView line(text.constData() + lineStart, lineEnd - lineStart);
        const qsizetype pathTab = line.lastIndexOf('\t');
        if (pathTab < 0)
            return damaged();
        const QByteArrayView path = line.sliced(pathTab + 1);
        tables.index += line.first(pathTab + 1);
        tables.index += QByteArray::number(tables.paths.size()) + '\t' + QByteArray::number(path.size()) + '\n';
        tables.paths += path;
        lineStart = lineEnd + 1;
    }
    tables.paths.squeeze();
    return tables;
}

} // namespace tessera::icons
