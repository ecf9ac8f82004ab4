// Files made to cost an importer or the QR reader as much as possible (tessera-test-hostile-files)
// are refused with a clear sentence, and quickly. The figures (time and peak memory, before and after)
// are bench/hostile.sh's and docs/SECURITY.md's; the bounds here only catch a hang or a blow-up.
#include "cli_runner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace {

const QByteArray kVaultPassword = "correct horse battery staple\n";

struct Outcome
{
    bool finished = false;
    int exitCode = -1;
    QByteArray err;
    qint64 elapsedMs = 0;
};

Outcome run(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(cliPath(), args);
    process.waitForStarted(10000);
    process.write(input);
    process.closeWriteChannel();
    Outcome outcome;
    outcome.finished = process.waitForFinished(60000);
    outcome.elapsedMs = clock.elapsed();
    outcome.exitCode = outcome.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.err = process.readAllStandardError();
    return outcome;
}

// The largest resident set of any child that has ended so far, in MiB.
long peakChildMiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_vault;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!cliPath().isEmpty(), "TESSERA_CLI must name the built tessera-cli");
        QProcess make;
        make.start(qEnvironmentVariable("TESSERA_HOSTILE_FILES"),
                   {m_dir.path(), QStringLiteral(TESSERA_TEST_FIXTURES "/import/three-accounts-aegis-encrypted.json")});
        QVERIFY(make.waitForFinished(120000) && make.exitCode() == 0);
        m_vault = file("v.tessera");
        QCOMPARE(runCli({"init", "--vault", m_vault, "--kdf", "interactive", "--password-stdin"}, kVaultPassword).exitCode, 0);
    }

    void importsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("300 scrypt slots") << "aegis-slots.json" << QByteArray("export pw") << QByteArray("301 password slots");
        QTest::newRow("6 large scrypt slots") << "aegis-costly.json" << QByteArray("export pw") << QByteArray("of key derivation");
        QTest::newRow("10 MiB referred to 3000 times") << "freeotp-refs.xml" << QByteArray("pw") << QByteArray("back-references");
        QTest::newRow("64 MiB of JSON") << "json-deep.json" << QByteArray() << QByteArray("larger than any");
        QTest::newRow("7 million JSON values") << "json-values.json" << QByteArray() << QByteArray("fields and values");
        QTest::newRow("a 60 MiB CSV field") << "csv-wide.csv" << QByteArray() << QByteArray("larger than any");
        QTest::newRow("15 million CSV fields") << "csv-commas.csv" << QByteArray() << QByteArray("fields and values");
    }
    void importsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, reason);
        const Outcome o = run({"import", m_dir.filePath(name), "--vault", m_vault, "--password-stdin",
                               "--source-password-file", "-"},
                              kVaultPassword + password + '\n');
        QVERIFY2(o.finished, "the import did not end within a minute");
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(reason), o.err.constData());
        QVERIFY2(o.elapsedMs < 20000, qPrintable(QString::number(o.elapsedMs)));
        QVERIFY2(peakChildMiB() < 700, qPrintable(QString::number(peakChildMiB())));
        const CliRun list = runCli({"list", "--vault", m_vault, "--password-stdin", "--json"}, kVaultPassword);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(list.out).array().isEmpty()); // nothing was added
    }

    void picturesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("12,500 finder patterns") << "finder-tiles.png";
        QTest::newRow("30,000 × 30,000 pixels") << "huge-picture.png";
    }
    void picturesAreRefused()
    {
        QFETCH(QString, name);
        const Outcome o = run({"scan", m_dir.filePath(name)}, {});
        QVERIFY2(o.finished, "the scan did not end within a minute");
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(!o.err.isEmpty(), "no reason given");
        QVERIFY2(o.elapsedMs < 20000, qPrintable(QString::number(o.elapsedMs)));
        QVERIFY2(peakChildMiB() < 700, qPrintable(QString::number(peakChildMiB())));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
