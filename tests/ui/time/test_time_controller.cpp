// Settings → Time as QML drives it: Sync now against local servers, the result in words, the main
// window's warning, manual offset, reset and the checks on what the user types.
#include "fake_ntp_server.h"
#include "time/time_controller.h"

#include "common/clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::bridge;
using Behaviour = FakeNtpServer::Behaviour;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    session::Preferences preferences{std::make_unique<QSettings>(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat)};
    TimeController time{preferences};

    void useServer(const FakeNtpServer &server)
    {
        timesync::SyncOptions options;
        options.sntp.servers << *timesync::parseServerAddress(server.address());
        options.sntp.queryTimeoutMs = 200;
        options.sntp.overallTimeoutMs = 800;
        time.setSyncOptions(options); // and no HTTPS fallback
    }
    bool sync()
    {
        time.syncNow();
        return time.syncing() && QTest::qWaitFor([&] { return !time.syncing(); }, 5000);
    }
};

} // namespace

class TestTimeController : public QObject
{
    Q_OBJECT
private slots:
    void syncCorrectsTheCodesClock()
    {
        Fixture f;
        QVERIFY(f.time.statusText().contains(QLatin1String("not been checked")));
        FakeNtpServer server(Behaviour::Correct, 92300);
        f.useServer(server);
        QSignalSpy moved(&f.time, &TimeController::correctionChanged);
        QVERIFY(f.sync());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(f.time.statusText(), QStringLiteral("Your clock is 92.3 s behind — codes are corrected."));
        QVERIFY(f.time.sourceText().contains(server.address()));
        QVERIFY(qAbs(f.time.offsetSeconds() - 92.3) < 0.01);
        QVERIFY(qAbs(f.time.clock()() - (systemNowMs() + 92300)) < 50);
        QCOMPARE(f.time.warning(), TimeController::CorrectionInUse); // shown, not a warning: above 30 s
        QVERIFY(f.time.errorString().isEmpty());
    }
    void anAccurateClockIsSaidToBeSo()
    {
        Fixture f;
        FakeNtpServer server(Behaviour::Correct, 0);
        f.useServer(server);
        QVERIFY(f.sync());
        QVERIFY2(f.time.statusText().startsWith(QStringLiteral("Clock is accurate (±")), qPrintable(f.time.statusText()));
    }
    void aFailedSyncWarnsUntilDismissed()
    {
        Fixture f;
        FakeNtpServer good(Behaviour::Correct, 60000);
        f.useServer(good);
        QVERIFY(f.sync());
        FakeNtpServer silent(Behaviour::Silent);
        f.useServer(silent);
        QVERIFY(f.sync());
        QCOMPARE(f.time.warning(), TimeController::SyncFailed);
        QVERIFY(!f.time.warningText().isEmpty());
        QVERIFY(f.time.errorString().contains(silent.address()));
        QVERIFY(qAbs(f.time.offsetSeconds() - 60) < 0.01); // the last good correction stays
        f.time.dismissWarning();
        QCOMPARE(f.time.warning(), TimeController::CorrectionInUse); // shown, not a warning: above 30 s
        QVERIFY(!f.time.errorString().isEmpty()); // Settings still says what happened
    }
    void aLargeUncorrectedOffsetWarns()
    {
        Fixture f;
        FakeNtpServer server(Behaviour::Correct, -45000);
        f.useServer(server);
        QVERIFY(f.sync());
        f.time.setCorrectionEnabled(false);
        QCOMPARE(f.time.warning(), TimeController::Uncorrected);
        QCOMPARE(f.time.warningText(), QStringLiteral("Your clock is 45.0 s ahead — codes are not corrected."));
        QVERIFY(qAbs(f.time.clock()() - systemNowMs()) < 50);
        f.time.setCorrectionEnabled(true);
        QCOMPARE(f.time.warning(), TimeController::CorrectionInUse); // shown, not a warning: above 30 s
    }
    // A forged (or real) reply a day ahead and no secure source to confirm it: codes stay as they were
    // until the user answers the window's question, and one click corrects them.
    void aLargeUnconfirmedOffsetIsAskedFirst()
    {
        Fixture f;
        FakeNtpServer server(Behaviour::Correct, 86400000);
        f.useServer(server);
        QVERIFY(f.sync());
        QCOMPARE(f.time.warning(), TimeController::LargeOffsetUnconfirmed);
        QVERIFY2(f.time.warningText().startsWith(QStringLiteral("Your clock seems 24 h 0 min behind — correct codes by that much?")),
                 qPrintable(f.time.warningText()));
        QCOMPARE(f.time.offsetSeconds(), 0.0);
        QVERIFY(qAbs(f.time.clock()() - systemNowMs()) < 50);
        f.time.rejectLargeOffset();
        QCOMPARE(f.time.warning(), TimeController::NoWarning);
        QCOMPARE(f.time.offsetSeconds(), 0.0);

        QVERIFY(f.sync());
        QCOMPARE(f.time.warning(), TimeController::LargeOffsetUnconfirmed);
        QSignalSpy moved(&f.time, &TimeController::correctionChanged);
        f.time.acceptLargeOffset();
        QCOMPARE(moved.count(), 1);
        QVERIFY(qAbs(f.time.offsetSeconds() - 86400) < 0.1);
        QCOMPARE(f.time.warning(), TimeController::CorrectionInUse);
        QCOMPARE(f.time.warningText(), QStringLiteral("Your clock is 24 h 0 min behind — codes are corrected."));
    }
    void manualOffsetAndReset()
    {
        Fixture f;
        QVERIFY(!f.time.setManualOffset(QStringLiteral("half a minute")));
        QVERIFY(f.time.inputError().contains(QLatin1String("half a minute")));
        QVERIFY(f.time.setManualOffset(QStringLiteral("30")));
        QVERIFY(f.time.inputError().isEmpty());
        QCOMPARE(f.time.offsetSeconds(), 30.0);
        QVERIFY(f.time.statusText().contains(QLatin1String("+30.0 s")));
        f.time.resetCorrection();
        QCOMPARE(f.time.offsetSeconds(), 0.0);
    }
    void checksServersAndUrl()
    {
        Fixture f;
        QVERIFY(!f.time.setServers(QStringLiteral("pool.ntp.org\nhost:99999")));
        QVERIFY(f.time.inputError().contains(QLatin1String("host:99999")));
        QVERIFY(f.time.servers().contains(QLatin1String("time.cloudflare.com"))); // unchanged
        QVERIFY(f.time.setServers(QStringLiteral(" ntp.example.org \n\n10.0.0.1:1123\n")));
        QCOMPARE(f.time.servers(), QStringLiteral("ntp.example.org\n10.0.0.1:1123"));
        QVERIFY(!f.time.setHttpsUrl(QStringLiteral("http://example.org/")));
        QVERIFY(f.time.setHttpsUrl(QString()));
        QVERIFY(f.time.httpsUrl().isEmpty());
    }
    // The user fixes the system clock after a sync: the old offset would correct it twice.
    void aClockJumpMeasuresAgain()
    {
        Fixture f;
        FakeNtpServer server(Behaviour::Correct, 90000);
        f.useServer(server);
        QVERIFY(f.sync());
        std::int64_t wall = 1000000, monotonic = 0;
        f.time.setJumpDetector(timesync::ClockJumpDetector([&] { return wall; }, [&] { return monotonic; }));
        wall += 10000, monotonic += 10000;
        f.time.checkForClockJump();
        QVERIFY(!f.time.syncing());
        wall += 10000 + 90000, monotonic += 10000;
        f.time.checkForClockJump();
        QVERIFY(f.time.syncing()); // checks at start are allowed: measured again at once
        QVERIFY(QTest::qWaitFor([&] { return !f.time.syncing(); }, 5000));

        // With automatic checks off, the window asks instead.
        f.time.setSyncAtStart(false);
        wall += 10000 - 45000, monotonic += 10000;
        f.time.checkForClockJump();
        QVERIFY(!f.time.syncing());
        QCOMPARE(f.time.warning(), TimeController::ClockChanged);
        QVERIFY(f.sync());
        QCOMPARE(f.time.warning(), TimeController::CorrectionInUse); // shown, not a warning: above 30 s

        // A shift set by hand is the user's: a jump leaves it alone.
        QVERIFY(f.time.setManualOffset(QStringLiteral("30")));
        wall += 500000, monotonic += 10000;
        f.time.checkForClockJump();
        QCOMPARE(f.time.warning(), TimeController::NoWarning);
        QCOMPARE(f.time.offsetSeconds(), 30.0);
    }
    void syncAtStartIsASettingOnByDefault()
    {
        Fixture f;
        QVERIFY(f.time.syncAtStart());
        FakeNtpServer server(Behaviour::Correct, 5000);
        f.useServer(server);
        f.time.setSyncAtStart(false);
        f.time.syncAtStartIfWanted();
        QVERIFY(!f.time.syncing());
        f.time.setSyncAtStart(true);
        f.time.syncAtStartIfWanted();
        QVERIFY(f.time.syncing()); // started, not waited for
        QVERIFY(QTest::qWaitFor([&] { return !f.time.syncing(); }, 5000));
    }
};

QTEST_MAIN(TestTimeController)
#include "test_time_controller.moc"
