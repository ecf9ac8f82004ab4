// Opens vault files with nothing but libsodium and docs/VAULT_FORMAT.md: the layout, Argon2id slot,
// XChaCha20-Poly1305 wrapping and payload, crypto_kdf sub-keys and sealed secrets are what the
// documentation (and docs/SECURITY.md's cryptography table) says, for the committed version 1
// fixture and for a vault this build writes. Tessera's own reader is not used here.
#include "session/account_transfer.h"
#include "vault_helpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtEndian>
#include <sodium.h>

using namespace tessera;

namespace {

struct Cursor
{
    const QByteArray &bytes;
    qsizetype at = 0;

    QByteArray take(qsizetype n)
    {
        if (at + n > bytes.size())
            qFatal("the file ends inside a field");
        const QByteArray out = bytes.mid(at, n);
        at += n;
        return out;
    }
    template <typename T> T number() { return qFromLittleEndian<T>(take(sizeof(T)).constData()); }
};

// XChaCha20-Poly1305 IETF: nonce ‖ ciphertext ‖ tag, as the slots and sealed secrets store it.
QByteArray openBox(const QByteArray &key, const QByteArray &nonce, const QByteArray &ciphertext, const QByteArray &ad)
{
    QByteArray plain(ciphertext.size() - qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    unsigned long long length = 0;
    if (nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
            reinterpret_cast<const unsigned char *>(ciphertext.constData()), quint64(ciphertext.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()),
            reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return {};
    plain.truncate(qsizetype(length));
    return plain;
}

QByteArray subkey(const QByteArray &master, quint64 id)
{
    QByteArray key(32, '\0');
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(key.data()), 32, id, "TessVlt1",
                               reinterpret_cast<const unsigned char *>(master.constData()));
    return key;
}

template <typename T> QByteArray littleEndian(T value)
{
    QByteArray out(sizeof(T), '\0');
    qToLittleEndian(value, out.data());
    return out;
}

struct Opened
{
    QByteArray vaultId;
    quint64 revision = 0;
    quint32 opsLimit = 0;
    quint64 memLimit = 0;
    QJsonObject payload;
    QByteArray sealingKey;
};

// Every step of docs/VAULT_FORMAT.md, failing the test where the file departs from it.
std::optional<Opened> openByDocumentation(const QByteArray &file, const QByteArray &password)
{
    Cursor in{file};
    Opened out;
    if (in.take(8) != QByteArray("TESSERA\0", 8) || in.number<quint16>() != 1 || in.number<quint16>() != 0)
        return std::nullopt;
    out.vaultId = in.take(16);
    out.revision = in.number<quint64>();
    const int slotCount = quint8(in.take(1)[0]);
    QByteArray wrapped;
    QByteArray salt;
    for (int i = 0; i < slotCount; ++i) {
        const quint8 type = quint8(in.take(1)[0]);
        const QByteArray body = in.take(in.number<quint16>());
        if (type != 1)
            continue;
        Cursor slot{body};
        if (body.size() != 101 || quint8(slot.take(1)[0]) != 1) // Argon2id v1.3
            return std::nullopt;
        out.opsLimit = slot.number<quint32>();
        out.memLimit = slot.number<quint64>();
        salt = slot.take(16);
        wrapped = slot.take(72);
    }
    const QByteArray payloadNonce = in.take(24);
    const qsizetype checksumAt = in.at;
    const QByteArray checksum = in.take(32);
    QByteArray digest(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), 32,
                       reinterpret_cast<const unsigned char *>(file.constData()), quint64(checksumAt), nullptr, 0);
    if (digest != checksum || wrapped.isEmpty())
        return std::nullopt;

    QByteArray slotKey(32, '\0');
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(slotKey.data()), 32, password.constData(),
                      quint64(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                      out.opsLimit, out.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    const QByteArray slotAd = QByteArrayLiteral("tessera-slot") + out.vaultId + char(1) + littleEndian(out.opsLimit) +
                              littleEndian(out.memLimit) + salt;
    const QByteArray master = openBox(slotKey, wrapped.left(24), wrapped.mid(24), slotAd);
    if (master.size() != 32)
        return std::nullopt;

    const QByteArray header = file.left(in.at);
    const QByteArray json = openBox(subkey(master, 1), payloadNonce, file.mid(in.at), header);
    out.payload = QJsonDocument::fromJson(json).object();
    out.sealingKey = subkey(master, 2);
    return out;
}

QByteArray unseal(const Opened &vault, const QJsonObject &account, const QString &sealed, const char *kind)
{
    const QByteArray box = QByteArray::fromBase64(sealed.toLatin1());
    const QByteArray ad = QByteArray(kind) + QUuid::fromString(account["id"].toString()).toRfc4122();
    return openBox(vault.sealingKey, box.left(24), box.mid(24), ad);
}

QByteArray base32Bytes(const char *text)
{
    auto bytes = base32::decode(text);
    return QByteArray(reinterpret_cast<const char *>(bytes->bytes().data()), qsizetype(bytes->size()));
}

} // namespace

class TestVaultByDocumentation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void theVersion1FixtureOpens()
    {
        const QByteArray file = fileBytes(QStringLiteral(TESSERA_TEST_FIXTURES "/vault/v1-interactive.tessera"));
        auto vault = openByDocumentation(file, "tessera fixture password");
        QVERIFY(vault);
        QCOMPARE(vault->opsLimit, quint32(crypto_pwhash_OPSLIMIT_INTERACTIVE));
        QCOMPARE(vault->memLimit, quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE));
        QCOMPARE(vault->payload["version"].toInt(), 1);
        const QJsonArray accounts = vault->payload["accounts"].toArray();
        QCOMPARE(accounts.size(), 5);
        const QJsonObject deno = accounts[0].toObject();
        QCOMPARE(deno["issuer"].toString(), QStringLiteral("Deno"));
        QCOMPARE(unseal(*vault, deno, deno["secret"].toString(), "secret:"), base32Bytes("4SJHB4GSD43FZBAI7C2HLRJGPQ"));
        const QJsonObject recovery = deno["recoveryCodes"].toArray()[1].toObject();
        QCOMPARE(unseal(*vault, deno, recovery["code"].toString(), "recovery:"), QByteArray("DENO-2222"));
        QCOMPARE(accounts[1].toObject()["counter"].toString(), QStringLiteral("1"));
        // A sealed secret is bound to its account: under another account's id it does not open.
        QVERIFY(unseal(*vault, accounts[1].toObject(), deno["secret"].toString(), "secret:").isEmpty());
    }

    void aVaultThisBuildWritesOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto store = vault::VaultStore::create(path, password("pw"), fastKdf());
        QVERIFY(store);
        QVERIFY(session::addAccount(**store, keyFrom("otpauth://totp/Kaspersky:alice?secret=JBSWY3DPEHPK3PXP"), 1));
        const QByteArray file = fileBytes(path);
        QVERIFY(!file.contains("Kaspersky"));
        QVERIFY(!file.contains("JBSWY3DPEHPK3PXP"));

        auto vault = openByDocumentation(file, "pw");
        QVERIFY(vault);
        QCOMPARE(vault->vaultId, (*store)->header().vaultId);
        QCOMPARE(vault->revision, (*store)->header().revision);
        QCOMPARE(vault->opsLimit, fastKdf().opsLimit);
        const QJsonObject alice = vault->payload["accounts"].toArray()[0].toObject();
        QCOMPARE(alice["issuer"].toString(), QStringLiteral("Kaspersky"));
        QCOMPARE(alice["type"].toString(), QStringLiteral("totp"));
        QCOMPARE(alice["period"].toInt(), 30);
        // The payload holds the secret only sealed again.
        QVERIFY(!QJsonDocument(vault->payload).toJson().contains("JBSWY3DPEHPK3PXP"));
        QCOMPARE(unseal(*vault, alice, alice["secret"].toString(), "secret:"), base32Bytes("JBSWY3DPEHPK3PXP"));
        QVERIFY(!openByDocumentation(file, "wrong password"));
    }

    // A Tessera backup export is the same format under its own password, master key and vault id,
    // with the `moderate` Argon2id cost unless the caller picks another.
    void aBackupExportHasItsOwnKeyAndTheModerateCost()
    {
        QTemporaryDir dir;
        auto store = vault::VaultStore::create(dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf());
        QVERIFY(store);
        QVERIFY(session::addAccount(**store, keyFrom("otpauth://totp/Gcore:bob?secret=JBSWY3DPEHPK3PXP"), 1));
        session::ExportOptions options;
        options.password = password("backup password");
        const auto first = session::exportAccounts(**store, session::ExportFormat::TesseraBackup, {}, options);
        const auto second = session::exportAccounts(**store, session::ExportFormat::TesseraBackup, {}, options);
        QVERIFY(first && second);
        const auto bytes = [](const SecretBytes &file) { return QByteArray(file.view().data(), qsizetype(file.size())); };
        auto backup = openByDocumentation(bytes(*first), "backup password");
        auto again = openByDocumentation(bytes(*second), "backup password");
        QVERIFY(backup && again);
        QCOMPARE(backup->opsLimit, quint32(crypto_pwhash_OPSLIMIT_MODERATE));
        QCOMPARE(backup->memLimit, quint64(crypto_pwhash_MEMLIMIT_MODERATE));
        QVERIFY(backup->vaultId != (*store)->header().vaultId);
        QVERIFY(backup->vaultId != again->vaultId);
        QVERIFY(backup->sealingKey != again->sealingKey); // a fresh master key each time
        const QJsonObject bob = backup->payload["accounts"].toArray()[0].toObject();
        QCOMPARE(unseal(*backup, bob, bob["secret"].toString(), "secret:"), base32Bytes("JBSWY3DPEHPK3PXP"));
    }
};

QTEST_GUILESS_MAIN(TestVaultByDocumentation)
#include "test_vault_by_documentation.moc"
