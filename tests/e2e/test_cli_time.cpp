// tessera-cli time against a real NTP server whose clock is off, and codes corrected by the result.
#include "chrony_server.h"
#include "cli_runner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kSecret = QStringLiteral("JBSWY3DPEHPK3PXP");

// Each test case gets its own settings folder: the stored correction is per user.
class IsolatedUser
{
public:
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        return e;
    }
    CliRun run(const QStringList &args, const QByteArray &input = {}) const { return runCli(args, input, env()); }

private:
    QTemporaryDir m_home;
};

// chronyd needs a moment before it answers (longer under faketime on a loaded machine); ask until it
// does, for up to 30 s.
QJsonObject measure(const IsolatedUser &user, const QString &server, const QStringList &extra = {})
{
    QElapsedTimer waited;
    waited.start();
    CliRun run;
    do {
        run = user.run(QStringList{QStringLiteral("time"), QStringLiteral("--server"), server, QStringLiteral("--json")} +
                       extra);
    } while (run.exitCode != 0 && waited.elapsed() < 30000);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

// The code for `args` once now and once at an explicit time, retried if a 30-second step ended between.
bool sameCodeAs(const IsolatedUser &user, const QStringList &args, qint64 shiftMs, const QByteArray &input = {})
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const qint64 before = QDateTime::currentMSecsSinceEpoch() + shiftMs;
        const CliRun now = user.run(args, input);
        const qint64 after = QDateTime::currentMSecsSinceEpoch() + shiftMs;
        if (before / 30000 != after / 30000)
            continue;
        const CliRun expected = user.run({QStringLiteral("code"), QStringLiteral("--secret"), kSecret,
                                          QStringLiteral("--time"), QString::number(before / 1000)});
        return now.exitCode == 0 && now.out == expected.out;
    }
    return false;
}

} // namespace

