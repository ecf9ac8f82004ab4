#include "settings/settings_controller.h"

#include "desktop/autostart.h"

#include "common/error_text.h"
#include "crypto/library_versions.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QSettings>

namespace tessera::bridge {

namespace {
SettingsController *g_instance = nullptr;
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kScreenLock = QStringLiteral("security/lockOnScreenLock");
const QString kClipboard = QStringLiteral("security/clipboardClearSeconds");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kCloseToTray = QStringLiteral("window/closeToTray");
const QString kSortMode = QStringLiteral("list/sortMode");
} // namespace

SettingsController::SettingsController(int, QObject *parent) : QObject(parent)
{
    g_instance = this;
}

SettingsController *SettingsController::create(QQmlEngine *, QJSEngine *engine)
{
    engine->setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

SettingsController *SettingsController::instance()
{
    return g_instance;
}

void SettingsController::write(const QString &key, const QVariant &value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    emit changed();
}

int SettingsController::autoLockMinutes() const
{
    return QSettings().value(kAutoLock, 5).toInt();
}
void SettingsController::setAutoLockMinutes(int minutes)
{
    write(kAutoLock, std::clamp(minutes, 0, 24 * 60));
}
bool SettingsController::lockOnScreenLock() const
{
    return QSettings().value(kScreenLock, true).toBool();
}
void SettingsController::setLockOnScreenLock(bool on)
{
    write(kScreenLock, on);
}
int SettingsController::clipboardClearSeconds() const
{
    return QSettings().value(kClipboard, 30).toInt();
}
void SettingsController::setClipboardClearSeconds(int seconds)
{
    write(kClipboard, std::clamp(seconds, 0, 3600));
}
SettingsController::Theme SettingsController::theme() const
{
    return static_cast<Theme>(std::clamp(QSettings().value(kTheme, int(System)).toInt(), 0, 2));
}
void SettingsController::setTheme(Theme theme)
{
    write(kTheme, int(theme));
}
bool SettingsController::closeToTray() const
{
    return QSettings().value(kCloseToTray, false).toBool();
}
void SettingsController::setCloseToTray(bool on)
{
    write(kCloseToTray, on);
}
bool SettingsController::startAtLogin() const
{
    return Autostart::isEnabled();
}
void SettingsController::setStartAtLogin(bool on)
{
    const auto done = Autostart::setEnabled(on);
    m_startAtLoginProblem = done ? QString() : errorText(done.error());
    emit changed();
}
int SettingsController::sortMode() const
{
    return QSettings().value(kSortMode, 0).toInt();
}
void SettingsController::setSortMode(int mode)
{
    write(kSortMode, mode);
}

QString SettingsController::version() const
{
    return QCoreApplication::applicationVersion();
}

QString SettingsController::libraries() const
{
    return QStringLiteral("Qt %1 · libsodium %2 · %3 · QtKeychain")
        .arg(QLatin1String(qVersion()), crypto::libsodiumVersion(), crypto::opensslVersion());
}

} // namespace tessera::bridge
