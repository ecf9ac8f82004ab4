#include "settings/settings_controller.h"

#include <QLocale>
#include <QVariantMap>

#include "desktop/autostart.h"

#include "crypto/library_versions.h"
#include "session/preferences.h"

#include <QCoreApplication>

namespace tessera::bridge {

SettingsController::SettingsController(session::Preferences *preferences, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_preferences(preferences)
{
}

int SettingsController::autoLockMinutes() const
{
    return m_preferences->autoLockMinutes();
}
void SettingsController::setAutoLockMinutes(int minutes)
{
    m_preferences->setAutoLockMinutes(minutes);
    emit changed();
}
bool SettingsController::lockOnScreenLock() const
{
    return m_preferences->lockOnScreenLock();
}
void SettingsController::setLockOnScreenLock(bool on)
{
    m_preferences->setLockOnScreenLock(on);
    emit changed();
}
int SettingsController::clipboardClearSeconds() const
{
    return m_preferences->clipboardClearSeconds();
}
void SettingsController::setClipboardClearSeconds(int seconds)
{
    m_preferences->setClipboardClearSeconds(seconds);
    emit changed();
}
QString SettingsController::language() const
{
    return m_preferences->language();
}

void SettingsController::setLanguage(const QString &language)
{
    if (language == m_preferences->language())
        return;
    m_preferences->setLanguage(language);
    applyLanguage();
    emit changed();
}

QVariantList SettingsController::languages() const
{
    QVariantList list;
    for (const QString &code : InterfaceLanguage::available()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "deutsch" in a list of names reads as "Deutsch"
        list.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    }
    return list;
}

void SettingsController::applyLanguage()
{
    m_interfaceLanguage.apply(m_preferences->language());
    emit languageApplied();
}

SettingsController::Theme SettingsController::theme() const
{
    return static_cast<Theme>(m_preferences->theme());
}
void SettingsController::setTheme(Theme theme)
{
    m_preferences->setTheme(static_cast<session::ThemeChoice>(theme));
    emit changed();
}
bool SettingsController::compactList() const
{
    return m_preferences->compactList();
}
void SettingsController::setCompactList(bool on)
{
    m_preferences->setCompactList(on);
    emit changed();
}
bool SettingsController::closeToTray() const
{
    return m_preferences->closeToTray();
}
void SettingsController::setCloseToTray(bool on)
{
    m_preferences->setCloseToTray(on);
    emit changed();
}
bool SettingsController::startAtLogin() const
{
    return Autostart::isEnabled(*m_preferences);
}
void SettingsController::setStartAtLogin(bool on)
{
    report(Autostart::setEnabled(on, *m_preferences));
    emit changed();
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
