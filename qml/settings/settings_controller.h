#pragma once
// The user's preferences (QSettings): auto-lock, clipboard clearing, theme, tray behaviour.

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tessera::bridge {

class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY changed)
    Q_PROPERTY(bool lockOnScreenLock READ lockOnScreenLock WRITE setLockOnScreenLock NOTIFY changed)
    Q_PROPERTY(int clipboardClearSeconds READ clipboardClearSeconds WRITE setClipboardClearSeconds NOTIFY changed)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY changed)
    // Start at login, minimised to the tray (autostart.h); the problem, if switching failed, for an inline error.
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY changed)
    Q_PROPERTY(QString startAtLoginProblem READ startAtLoginProblem NOTIFY changed)
    Q_PROPERTY(int sortMode READ sortMode WRITE setSortMode NOTIFY changed)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString libraries READ libraries CONSTANT)
public:
    enum Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit SettingsController(int /*not default-constructible: Qt 6.4 singleton rule*/, QObject *parent = nullptr);
    static SettingsController *create(QQmlEngine *, QJSEngine *);
    static SettingsController *instance();

    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool on);
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    Theme theme() const;
    void setTheme(Theme theme);
    bool closeToTray() const;
    void setCloseToTray(bool on);
    bool startAtLogin() const;
    void setStartAtLogin(bool on);
    QString startAtLoginProblem() const { return m_startAtLoginProblem; }
    int sortMode() const;
    void setSortMode(int mode);
    QString version() const;
    QString libraries() const;

signals:
    void changed();

private:
    void write(const QString &key, const QVariant &value);

    QString m_startAtLoginProblem;
};

} // namespace tessera::bridge
