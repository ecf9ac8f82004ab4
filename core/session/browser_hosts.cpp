#include "session/browser_hosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tessera::session {
namespace {

QString allowed(bool firefox)
{
    return firefox ? QString::fromLatin1(kFirefoxExtensionId)
                   : QStringLiteral("chrome-extension://%1/").arg(QLatin1String(kChromiumExtensionId));
}

} // namespace

QByteArray hostManifest(const BrowserHostPlace &place, const QString &hostProgram)
{
    QJsonObject manifest{{QStringLiteral("name"), QString::fromLatin1(kBrowserHostName)},
                         {QStringLiteral("description"), QStringLiteral("Tessera: sign-in codes for the Tessera extension")},
                         {QStringLiteral("path"), QDir::toNativeSeparators(hostProgram)},
                         {QStringLiteral("type"), QStringLiteral("stdio")}};
    manifest.insert(place.firefox ? QStringLiteral("allowed_extensions") : QStringLiteral("allowed_origins"),
                    QJsonArray{allowed(place.firefox)});
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

HostState hostState(const BrowserHostPlace &place, const QString &hostProgram)
{
    QFile file(place.manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return HostState::Missing;
    const QJsonObject manifest = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (manifest.value(QStringLiteral("name")).toString() != QLatin1String(kBrowserHostName))
        return HostState::Missing;
    const QString path = manifest.value(QStringLiteral("path")).toString();
    const QJsonArray allowedList =
        manifest.value(place.firefox ? QStringLiteral("allowed_extensions") : QStringLiteral("allowed_origins")).toArray();
    const bool ours = allowedList.contains(allowed(place.firefox));
    return ours && QFileInfo(path) == QFileInfo(hostProgram) ? HostState::Installed : HostState::Elsewhere;
}

Result<void> installBrowserHost(const BrowserHostPlace &place, const QString &hostProgram)
{
    if (!place.unsupported.isEmpty())
        return fail(ErrorCode::IoFailure, place.unsupported);
    if (hostProgram.isEmpty() || !QFileInfo(hostProgram).isAbsolute() || !QFileInfo(hostProgram).isExecutable())
        return fail(ErrorCode::IoFailure, QStringLiteral("tessera-browser-host is missing from this installation"));
    const QFileInfo target(place.manifestPath);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(ErrorCode::IoFailure, QStringLiteral("%1: the folder cannot be made").arg(target.absolutePath()));
    QSaveFile file(place.manifestPath);
    const QByteArray text = hostManifest(place, hostProgram);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(ErrorCode::IoFailure, QStringLiteral("%1: %2").arg(place.manifestPath, file.errorString()));
    return registerHostManifest(place, true);
}

Result<void> uninstallBrowserHost(const BrowserHostPlace &place)
{
    if (!place.unsupported.isEmpty())
        return {}; // never installed: its manifestPath is the sandbox's folder, not a manifest of ours
    if (QFile::exists(place.manifestPath) && !QFile::remove(place.manifestPath))
        return fail(ErrorCode::IoFailure, QStringLiteral("%1: it cannot be removed").arg(place.manifestPath));
    return registerHostManifest(place, false);
}

} // namespace tessera::session
