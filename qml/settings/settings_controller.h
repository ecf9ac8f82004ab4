#pragma once
// The preferences page: auto-lock, clipboard clearing, theme, tray behaviour, start at login. Every
// value and its default lives in session::Preferences; a failure (start at login refused) is the
// errorString (Controller).

#include "app/controller.h"
#include "settings/interface_language.h"

#include <QVariantList>

#include <QtQml/qqmlregistration.h>

namespace tessera::session {
class Preferences;
}

namespace tessera::bridge {

class SettingsController : public Controller, public QmlSingleton<SettingsController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY changed)
    Q_PROPERTY(bool lockOnScreenLock READ lockOnScreenLock WRITE setLockOnScreenLock NOTIFY changed)
    Q_PROPERTY(int clipboardClearSeconds READ clipboardClearSeconds WRITE setClipboardClearSeconds NOTIFY changed)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(bool compactList READ compactList WRITE setCompactList NOTIFY changed)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY changed)
    // Start at login, minimised to the tray (autostart.h).
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY changed)
    // "" follows the system; else a locale name from `languages`: [{code, name}] in their own words.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString libraries READ libraries CONSTANT)
public:
    enum Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit SettingsController(session::Preferences *preferences, QObject *parent = nullptr);

    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool on);
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    Theme theme() const;
    void setTheme(Theme theme);
    bool compactList() const;
    void setCompactList(bool on);
    bool closeToTray() const;
    void setCloseToTray(bool on);
    bool startAtLogin() const;
    void setStartAtLogin(bool on);
    QString language() const;
    void setLanguage(const QString &language);
    QVariantList languages() const;
    // Installs the chosen language's translation; at start, and again on every change.
    void applyLanguage();
    QString version() const;
    QString libraries() const;

signals:
    void changed();
    // The translation changed: what is on screen must be translated again (QQmlEngine::retranslate).
    void languageApplied();

private:
    session::Preferences *m_preferences;
    InterfaceLanguage m_interfaceLanguage;
};

} // namespace tessera::bridge
