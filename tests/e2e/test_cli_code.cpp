// tessera-cli code, run as a user runs it: RFC vectors, Steam, every option, and every kind of mistake.
#include "cli_runner.h"

class TestCliCode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), "TESSERA_CLI must name the built tessera-cli"); }

    void version()
    {
        const auto run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("tessera-cli 0."));
    }

    void codes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("code");
        // Base32 of the RFC 6238 seeds "1234567890" x2, x3.2, x6.4.
        const QString sha1 = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        const QString sha256 = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA");
        const QString sha512 = sha1.repeated(3) + QStringLiteral("GEZDGNA");
        auto totp = [&](const QString &secret, const char *alg, const char *time, const char *code) {
            QTest::addRow("RFC 6238 %s %s", alg, time)
                << QStringList{"code", "--secret", secret, "--algorithm", alg, "--digits", "8", "--time", time}
                << QByteArray(code);
        };
        totp(sha1, "SHA1", "59", "94287082");
        totp(sha256, "SHA256", "59", "46119246");
        totp(sha512, "SHA512", "59", "90693936");
        totp(sha1, "SHA1", "1111111109", "07081804");
        totp(sha256, "sha256", "1234567890", "91819424");
        totp(sha512, "sha512", "2000000000", "38618901");
        totp(sha1, "SHA1", "20000000000", "65353130");
        totp(sha256, "SHA256", "20000000000", "77737706");
        totp(sha512, "SHA512", "20000000000", "47863826");
        const char *hotp[] = {"755224", "287082", "359152", "969429", "338314",
                              "254676", "287922", "162583", "399871", "520489"};
        for (int i = 0; i < 10; ++i)
            QTest::addRow("RFC 4226 counter %d", i)
                << QStringList{"code", "--secret", sha1, "--type", "hotp", "--counter", QString::number(i)}
                << QByteArray(hotp[i]);
        QTest::newRow("steam") << QStringList{"code", "--type", "steam", "--secret", "STEAMKEY", "--time", "1742298622"}
                               << QByteArray("NTK5M");
        QTest::newRow("typed in groups") << QStringList{"code", "--secret", "jbsw y3dp-ehpk 3pxp", "--time", "1257894000"}
                                         << QByteArray("528064");
        QTest::newRow("period 60") << QStringList{"code", "--secret", sha1, "--period", "60", "--time", "118",
                                                  "--digits", "8"}
                                   << QByteArray("94287082"); // step 1 either way
        QTest::newRow("options before command args")
            << QStringList{"code", "--time=59", "--digits=8", "--secret=" + sha1} << QByteArray("94287082");
    }
    void codes()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, code);
        const auto run = runCli(args);
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, code + '\n');
    }

    void secretFromStandardInput()
    {
        const auto run = runCli({"code", "--secret", "-", "--time", "1257894000"}, "JBSWY3DPEHPK3PXP\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("528064\n"));
    }

    void currentTimeByDefault()
    {
        const auto run = runCli({"code", "--secret", "JBSWY3DPEHPK3PXP"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.size(), 7);
    }

    void invalidInputExitsTwoWithOneSentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("bad base32") << QStringList{"code", "--secret", "JBSW1Y3DP"} << QByteArray("position 5");
        QTest::newRow("emoji in key") << QStringList{"code", "--secret", QString::fromUtf8("AB\xF0\x9F\x94\x91")}
                                      << QByteArray("position 3");
        QTest::newRow("too short") << QStringList{"code", "--secret", "A"} << QByteArray("too short");
        QTest::newRow("digits 5") << QStringList{"code", "--secret", "JBSWY3DP", "--digits", "5"}
                                  << QByteArray("6 to 10");
        QTest::newRow("digits 11") << QStringList{"code", "--secret", "JBSWY3DP", "--digits", "11"}
                                   << QByteArray("6 to 10");
        QTest::newRow("steam digits") << QStringList{"code", "--secret", "JBSWY3DP", "--type", "steam", "--digits", "6"}
                                      << QByteArray("'6' digits");
        QTest::newRow("period 0") << QStringList{"code", "--secret", "JBSWY3DP", "--period", "0"}
                                  << QByteArray("period '0'");
        QTest::newRow("algorithm") << QStringList{"code", "--secret", "JBSWY3DP", "--algorithm", "MD5"}
                                   << QByteArray("'MD5'");
        QTest::newRow("type") << QStringList{"code", "--secret", "JBSWY3DP", "--type", "motp"}
                              << QByteArray("'motp'");
        QTest::newRow("counter") << QStringList{"code", "--secret", "JBSWY3DP", "--type", "hotp", "--counter", "-1"}
                                 << QByteArray("'-1'");
        QTest::newRow("negative time") << QStringList{"code", "--secret", "JBSWY3DP", "--time", "-5"}
                                       << QByteArray("'-5'");
        QTest::newRow("time text") << QStringList{"code", "--secret", "JBSWY3DP", "--time", "now"}
                                   << QByteArray("'now'");
        QTest::newRow("time overflow") << QStringList{"code", "--secret", "JBSWY3DP", "--time", "9223372036854775807"}
                                       << QByteArray("9223372036854775807");
    }
    void invalidInputExitsTwoWithOneSentence()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        const auto run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        VERIFY_ONE_SENTENCE_ERROR(run);
        QVERIFY2(run.err.contains(mentions), run.err.constData());
    }

    void usageMistakesExitOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("no secret") << QStringList{"code"};
        QTest::newRow("unknown option") << QStringList{"code", "--secret", "JBSWY3DP", "--colour", "red"};
        QTest::newRow("missing value") << QStringList{"code", "--secret"};
    }
    void usageMistakesExitOne()
    {
        QFETCH(QStringList, args);
        const auto run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void helpExitsZero()
    {
        auto run = runCli({"code", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--secret"));
        run = runCli({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Exit codes"));
    }
};

QTEST_GUILESS_MAIN(TestCliCode)
#include "test_cli_code.moc"
