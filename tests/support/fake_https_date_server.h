#pragma once
// An HTTPS server on 127.0.0.1 for tests whose Date header is `shiftMs` away from this machine's clock.
// It answers every request with 204 and closes; `sendDate` false leaves the header out.

#include "self_signed_certificate.h"

#include <QDateTime>
#include <QLocale>
#include <QSslServer>
#include <QSslSocket>
#include <QUrl>

class FakeHttpsDateServer : public QObject
{
public:
    explicit FakeHttpsDateServer(qint64 shiftMs, bool sendDate = true) : m_shiftMs(shiftMs), m_sendDate(sendDate)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_identity.certificate);
        tls.setPrivateKey(m_identity.key);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &FakeHttpsDateServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_server.serverPort())); }
    const QSslCertificate &certificate() const { return m_identity.certificate; }
    int requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_buffer[socket] += socket->readAll();
                if (!m_buffer[socket].contains("\r\n\r\n"))
                    return;
                ++m_requests;
                QByteArray response = "HTTP/1.1 204 No Content\r\nConnection: close\r\n";
                if (m_sendDate) {
                    const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(m_shiftMs);
                    response += "Date: " +
                                QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
                                " GMT\r\n";
                }
                socket->write(response + "\r\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    TlsIdentity m_identity = makeSelfSignedIdentity();
    QSslServer m_server;
    qint64 m_shiftMs;
    bool m_sendDate;
    int m_requests = 0;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};
