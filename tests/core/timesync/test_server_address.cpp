#include "timesync/server_address.h"

#include <QTest>

using namespace tessera;
using namespace tessera::timesync;

class TestServerAddress : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("name") << "pool.ntp.org" << "pool.ntp.org" << 123;
        QTest::newRow("name and port") << "localhost:11123" << "localhost" << 11123;
        QTest::newRow("ipv4") << "127.0.0.1" << "127.0.0.1" << 123;
        QTest::newRow("ipv4 and port") << " 10.0.0.1:1123 " << "10.0.0.1" << 1123;
        QTest::newRow("bare ipv6") << "::1" << "::1" << 123;
        QTest::newRow("bracketed ipv6") << "[2001:db8::1]" << "2001:db8::1" << 123;
        QTest::newRow("bracketed ipv6 and port") << "[::1]:11123" << "::1" << 11123;
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        auto address = parseServerAddress(text);
        QVERIFY(address);
        QCOMPARE(address->host, host);
        QCOMPARE(int(address->port), port);
    }
    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "   ", "host:", "host:0", "host:65536", "host:+12", "host:x", ":123", "[::1",
                                "[::1]x", "[nothost]:1", "a b", "http://host", "user@host", "1:2:zz"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refuses()
    {
        QFETCH(QString, text);
        auto address = parseServerAddress(text);
        QVERIFY(!address);
        QCOMPARE(address.error().code, ErrorCode::InvalidServerAddress);
        QCOMPARE(address.error().detail, text);
    }
    void printsBackWhatItParsed()
    {
        QCOMPARE(parseServerAddress(QStringLiteral("[::1]:9"))->toString(), QStringLiteral("[::1]:9"));
        QCOMPARE(parseServerAddress(QStringLiteral("example.org"))->toString(), QStringLiteral("example.org:123"));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "test_server_address.moc"
