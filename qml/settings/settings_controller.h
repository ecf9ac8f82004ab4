#pragma once
// The preferences page: auto-lock, clipboard clearing, theme, tray behaviour, start at login. Every
// value and its default lives in session::Preferences; a failure (start at login refused) is the
// errorString (Controller).

#include "app/controller.h"

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
    QString version() const;
    QString libraries() const;

signals:
    void changed();

private:
    session::Preferences *m_preferences;
};

} // namespace tessera::bridge
