// Windows: a value named after the app id under the current user's Run key, which Explorer starts at
// login (and which Task Manager's Startup tab can switch off). QSettings writes the registry directly.
#include "desktop/autostart.h"

#include "common/app_identity.h"

#include <QDir>
#include <QSettings>

namespace tessera::bridge {
namespace {

const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");

} // namespace

bool Autostart::isEnabled(const session::Preferences &)
{
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kAppId);
}

Result<void> Autostart::setEnabled(bool on, session::Preferences &)
{
    QSettings key(kRunKey, QSettings::NativeFormat);
    if (on) {
        const QStringList parts = command();
        key.setValue(kAppId, u'"' + QDir::toNativeSeparators(parts.first()) + QStringLiteral("\" ") + parts.at(1));
    } else {
        key.remove(kAppId);
    }
    key.sync();
    if (key.status() != QSettings::NoError)
        return fail(ErrorCode::IoFailure, key.fileName());
    return {};
}

} // namespace tessera::bridge
