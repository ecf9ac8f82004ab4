// Start at login on Linux (an XDG autostart entry): the entry the desktop runs, what switching it off
// in the desktop's own settings looks like, a path that needs quoting, and a folder that cannot be
// written. XDG_CONFIG_HOME is a fresh folder, so the user's real login items are never touched.
#include "desktop/autostart.h"
#include "session/preferences.h"
#include "settings/settings_controller.h"

#include "common/app_identity.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::bridge;

class TestAutostart : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

    QString entryPath() const { return m_config.filePath(QStringLiteral("autostart/") + kAppId + QStringLiteral(".desktop")); }
    QByteArray entry() const
    {
        QFile file(entryPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_autostart"));
    }
    void init()
    {
        qunsetenv("APPIMAGE");
        QFile::remove(entryPath());
    }

    void theLoginStartsThisProgramMinimised()
    {
        QCOMPARE(Autostart::command(), (QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("--minimized")}));
        qputenv("APPIMAGE", "/opt/Tessera.AppImage"); // the image, not its temporary mount
        QCOMPARE(Autostart::command().first(), QStringLiteral("/opt/Tessera.AppImage"));
    }

    void enablingWritesAValidEntryAndDisablingRemovesIt()
    {
        QVERIFY(!Autostart::isEnabled(m_preferences));
        QVERIFY(Autostart::setEnabled(true, m_preferences));
        QVERIFY(Autostart::isEnabled(m_preferences));
        const QByteArray text = entry();
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains("\nExec=" + QFile::encodeName(QCoreApplication::applicationFilePath()) + " --minimized\n"));
        QVERIFY(text.contains("\nIcon=" + kAppId.toUtf8() + '\n'));
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validator.isEmpty()) {
            QProcess check;
            check.start(validator, {entryPath()});
            QVERIFY(check.waitForFinished(10000));
            QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        }
        QVERIFY(Autostart::setEnabled(false, m_preferences));
        QVERIFY(!QFile::exists(entryPath()));
        QVERIFY(!Autostart::isEnabled(m_preferences));
        QVERIFY(Autostart::setEnabled(false, m_preferences)); // already off: nothing to do, no error
    }

    void aPathWithSpacesAndDollarsIsQuoted()
    {
        qputenv("APPIMAGE", "/home/me/My Apps/Tessera $HOME.AppImage");
        QVERIFY(Autostart::setEnabled(true, m_preferences));
        // Quoted for the Exec rules ($ escaped), then the backslash escaped again as a string value.
        QVERIFY2(entry().contains("\nExec=\"/home/me/My Apps/Tessera \\\\$HOME.AppImage\" --minimized\n"), entry().constData());
    }

    void switchedOffInTheDesktopsSettingsCountsAsOff()
    {
        QVERIFY(Autostart::setEnabled(true, m_preferences));
        QFile file(entryPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!Autostart::isEnabled(m_preferences));
    }

    void anUnwritableFolderIsAnErrorNotACrash()
    {
        // "autostart" is a file here, so the folder cannot be made (works as root too).
        QTemporaryDir other;
        QFile blocker(other.filePath(QStringLiteral("autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(other.path()));
        const auto done = Autostart::setEnabled(true, m_preferences);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::IoFailure);
    }

    void theSettingsSwitchShowsTheProblemInline()
    {
        SettingsController settings(&m_preferences);
        settings.setStartAtLogin(true);
        QVERIFY(settings.startAtLogin());
        QVERIFY(settings.errorString().isEmpty());
        settings.setStartAtLogin(false);
        QVERIFY(!settings.startAtLogin());

        QTemporaryDir other;
        QFile blocker(other.filePath(QStringLiteral("autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(other.path()));
        settings.setStartAtLogin(true);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(!settings.startAtLogin());
        QVERIFY2(settings.errorString().contains(QStringLiteral("autostart")), qPrintable(settings.errorString()));
    }

private:
    // A store of this test's own (XDG_CONFIG_HOME is private to the test).
    tessera::session::Preferences m_preferences = tessera::session::Preferences::openDefault();
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "test_autostart.moc"
