#include "session/service_sites.h"

#include "session/account_sites.h"

#include <QFile>
#include <QHash>

namespace tessera::session {
namespace {

// "Amazon Web Services", "amazon-web-services" and "AmazonWebServices" are one name.
QString nameKey(const QString &name)
{
    QString key;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    return key;
}

// Read once from the resource: one service a line, "name<TAB>site|site…".
const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> services = [] {
        QHash<QString, QStringList> read;
        QFile file(QStringLiteral(":/service-domains/service-domains.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return read;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() == 2 && !read.contains(nameKey(fields[0])))
                read.insert(nameKey(fields[0]), fields[1].split(u'|', Qt::SkipEmptyParts));
        }
        return read;
    }();
    return services;
}

} // namespace

QStringList knownSitesFor(const QString &issuer)
{
    const QString trimmed = issuer.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(u'.') && !trimmed.contains(u' '))
        if (auto site = siteFromText(trimmed))
            return {*site};
    QStringList sites;
    for (const QString &listed : table().value(nameKey(trimmed)))
        if (auto site = siteFromText(listed); site && !sites.contains(*site))
            sites.append(*site); // kept the way a user's own would be, and a suffix refused like one
    return sites;
}

} // namespace tessera::session
