#include "encoding/base32.h"

#include <QTest>

using namespace tessera;

namespace {

QByteArray decoded(const QByteArray &text)
{
    auto r = base32::decode(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!r)
        return QByteArrayLiteral("<error>");
    return QByteArray(reinterpret_cast<const char *>(r->data()), static_cast<qsizetype>(r->size()));
}

QByteArray encoded(const QByteArray &bytes, base32::Padding padding)
{
    auto s = base32::encode(
        std::span(reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())),
        padding);
    return QByteArray(s.view().data(), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestBase32 : public QObject
{
    Q_OBJECT
private slots:
    // RFC 4648 §10 test vectors.
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("padded");
        QTest::addColumn<QByteArray>("unpadded");
        QTest::newRow("empty") << QByteArray("") << QByteArray("") << QByteArray("");
        QTest::newRow("f") << QByteArray("f") << QByteArray("MY======") << QByteArray("MY");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("MZXQ====") << QByteArray("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("MZXW6===") << QByteArray("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ=") << QByteArray("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB") << QByteArray("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI======")
                                << QByteArray("MZXW6YTBOI");
    }
    void rfc4648Vectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, padded);
        QFETCH(QByteArray, unpadded);
        QCOMPARE(encoded(plain, base32::Padding::Include), padded);
        QCOMPARE(encoded(plain, base32::Padding::Omit), unpadded);
        QCOMPARE(decoded(padded), plain);
        QCOMPARE(decoded(unpadded), plain);
    }

    // What people type from a service's enrolment page.
    void acceptsHowPeopleTypeKeys_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::newRow("canonical") << QByteArray("JBSWY3DPEHPK3PXP");
        QTest::newRow("lower case") << QByteArray("jbswy3dpehpk3pxp");
        QTest::newRow("mixed case") << QByteArray("JbSwY3dPeHpK3pXp");
        QTest::newRow("groups of four") << QByteArray("JBSW Y3DP EHPK 3PXP");
        QTest::newRow("hyphens") << QByteArray("JBSW-Y3DP-EHPK-3PXP");
        QTest::newRow("extra padding") << QByteArray("JBSWY3DPEHPK3PXP========");
        QTest::newRow("spaces around") << QByteArray("  JBSWY3DPEHPK3PXP \n");
        QTest::newRow("tabs and CRLF") << QByteArray("JBSWY3DP\tEHPK3PXP\r\n");
        QTest::newRow("no-break spaces") << QByteArray("JBSW\xC2\xA0Y3DP\xC2\xA0"
                                                       "EHPK\xC2\xA0"
                                                       "3PXP");
        QTest::newRow("padding then space") << QByteArray("JBSWY3DPEHPK3PXP= =");
    }
    void acceptsHowPeopleTypeKeys()
    {
        QFETCH(QByteArray, typed);
        QCOMPARE(decoded(typed), QByteArray("Hello!\xDE\xAD\xBE\xEF"));
    }

    void refusesOtherCharactersWithPosition_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QString>("character");
        QTest::addColumn<int>("position");
        QTest::newRow("digit 1") << QByteArray("JBSWY3DP1HPK") << QStringLiteral("1") << 9;
        QTest::newRow("digit 0") << QByteArray("0BSW") << QStringLiteral("0") << 1;
        QTest::newRow("digit 8") << QByteArray("JBSW8") << QStringLiteral("8") << 5;
        QTest::newRow("punctuation") << QByteArray("JBSW Y3DP!") << QStringLiteral("!") << 10;
        QTest::newRow("underscore") << QByteArray("JB_SW") << QStringLiteral("_") << 3;
        QTest::newRow("data after padding") << QByteArray("MY==MY") << QStringLiteral("M") << 5;
        QTest::newRow("padding in the middle") << QByteArray("JB=SW") << QStringLiteral("S") << 4;
        // Positions count characters, not bytes: "é" is two bytes but one character.
        QTest::newRow("non-ASCII letter") << QByteArray("JB\xC3\xA9SW") << QStringLiteral("\u00e9") << 3;
        QTest::newRow("after non-ASCII") << QByteArray("\xC3\xA9") << QStringLiteral("\u00e9") << 1;
        QTest::newRow("emoji") << QByteArray("AB\xF0\x9F\x94\x91") << QString::fromUtf8("\xF0\x9F\x94\x91") << 3;
        QTest::newRow("NUL byte") << QByteArray("AB\0CD", 5) << QString(QChar(0)) << 3;
    }
    void refusesOtherCharactersWithPosition()
    {
        QFETCH(QByteArray, typed);
        QFETCH(QString, character);
        QFETCH(int, position);
        auto r = base32::decode(std::string_view(typed.constData(), static_cast<std::size_t>(typed.size())));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidBase32);
        QCOMPARE(r.error().detail, character);
        QCOMPARE(r.error().position, position);
    }

    // Trailing bits that do not make a whole byte are dropped, as Google Authenticator does.
    void dropsIncompleteTrailingBits()
    {
        QCOMPARE(decoded("ABCDEFA").size(), 4); // 35 bits
        QCOMPARE(decoded("A").size(), 0);       // 5 bits
        QCOMPARE(decoded("JDJDUZBXHSHDBXBXHBB").size(), 11);
    }

    void roundTripsEveryLength()
    {
        for (int length = 0; length <= 70; ++length) {
            QByteArray bytes;
            for (int i = 0; i < length; ++i)
                bytes.append(static_cast<char>((i * 37 + length) & 0xFF));
            QCOMPARE(decoded(encoded(bytes, base32::Padding::Omit)), bytes);
            QCOMPARE(decoded(encoded(bytes, base32::Padding::Include)), bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "test_base32.moc"
