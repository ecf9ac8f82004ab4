// Where browsers on Windows look for a user's native messaging hosts: a registry key of each under
// HKEY_CURRENT_USER whose default value is the manifest's path. The manifests themselves live in
// Tessera's own data folder, one per kind (Chromium's names origins, Firefox's extensions).
#include "session/browser_hosts.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace tessera::session {
namespace {

struct Key
{
    const char *browser;
    const char *key;
    const char *vendorKey; // under HKEY_CURRENT_USER\Software
    bool firefox;
};
constexpr Key kKeys[] = {
    {"Chromium", "chromium", "Chromium", false},
    {"Google Chrome", "chrome", "Google\\Chrome", false},
    {"Microsoft Edge", "edge", "Microsoft\\Edge", false},
    {"Brave", "brave", "BraveSoftware\\Brave-Browser", false},
    {"Firefox", "firefox", "Mozilla", true},
};

QString registryPath(const char *vendorKey)
{
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\%1\\NativeMessagingHosts\\%2")
        .arg(QLatin1String(vendorKey), QLatin1String(kBrowserHostName));
}

} // namespace

QList<BrowserHostPlace> browserHostPlaces()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                           QStringLiteral("/NativeMessagingHosts");
    QList<BrowserHostPlace> places;
    for (const Key &k : kKeys) {
        const QSettings vendor(QStringLiteral("HKEY_CURRENT_USER\\Software\\%1").arg(QLatin1String(k.vendorKey)),
                               QSettings::NativeFormat);
        const QString manifest = QStringLiteral("%1/%2-%3.json")
                                     .arg(folder, QLatin1String(kBrowserHostName), k.firefox ? "firefox" : "chromium");
        places.append({QString::fromLatin1(k.browser), QString::fromLatin1(k.key), manifest, k.firefox,
                       !vendor.childGroups().isEmpty(), {}});
    }
    return places;
}

Result<void> registerHostManifest(const BrowserHostPlace &place, bool add)
{
    for (const Key &k : kKeys) {
        if (place.key != QLatin1String(k.key))
            continue;
        QSettings entry(registryPath(k.vendorKey), QSettings::NativeFormat);
        if (add)
            entry.setValue(QStringLiteral("Default"), QDir::toNativeSeparators(place.manifestPath));
        else
            entry.remove(QString());
        entry.sync();
        if (entry.status() != QSettings::NoError)
            return fail(ErrorCode::IoFailure, QStringLiteral("%1: the registry could not be written").arg(registryPath(k.vendorKey)));
    }
    return {};
}

} // namespace tessera::session
