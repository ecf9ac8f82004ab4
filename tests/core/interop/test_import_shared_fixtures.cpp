// Every third-party export in ../shared/fixtures/import (read in place; label fixtures) is recognised
// as its format and imports to exactly the accounts its README lists (tests/support/import_expectations.h);
// wrong passwords and the README's negative files fail with the right error.

#include "import_expectations.h"
#include "uri_expectations.h"

#include "interop/import_registry.h"
#include "session/account_transfer.h"

#include <QFile>
#include <QTest>
#include <algorithm>

using namespace tessera;

namespace {

QString fixture(const QString &file)
{
    return QStringLiteral(TESSERA_SHARED_FIXTURES "/import/") + file;
}

QByteArray read(const QString &file)
{
    QFile f(fixture(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file));
    return f.readAll();
}

SecretBytes password(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return SecretBytes::copyOf(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

QString describe(const ExpectedAccount &a)
{
    return QStringLiteral("%1 %2/%3 %4 %5 %6 %7")
        .arg(a.type, a.issuer, a.name, a.secret, a.algorithm)
        .arg(a.digits)
        .arg(a.periodOrCounter);
}

ExpectedAccount asExpected(const uri::KeyUri &k)
{
    return {otp::typeName(k.params.type), k.issuer, k.name, base32Of(k.secret), otp::algorithmName(k.params.algorithm),
            k.params.digits,
            k.params.type == otp::OtpType::Hotp ? std::int64_t(k.params.counter) : k.params.periodSeconds};
}

// The README writes secrets as the files spell them; some are not a whole number of bytes, and Base32
// decoding drops the left-over bits. Compare what the secret decodes to.
QString canonical(const QString &secret)
{
    const QByteArray text = secret.toLatin1();
    auto bytes = base32::decode(std::string_view(text.constData(), std::size_t(text.size())));
    return bytes ? base32Of(*bytes) : secret;
}

QStringList sortedDescriptions(const QList<ExpectedAccount> &accounts)
{
    QStringList lines;
    for (ExpectedAccount a : accounts) {
        a.secret = canonical(a.secret);
        lines.append(describe(a));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestImportSharedFixtures : public QObject
{
    Q_OBJECT

private slots:
    void importsExactlyTheListedAccounts_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < importCases().size(); ++i)
            QTest::newRow(qPrintable(importCases()[i].file)) << i;
    }

    void importsExactlyTheListedAccounts()
    {
        QFETCH(int, index);
        const ImportCase &c = importCases()[index];
        const QByteArray bytes = read(c.file);
        const auto detected = interop::detectImportFormat(bytes);
        QVERIFY(detected.has_value());
        QCOMPARE(detected->format->id, c.format);
        QCOMPARE(detected->protection == interop::Protection::Password, !c.password.isEmpty());
        auto preview = session::readImport(nullptr, bytes, {}, password(c.password));
        QVERIFY2(preview.has_value(), preview ? "" : qPrintable(preview.error().detail));
        QList<ExpectedAccount> actual;
        for (const uri::KeyUri &account : preview->result.accounts)
            actual.append(asExpected(account));
        QCOMPARE(sortedDescriptions(actual), sortedDescriptions(c.accounts));
    }

    void refusesAWrongPassword_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < importCases().size(); ++i)
            if (!importCases()[i].password.isEmpty())
                QTest::newRow(qPrintable(importCases()[i].file)) << i;
    }

    void refusesAWrongPassword()
    {
        QFETCH(int, index);
        const ImportCase &c = importCases()[index];
        const QByteArray bytes = read(c.file);
        auto wrong = session::readImport(nullptr, bytes, {}, password(QStringLiteral("not the password")));
        QVERIFY(!wrong.has_value());
        QCOMPARE(wrong.error().code, ErrorCode::ImportWrongPassword);
        auto none = session::readImport(nullptr, bytes, {}, {});
        QVERIFY(!none.has_value());
        QCOMPARE(none.error().code, ErrorCode::ImportPasswordRequired);
    }

    void namesEntriesItCannotRead()
    {
        // Proton's files with an unsupported algorithm, an HOTP link without counter, and bad digits.
        auto sha384 = session::readImport(
            nullptr, read("2fas/protonpass-proton-pass-common/decrypted_with_hotp_and_unsupported_algorithms.2fas"), {}, {});
        QVERIFY(sha384.has_value());
        QCOMPARE(sha384->result.accounts.size(), std::size_t(1));
        QCOMPARE(sha384->result.skipped.size(), std::size_t(1));
        QVERIFY(sha384->result.skipped.front().reason.contains(QLatin1String("SHA384")));

        auto enteHotp = session::readImport(nullptr, read("ente/protonpass-proton-pass-common/plain_with_hotp.txt"), {}, {});
        QVERIFY(enteHotp.has_value());
        QCOMPARE(enteHotp->result.accounts.size(), std::size_t(5));
        QCOMPARE(enteHotp->result.skipped.front().where, QStringLiteral("line 4"));

        auto badDigits = session::readImport(
            nullptr, read("aegis/protonpass-proton-pass-common/aegis-json-unencrypted-with-bad-period-digits.json"), {}, {});
        QVERIFY(!badDigits.has_value());
        QCOMPARE(badDigits.error().code, ErrorCode::NothingToImport);
    }

    void refusesTheNegativeFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        QTest::newRow("bitwarden sample without secret")
            << "bitwarden/elliotwutingfeng-bitwarden_backup_decryptor/individual.json" << "" << int(ErrorCode::NothingToImport);
        QTest::newRow("bitwarden pbkdf2 export of that sample")
            << "bitwarden/elliotwutingfeng-bitwarden_backup_decryptor/encrypted_test_pbkdf2.json" << "passphrase"
            << int(ErrorCode::NothingToImport);
        QTest::newRow("bitwarden argon2id export of that sample")
            << "bitwarden/elliotwutingfeng-bitwarden_backup_decryptor/encrypted_test_argon2id.json" << "passphrase"
            << int(ErrorCode::NothingToImport);
        QTest::newRow("migration with bad protobuf")
            << "google_authenticator/scito-extract_otp_secrets/test_export_wrong_data.txt" << "" << int(ErrorCode::NothingToImport);
        QTest::newRow("migration behind a prefix")
            << "google_authenticator/scito-extract_otp_secrets/test_export_wrong_prefix.txt" << ""
            << int(ErrorCode::NothingToImport);
        QTest::newRow("lorem ipsum")
            << "google_authenticator/scito-extract_otp_secrets/test_export_wrong_content.txt" << "" << int(ErrorCode::UnknownFormat);
    }

    void refusesTheNegativeFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(int, code);
        auto result = session::readImport(nullptr, read(file), {}, ::password(password));
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestImportSharedFixtures)
#include "test_import_shared_fixtures.moc"
