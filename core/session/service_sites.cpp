#include "session/service_sites.h"

#include "session/account_sites.h"

#include "icons/issuer_key.h"

#include <QFile>
#include <QHash>

namespace tessera::session {
namespace {

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
            if (const QString key = icons::nameKey(fields[0]); fields.size() == 2 && !key.isEmpty() && !read.contains(key))
                read.insert(key, fields[1].split(u'|', Qt::SkipEmptyParts));
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
    // The same keys the service icons are matched by: "Kaspersky Lab" is Kaspersky.
    QStringList listedSites;
    for (const QString &key : icons::issuerKeys(trimmed))
        if (const auto found = table().constFind(key); found != table().cend()) {
            listedSites = *found;
            break;
        }
    QStringList sites;
    for (const QString &listed : std::as_const(listedSites))
        if (auto site = siteFromText(listed); site && !sites.contains(*site))
            sites.append(*site); // kept the way a user's own would be, and a suffix refused like one
    return sites;
}

} // namespace tessera::session
