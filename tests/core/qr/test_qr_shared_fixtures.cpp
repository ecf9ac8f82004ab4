// Real pictures and transfer links from other projects (../shared/fixtures, read in place), with the
// accounts their README lists.
#include "picture.h"

#include "common/error_text.h"
#include "encoding/base32.h"
#include "session/qr_scan.h"
#include "uri/google_migration.h"

#include <QFile>
#include <QTest>

using namespace tessera;

namespace {

const QString kDir = QStringLiteral(TESSERA_SHARED_FIXTURES "/import/google_authenticator/");

QString base32Of(const SecretBytes &secret)
{
    const SecretBytes text = base32::encode(secret.bytes());
    return QString::fromLatin1(text.view().data(), qsizetype(text.size()));
}

session::QrScan::Step scanFile(session::QrScan &scan, const QString &file)
{
    auto image = imaging::readPicture(kDir + file);
    if (!image)
        qFatal("cannot read %s", qPrintable(file));
    return scan.add(imaging::decodePicture(*image));
}

QList<QByteArray> migrationLines(const QString &file)
{
    QFile f(kDir + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    QList<QByteArray> lines;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            lines << line.trimmed();
    return lines;
}

std::vector<uri::KeyUri> accountsOf(const QString &file)
{
    std::vector<uri::KeyUri> all;
    for (const QByteArray &line : migrationLines(file)) {
        auto part = uri::parseMigration(std::string_view(line.constData(), std::size_t(line.size())));
        if (!part)
            qFatal("%s: %s", qPrintable(file), qPrintable(errorText(part.error())));
        for (uri::KeyUri &a : part->accounts)
            all.push_back(std::move(a));
    }
    return all;
}

} // namespace

class TestQrSharedFixtures : public QObject
{
    Q_OBJECT
private slots:
    void googleAuthenticatorExportScreenshot()
    {
        session::QrScan scan;
        const auto step = scanFile(scan, QStringLiteral("scito-extract_otp_secrets/example_export.png"));
        QVERIFY(step.problems.empty());
        QCOMPARE(scan.accounts().size(), std::size_t(3));
        const char *secrets[] = {"JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXQ", "JBSWY3DPEHPK3PXR"};
        for (int i = 0; i < 3; ++i) {
            const uri::KeyUri &a = scan.accounts()[std::size_t(i)];
            QCOMPARE(a.issuer, QStringLiteral("Test%1").arg(i + 1));
            QCOMPARE(a.name, QStringLiteral("Test%1:test%1@example%1.com").arg(i + 1));
            QCOMPARE(base32Of(a.secret), QString::fromLatin1(secrets[i]));
            QCOMPARE(a.params, (otp::OtpParams{}));
        }
    }
    void otherExportPicturesAreTransferCodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("png") << QStringLiteral("protonpass-proton-pass-common/GoogleAuthenticatorExport_3.png");
        QTest::newRow("phone photo, jpeg") << QStringLiteral("protonpass-proton-pass-common/GoogleAuthImportScreenshotCropped.jpg");
    }
    void otherExportPicturesAreTransferCodes()
    {
        QFETCH(QString, file);
        auto image = imaging::readPicture(kDir + file);
        QVERIFY(image);
        const std::vector<SecretBytes> texts = imaging::decodePicture(*image);
        QCOMPARE(texts.size(), std::size_t(1));
        QVERIFY(texts[0].view().substr(0, 20) == "otpauth-migration://");
        session::QrScan scan;
        QVERIFY(scan.add(imaging::decodePicture(*image)).newAccounts > 0);
    }
    void picturesWithoutAccountsSaySo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("example.png") << QStringLiteral("protonpass-proton-pass-common/example.png");
        QTest::newRow("qr_but_without_otp.png") << QStringLiteral("scito-extract_otp_secrets/qr_but_without_otp.png");
    }
    void picturesWithoutAccountsSaySo()
    {
        QFETCH(QString, file);
        session::QrScan scan;
        const auto step = scanFile(scan, file);
        QCOMPARE(step.newAccounts, 0);
        QCOMPARE(step.problems.size(), std::size_t(1));
        QCOMPARE(step.problems[0].code, ErrorCode::QrNotAnAccount);
    }
    void exampleExportLinks()
    {
        const auto accounts = accountsOf(QStringLiteral("scito-extract_otp_secrets/example_export.txt"));
        QCOMPARE(accounts.size(), std::size_t(6));
        const QStringList issuers{QStringLiteral("raspberrypi"), QString(), QString(), QStringLiteral("raspberrypi"), QString(), QString()};
        const QStringList names{QStringLiteral("pi@raspberrypi"), QStringLiteral("pi@raspberrypi"), QStringLiteral("pi@raspberrypi"),
                                QStringLiteral("pi@raspberrypi"), QStringLiteral("hotp demo"), QStringLiteral("encoding: ¿äÄéÉ? (demo)")};
        for (std::size_t i = 0; i < 6; ++i) {
            QCOMPARE(base32Of(accounts[i].secret), QStringLiteral("7KSQL2JTUDIS5EF65KLMRQIIGY"));
            QCOMPARE(accounts[i].name, names[int(i)]);
        }
        // The third link holds two accounts: no issuer, then raspberrypi.
        QCOMPARE(accounts[2].issuer, QString());
        QCOMPARE(accounts[3].issuer, QStringLiteral("raspberrypi"));
        QCOMPARE(accounts[0].issuer, issuers[0]);
        QCOMPARE(accounts[4].params.type, otp::OtpType::Hotp);
        QCOMPARE(accounts[4].params.counter, std::uint64_t(4));
    }
    void rawPlusAndSlashStayBase64()
    {
        const auto accounts = accountsOf(QStringLiteral("scito-extract_otp_secrets/test_plus_problem_export.txt"));
        QCOMPARE(accounts.size(), std::size_t(4));
        const char *secrets[] = {"A4RFDYMF4GSLUIBQV4ZP67OJEZ2XUQVM", "SCDDZ7PW5MOZLE3PQCAZM7L4S35K3UDX",
                                 "TR76272RVYO6EAEY2FX7W7R7KUDEGPJ4", "N2ILWSXSJUQUB7S6NONPJSC62NPG7EXN"};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(accounts[std::size_t(i)].issuer, QStringLiteral("SerenityLabs"));
            QCOMPARE(accounts[std::size_t(i)].name, QStringLiteral("SerenityLabs:test%1@serenitylabs.co.uk").arg(i + 1));
            QCOMPARE(base32Of(accounts[std::size_t(i)].secret), QString::fromLatin1(secrets[i]));
        }
    }
    void brokenExportsFail_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"test_export_wrong_data.txt", "test_export_wrong_prefix.txt", "test_export_wrong_content.txt"})
            QTest::newRow(f) << QStringLiteral("scito-extract_otp_secrets/") + QLatin1String(f);
    }
    void brokenExportsFail()
    {
        QFETCH(QString, file);
        QFile f(kDir + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().trimmed();
        QVERIFY(!uri::parseMigration(std::string_view(text.constData(), std::size_t(text.size()))));
    }
    void linksFromOtherProjectsTests()
    {
        const QList<QByteArray> lines = migrationLines(QStringLiteral("collected-from-test-sources/migration_uris_from_test_sources.txt"));
        QCOMPARE(lines.size(), 5);
        std::vector<std::vector<uri::KeyUri>> parts;
        for (const QByteArray &line : lines) {
            auto part = uri::parseMigration(std::string_view(line.constData(), std::size_t(line.size())));
            QVERIFY2(part, line.constData());
            parts.push_back(std::move(part->accounts));
        }
        QCOMPARE(parts[0].at(0).name, QStringLiteral("Example:alice@google.com"));
        QCOMPARE(parts[0].at(0).issuer, QStringLiteral("Example"));
        QCOMPARE(base32Of(parts[0].at(0).secret), QStringLiteral("JBSWY3DPEHPK3PXP"));
        QCOMPARE(base32Of(parts[1].at(0).secret), QStringLiteral("CHGEE4VO72DVNFA76NJS7HL6EREGQ6HU"));
        QCOMPARE(parts[2].at(0).issuer, QStringLiteral("MYISSUER"));
        QCOMPARE(parts[2].at(0).name, QStringLiteral("MYLABEL"));
        QCOMPARE(parts[2].at(0).params.algorithm, otp::Algorithm::Sha256);
        QCOMPARE(parts[2].at(0).params.digits, 8);
        QCOMPARE(parts[3].size(), std::size_t(7)); // 5 TOTP + 2 HOTP: all kept
        QCOMPARE(std::count_if(parts[3].begin(), parts[3].end(), [](const uri::KeyUri &a) { return a.params.type == otp::OtpType::Hotp; }), 2);
        QCOMPARE(parts[4].size(), std::size_t(4));
    }
};

QTEST_MAIN(TestQrSharedFixtures)
#include "test_qr_shared_fixtures.moc"
