#include "vault/vault_header.h"

#include "crypto/aead.h"

#include <QTest>
#include <QtEndian>

using namespace tessera;
using namespace tessera::vault;

namespace {

VaultHeader sampleHeader()
{
    VaultHeader h;
    h.vaultId = QByteArray(kVaultIdSize, '\x11');
    h.revision = 42;
    KeySlot password{SlotType::Password, {3, 268435456}, QByteArray(16, '\x22'), QByteArray(72, '\x33')};
    KeySlot keychain{SlotType::Keychain, {}, {}, QByteArray(72, '\x44')};
    h.keySlots = {password, keychain};
    h.payloadNonce = QByteArray(int(crypto::kAeadNonceSize), '\x55');
    return h;
}

QByteArray sampleFile()
{
    return serializeHeader(sampleHeader()) + QByteArray(40, '\x66');
}

// Rewrites a header field and fixes the checksum, as a hostile or buggy writer could.
QByteArray withFieldAndChecksum(QByteArray file, qsizetype offset, QByteArray value)
{
    file.replace(offset, value.size(), value);
    const qsizetype checked = serializeHeader(sampleHeader()).size() - 32;
    file.replace(checked, 32, crypto::checksum(QByteArrayView(file).first(checked)));
    return file;
}

} // namespace

class TestVaultHeader : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips()
    {
        auto parsed = parseVaultFile(sampleFile());
        QVERIFY(parsed);
        const VaultHeader &h = parsed->header;
        QCOMPARE(h.vaultId, sampleHeader().vaultId);
        QCOMPARE(h.revision, 42u);
        QCOMPARE(h.keySlots.size(), 2);
        QCOMPARE(h.keySlots[0].type, SlotType::Password);
        QCOMPARE(h.keySlots[0].kdf, (crypto::Argon2Params{3, 268435456}));
        QCOMPARE(h.keySlots[0].salt, QByteArray(16, '\x22'));
        QCOMPARE(h.keySlots[0].wrappedKey, QByteArray(72, '\x33'));
        QCOMPARE(h.keySlots[1].type, SlotType::Keychain);
        QCOMPARE(h.payloadNonce, sampleHeader().payloadNonce);
        QCOMPARE(parsed->headerBytes, serializeHeader(sampleHeader()));
        QCOMPARE(parsed->ciphertext, QByteArray(40, '\x66'));
        QVERIFY(h.hasSlot(SlotType::Keychain));
    }

    void startsWithMagicAndLittleEndianVersion()
    {
        const QByteArray file = sampleFile();
        QCOMPARE(file.left(8), QByteArray("TESSERA\0", 8));
        QCOMPARE(qFromLittleEndian<quint16>(file.constData() + 8), kFormatVersion);
    }

    void refusesDamage_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("code");
        const QByteArray good = sampleFile();
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::Corrupted);
        QTest::newRow("not a vault") << QByteArray("{\"accounts\": []}") << int(ErrorCode::Corrupted);
        QTest::newRow("magic only") << good.left(8) << int(ErrorCode::Corrupted);
        QTest::newRow("header cut") << good.left(100) << int(ErrorCode::Corrupted);
        QTest::newRow("no payload") << serializeHeader(sampleHeader()) << int(ErrorCode::Corrupted);
        QByteArray flipped = good;
        flipped[40] = char(flipped[40] ^ 0x01);
        QTest::newRow("flipped bit") << flipped << int(ErrorCode::Corrupted);
        QByteArray newer = good;
        newer[8] = 2;
        QTest::newRow("newer version") << newer << int(ErrorCode::UnsupportedVersion);
        // Offsets: magic 8, version 2, flags 2, id 16, revision 8 -> slot count at 36; first slot at 37:
        // type 1, length 2, kdf 1, ops 4 (at 41), mem 8 (at 45).
        QTest::newRow("no slots") << withFieldAndChecksum(good, 36, QByteArray(1, '\0')) << int(ErrorCode::Corrupted);
        QTest::newRow("64 GiB memory") << withFieldAndChecksum(good, 45, QByteArray::fromHex("0000000010000000"))
                                       << int(ErrorCode::Corrupted);
        QTest::newRow("one hour of passes") << withFieldAndChecksum(good, 41, QByteArray::fromHex("00100000"))
                                            << int(ErrorCode::Corrupted);
        QTest::newRow("unknown kdf") << withFieldAndChecksum(good, 40, QByteArray(1, '\x07'))
                                     << int(ErrorCode::Corrupted);
        QTest::newRow("unknown slot type") << withFieldAndChecksum(good, 37, QByteArray(1, '\x09'))
                                           << int(ErrorCode::Corrupted);
        QTest::newRow("slot length lies") << withFieldAndChecksum(good, 38, QByteArray::fromHex("ffff"))
                                          << int(ErrorCode::Corrupted);
    }
    void refusesDamage()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, code);
        auto parsed = parseVaultFile(file);
        QVERIFY(!parsed);
        QCOMPARE(int(parsed.error().code), code);
    }

    void everyTruncationIsRefused()
    {
        const QByteArray good = sampleFile();
        const qsizetype headerSize = serializeHeader(sampleHeader()).size();
        for (qsizetype length = 0; length < headerSize + 16; ++length)
            QVERIFY2(!parseVaultFile(good.left(length)), qPrintable(QString::number(length)));
    }
};

QTEST_GUILESS_MAIN(TestVaultHeader)
#include "test_vault_header.moc"
