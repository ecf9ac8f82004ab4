// The browsers' native messaging framing (channel/native_messaging.h): the length in this machine's
// byte order, messages arriving in pieces and several in one read, and what is refused: a length over
// the limit before its body arrives, an empty message, anything but a JSON object, an answer over the
// browsers' 1 MB.
#include "channel/native_messaging.h"

#include <QJsonArray>
#include <QTest>
#include <cstring>

using namespace tessera;
using namespace tessera::channel;

namespace {

QByteArray framed(const QByteArray &body, quint32 length)
{
    QByteArray frame(4, Qt::Uninitialized);
    std::memcpy(frame.data(), &length, 4);
    return frame + body;
}

QByteArray framed(const QByteArray &body)
{
    return framed(body, quint32(body.size()));
}

} // namespace

class TestNativeMessaging : public QObject
{
    Q_OBJECT
private slots:
    void theLengthIsInThisMachinesByteOrder()
    {
        const auto frame = encodeForBrowser(QJsonObject{{QStringLiteral("site"), QStringLiteral("github.com")}});
        QVERIFY(frame);
        const QByteArray body = "{\"site\":\"github.com\"}";
        quint32 length = 0;
        std::memcpy(&length, frame->constData(), 4);
        QCOMPARE(length, quint32(body.size()));
        QCOMPARE(frame->mid(4), body);
    }

    void messagesInPiecesAndSeveralAtOnce()
    {
        const QByteArray first = framed("{\"type\":\"code\",\"site\":\"github.com\"}");
        const QByteArray second = framed(QStringLiteral("{\"type\":\"pair\",\"name\":\"Bücher\"}").toUtf8());
        QByteArray buffer;
        for (const char byte : first.left(first.size() - 1)) {
            buffer.append(byte);
            auto none = takeFromBrowser(buffer);
            QVERIFY(none);
            QVERIFY(!*none); // incomplete: wait for more
        }
        buffer.append(first.back());
        buffer.append(second);
        auto one = takeFromBrowser(buffer);
        QVERIFY(one && *one);
        QCOMPARE((*one)->value(QStringLiteral("site")).toString(), QStringLiteral("github.com"));
        auto two = takeFromBrowser(buffer);
        QVERIFY(two && *two);
        QCOMPARE((*two)->value(QStringLiteral("name")).toString(), QStringLiteral("Bücher"));
        QVERIFY(buffer.isEmpty());
        // What the host writes reads back the same.
        QByteArray written = *encodeForBrowser(**two);
        auto back = takeFromBrowser(written);
        QVERIFY(back && *back);
        QCOMPARE(**back, **two);
    }

    void aLengthOverTheLimitIsRefusedBeforeItsBody()
    {
        QByteArray buffer = framed({}, quint32(kFromBrowserLimit) + 1); // only the length has come
        QVERIFY(!takeFromBrowser(buffer));
        buffer = framed({}, 0xFFFFFFFFu);
        QVERIFY(!takeFromBrowser(buffer));
        QByteArray atLimit = framed(QByteArray(kFromBrowserLimit, ' '), quint32(kFromBrowserLimit));
        atLimit.replace(4, 2, "{}"); // a whole object padded with spaces, exactly at the limit
        auto fits = takeFromBrowser(atLimit);
        QVERIFY(fits && *fits);
    }

    void onlyJsonObjectsAreMessages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("site=github.com");
        QTest::newRow("an array") << QByteArray("[\"github.com\"]");
        QTest::newRow("a string") << QByteArray("\"github.com\"");
        QTest::newRow("cut short") << QByteArray("{\"site\":\"github");
    }
    void onlyJsonObjectsAreMessages()
    {
        QFETCH(QByteArray, body);
        QByteArray buffer = framed(body);
        const auto taken = takeFromBrowser(buffer);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ErrorCode::ChannelUnsafe);
    }

    void anAnswerOverTheBrowsersLimitIsNotSent()
    {
        const QJsonObject large{{QStringLiteral("padding"), QString(kToBrowserLimit, u'x')}};
        QVERIFY(!encodeForBrowser(large));
        const QJsonObject fits{{QStringLiteral("padding"), QString(kToBrowserLimit - 20, u'x')}};
        QVERIFY(encodeForBrowser(fits));
    }
};

QTEST_GUILESS_MAIN(TestNativeMessaging)
#include "test_native_messaging.moc"