class TestCliTime : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "TESSERA_CLI must name the built tessera-cli");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("faketime")).isEmpty() &&
                     !QStandardPaths::findExecutable(QStringLiteral("chronyd"), {QStringLiteral("/usr/sbin")})
                          .isEmpty(),
                 "chrony and faketime must be installed (scripts/install-deps.sh test)");
    }

    void measuresARealServer_data()
    {
        QTest::addColumn<QString>("shift");
        QTest::addColumn<double>("expectedMs");
        QTest::newRow("+90 s") << QStringLiteral("+90s") << 90000.0;
        QTest::newRow("-45 s") << QStringLiteral("-45s") << -45000.0;
    }
    void measuresARealServer()
    {
        QFETCH(QString, shift);
        QFETCH(double, expectedMs);
        ChronyServer chrony(shift);
        QVERIFY(chrony.isRunning());
        IsolatedUser user;
        const QJsonObject result = measure(user, chrony.address(), {QStringLiteral("--no-save")});
        QVERIFY2(!result.isEmpty(), chrony.log().constData());
        const double offset = result.value(QStringLiteral("offset_ms")).toDouble();
        QVERIFY2(qAbs(offset - expectedMs) < 5, qPrintable(QString::number(offset, 'f', 3)));
        QVERIFY(result.value(QStringLiteral("delay_ms")).toDouble() >= 0);
        QCOMPARE(result.value(QStringLiteral("server")).toString(), chrony.address());
        QCOMPARE(result.value(QStringLiteral("source")).toString(), QStringLiteral("sntp"));
    }

    // The promise of the feature: after one sync, codes are right although the system clock is 90 s off.
    void codesFollowTheMeasuredTime()
    {
        ChronyServer chrony(QStringLiteral("+90s"));
        IsolatedUser user;
        QVERIFY(!measure(user, chrony.address()).isEmpty());
        const CliRun shown = user.run({QStringLiteral("time"), QStringLiteral("--show")});
        QVERIFY2(shown.out.contains("90.0 s behind"), shown.out.constData());

        const QStringList code{QStringLiteral("code"), QStringLiteral("--secret"), kSecret};
        QVERIFY(sameCodeAs(user, code, 90000));
        QVERIFY(sameCodeAs(user, code + QStringList{QStringLiteral("--no-time-correction")}, 0));

        // --no-save measures without touching what is stored.
        ChronyServer other(QStringLiteral("-45s"));
        QVERIFY(!measure(user, other.address(), {QStringLiteral("--no-save")}).isEmpty());
        QVERIFY(sameCodeAs(user, code, 90000));
    }

    // A vault account's code follows the correction as well, read after the (slow) unlock.
    void vaultCodesFollowTheCorrection()
    {
        IsolatedUser user;
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("v.tessera"));
        const QByteArray pw("correct horse battery staple\n");
        QCOMPARE(user.run({"init", "--vault", vault, "--kdf", "interactive", "--password-stdin"}, pw).exitCode, 0);
        QCOMPARE(user.run({"add", "--vault", vault, "--password-stdin", "--uri",
                           "otpauth://totp/Gcore:me?secret=" + kSecret}, pw).exitCode, 0);
        QCOMPARE(user.run({QStringLiteral("time"), QStringLiteral("--offset"), QStringLiteral("120")}).exitCode, 0);
        const QStringList code{"code", "gcore", "--vault", vault, "--password-stdin"};
        QVERIFY(sameCodeAs(user, code, 120000, pw));
        QVERIFY(sameCodeAs(user, code + QStringList{"--no-time-correction"}, 0, pw));
    }

    // A real NTP server a day ahead (as a forged reply would claim) with no HTTPS source to confirm it:
    // the offset is refused and nothing is stored, unless the user accepts it explicitly.
    void aLargeOffsetNeedsToBeAccepted()
    {
        ChronyServer chrony(QStringLiteral("+86400s"));
        QVERIFY(chrony.isRunning());
        IsolatedUser user;
        const QStringList sync{QStringLiteral("time"), QStringLiteral("--server"), chrony.address(), QStringLiteral("--json")};
        CliRun run;
        QElapsedTimer waited;
        waited.start();
        do // chronyd needs a moment before it answers (exit 4 until then)
            run = user.run(sync);
        while (run.exitCode == 4 && waited.elapsed() < 10000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("seems 24 h 0 min behind"), run.err.constData());
        QVERIFY(run.err.contains("--accept-large-offset"));
        const CliRun shown = user.run({QStringLiteral("time"), QStringLiteral("--show"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("source")).toString(), QStringLiteral("none"));
        QVERIFY(sameCodeAs(user, {QStringLiteral("code"), QStringLiteral("--secret"), kSecret}, 0));

        const QJsonObject accepted = measure(user, chrony.address(), {QStringLiteral("--accept-large-offset")});
        QVERIFY(qAbs(accepted.value(QStringLiteral("offset_ms")).toDouble() - 86400000) < 50);
        QVERIFY(sameCodeAs(user, {QStringLiteral("code"), QStringLiteral("--secret"), kSecret}, 86400000));
    }

    void manualOffsetAndReset()
    {
        IsolatedUser user;
        QCOMPARE(user.run({QStringLiteral("time"), QStringLiteral("--offset"), QStringLiteral("-30")}).exitCode, 0);
        const QStringList code{QStringLiteral("code"), QStringLiteral("--secret"), kSecret};
        QVERIFY(sameCodeAs(user, code, -30000));
        const CliRun shown = user.run({QStringLiteral("time"), QStringLiteral("--show"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("source")).toString(),
                 QStringLiteral("manual"));
        QCOMPARE(user.run({QStringLiteral("time"), QStringLiteral("--reset")}).exitCode, 0);
        QVERIFY(sameCodeAs(user, code, 0));
    }

    // Exit 4 and one sentence, well within 5 s, when nobody answers: a closed port, and a silent one.
    void noAnswerFailsWithinFiveSeconds()
    {
        QUdpSocket silent;
        silent.bind(QHostAddress::LocalHost, 0);
        QUdpSocket closed;
        closed.bind(QHostAddress::LocalHost, 0);
        const QString closedAddress = QStringLiteral("127.0.0.1:%1").arg(closed.localPort());
        closed.close();
        IsolatedUser user;
        for (const QString &server : {QStringLiteral("127.0.0.1:%1").arg(silent.localPort()), closedAddress}) {
            QElapsedTimer elapsed;
            elapsed.start();
            const CliRun run = user.run({QStringLiteral("time"), QStringLiteral("--server"), server});
            QCOMPARE(run.exitCode, 4);
            VERIFY_ONE_SENTENCE_ERROR(run);
            QVERIFY(run.err.contains(server.toUtf8()));
            QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
        }
        // A failed sync is remembered, and the stored correction (none here) is kept.
        const CliRun shown = user.run({QStringLiteral("time"), QStringLiteral("--show")});
        QVERIFY(shown.out.contains("not been checked"));
    }

    void badInputIsAUsageOrInputError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("bad server") << QStringList{"time", "--server", "host:99999"} << 2;
        QTest::newRow("http url") << QStringList{"time", "--https-url", "http://example.org/"} << 2;
        QTest::newRow("bad offset") << QStringList{"time", "--offset", "soon"} << 2;
        QTest::newRow("two actions") << QStringList{"time", "--reset", "--show"} << 1;
        QTest::newRow("bad timeout") << QStringList{"time", "--timeout", "0"} << 1;
        QTest::newRow("stray argument") << QStringList{"time", "now"} << 1;
    }
    void badInputIsAUsageOrInputError()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        IsolatedUser user;
        const CliRun run = user.run(args);
        QCOMPARE(run.exitCode, exitCode);
        VERIFY_ONE_SENTENCE_ERROR(run);
    }
};

QTEST_GUILESS_MAIN(TestCliTime)
#include "test_cli_time.moc"
