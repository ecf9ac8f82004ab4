#include "session/time_correction.h"
#include "session/time_status_text.h"
#include "timesync/clock_jump_detector.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::timesync;
using tessera::session::TimePreferences;
using tessera::session::TimeSettings;
using tessera::session::defaultTimeServers;

namespace {

constexpr std::int64_t kSystemNow = 1700000000000;

ClockMeasurement measured(double offsetMs, double precisionMs = 2)
{
    ClockMeasurement m;
    m.offsetMs = offsetMs;
    m.delayMs = precisionMs * 2;
    m.precisionMs = precisionMs;
    m.server = QStringLiteral("ntp.example:123");
    m.source = TimeSource::Sntp;
    return m;
}

} // namespace

class TestTimeCorrection : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshSettings()
    {
        static int n = 0;
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++n)), QSettings::IniFormat);
    }

private slots:
    void correctedClockAddsTheOffset()
    {
        CorrectedClock clock([] { return kSystemNow; });
        QCOMPARE(clock.nowMs(), kSystemNow); // never measured: the system clock
        clock.setCorrection(correctionFrom(measured(92300.4), kSystemNow));
        QCOMPARE(clock.nowMs(), kSystemNow + 92300);
        QCOMPARE(clock.asClock()(), kSystemNow + 92300);
        clock.setEnabled(false);
        QCOMPARE(clock.nowMs(), kSystemNow);
        QCOMPARE(clock.appliedOffsetMs(), 0);
    }
    void settingsKeepTheCorrectionAndPreferences()
    {
        auto settings = freshSettings();
        TimeSettings stored(*settings);
        QCOMPARE(stored.correction().source, TimeSource::None);
        QCOMPARE(stored.preferences().servers, defaultTimeServers());
        QVERIFY(stored.preferences().syncAtStart);
        QVERIFY(stored.preferences().correctionEnabled);

        stored.setCorrection(correctionFrom(measured(-45000.25), kSystemNow));
        TimePreferences p;
        p.servers = {QStringLiteral("10.0.0.1:1123")};
        p.httpsUrl.clear();
        p.syncAtStart = false;
        stored.setPreferences(p);

        QSettings reread(settings->fileName(), QSettings::IniFormat);
        const TimeSettings again(reread);
        QCOMPARE(again.correction().offsetMs, -45000.25);
        QCOMPARE(again.correction().server, QStringLiteral("ntp.example:123"));
        QCOMPARE(again.correction().measuredAtMs, kSystemNow);
        QCOMPARE(again.preferences().servers, p.servers);
        QVERIFY(again.preferences().httpsUrl.isEmpty());
        QVERIFY(!again.preferences().syncAtStart);
    }
    // A hand-edited file must not shift codes by nonsense.
    void aDamagedOffsetIsIgnored()
    {
        auto settings = freshSettings();
        settings->setValue(QStringLiteral("time/source"), QStringLiteral("sntp"));
        settings->setValue(QStringLiteral("time/offsetMs"), QStringLiteral("lots"));
        QCOMPARE(session::loadCorrectedClock(*settings).appliedOffsetMs(), 0);
        settings->setValue(QStringLiteral("time/offsetMs"), QStringLiteral("inf"));
        QCOMPARE(session::loadCorrectedClock(*settings).appliedOffsetMs(), 0);
    }
    void aFailedSyncKeepsTheLastCorrectionAndIsRemembered()
    {
        auto settings = freshSettings();
        session::recordSync(*settings, measured(90000), kSystemNow);
        session::recordSync(*settings, fail(ErrorCode::TimeServerUnreachable, QStringLiteral("x: no reply")),
                            kSystemNow + 5000);
        const TimeSettings stored(*settings);
        QCOMPARE(stored.correction().offsetMs, 90000.0);
        QCOMPARE(stored.lastAttempt().atMs, kSystemNow + 5000);
        QCOMPARE(stored.lastAttempt().error, QStringLiteral("x: no reply"));
        session::recordSync(*settings, measured(100), kSystemNow + 9000);
        QVERIFY(TimeSettings(*settings).lastAttempt().error.isEmpty());
    }
    // A day's offset that no authenticated source confirmed is not applied by a sync; the user's yes
    // applies it. A confirmed one is applied at once.
    void aLargeUnconfirmedOffsetWaitsForTheUser()
    {
        auto settings = freshSettings();
        ClockMeasurement forged = measured(86400000);
        QCOMPARE(session::recordSync(*settings, forged, kSystemNow), session::SyncOutcome::NeedsConfirmation);
        QCOMPARE(session::loadCorrectedClock(*settings).correction().source, TimeSource::None);
        QVERIFY(session::largeOffsetQuestion(forged).contains(QStringLiteral("24 h 0 min behind")));
        session::acceptMeasurement(*settings, forged, kSystemNow);
        QCOMPARE(session::loadCorrectedClock(*settings).correction().offsetMs, 86400000.0);

        auto other = freshSettings();
        ClockMeasurement confirmed = forged;
        confirmed.authenticated = true;
        QCOMPARE(session::recordSync(*other, confirmed, kSystemNow), session::SyncOutcome::Applied);
        QCOMPARE(session::loadCorrectedClock(*other).correction().offsetMs, 86400000.0);
        // Two minutes exactly is still applied without asking.
        auto edge = freshSettings();
        QCOMPARE(session::recordSync(*edge, measured(kLargeOffsetMs), kSystemNow), session::SyncOutcome::Applied);
    }

    void manualOffsetAndReset()
    {
        auto settings = freshSettings();
        session::setManualOffset(*settings, 30500, kSystemNow);
        CorrectedClock clock = session::loadCorrectedClock(*settings);
        QCOMPARE(clock.correction().source, TimeSource::Manual);
        QCOMPARE(clock.appliedOffsetMs(), 30500);
        session::resetCorrection(*settings);
        QCOMPARE(session::loadCorrectedClock(*settings).appliedOffsetMs(), 0);
    }
    void correctionCanBeTurnedOff()
    {
        auto settings = freshSettings();
        session::recordSync(*settings, measured(90000), kSystemNow);
        TimeSettings stored(*settings);
        TimePreferences p = stored.preferences();
        p.correctionEnabled = false;
        stored.setPreferences(p);
        QCOMPARE(session::loadCorrectedClock(*settings).appliedOffsetMs(), 0);
    }
    void parsesOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("seconds");
        QTest::newRow("plain") << "92.5" << true << 92.5;
        QTest::newRow("negative") << "-30" << true << -30.0;
        QTest::newRow("plus") << "+4" << true << 4.0;
        QTest::newRow("spaces") << " 1 " << true << 1.0;
        QTest::newRow("empty") << "" << false << 0.0;
        QTest::newRow("words") << "a minute" << false << 0.0;
        QTest::newRow("nan") << "nan" << false << 0.0;
        QTest::newRow("too far") << "2000000000" << false << 0.0;
    }
    void parsesOffsets()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, seconds);
        auto parsed = session::parseOffsetSeconds(text);
        QCOMPARE(bool(parsed), valid);
        if (valid)
            QCOMPARE(*parsed, seconds);
        else
            QCOMPARE(parsed.error().code, ErrorCode::InvalidTimeOffset);
    }
    void statusInWords_data()
    {
        QTest::addColumn<double>("offsetMs");
        QTest::addColumn<double>("precisionMs");
        QTest::addColumn<bool>("corrected");
        QTest::addColumn<QString>("text");
        QTest::newRow("behind") << 92300.0 << 4.0 << true << "Your clock is 92.3 s behind — codes are corrected.";
        QTest::newRow("ahead") << -45000.0 << 4.0 << true << "Your clock is 45.0 s ahead — codes are corrected.";
        QTest::newRow("off") << 600000.0 << 4.0 << false << "Your clock is 10 min 0 s behind — codes are not corrected.";
        QTest::newRow("accurate") << 3.0 << 4.0 << true << "Clock is accurate (±4.0 ms).";
        QTest::newRow("https") << 700.0 << 1000.0 << true << "Clock is accurate (±1.0 s).";
        QTest::newRow("hours") << 7500000.0 << 4.0 << true << "Your clock is 2 h 5 min behind — codes are corrected.";
    }
    void statusInWords()
    {
        QFETCH(double, offsetMs);
        QFETCH(double, precisionMs);
        QFETCH(bool, corrected);
        QFETCH(QString, text);
        QCOMPARE(session::clockStatusText(correctionFrom(measured(offsetMs, precisionMs), kSystemNow), corrected),
                 text);
    }
    // The wall clock against a monotonic one: steps either way and sleep are jumps, ticking is not.
    void noticesClockJumps()
    {
        std::int64_t wall = kSystemNow;
        std::int64_t monotonic = 5000;
        ClockJumpDetector detector([&] { return wall; }, [&] { return monotonic; }, 2000);
        wall += 10000, monotonic += 10000;
        QVERIFY(!detector.check());
        wall += 10000 + 1500, monotonic += 10000; // scheduling noise and slewing
        QVERIFY(!detector.check());
        wall += 10000 - 90000, monotonic += 10000; // the user set the clock 90 s back
        QVERIFY(detector.check());
        wall += 10000, monotonic += 10000;
        QVERIFY(!detector.check()); // one jump is reported once
        wall += 3600000, monotonic += 10000; // an hour asleep
        QVERIFY(detector.check());
    }
    void neverMeasuredSaysSo()
    {
        QVERIFY(session::clockStatusText({}, true).contains(QLatin1String("not been checked")));
        QVERIFY(session::correctionSourceText(correctionFrom(measured(1), kSystemNow))
                    .contains(QLatin1String("ntp.example:123")));
    }
    // The header's chip and the Settings sentence describe the same state: an unchecked clock or a
    // failed check is never called fine in one place and checked in the other.
    void chipAndSentenceAgree()
    {
        const auto unchecked = session::clockSummary({}, true, false);
        QVERIFY(unchecked.needsAttention);
        QVERIFY(session::clockStatusText({}, true, false).contains(QLatin1String("not been checked")));

        const auto unreachable = session::clockSummary({}, true, true);
        QVERIFY(unreachable.needsAttention);
        QVERIFY(session::clockStatusText({}, true, true).contains(QLatin1String("could not be checked")));

        const auto accurate = correctionFrom(measured(12, 5), kSystemNow);
        QCOMPARE(session::clockSummary(accurate, true, false).text, QStringLiteral("Clock OK"));
        QVERIFY(!session::clockSummary(accurate, true, false).needsAttention);
        QVERIFY(session::clockSummary(accurate, true, true).needsAttention); // good earlier, failing now

        const auto behind = correctionFrom(measured(303000, 20), kSystemNow);
        QCOMPARE(session::clockSummary(behind, true, false).text, QStringLiteral("Clock corrected"));
        QVERIFY(!session::clockSummary(behind, true, false).needsAttention);
        const auto uncorrected = session::clockSummary(behind, false, false);
        QVERIFY(uncorrected.needsAttention);
        QCOMPARE(uncorrected.text, QStringLiteral("Clock 5 min 3 s off"));
        QVERIFY(session::clockStatusText(behind, false).contains(QLatin1String("5 min 3 s behind")));
    }
};

QTEST_GUILESS_MAIN(TestTimeCorrection)
#include "test_time_correction.moc"
