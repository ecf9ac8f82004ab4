// Opens vault files with nothing but libsodium and docs/VAULT_FORMAT.md: the layout, Argon2id slot,
// XChaCha20-Poly1305 wrapping and payload, crypto_kdf sub-keys and sealed secrets are what the
// documentation (and docs/SECURITY.md's cryptography table) says, for the committed version 1
// fixture and for a vault this build writes. Tessera's own reader is not used here.
#include "session/account_transfer.h"
#include "session/password_change.h"
#include "vault/vault_file.h"
#include "vault_helpers.h"

#include <QDirIterator>
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
    QByteArray masterKey;
};

// Every step of docs/VAULT_FORMAT.md, failing the test where the file departs from it. With
// `knownMasterKey` the password slot is not used: the payload is opened with that key (an attacker who
// kept the key of an older copy).
std::optional<Opened> openByDocumentation(const QByteArray &file, const QByteArray &password,
                                          const QByteArray &knownMasterKey = {})
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

    if (!knownMasterKey.isEmpty()) {
        const QByteArray json = openBox(subkey(knownMasterKey, 1), payloadNonce, file.mid(in.at), file.left(in.at));
        if (json.isEmpty())
            return std::nullopt;
        out.payload = QJsonDocument::fromJson(json).object();
        out.sealingKey = subkey(knownMasterKey, 2);
        out.masterKey = knownMasterKey;
        return out;
    }
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
    out.masterKey = master;
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

    // A password change makes a new master key and re-encrypts the backups: afterwards no file in the
    // vault's folder opens with the old password, and the key of an older copy (a sync tool's history,
    // a stolen backup) does not open the current file.
    void aPasswordChangeLeavesNothingForTheOldPasswordOrKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto store = vault::VaultStore::create(path, password("old password"), fastKdf());
        QVERIFY(store);
        auto id = session::addAccount(**store, keyFrom("otpauth://totp/MyKerio:carol?secret=JBSWY3DPEHPK3PXP"), 1);
        QVERIFY(id);
        QVERIFY(session::addRecoveryCodes(**store, *id, {"KERIO-1111", "KERIO-2222"}, false, 2));
        const QByteArray oldCopy = fileBytes(path);
        auto before = openByDocumentation(oldCopy, "old password");
        QVERIFY(before);
        const std::string codeBefore = *session::currentCode(**store, *id, 1700000000000);

        auto changed = session::changePassword(**store, password("amber fjord quietly sketches"), fastKdf());
        QVERIFY(changed);
        QCOMPARE(changed->oldCopies.reencrypted, 3); // the files before the two saves and before the change
        QVERIFY(changed->oldCopies.removed.isEmpty());

        int files = 0;
        for (QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext(); ++files) {
            const QString file = it.next();
            QVERIFY2(!openByDocumentation(fileBytes(file), "old password"), qPrintable(file));
            if (file.endsWith(QStringLiteral(".tessera"))) // every copy opens with the new password
                QVERIFY2(openByDocumentation(fileBytes(file), "amber fjord quietly sketches"), qPrintable(file));
        }
        QVERIFY(files >= 4); // the vault, its lock file and the backups were all looked at

        const QByteArray now = fileBytes(path);
        QVERIFY(!openByDocumentation(now, {}, before->masterKey));
        auto after = openByDocumentation(now, "amber fjord quietly sketches");
        QVERIFY(after);
        QVERIFY(after->masterKey != before->masterKey);
        QCOMPARE(after->vaultId, before->vaultId);
        const QJsonObject carol = after->payload["accounts"].toArray()[0].toObject();
        QCOMPARE(unseal(*after, carol, carol["secret"].toString(), "secret:"), base32Bytes("JBSWY3DPEHPK3PXP"));
        QCOMPARE(unseal(*after, carol, carol["recoveryCodes"].toArray()[1].toObject()["code"].toString(), "recovery:"),
                 QByteArray("KERIO-2222"));
        // Sealed under the old key, nothing in the new file opens.
        QVERIFY(unseal(*before, carol, carol["secret"].toString(), "secret:").isEmpty());
        QCOMPARE(*session::currentCode(**store, *id, 1700000000000), codeBefore);
        auto reopened = vault::VaultStore::openWithPassword(path, password("amber fjord quietly sketches"));
        QVERIFY(reopened);
        QCOMPARE(*session::currentCode(**reopened, *id, 1700000000000), codeBefore);
    }

    // A backup under a key older than the current one may open with an even older password: it goes.
    // Another vault's backups in the shared backups/ folder are left alone.
    void backupsUnderAnotherKeyAreRemovedAndOtherVaultsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto other = vault::VaultStore::create(dir.filePath(QStringLiteral("other.tessera")), password("x"), fastKdf());
        QVERIFY(other);
        QVERIFY(session::addAccount(**other, keyFrom("otpauth://totp/O:o?secret=JBSWY3DPEHPK3PXP"), 1));
        auto store = vault::VaultStore::create(path, password("old password"), fastKdf());
        QVERIFY(store);
        QVERIFY(session::addAccount(**store, keyFrom("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP"), 1));
        // A copy of this vault under an unrelated key, as an older password change (before this rule) left none,
        // but a restored or hand-made file might.
        const QString stray = dir.filePath(QStringLiteral("backups/v-19990101-000000-000-r00000001.tessera"));
        {
            const SecretBytes olderKey = crypto::randomSecret(vault::kMasterKeySize);
            vault::VaultHeader header;
            header.vaultId = (*store)->header().vaultId;
            header.keySlots = {*vault::makePasswordSlot(olderKey, header.vaultId, password("older"), fastKdf())};
            QVERIFY(writeBytes(stray, vault::encodeVaultFile(header, vault::Vault{}, olderKey)));
        }
        const QString otherBackup = QDir(dir.filePath(QStringLiteral("backups")))
                                        .entryInfoList({QStringLiteral("other-*")}, QDir::Files).first().absoluteFilePath();
        const QByteArray otherBytes = fileBytes(otherBackup);

        auto changed = session::changePassword(**store, password("amber fjord quietly sketches"), fastKdf());
        QVERIFY(changed);
        QCOMPARE(changed->oldCopies.removed, QStringList{QFileInfo(stray).fileName()});
        QVERIFY(!QFile::exists(stray));
        QCOMPARE(fileBytes(otherBackup), otherBytes);
    }

    void aTooWeakNewPasswordChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto store = vault::VaultStore::create(path, password("old password"), fastKdf());
        QVERIFY(store);
        const QByteArray bytes = fileBytes(path);
        auto changed = session::changePassword(**store, password("password1"), fastKdf());
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, ErrorCode::PasswordTooWeak);
        QCOMPARE(fileBytes(path), bytes);
    }
};

QTEST_GUILESS_MAIN(TestVaultByDocumentation)
#include "test_vault_by_documentation.moc"
