#pragma once
// A real NTP server for tests: chronyd on 127.0.0.1 serving its own clock, shifted by libfaketime
// (../shared/RECIPES.md). `-x` keeps it from ever touching this machine's clock.

#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

class ChronyServer
{
public:
    // shift as faketime takes it: "+90s", "-45s".
    explicit ChronyServer(const QString &shift)
    {
        QUdpSocket probe; // a free port; chronyd binds it a moment later
        probe.bind(QHostAddress::LocalHost, 0);
        m_port = probe.localPort();
        probe.close();
        QFile conf(m_dir.filePath(QStringLiteral("chrony.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return;
        conf.write(QStringLiteral("port %1\nbindaddress 127.0.0.1\nlocal stratum 1\nallow 127.0.0.1\ncmdport 0\n"
                                  "bindcmdaddress /\npidfile %2/chronyd.pid\ndriftfile %2/chrony.drift\n")
                       .arg(m_port)
                       .arg(m_dir.path())
                       .toUtf8());
        conf.close();
        const QString chronyd = QStandardPaths::findExecutable(QStringLiteral("chronyd"),
                                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        QStringList args{QStringLiteral("-f"), shift, chronyd, QStringLiteral("-d"), QStringLiteral("-x"),
                         QStringLiteral("-L"), QStringLiteral("0"), QStringLiteral("-f"), conf.fileName()};
        args << (::geteuid() == 0 ? QStringList{QStringLiteral("-u"), QStringLiteral("root")}
                                  : QStringList{QStringLiteral("-U")});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("faketime"), args);
        m_process.waitForStarted(5000);
    }
    ~ChronyServer()
    {
        // faketime does not pass signals on to chronyd: stop chronyd itself, by its pid file.
        QFile pidFile(m_dir.filePath(QStringLiteral("chronyd.pid")));
        if (pidFile.open(QIODevice::ReadOnly))
            if (const int pid = pidFile.readAll().trimmed().toInt(); pid > 0)
                ::kill(pid, SIGTERM);
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QByteArray log() { return m_process.readAll(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
