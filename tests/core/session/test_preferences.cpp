// Every preference's default and bounds (session/preferences.h), and that they survive a restart.
#include "session/preferences.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera::session;

class TestPreferences : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> store() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    }

private slots:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("p.ini"))); }

    void defaultsOfAFreshStore()
    {
        const Preferences p(store());
        QCOMPARE(p.autoLockMinutes(), 5);
        QVERIFY(p.lockOnScreenLock());
        QCOMPARE(p.clipboardClearSeconds(), 30);
        QCOMPARE(p.theme(), ThemeChoice::System);
        QVERIFY(!p.closeToTray());
        QCOMPARE(p.listOrder(), ListOrder::Manual);
        QVERIFY(p.favouritesFirst());
        QCOMPARE(p.useCount(QUuid::createUuid()), 0);
        QVERIFY(p.windowGeometry(QStringLiteral("HDMI-1 1920x1080")).isNull());
        QVERIFY(!p.compactList());
        QVERIFY(p.language().isEmpty());
        QVERIFY(!p.startAtLoginThroughPortal());
    }

    void valuesAreKeptAndBounded()
    {
        const QUuid account = QUuid::createUuid();
        {
            Preferences p(store());
            p.setAutoLockMinutes(100000);
            p.setClipboardClearSeconds(-5);
            p.setListOrder(ListOrder::MostUsed);
            p.setFavouritesFirst(false);
            p.setTheme(ThemeChoice::Dark);
            QCOMPARE(p.recordUse(account), 1);
            QCOMPARE(p.recordUse(account), 2);
            p.setWindowGeometry(QStringLiteral("HDMI-1 1920x1080"), QRect(10, 20, 640, 480));
            p.setWindowGeometry(QStringLiteral("eDP/1 2880x1800"), QRect(100, 50, 900, 1200));
            p.setCompactList(true);
            p.setLanguage(QStringLiteral("zh_CN"));
        }
        const Preferences again(store());
        QCOMPARE(again.autoLockMinutes(), 24 * 60);
        QCOMPARE(again.clipboardClearSeconds(), 0);
        QCOMPARE(again.listOrder(), ListOrder::MostUsed);
        QVERIFY(!again.favouritesFirst());
        QCOMPARE(again.theme(), ThemeChoice::Dark);
        QCOMPARE(again.useCount(account), 2);
        // Each screen keeps its own place.
        QCOMPARE(again.windowGeometry(QStringLiteral("HDMI-1 1920x1080")), QRect(10, 20, 640, 480));
        QCOMPARE(again.windowGeometry(QStringLiteral("eDP/1 2880x1800")), QRect(100, 50, 900, 1200));
        QVERIFY(again.windowGeometry(QStringLiteral("HDMI-1 1280x720")).isNull());
        QVERIFY(again.compactList());
        QCOMPARE(again.language(), QStringLiteral("zh_CN"));
    }

    // A hand-edited or damaged file gives the nearest valid value, never an out-of-range one.
    void strangeStoredValuesAreClamped()
    {
        auto raw = store();
        raw->setValue(QStringLiteral("list/sortMode"), 9);
        raw->setValue(QStringLiteral("appearance/theme"), -1);
        raw->setValue(QStringLiteral("security/clipboardClearSeconds"), 99999);
        raw->sync();
        const Preferences p(store());
        QCOMPARE(p.listOrder(), ListOrder::MostUsed);
        QCOMPARE(p.theme(), ThemeChoice::System);
        QCOMPARE(p.clipboardClearSeconds(), 3600);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "test_preferences.moc"
