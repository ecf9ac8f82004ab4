// Google Authenticator transfer links: written and read back, every base64 spelling real tools use,
// entries the app cannot take, and broken links.
#include "uri/google_migration.h"
#include "uri/percent_encoding.h"

#include <QTest>

using namespace tessera;
using namespace tessera::uri;

namespace {

KeyUri account(const char *issuer, const char *name, const char *secret, otp::OtpParams params = {})
{
    return KeyUri{QString::fromUtf8(issuer), QString::fromUtf8(name), params, SecretBytes::copyOf(std::string_view(secret))};
}

QByteArray text(const SecretBytes &s)
{
    return QByteArray(s.view().data(), qsizetype(s.size()));
}

// A protobuf payload built by hand, to say what Tessera itself never writes.
struct Proto
{
    QByteArray bytes;
    Proto &varint(int field, quint64 value)
    {
        bytes += char(field << 3);
        do {
            char b = char(value & 0x7f);
            value >>= 7;
            bytes += value ? char(b | 0x80) : b;
        } while (value);
        return *this;
    }
    Proto &field(int field, const QByteArray &value)
    {
        bytes += char(field << 3 | 2);
        bytes += char(value.size()); // short values only
        bytes += value;
        return *this;
    }
};

QByteArray entry(const QByteArray &secret, int algorithm, int digits, int type)
{
    return Proto().field(1, secret).field(2, "alice").field(3, "Example").varint(4, quint64(algorithm)).varint(5, quint64(digits)).varint(6, quint64(type)).bytes;
}

QByteArray linkOf(const QByteArray &payload)
{
    return "otpauth-migration://offline?data=" + percentEncode(payload.toBase64());
}

Result<MigrationPart> parse(const QByteArray &link)
{
    return parseMigration(std::string_view(link.constData(), std::size_t(link.size())));
}

} // namespace

