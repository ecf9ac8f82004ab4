#pragma once
// A stand-in xdg-desktop-portal (a Python script on the test's private session bus, run under
// dbus-run-session): started with a file it writes what it was asked to, and "refuse" to answer as a
// user who cancels. One at a time: noPortalLeft waits until the last one's name is gone.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QTest>

class StandInPortal
{
public:
    StandInPortal(const QString &script, const QString &logFile, bool refuse = false)
    {
        QStringList arguments{script, logFile};
        if (refuse)
            arguments << QStringLiteral("refuse");
        m_process.start(QStringLiteral("/usr/bin/python3"), arguments);
    }
    ~StandInPortal()
    {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    // Its bus name is taken: it answers.
    static bool ready() { return QTest::qWaitFor([] { return registered(); }, 10000); }
    static bool noPortalLeft() { return QTest::qWaitFor([] { return !registered(); }, 10000); }

private:
    static bool registered()
    {
        return QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.portal.Desktop"));
    }
    QProcess m_process;
};
