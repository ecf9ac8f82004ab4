#include "common/app_identity.h"
#include "session/app_settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

// The settings of version 0.1 (organisation "Tessera") move to the reverse-DNS store once, and a
// store the user already has is never overwritten. XDG_CONFIG_HOME points at a fresh folder per test
// process, so the user's real settings are never touched.
class TestAppSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

    QString legacyFile() const { return m_config.filePath(QStringLiteral("Tessera/tessera.conf")); }
    QString currentFile() const
    {
        return m_config.filePath(kSettingsOrganization + u'/' + kSettingsApplication + QStringLiteral(".conf"));
    }
    void writeLegacy(const QByteArray &ini)
    {
        QDir().mkpath(m_config.filePath(QStringLiteral("Tessera")));
        QFile file(legacyFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini);
    }
    void removeAll()
    {
        QFile::remove(legacyFile());
        QFile::remove(currentFile());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }
    void init() { removeAll(); }

    void theStoreIsNamedByTheAppId()
    {
        auto settings = session::openAppSettings();
        QCOMPARE(settings->fileName(), currentFile());
        QVERIFY(kAppId.startsWith(QStringLiteral("io.github.")));
        QVERIFY(!kAppId.contains(u'-')); // Flatpak and D-Bus names allow no hyphens
        QCOMPARE(kSettingsOrganizationDomain.split(u'.').count(), 3);
    }

    void oldSettingsMoveOnceAndTheOldFileGoes()
    {
        writeLegacy("[time]\nservers=ntp.example\nmanualOffsetMs=1500\n[security]\nautoLockMinutes=12\n");
        QVERIFY(session::migrateLegacySettings());
        auto settings = session::openAppSettings();
        QCOMPARE(settings->value(QStringLiteral("time/servers")).toString(), QStringLiteral("ntp.example"));
        QCOMPARE(settings->value(QStringLiteral("time/manualOffsetMs")).toInt(), 1500);
        QCOMPARE(settings->value(QStringLiteral("security/autoLockMinutes")).toInt(), 12);
        QVERIFY(!QFile::exists(legacyFile()));
        QVERIFY(!QDir(m_config.filePath(QStringLiteral("Tessera"))).exists());
        QVERIFY(!session::migrateLegacySettings()); // nothing left to move
    }

    void currentSettingsAreNeverOverwritten()
    {
        {
            auto settings = session::openAppSettings();
            settings->setValue(QStringLiteral("security/autoLockMinutes"), 3);
        }
        writeLegacy("[security]\nautoLockMinutes=12\n");
        QVERIFY(!session::migrateLegacySettings());
        QCOMPARE(session::openAppSettings()->value(QStringLiteral("security/autoLockMinutes")).toInt(), 3);
        QVERIFY(QFile::exists(legacyFile())); // left for the user, not deleted unread
    }

    void noOldSettingsIsNoChange()
    {
        QVERIFY(!session::migrateLegacySettings());
        QVERIFY(!QFile::exists(currentFile()));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "test_app_settings.moc"
