#include "uri/percent_encoding.h"

#include <QTest>

using namespace tessera;

class TestPercentEncoding : public QObject
{
    Q_OBJECT
private slots:
    void decodes()
    {
        QCOMPARE(*uri::percentDecode("Air%20Canada", uri::PlusMeans::Plus), QByteArray("Air Canada"));
        QCOMPARE(*uri::percentDecode("Air+Canada", uri::PlusMeans::Space), QByteArray("Air Canada"));
        QCOMPARE(*uri::percentDecode("a+b", uri::PlusMeans::Plus), QByteArray("a+b"));
        QCOMPARE(*uri::percentDecode("%c3%A9", uri::PlusMeans::Plus), QByteArray("\xC3\xA9"));
        QCOMPARE(*uri::percentDecode("", uri::PlusMeans::Plus), QByteArray());
        QCOMPARE(*uri::percentDecode("%2B", uri::PlusMeans::Space), QByteArray("+"));
    }
    void refusesBrokenEscapes()
    {
        for (const char *text : {"%", "%4", "abc%", "%G0", "%0G", "x%zz"})
            QVERIFY2(!uri::percentDecode(text, uri::PlusMeans::Plus), text);
        QVERIFY(!uri::percentDecodeSecret("AB%2", uri::PlusMeans::Space));
    }
    void secretDecodesIntoSecretBytes()
    {
        auto s = uri::percentDecodeSecret("JVMVGRKDKJCVI%3D%3D%3D", uri::PlusMeans::Space);
        QVERIFY(s);
        QCOMPARE(s->view(), std::string_view("JVMVGRKDKJCVI==="));
    }
    void encodesAllButUnreserved()
    {
        QCOMPARE(uri::percentEncode("Air Canada:b@c.d~_-"), QByteArray("Air%20Canada%3Ab%40c.d~_-"));
        QCOMPARE(uri::percentEncode("\xC3\xA9"), QByteArray("%C3%A9"));
        QCOMPARE(uri::percentEncode("a+b&c=d?e/f#g%"), QByteArray("a%2Bb%26c%3Dd%3Fe%2Ff%23g%25"));
    }
};

QTEST_GUILESS_MAIN(TestPercentEncoding)
#include "test_percent_encoding.moc"
