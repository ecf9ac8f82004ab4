// The pairing key agreement (crypto/key_agreement.h) against the published vectors its parts are
// defined by (RFC 7748 X25519, RFC 5869 HKDF-SHA-256, the GCM specification's AES-256 cases), then the
// properties pairing relies on: both sides agree, another pair does not, a changed or misaddressed
// message does not open, and a low-order public key is refused.
#include "crypto/key_agreement.h"
#include "crypto/cipher.h"

#include <QTest>

using namespace tessera;

namespace {

SecretBytes hexSecret(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return SecretBytes::copyOf(std::span(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())));
}

QByteArray hexOf(const SecretBytes &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.data()), qsizetype(s.size())).toHex();
}

std::span<const std::uint8_t> spanOf(const QByteArray &a)
{
    return {reinterpret_cast<const std::uint8_t *>(a.constData()), std::size_t(a.size())};
}

} // namespace

class TestKeyAgreement : public QObject
{
    Q_OBJECT
private slots:
    // RFC 7748 section 6.1: Alice's and Bob's public keys, then the shared secret (seen through HKDF
    // with an empty salt and info, compared with HKDF of the RFC's shared secret).
    void x25519AsRfc7748()
    {
        const SecretBytes alice = hexSecret("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        const SecretBytes bob = hexSecret("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        const auto alicePublic = crypto::publicKeyOf(alice);
        const auto bobPublic = crypto::publicKeyOf(bob);
        QVERIFY(alicePublic && bobPublic);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(alicePublic->data()), 32).toHex(),
                 QByteArray("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(bobPublic->data()), 32).toHex(),
                 QByteArray("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"));
        const SecretBytes shared = hexSecret("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        const auto expected = crypto::hkdfSha256(shared, {}, "pair", 32);
        const auto byAlice = crypto::agreedKey(alice, *bobPublic, {}, "pair");
        const auto byBob = crypto::agreedKey(bob, *alicePublic, {}, "pair");
        QVERIFY(expected && byAlice && byBob);
        QCOMPARE(hexOf(*byAlice), hexOf(*expected));
        QCOMPARE(hexOf(*byBob), hexOf(*expected));
    }

    // RFC 5869 appendix A.1.
    void hkdfAsRfc5869()
    {
        const SecretBytes ikm = hexSecret("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        const auto okm = crypto::hkdfSha256(ikm, QByteArray::fromHex("000102030405060708090a0b0c"),
                                            QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QVERIFY(okm);
        QCOMPARE(hexOf(*okm), QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
    }

    // The GCM specification's test cases 13 and 14 (AES-256, zero key and nonce): what a sealed message is
    // made of, nonce first, as the extension's WebCrypto reads it.
    void sealedLayoutAsGcmTestCases()
    {
        const SecretBytes zeroKey(32);
        QByteArray sealed = QByteArray(12, '\0') + *crypto::aesGcmEncrypt(zeroKey, QByteArray(12, '\0'), {}, {});
        QCOMPARE(sealed.mid(12).toHex(), QByteArray("530f8afbc74536b9a963b4f1c4cb738b"));
        QVERIFY(crypto::openWithAgreedKey(zeroKey, sealed, {}));
        const QByteArray block(16, '\0');
        sealed = QByteArray(12, '\0') + *crypto::aesGcmEncrypt(zeroKey, QByteArray(12, '\0'), spanOf(block), {});
        QCOMPARE(sealed.mid(12).toHex(), QByteArray("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"));
        const auto opened = crypto::openWithAgreedKey(zeroKey, sealed, {});
        QVERIFY(opened);
        QCOMPARE(opened->size(), std::size_t(16));
    }

    void bothSidesAgreeAndNobodyElseOpens()
    {
        const auto extension = crypto::newAgreementKeys();
        const auto app = crypto::newAgreementKeys();
        const auto stranger = crypto::newAgreementKeys();
        const QByteArray salt = QByteArray(reinterpret_cast<const char *>(extension.publicKey.data()), 32) +
                                QByteArray(reinterpret_cast<const char *>(app.publicKey.data()), 32);
        const auto extensionKey = crypto::agreedKey(extension.secretKey, app.publicKey, salt, "tessera browser pairing 1");
        const auto appKey = crypto::agreedKey(app.secretKey, extension.publicKey, salt, "tessera browser pairing 1");
        const auto strangerKey = crypto::agreedKey(stranger.secretKey, app.publicKey, salt, "tessera browser pairing 1");
        QVERIFY(extensionKey && appKey && strangerKey);
        QVERIFY(extensionKey->equals(*appKey));
        QVERIFY(!strangerKey->equals(*appKey));

        const QByteArray request = "{\"site\":\"github.com\"}";
        const auto sealed = crypto::sealWithAgreedKey(*extensionKey, spanOf(request), "request 7");
        QVERIFY(sealed);
        QVERIFY(!sealed->contains("github.com"));
        const auto opened = crypto::openWithAgreedKey(*appKey, *sealed, "request 7");
        QVERIFY(opened);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(opened->data()), qsizetype(opened->size())), request);
        QVERIFY(!crypto::openWithAgreedKey(*strangerKey, *sealed, "request 7"));
        QVERIFY(!crypto::openWithAgreedKey(*appKey, *sealed, "request 8")); // another message's place
        QByteArray changed = *sealed;
        changed[20] = char(changed[20] ^ 1);
        QVERIFY(!crypto::openWithAgreedKey(*appKey, changed, "request 7"));
        QVERIFY(!crypto::openWithAgreedKey(*appKey, sealed->left(27), "request 7"));
        // Two seals of one message differ (a fresh nonce each).
        QVERIFY(*crypto::sealWithAgreedKey(*extensionKey, spanOf(request), "request 7") != *sealed);
    }

    void aLowOrderPublicKeyIsRefused()
    {
        const auto app = crypto::newAgreementKeys();
        const std::array<std::uint8_t, 32> zero{};
        auto refused = crypto::agreedKey(app.secretKey, zero, {}, "pair");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::CryptoFailure);
        QVERIFY(!crypto::agreedKey(app.secretKey, std::array<std::uint8_t, 31>{}, {}, "pair"));
    }
};

QTEST_GUILESS_MAIN(TestKeyAgreement)
#include "test_key_agreement.moc"
