// Where browsers on macOS look for a user's native messaging hosts: a folder of each under
// ~/Library/Application Support.
#include "session/browser_hosts.h"

#include <QDir>

namespace tessera::session {

QList<BrowserHostPlace> browserHostPlaces()
{
    const QString support = QDir::homePath() + QStringLiteral("/Library/Application Support");
    const QString file = QString::fromLatin1(kBrowserHostName) + QStringLiteral(".json");
    QList<BrowserHostPlace> places;
    const auto place = [&](const QString &browser, const QString &key, const QString &folder, bool firefox) {
        places.append({browser, key, QStringLiteral("%1/%2/NativeMessagingHosts/%3").arg(support, folder, file), firefox,
                       QDir(support + QLatin1Char('/') + folder).exists(), {}});
    };
    place(QStringLiteral("Chromium"), QStringLiteral("chromium"), QStringLiteral("Chromium"), false);
    place(QStringLiteral("Google Chrome"), QStringLiteral("chrome"), QStringLiteral("Google/Chrome"), false);
    place(QStringLiteral("Microsoft Edge"), QStringLiteral("edge"), QStringLiteral("Microsoft Edge"), false);
    place(QStringLiteral("Brave"), QStringLiteral("brave"), QStringLiteral("BraveSoftware/Brave-Browser"), false);
    place(QStringLiteral("Vivaldi"), QStringLiteral("vivaldi"), QStringLiteral("Vivaldi"), false);
    place(QStringLiteral("Firefox"), QStringLiteral("firefox"), QStringLiteral("Mozilla"), true);
    return places;
}

Result<void> registerHostManifest(const BrowserHostPlace &, bool)
{
    return {}; // the browsers find the manifest by its folder alone
}

} // namespace tessera::session
