// The messages of the "cli" channel: what one end writes the other reads back, a frame that is not
// whole waits, and a frame that is not ours, of another version, garbled or over its limit is refused
// as early as it can be told, before its body is held.
#include "channel/app_request.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>
#include <QtEndian>

using namespace tessera;
using namespace tessera::channel;

namespace {

QByteArray header(quint32 magic, quint32 version, quint32 length)
{
    QByteArray out(kFrameHeader, '\0');
    qToBigEndian(magic, out.data());
    qToBigEndian(version, out.data() + 4);
    qToBigEndian(length, out.data() + 8);
    return out;
}

constexpr quint32 kRequestMagic = 0x54434c51, kReplyMagic = 0x54434c41;

} // namespace

class TestAppRequest : public QObject
{
    Q_OBJECT
private slots:
    void aRequestReadsBackAsItWasWritten()
    {
        QByteArray buffer = encodeRequest({AppCommand::Code, QStringLiteral("GitHub:me"), 1257894000000LL, true});
        auto request = takeRequest(buffer);
        QVERIFY(request && *request);
        QCOMPARE(int((*request)->command), int(AppCommand::Code));
        QCOMPARE((*request)->query, QStringLiteral("GitHub:me"));
        QCOMPARE((*request)->atMs, std::optional<qint64>(1257894000000LL));
        QVERIFY((*request)->systemClock);
        QVERIFY(buffer.isEmpty());
    }

    void aReplyReadsBackWithItsPayloadAndError()
    {
        QByteArray buffer = encodeReply({AppStatus::Answered, std::nullopt, QCborMap{{QStringLiteral("code"), QStringLiteral("123456")}}});
        buffer += encodeReply({AppStatus::Failed, Error{ErrorCode::AmbiguousQuery, QStringLiteral("git")}, {}});
        auto first = takeReply(buffer);
        QVERIFY(first && *first);
        QCOMPARE(int((*first)->status), int(AppStatus::Answered));
        QCOMPARE((*first)->payload.toMap().value(QStringLiteral("code")).toString(), QStringLiteral("123456"));
        auto second = takeReply(buffer); // two frames in one read: one at a time
        QVERIFY(second && *second);
        QCOMPARE(int((*second)->status), int(AppStatus::Failed));
        QCOMPARE(int((*second)->error->code), int(ErrorCode::AmbiguousQuery));
        QCOMPARE((*second)->error->detail, QStringLiteral("git"));
    }

    // Byte by byte, as a slow peer sends it: nothing until the last byte.
    void aFrameInPiecesWaitsForItsLastByte()
    {
        const QByteArray whole = encodeRequest({AppCommand::List, {}, std::nullopt, false});
        QByteArray buffer;
        for (qsizetype i = 0; i < whole.size() - 1; ++i) {
            buffer.append(whole.at(i));
            auto partial = takeRequest(buffer);
            QVERIFY2(partial && !*partial, qPrintable(QStringLiteral("after %1 bytes").arg(i + 1)));
        }
        buffer.append(whole.back());
        auto request = takeRequest(buffer);
        QVERIFY(request && *request);
        QCOMPARE(int((*request)->command), int(AppCommand::List));
    }

    void anotherMarkerIsRefusedAtItsFirstByte()
    {
        QByteArray http("G"); // "GET / HTTP/1.1": a browser or a port scanner
        QVERIFY(!takeRequest(http));
        QByteArray reply = encodeReply({AppStatus::Locked, std::nullopt, {}});
        QVERIFY(!takeRequest(reply)); // an answer is not a request
    }

    void anotherVersionIsRefused()
    {
        QByteArray buffer = header(kRequestMagic, 2, 1) + QByteArray(1, '\xa0');
        auto request = takeRequest(buffer);
        QVERIFY(!request);
        QVERIFY(request.error().detail.contains(QStringLiteral("version")));
    }

    // The length is read before the body: a peer announcing a huge message is refused at once, so it
    // cannot make the app wait for, or hold, gigabytes.
    void aFrameOverTheLimitIsRefusedBeforeItsBody()
    {
        QByteArray request = header(kRequestMagic, 1, quint32(kRequestLimit + 1));
        QVERIFY(!takeRequest(request));
        QByteArray reply = header(kReplyMagic, 1, 0xffffffffu);
        QVERIFY(!takeReply(reply));
        QByteArray atLimit = header(kRequestMagic, 1, quint32(kRequestLimit));
        auto waiting = takeRequest(atLimit);
        QVERIFY(waiting && !*waiting); // within the limit: it waits for the body
    }

    void garbledOrUnknownContentIsRefused()
    {
        QByteArray notCbor = header(kRequestMagic, 1, 3) + QByteArray("\xff\xff\xff", 3);
        QVERIFY(!takeRequest(notCbor));
        const QByteArray unknown = QCborMap{{QStringLiteral("command"), 99}, {QStringLiteral("query"), QString()}}
                                       .toCborValue()
                                       .toCbor();
        QByteArray unknownCommand = header(kRequestMagic, 1, quint32(unknown.size())) + unknown;
        QVERIFY(!takeRequest(unknownCommand));
        const QByteArray array = QCborArray{1, 2}.toCborValue().toCbor();
        QByteArray notAMap = header(kRequestMagic, 1, quint32(array.size())) + array;
        QVERIFY(!takeRequest(notAMap));
    }

    // An error code this build does not know (a peer of another build, or a forged one) is not cast
    // into the enumeration.
    void anUnknownErrorCodeIsNotTrusted()
    {
        const QByteArray body = QCborMap{{QStringLiteral("status"), int(AppStatus::Failed)},
                                         {QStringLiteral("error"), 100000},
                                         {QStringLiteral("detail"), QStringLiteral("x")}}
                                    .toCborValue()
                                    .toCbor();
        QByteArray buffer = header(kReplyMagic, 1, quint32(body.size())) + body;
        auto reply = takeReply(buffer);
        QVERIFY(reply && *reply);
        QCOMPARE(int((*reply)->error->code), int(ErrorCode::ChannelUnsafe));
    }
};

QTEST_APPLESS_MAIN(TestAppRequest)
#include "test_app_request.moc"
