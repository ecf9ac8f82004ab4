#include "session/incoming_items.h"

#include "uri/google_migration.h"

#include <QDir>
#include <QUrl>

namespace tessera::session {

bool isAccountLink(const QString &text)
{
    return text.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive) ||
           text.startsWith(QString::fromLatin1(uri::kMigrationScheme.data(), qsizetype(uri::kMigrationScheme.size())),
                           Qt::CaseInsensitive);
}

IncomingItems classifyIncoming(const QStringList &arguments, const QString &workingDirectory,
                               const PictureTest &isPicture)
{
    IncomingItems items;
    for (const QString &argument : arguments) {
        if (isAccountLink(argument)) {
            const QByteArray text = argument.toUtf8();
            items.links.push_back(SecretBytes::copyOf(std::string_view(text.constData(), std::size_t(text.size()))));
            continue;
        }
        const QUrl url = QUrl::fromUserInput(argument, workingDirectory, QUrl::AssumeLocalFile);
        const QString path = url.isLocalFile() ? url.toLocalFile() : argument;
        if (isPicture && isPicture(path))
            items.pictures << path;
        else
            items.files << path;
    }
    return items;
}

} // namespace tessera::session