class TestGoogleMigration : public QObject
{
    Q_OBJECT
private slots:
    void writesAndReadsBackInBatches()
    {
        otp::OtpParams hotp{otp::OtpType::Hotp, otp::Algorithm::Sha256, 8, 30, 7};
        otp::OtpParams sha512{otp::OtpType::Totp, otp::Algorithm::Sha512, 6, 30, 0};
        const std::vector<KeyUri> accounts = [&] {
            std::vector<KeyUri> a;
            a.push_back(account("Gcore", "anna@example.com", "secret-one"));
            a.push_back(account("", "Kaspersky: Anna (ü)", "secret-two", hotp));
            a.push_back(account("MyKerio", "admin", "secret-three", sha512));
            return a;
        }();
        std::vector<const KeyUri *> pointers;
        for (const KeyUri &a : accounts)
            pointers.push_back(&a);
        const std::vector<SecretBytes> links = writeMigration(pointers, 2, -12345);
        QCOMPARE(links.size(), std::size_t(2));
        std::size_t next = 0;
        for (int index = 0; index < 2; ++index) {
            auto part = parse(text(links[std::size_t(index)]));
            QVERIFY(part);
            QCOMPARE(part->batchSize, 2);
            QCOMPARE(part->batchIndex, index);
            QCOMPARE(part->batchId, -12345);
            QVERIFY(part->skipped.empty());
            for (const KeyUri &read : part->accounts) {
                const KeyUri &written = accounts[next++];
                QCOMPARE(read.issuer, written.issuer);
                QCOMPARE(read.name, written.name);
                QCOMPARE(read.params, written.params);
                QVERIFY(read.secret.equals(written.secret));
            }
        }
        QCOMPARE(next, accounts.size());
    }
    // Real producers: percent-encoded, raw '+' '/' '=', no padding, URL-safe alphabet.
    void readsEveryBase64Spelling_data()
    {
        QTest::addColumn<QByteArray>("link");
        // '\xfb\xff' makes '+' and '/' appear in the base64.
        const QByteArray payload = Proto().field(1, Proto().field(1, "\xfb\xff\xfe secret").field(2, "a+b c").varint(6, 2).bytes).varint(2, 1).bytes;
        const QByteArray base64 = payload.toBase64();
        QVERIFY(base64.contains('+') || base64.contains('/'));
        QByteArray unpadded = base64;
        while (unpadded.endsWith('='))
            unpadded.chop(1);
        const QByteArray head = "otpauth-migration://offline?data=";
        QTest::newRow("percent-encoded") << head + percentEncode(base64);
        QTest::newRow("raw") << head + base64;
        QTest::newRow("raw, unpadded") << head + unpadded;
        QTest::newRow("url-safe") << head + payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("trailing newline") << head + percentEncode(base64) + "\r\n";
        QTest::newRow("scheme in capitals") << "OTPAUTH-MIGRATION://offline?data=" + percentEncode(base64);
        QTest::newRow("other parameters first") << "otpauth-migration://offline?v=1&data=" + percentEncode(base64);
    }
    void readsEveryBase64Spelling()
    {
        QFETCH(QByteArray, link);
        auto part = parse(link);
        QVERIFY2(part, link.constData());
        QCOMPARE(part->accounts.size(), std::size_t(1));
        QCOMPARE(part->accounts[0].name, QStringLiteral("a+b c")); // '+' never becomes a space
        QCOMPARE(text(part->accounts[0].secret), QByteArray("\xfb\xff\xfe secret"));
    }
    // What Google's enums leave open: unspecified means SHA1, 6 digits, TOTP; the rest is skipped with a reason.
    void mapsAndSkipsEntries()
    {
        const QByteArray payload = Proto()
                                       .field(1, entry("s1", 0, 0, 0))  // all unspecified
                                       .field(1, entry("s2", 4, 1, 2))  // MD5
                                       .field(1, entry("s3", 1, 9, 2))  // unknown digit count
                                       .field(1, entry("s4", 1, 1, 7))  // unknown type
                                       .field(1, entry("", 1, 1, 2))    // no secret
                                       .bytes;
        auto part = parse(linkOf(payload));
        QVERIFY(part);
        QCOMPARE(part->accounts.size(), std::size_t(1));
        const otp::OtpParams &p = part->accounts[0].params;
        QCOMPARE(p, (otp::OtpParams{otp::OtpType::Totp, otp::Algorithm::Sha1, 6, 30, 0}));
        QCOMPARE(part->skipped.size(), std::size_t(4));
        QVERIFY(part->skipped[0].reason.contains(QLatin1String("MD5")));
        QVERIFY(part->skipped[0].where.contains(QLatin1String("Example:alice")));
        QCOMPARE(part->batchSize, 1); // absent means one code
    }
    void refusesBrokenLinks_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<int>("code");
        QTest::newRow("otpauth") << QByteArray("otpauth://totp/x?secret=AA") << int(ErrorCode::UriWrongScheme);
        QTest::newRow("prefixed") << QByteArray("QR-Code:otpauth-migration://offline?data=CgA") << int(ErrorCode::UriWrongScheme);
        QTest::newRow("no data") << QByteArray("otpauth-migration://offline") << int(ErrorCode::UriMalformed);
        QTest::newRow("empty data") << QByteArray("otpauth-migration://offline?data=") << int(ErrorCode::UriMalformed);
        QTest::newRow("not base64") << QByteArray("otpauth-migration://offline?data=!!!!") << int(ErrorCode::UriMalformed);
        QTest::newRow("bad escape") << QByteArray("otpauth-migration://offline?data=%zz") << int(ErrorCode::UriBadPercentEncoding);
        QTest::newRow("not protobuf") << QByteArray("otpauth-migration://offline?data=XXXX") << int(ErrorCode::UriMalformed);
        QTest::newRow("part 3 of 2") << linkOf(Proto().varint(3, 2).varint(4, 2).bytes) << int(ErrorCode::UriMalformed);
        // Found by fuzz_migration_payload: numbering the largest index overflowed (UBSan, asan preset).
        QTest::newRow("part 2^31 of 2") << linkOf(Proto().varint(3, 2).varint(4, 2147483647).bytes)
                                        << int(ErrorCode::UriMalformed);
        QTest::newRow("part 0 of 2") << linkOf(Proto().varint(3, 2).varint(4, ~0ull).bytes) << int(ErrorCode::UriMalformed);
        // Found by fuzz_import: a batch of 2^31 codes made an import list count its missing parts for
        // minutes (fuzz/corpus/import/regression-huge-batch replays that file).
        QTest::newRow("batch of 2^31") << linkOf(Proto().varint(3, 2147483647).varint(4, 0).bytes) << int(ErrorCode::UriMalformed);
        QTest::newRow("batch of 1001") << linkOf(Proto().varint(3, 1001).bytes) << int(ErrorCode::UriMalformed);
        QTest::newRow("too long") << QByteArray("otpauth-migration://offline?data=") + QByteArray(70000, 'A') << int(ErrorCode::UriTooLong);
    }
    void refusesBrokenLinks()
    {
        QFETCH(QByteArray, link);
        QFETCH(int, code);
        auto part = parse(link);
        QVERIFY(!part);
        QCOMPARE(int(part.error().code), code);
    }
    void saysWhatItCannotCarry()
    {
        QVERIFY(!migrationCannotCarry(account("a", "b", "c")));
        otp::OtpParams p;
        p.periodSeconds = 60;
        QVERIFY(migrationCannotCarry(account("a", "b", "c", p))->contains(QLatin1String("60 s")));
        p = otp::defaultsFor(otp::OtpType::Steam);
        QVERIFY(migrationCannotCarry(account("a", "b", "c", p))->contains(QLatin1String("Steam")));
        p = {};
        p.digits = 7;
        QVERIFY(migrationCannotCarry(account("a", "b", "c", p))->contains(QLatin1String("7 digits")));
        p = {otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, 3};
        QVERIFY(!migrationCannotCarry(account("a", "b", "c", p)));
    }
};

QTEST_GUILESS_MAIN(TestGoogleMigration)
#include "test_google_migration.moc"
