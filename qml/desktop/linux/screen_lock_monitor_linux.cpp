// Linux: the freedesktop (KDE, Xfce, …) and GNOME screen savers announce ActiveChanged(bool) on the
// session bus, and systemd-logind sends Lock to the session on the system bus.
#include "desktop/screen_lock_monitor.h"

#include <QDBusConnection>

namespace tessera::bridge {

namespace {
class Receiver : public QObject
{
    Q_OBJECT
public:
    explicit Receiver(ScreenLockMonitor *monitor) : QObject(monitor), m_monitor(monitor) {}
public slots:
    void activeChanged(bool active)
    {
        if (active)
            emit m_monitor->screenLocked();
    }
    void locked() { emit m_monitor->screenLocked(); }

private:
    ScreenLockMonitor *m_monitor;
};
} // namespace

ScreenLockMonitor::ScreenLockMonitor(QObject *parent) : QObject(parent)
{
    auto *receiver = new Receiver(this);
    QDBusConnection session = QDBusConnection::sessionBus();
    for (const QString &service : {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")})
        session.connect(QString(), QString(), service, QStringLiteral("ActiveChanged"), receiver,
                        SLOT(activeChanged(bool)));
    QDBusConnection::systemBus().connect(QStringLiteral("org.freedesktop.login1"), QString(),
                                         QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"),
                                         receiver, SLOT(locked()));
}

bool ScreenLockMonitor::isSupported()
{
    return QDBusConnection::sessionBus().isConnected();
}

} // namespace tessera::bridge

#include "screen_lock_monitor_linux.moc"
