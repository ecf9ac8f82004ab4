#include "crypto/hmac.h"

#include <QTest>

using namespace tessera;

namespace {

QByteArray hex(const crypto::Mac &mac)
{
    return QByteArray(reinterpret_cast<const char *>(mac.bytes.data()), static_cast<qsizetype>(mac.size)).toHex();
}

std::span<const std::uint8_t> bytesOf(const QByteArray &a)
{
    return {reinterpret_cast<const std::uint8_t *>(a.constData()), static_cast<std::size_t>(a.size())};
}

} // namespace

class TestHmac : public QObject
{
    Q_OBJECT
private slots:
    // RFC 2202 (HMAC-SHA1) and RFC 4231 (HMAC-SHA256/512) test cases 1 and 2.
    void rfcVectors_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray key1(20, '\x0b');
        QTest::newRow("RFC 2202 1") << int(crypto::HashAlgorithm::Sha1) << key1 << QByteArray("Hi There")
                                    << QByteArray("b617318655057264e28bc0b6fb378c8ef146be00");
        QTest::newRow("RFC 2202 2") << int(crypto::HashAlgorithm::Sha1) << QByteArray("Jefe")
                                    << QByteArray("what do ya want for nothing?")
                                    << QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
        QTest::newRow("RFC 4231 1 SHA256")
            << int(crypto::HashAlgorithm::Sha256) << key1 << QByteArray("Hi There")
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("RFC 4231 2 SHA512")
            << int(crypto::HashAlgorithm::Sha512) << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0"
                          "e6fdcaeab1a34d4a6b4b636e070a38bce737");
        QTest::newRow("empty key") << int(crypto::HashAlgorithm::Sha1) << QByteArray() << QByteArray()
                                   << QByteArray("fbdb1d1b18aa6c08324b7d64b71fb76370690e1d");
    }
    void rfcVectors()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        auto mac = crypto::hmac(static_cast<crypto::HashAlgorithm>(algorithm), bytesOf(key), bytesOf(data));
        QVERIFY(mac);
        QCOMPARE(hex(*mac), expected);
        auto byQt = crypto::hmacWithQt(static_cast<crypto::HashAlgorithm>(algorithm), bytesOf(key), bytesOf(data));
        QVERIFY(byQt);
        QCOMPARE(hex(*byQt), expected);
    }

    // The lean tessera-cli's HMAC gives OpenSSL's answer for every algorithm and key length: empty,
    // shorter than a block, exactly a block, and longer (hashed first), over messages of several lengths.
    void qtAgreesWithOpenSsl()
    {
        for (const auto algorithm : {crypto::HashAlgorithm::Sha1, crypto::HashAlgorithm::Sha256, crypto::HashAlgorithm::Sha512})
            for (const int keySize : {0, 1, 20, 63, 64, 65, 128, 129, 200})
                for (const int messageSize : {0, 8, 200}) {
                    QByteArray key(keySize, Qt::Uninitialized);
                    for (int i = 0; i < keySize; ++i)
                        key[i] = char(i * 7 + 3);
                    const QByteArray message(messageSize, 'm');
                    auto openssl = crypto::hmac(algorithm, bytesOf(key), bytesOf(message));
                    auto qt = crypto::hmacWithQt(algorithm, bytesOf(key), bytesOf(message));
                    QVERIFY(openssl && qt);
                    QCOMPARE(hex(*qt), hex(*openssl));
                }
    }

    // Contexts are cached per thread; a second thread must get the same answers.
    void worksFromAnotherThread()
    {
        QByteArray result;
        std::thread t([&] {
            auto mac = crypto::hmac(crypto::HashAlgorithm::Sha1, bytesOf("Jefe"), bytesOf("what do ya want for nothing?"));
            result = mac ? hex(*mac) : QByteArray();
        });
        t.join();
        QCOMPARE(result, QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
    }
};

QTEST_GUILESS_MAIN(TestHmac)
#include "test_hmac.moc"
