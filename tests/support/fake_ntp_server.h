#pragma once
// An SNTP responder on 127.0.0.1 for tests: answers like a server whose clock is `shiftMs` away from
// this machine's, or misbehaves in one chosen way.

#include "timesync/ntp_packet.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>
#include <chrono>

class FakeNtpServer : public QObject
{
public:
    enum class Behaviour { Correct, WrongOrigin, SpoofThenAnswer, KissOfDeath, Unsynchronised, Garbage, Silent };

    explicit FakeNtpServer(Behaviour behaviour, double shiftMs = 0, int pathDelayMs = 0)
        : m_behaviour(behaviour), m_shiftMs(shiftMs), m_pathDelayMs(pathDelayMs)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, &FakeNtpServer::answer);
    }

    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_socket.localPort()); }
    int requests() const { return m_nonces.size(); }
    const QList<quint64> &nonces() const { return m_nonces; }

private:
    static std::int64_t nowMicros()
    {
        using namespace std::chrono;
        return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    }

    QByteArray reply(quint64 origin, int stratum = 2, int leap = 0) const
    {
        QByteArray r(tessera::timesync::kNtpPacketSize, '\0');
        r[0] = char((leap << 6) | (4 << 3) | 4);
        r[1] = char(stratum);
        const auto serverNow = tessera::timesync::ntpFromUnixMicros(nowMicros() + std::int64_t(m_shiftMs * 1000));
        qToBigEndian<quint64>(origin, r.data() + 24);
        qToBigEndian<quint64>(serverNow, r.data() + 32); // stamped on the way out: the path delay is "network"
        qToBigEndian<quint64>(serverNow, r.data() + 40);
        return r;
    }

    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram request = m_socket.receiveDatagram();
            if (request.data().size() < tessera::timesync::kNtpPacketSize)
                continue;
            const quint64 nonce = qFromBigEndian<quint64>(request.data().constData() + 40);
            m_nonces << nonce;
            QTimer::singleShot(m_pathDelayMs, this, [this, request, nonce] { respond(request, nonce); });
        }
    }

    void respond(const QNetworkDatagram &request, quint64 nonce)
    {
        QByteArray out;
        switch (m_behaviour) {
        case Behaviour::Correct:
            out = reply(nonce);
            break;
        case Behaviour::WrongOrigin:
            out = reply(nonce ^ 1);
            break;
        case Behaviour::SpoofThenAnswer: {
            // A forged answer an hour off arrives first; only the real one may count.
            m_socket.writeDatagram(request.makeReply(reply(nonce + 1).replace(32, 16, QByteArray(16, '\x7f'))));
            QTimer::singleShot(20, this, [this, request, nonce] { m_socket.writeDatagram(request.makeReply(reply(nonce))); });
            return;
        }
        case Behaviour::KissOfDeath:
            out = reply(nonce, 0).replace(12, 4, "RATE");
            break;
        case Behaviour::Unsynchronised:
            out = reply(nonce, 2, 3);
            break;
        case Behaviour::Garbage:
            out = QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n");
            break;
        case Behaviour::Silent:
            return;
        }
        m_socket.writeDatagram(request.makeReply(out));
    }

    QUdpSocket m_socket;
    Behaviour m_behaviour;
    double m_shiftMs;
    int m_pathDelayMs;
    QList<quint64> m_nonces;
};
