// The extension's messages (channel/browser_messages.h): the two kinds read whole, and everything else
// refused before use: another version, an id that is not plain, a missing or odd browser name, a key
// that is not 32 bytes, a sealed request too short or too long, an unknown type; the opened request's
// fields; the answers' envelope.
#include "channel/browser_messages.h"

#include <QJsonObject>
#include <QTest>

using namespace tessera;
using namespace tessera::channel;

namespace {

QJsonObject hello()
{
    return {{QStringLiteral("v"), 1}, {QStringLiteral("id"), QStringLiteral("m-1")}, {QStringLiteral("type"), QStringLiteral("hello")},
            {QStringLiteral("browser"), QStringLiteral("Chromium")},
            {QStringLiteral("key"), QString::fromLatin1(QByteArray(32, '\x07').toBase64())}};
}

QJsonObject codeRequest(qsizetype sealedSize)
{
    return {{QStringLiteral("v"), 1}, {QStringLiteral("id"), QStringLiteral("m-2")}, {QStringLiteral("type"), QStringLiteral("code")},
            {QStringLiteral("key"), QString::fromLatin1(QByteArray(32, '\x09').toBase64())},
            {QStringLiteral("sealed"), QString::fromLatin1(QByteArray(sealedSize, 'x').toBase64())}};
}

QJsonObject with(QJsonObject message, const char *key, const QJsonValue &value)
{
    if (value.isUndefined())
        message.remove(QLatin1String(key));
    else
        message.insert(QLatin1String(key), value);
    return message;
}

} // namespace

class TestBrowserMessages : public QObject
{
    Q_OBJECT
private slots:
    void theTwoKindsAreRead()
    {
        auto parsed = parseBrowserMessage(hello());
        QVERIFY(parsed);
        const auto &h = std::get<BrowserHello>(*parsed);
        QCOMPARE(h.id, QStringLiteral("m-1"));
        QCOMPARE(h.browser, QStringLiteral("Chromium"));
        QCOMPARE(h.publicKey[31], std::uint8_t(7));
        parsed = parseBrowserMessage(codeRequest(60));
        QVERIFY(parsed);
        QCOMPARE(std::get<BrowserCodeRequest>(*parsed).sealed, QByteArray(60, 'x'));
        QCOMPARE(std::get<BrowserCodeRequest>(*parsed).publicKey[0], std::uint8_t(9));
    }

    void everythingElseIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::newRow("another version") << with(hello(), "v", 2);
        QTest::newRow("no version") << with(hello(), "v", QJsonValue::Undefined);
        QTest::newRow("no id") << with(hello(), "id", QJsonValue::Undefined);
        QTest::newRow("an id with other characters") << with(hello(), "id", QStringLiteral("m 1;<"));
        QTest::newRow("an id too long") << with(hello(), "id", QString(65, u'a'));
        QTest::newRow("an unknown type") << with(hello(), "type", QStringLiteral("export"));
        QTest::newRow("no browser name") << with(hello(), "browser", QStringLiteral("  "));
        QTest::newRow("a browser name with a control character") << with(hello(), "browser", QStringLiteral("Chro\nmium"));
        QTest::newRow("a browser name too long") << with(hello(), "browser", QString(65, u'b'));
        QTest::newRow("a short key") << with(hello(), "key", QString::fromLatin1(QByteArray(31, 'k').toBase64()));
        QTest::newRow("a key that is not Base64") << with(hello(), "key", QStringLiteral("not base64 at all!"));
        QTest::newRow("a sealed request too short") << codeRequest(27);
        QTest::newRow("a sealed request too long") << codeRequest(4097);
        QTest::newRow("a code request without its key") << with(codeRequest(60), "key", QJsonValue::Undefined);
        QTest::newRow("a sealed request that is a number") << with(codeRequest(60), "sealed", 5);
    }
    void everythingElseIsRefused()
    {
        QFETCH(QJsonObject, message);
        const auto parsed = parseBrowserMessage(message);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::ChannelUnsafe);
    }

    void theOpenedRequest()
    {
        auto request = parseSealedCodeRequest("{\"site\":\"gist.github.com\",\"frame\":\"same-origin\",\"at\":1700000000000}");
        QVERIFY(request);
        QCOMPARE(request->site, QStringLiteral("gist.github.com"));
        QVERIFY(!request->topFrame);
        QCOMPARE(request->atMs, 1700000000000);
        QVERIFY(!parseSealedCodeRequest("{\"site\":\"github.com\",\"frame\":\"cross-origin\",\"at\":1}"));
        QVERIFY(!parseSealedCodeRequest("{\"site\":\"\",\"frame\":\"top\",\"at\":1}"));
        QVERIFY(!parseSealedCodeRequest("{\"site\":\"github.com\",\"frame\":\"top\"}"));
        QVERIFY(!parseSealedCodeRequest("[\"github.com\"]"));
        QVERIFY(!parseSealedCodeRequest(QByteArray(300, 'a')));
        // The account chosen on the page is an id, or the request is refused.
        request = parseSealedCodeRequest("{\"site\":\"github.com\",\"frame\":\"top\",\"at\":1,"
                                         "\"account\":\"8c5b8c0e-5d0c-4b1e-9d2a-0a6f3c1e2b4d\"}");
        QVERIFY(request && request->account);
        QCOMPARE(request->account->toString(QUuid::WithoutBraces), QStringLiteral("8c5b8c0e-5d0c-4b1e-9d2a-0a6f3c1e2b4d"));
        QVERIFY(!parseSealedCodeRequest("{\"site\":\"github.com\",\"frame\":\"top\",\"at\":1,\"account\":\"me\"}"));
    }

    void answersCarryTheVersionAndTheId()
    {
        const QJsonObject answer = browserAnswer(QStringLiteral("m-2"), QStringLiteral("locked"));
        QCOMPARE(answer.value(QStringLiteral("v")).toInt(), 1);
        QCOMPARE(answer.value(QStringLiteral("id")).toString(), QStringLiteral("m-2"));
        QCOMPARE(answer.value(QStringLiteral("type")).toString(), QStringLiteral("locked"));
        const QJsonObject sealed = browserAnswer(QStringLiteral("m-3"), QStringLiteral("sealed"),
                                                 {{QStringLiteral("sealed"), QStringLiteral("AAAA")}});
        QCOMPARE(sealed.value(QStringLiteral("sealed")).toString(), QStringLiteral("AAAA"));
    }
};

QTEST_GUILESS_MAIN(TestBrowserMessages)
#include "test_browser_messages.moc"
