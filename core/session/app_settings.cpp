#include "session/app_settings.h"

#include "common/app_identity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tessera::session {

std::unique_ptr<QSettings> openAppSettings()
{
#ifdef Q_OS_MACOS
    // QSettings(organisation, application) would derive a "com.…" domain from the organisation on macOS;
    // naming the file keeps it where the GUI's QSettings() (organisation domain set) looks.
    return std::make_unique<QSettings>(QDir::homePath() + QStringLiteral("/Library/Preferences/") + kAppId +
                                           QStringLiteral(".plist"),
                                       QSettings::NativeFormat);
#else
    return std::make_unique<QSettings>(kSettingsOrganization, kSettingsApplication);
#endif
}

bool migrateLegacySettings()
{
    QSettings legacy(QStringLiteral("Tessera"), QStringLiteral("tessera"));
    const QStringList keys = legacy.allKeys();
    if (keys.isEmpty())
        return false;
    auto current = openAppSettings();
    if (!current->allKeys().isEmpty())
        return false; // the user already has settings under the new name: never overwrite them
    for (const QString &key : keys)
        current->setValue(key, legacy.value(key));
    current->sync();
    if (current->status() != QSettings::NoError)
        return false; // keep the old store until the new one holds everything
    legacy.clear();
    legacy.sync();
    // Ini files (Linux and other Unix) leave an empty file and folder behind; the registry and plists
    // are gone after clear().
    const QFileInfo file(legacy.fileName());
    if (file.isFile() && file.fileName() == QStringLiteral("tessera.conf")) {
        QFile::remove(file.filePath());
        QDir().rmdir(file.path()); // only when empty
    }
    return true;
}

} // namespace tessera::session
