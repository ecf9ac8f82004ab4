// Where browsers on Linux (and the BSDs) look for a user's native messaging hosts: each Chromium-based
// browser in its own folder under ~/.config, Firefox in ~/.mozilla. A browser from Flathub runs in a
// sandbox that cannot start a program of the host system, so Tessera says so instead of installing.
#include "session/browser_hosts.h"

#include <QDir>
#include <QStandardPaths>

namespace tessera::session {

QList<BrowserHostPlace> browserHostPlaces()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString home = QDir::homePath();
    const QString file = QString::fromLatin1(kBrowserHostName) + QStringLiteral(".json");
    QList<BrowserHostPlace> places;
    const auto chromium = [&](const QString &browser, const QString &key, const QString &folder) {
        places.append({browser, key, QStringLiteral("%1/%2/NativeMessagingHosts/%3").arg(config, folder, file), false,
                       QDir(config + QLatin1Char('/') + folder).exists(), {}});
    };
    chromium(QStringLiteral("Chromium"), QStringLiteral("chromium"), QStringLiteral("chromium"));
    chromium(QStringLiteral("Google Chrome"), QStringLiteral("chrome"), QStringLiteral("google-chrome"));
    chromium(QStringLiteral("Microsoft Edge"), QStringLiteral("edge"), QStringLiteral("microsoft-edge"));
    chromium(QStringLiteral("Brave"), QStringLiteral("brave"), QStringLiteral("BraveSoftware/Brave-Browser"));
    chromium(QStringLiteral("Vivaldi"), QStringLiteral("vivaldi"), QStringLiteral("vivaldi"));
    places.append({QStringLiteral("Firefox"), QStringLiteral("firefox"),
                   QStringLiteral("%1/.mozilla/native-messaging-hosts/%2").arg(home, file), true,
                   QDir(home + QStringLiteral("/.mozilla")).exists(), {}});
    const QString sandboxed = QStringLiteral("a Flatpak browser's sandbox cannot start Tessera's host program");
    for (const auto &[browser, key, app] : {std::tuple{"Chromium (Flatpak)", "chromium-flatpak", "org.chromium.Chromium"},
                                            std::tuple{"Firefox (Flatpak)", "firefox-flatpak", "org.mozilla.firefox"}}) {
        const QString appFolder = QStringLiteral("%1/.var/app/%2").arg(home, QLatin1String(app));
        if (QDir(appFolder).exists())
            places.append({QString::fromLatin1(browser), QString::fromLatin1(key), appFolder, false, true, sandboxed});
    }
    return places;
}

Result<void> registerHostManifest(const BrowserHostPlace &, bool)
{
    return {}; // the browsers find the manifest by its folder alone
}

} // namespace tessera::session
