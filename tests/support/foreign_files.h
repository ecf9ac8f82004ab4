#pragma once
// Export files of other authenticators, made by the tests themselves for the same three accounts
// (Aegis vectors V1 TOTP, V4 HOTP, V7 Steam), so every format is covered without ../shared. Each
// follows the format's published layout (../shared/fixtures/import/FORMATS.md); the encrypted ones
// are built with OpenSSL and libsodium calls written out here, not with the importers' helpers.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QtEndian>

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sodium.h>

namespace foreign {

inline QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

inline QByteArray random(int size)
{
    QByteArray bytes(size, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size);
    return bytes;
}

inline QByteArray pbkdf2(const EVP_MD *md, const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray key(32, '\0');
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                      int(salt.size()), iterations, md, 32, reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

inline QByteArray sha256(const QByteArray &bytes)
{
    QByteArray digest(32, '\0');
    EVP_Digest(bytes.constData(), std::size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()), nullptr,
               EVP_sha256(), nullptr);
    return digest;
}

// ciphertext || tag
inline QByteArray gcm(const QByteArray &key, const QByteArray &iv, const QByteArray &plain, const QByteArray &aad = {})
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(plain.size() + 16, '\0');
    int len = 0;
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr);
    EVP_EncryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                       reinterpret_cast<const unsigned char *>(iv.constData()));
    if (!aad.isEmpty())
        EVP_EncryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size()));
    EVP_EncryptUpdate(ctx, o, &len, reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size()));
    EVP_EncryptFinal_ex(ctx, o + len, &len);
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, o + plain.size());
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

inline QByteArray cbc(const QByteArray &key, const QByteArray &iv, const QByteArray &plain)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(plain.size() + 16, '\0');
    int len = 0;
    int total = 0;
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                       reinterpret_cast<const unsigned char *>(iv.constData()));
    EVP_EncryptUpdate(ctx, o, &len, reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size()));
    total = len;
    EVP_EncryptFinal_ex(ctx, o + total, &len);
    EVP_CIPHER_CTX_free(ctx);
    out.truncate(total + len);
    return out;
}

inline QByteArray argon2id(const QByteArray &password, const QByteArray &salt, uint32_t t, uint32_t mKiB, uint32_t p)
{
    QByteArray key(32, '\0');
    argon2id_hash_raw(t, mKiB, p, password.constData(), std::size_t(password.size()), salt.constData(),
                      std::size_t(salt.size()), key.data(), 32);
    return key;
}

// --- plain files -------------------------------------------------------------------------------

inline QJsonArray twoFasServices()
{
    auto service = [](const char *name, const char *secret, QJsonObject otp) {
        return QJsonObject{{"name", name}, {"secret", secret}, {"otp", otp}};
    };
    return QJsonArray{
        service("Deno", "4SJHB4GSD43FZBAI7C2HLRJGPQ",
                {{"account", "Mason"}, {"digits", 6}, {"period", 30}, {"algorithm", "SHA1"}, {"tokenType", "TOTP"}}),
        service("Issuu", "YOOMIXWS5GN6RTBPUFFWKTW5M4",
                {{"account", "James"}, {"digits", 6}, {"counter", 1}, {"algorithm", "SHA1"}, {"tokenType", "HOTP"}}),
        service("Boeing", "JRZCL47CMXVOQMNPZR2F7J4RGI",
                {{"account", "Sophia"}, {"digits", 5}, {"period", 30}, {"algorithm", "SHA1"}, {"tokenType", "STEAM"}}),
    };
}

inline QByteArray twoFasPlain()
{
    return json(QJsonObject{{"services", twoFasServices()}, {"groups", QJsonArray()}, {"schemaVersion", 4}});
}

inline QByteArray twoFasEncrypted(const QByteArray &password)
{
    const QByteArray salt = random(256);
    const QByteArray iv = random(12);
    const QByteArray sealed = gcm(pbkdf2(EVP_sha256(), password, salt, 10000), iv, json(twoFasServices()));
    return json(QJsonObject{{"services", QJsonArray()}, {"groups", QJsonArray()}, {"schemaVersion", 4},
                            {"servicesEncrypted", QString::fromLatin1(sealed.toBase64() + ':' + salt.toBase64() + ':' +
                                                                      iv.toBase64())}});
}

inline QJsonArray andOtpEntries()
{
    return QJsonArray{
        QJsonObject{{"secret", "4SJHB4GSD43FZBAI7C2HLRJGPQ======"}, {"issuer", "Deno"}, {"label", "Mason"},
                    {"digits", 6}, {"type", "TOTP"}, {"algorithm", "SHA1"}, {"period", 30}},
        QJsonObject{{"secret", "YOOMIXWS5GN6RTBPUFFWKTW5M4======"}, {"issuer", "Issuu"}, {"label", "James"},
                    {"digits", 6}, {"type", "HOTP"}, {"algorithm", "SHA1"}, {"counter", 1}},
        QJsonObject{{"secret", "JRZCL47CMXVOQMNPZR2F7J4RGI======"}, {"issuer", "Boeing"}, {"label", "Sophia"},
                    {"digits", 5}, {"type", "STEAM"}, {"algorithm", "SHA1"}, {"period", 30}},
    };
}

inline QByteArray andOtpEncrypted(const QByteArray &password)
{
    const quint32 iterations = 140000;
    const QByteArray salt = random(12);
    const QByteArray nonce = random(12);
    QByteArray head(4, '\0');
    qToBigEndian(iterations, head.data());
    return head + salt + nonce + gcm(pbkdf2(EVP_sha1(), password, salt, int(iterations)), nonce, json(andOtpEntries()));
}

inline QByteArray andOtpEncryptedOld(const QByteArray &password)
{
    const QByteArray nonce = random(12);
    return nonce + gcm(sha256(password), nonce, json(andOtpEntries()));
}

inline QJsonObject stratumBackup()
{
    auto entry = [](int type, const char *issuer, const char *user, const char *secret, int counter) {
        return QJsonObject{{"Type", type}, {"Issuer", issuer}, {"Username", user}, {"Secret", secret}, {"Algorithm", 0},
                           {"Digits", type == 4 ? 5 : 6}, {"Period", 30}, {"Counter", counter}};
    };
    return QJsonObject{{"Authenticators", QJsonArray{entry(2, "Deno", "Mason", "4SJHB4GSD43FZBAI7C2HLRJGPQ", 0),
                                                     entry(1, "Issuu", "James", "YOOMIXWS5GN6RTBPUFFWKTW5M4", 1),
                                                     entry(4, "Boeing", "Sophia", "JRZCL47CMXVOQMNPZR2F7J4RGI", 0)}},
                       {"Categories", QJsonArray{QJsonObject{{"Id", "c1"}, {"Name", "Work"}}}},
                       {"AuthenticatorCategories", QJsonArray{QJsonObject{
                                                       {"CategoryId", "c1"},
                                                       {"AuthenticatorSecret", "4SJHB4GSD43FZBAI7C2HLRJGPQ"}}}}};
}

inline QByteArray stratumEncrypted(const QByteArray &password)
{
    const QByteArray salt = random(16);
    const QByteArray iv = random(12);
    return QByteArray("AUTHENTICATORPRO") + salt + iv + gcm(argon2id(password, salt, 3, 65536, 4), iv, json(stratumBackup()));
}

inline QByteArray stratumLegacy(const QByteArray &password)
{
    const QByteArray salt = random(20);
    const QByteArray iv = random(16);
    return QByteArray("AuthenticatorPro") + salt + iv + cbc(pbkdf2(EVP_sha1(), password, salt, 64000), iv, json(stratumBackup()));
}

inline const char *kLinks = "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno\n"
                            "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1\n"
                            "otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing\n";

inline QByteArray enteEncrypted(const QByteArray &password)
{
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    unsigned char key[32];
    if (crypto_pwhash(key, 32, password.constData(), std::size_t(password.size()), salt, 2, 16 * 1024 * 1024,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char *>(header.data()), key);
    const QByteArray plain(kLinks);
    QByteArray message(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(message.data()), nullptr,
                                               reinterpret_cast<const unsigned char *>(plain.constData()),
                                               std::size_t(plain.size()), nullptr, 0,
                                               crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    return json(QJsonObject{
        {"version", 1},
        {"kdfParams", QJsonObject{{"memLimit", 16 * 1024 * 1024}, {"opsLimit", 2},
                                  {"salt", QString::fromLatin1(QByteArray(reinterpret_cast<char *>(salt), sizeof salt).toBase64())}}},
        {"encryptedData", QString::fromLatin1(message.toBase64())},
        {"encryptionNonce", QString::fromLatin1(header.toBase64())}});
}

inline QJsonObject bitwardenVault()
{
    auto item = [](const char *name, const char *user, const char *totp) {
        return QJsonObject{{"type", 1}, {"name", name}, {"login", QJsonObject{{"username", user}, {"totp", totp}}}};
    };
    return QJsonObject{{"encrypted", false},
                       {"items", QJsonArray{item("Deno", "Mason", "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ"),
                                            item("Issuu", "James",
                                                 "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&counter=1"),
                                            item("Boeing", "Sophia", "steam://JRZCL47CMXVOQMNPZR2F7J4RGI"),
                                            item("Forum", "me", "")}}};
}

inline QByteArray hkdfExpand(const QByteArray &key, const char *info)
{
    // One block of RFC 5869 expand: HMAC(key, info || 0x01).
    QByteArray message = QByteArray(info) + char(1);
    QByteArray out(32, '\0');
    std::size_t size = 32;
    EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.constData(), std::size_t(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()),
              reinterpret_cast<unsigned char *>(out.data()), 32, &size);
    return out;
}

inline QString bitwardenEncString(const QByteArray &encKey, const QByteArray &macKey, const QByteArray &plain)
{
    const QByteArray iv = random(16);
    const QByteArray data = cbc(encKey, iv, plain);
    QByteArray mac(32, '\0');
    std::size_t size = 32;
    const QByteArray signedPart = iv + data;
    EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, macKey.constData(), std::size_t(macKey.size()),
              reinterpret_cast<const unsigned char *>(signedPart.constData()), std::size_t(signedPart.size()),
              reinterpret_cast<unsigned char *>(mac.data()), 32, &size);
    return QStringLiteral("2.%1|%2|%3")
        .arg(QString::fromLatin1(iv.toBase64()), QString::fromLatin1(data.toBase64()), QString::fromLatin1(mac.toBase64()));
}

inline QByteArray bitwardenEncrypted(const QByteArray &password)
{
    const QByteArray salt = random(16).toBase64();
    const QByteArray key = pbkdf2(EVP_sha256(), password, salt, 5000);
    const QByteArray encKey = hkdfExpand(key, "enc");
    const QByteArray macKey = hkdfExpand(key, "mac");
    return json(QJsonObject{{"encrypted", true}, {"passwordProtected", true}, {"salt", QString::fromLatin1(salt)},
                            {"kdfType", 0}, {"kdfIterations", 5000},
                            {"encKeyValidation_DO_NOT_EDIT", bitwardenEncString(encKey, macKey, "a validation string")},
                            {"data", bitwardenEncString(encKey, macKey, json(bitwardenVault()))}});
}

inline QByteArray totpAuthenticator(const QByteArray &password)
{
    const QJsonArray entries{QJsonObject{{"issuer", "Deno"}, {"name", "Mason"}, {"key", "e49270f0d21f365c8408f8b475c5267c"},
                                         {"base", 16}},
                             QJsonObject{{"issuer", "SPDX"}, {"name", "James"}, {"key", "5OM4WOOGPLQEF6UGN3CPEOOLWU"},
                                         {"base", 32}}};
    const QByteArray inner = json(entries);
    const QByteArray outer = json(QJsonObject{{QString::fromUtf8(inner), "1608293023"}});
    return cbc(sha256(password), QByteArray(16, '\0'), outer).toBase64();
}

inline QByteArray otpClient(const QByteArray &password)
{
    QByteArray header("OTPClient");
    header.append(3, '\0'); // the C struct's alignment
    auto int32 = [](qint32 v) {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    const QByteArray iv = random(16);
    const QByteArray salt = random(32);
    header += int32(3) + iv + salt + int32(1) + int32(8192) + int32(2);
    const QJsonArray entries{
        QJsonObject{{"type", "TOTP"}, {"label", "Mason"}, {"issuer", "Deno"}, {"secret", "4SJHB4GSD43FZBAI7C2HLRJGPQ"},
                    {"digits", 6}, {"algo", "SHA1"}, {"period", 30}, {"group", "Work"}},
        QJsonObject{{"type", "HOTP"}, {"label", "James"}, {"issuer", "Issuu"}, {"secret", "YOOMIXWS5GN6RTBPUFFWKTW5M4"},
                    {"digits", 6}, {"algo", "SHA1"}, {"counter", 1}},
        QJsonObject{{"type", "TOTP"}, {"label", "Sophia"}, {"issuer", "Steam"}, {"secret", "JRZCL47CMXVOQMNPZR2F7J4RGI"},
                    {"digits", 5}, {"algo", "SHA1"}, {"period", 30}}};
    const QByteArray plain = json(entries) + '\0';
    return header + gcm(argon2id(password, salt, 1, 8192, 2), iv, plain, header);
}

// Big-endian integers, as Java serialisation writes them.
template <typename T> QByteArray bigEndian(T value)
{
    QByteArray bytes(sizeof(T), '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}
inline QByteArray u16(int v) { return bigEndian(quint16(v)); }
inline QByteArray u32(quint32 v) { return bigEndian(v); }

// The start of a Java-serialised HashMap<String, String> with `count` entries (FreeOTP 2's backup).
inline QByteArray javaStringMapHeader(quint32 count)
{
    return QByteArray::fromHex("aced0005") + "\x73\x72" + u16(17) + "java.util.HashMap" +
           QByteArray::fromHex("0507dac1c31660d1") + "\x03" + u16(2) + 'F' + u16(10) + "loadFactor" + 'I' + u16(9) +
           "threshold" + "\x78\x70" + QByteArray::fromHex("3f400000") + u32(12) + "\x77\x08" + u32(16) + u32(count);
}

// A Java-serialised HashMap<String, String>, as FreeOTP 2 writes its backup.
inline QByteArray javaStringMap(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out = javaStringMapHeader(quint32(entries.size()));
    for (const auto &[key, value] : entries)
        out += "\x74" + u16(int(key.size())) + key + "\x74" + u16(int(value.size())) + value;
    return out + "\x78";
}

inline QJsonArray javaBytes(const QByteArray &bytes)
{
    QJsonArray array;
    for (char c : bytes)
        array.append(int(static_cast<signed char>(c)));
    return array;
}

inline QJsonObject freeOtpSealed(const QByteArray &key, const QByteArray &plain, const char *token)
{
    const QByteArray nonce = random(12);
    const QByteArray params = QByteArray::fromHex("3011040c") + nonce + QByteArray::fromHex("020110");
    return QJsonObject{{"mCipher", "AES/GCM/NoPadding"}, {"mCipherText", javaBytes(gcm(key, nonce, plain, token))},
                       {"mParameters", javaBytes(params)}, {"mToken", token}};
}

inline QByteArray freeOtp2(const QByteArray &password)
{
    const QByteArray salt = random(32);
    const QByteArray masterKey = random(32);
    const QJsonObject master{{"mAlgorithm", "PBKDF2withHmacSHA512"}, {"mIterations", 1000}, {"mSalt", javaBytes(salt)},
                             {"mEncryptedKey", freeOtpSealed(pbkdf2(EVP_sha512(), password, salt, 1000), masterKey, "AES")}};
    const QByteArray secret = QByteArray::fromHex("e49270f0d21f365c8408f8b475c5267c"); // V1
    const QByteArray sealedKey = json(freeOtpSealed(masterKey, secret, "HmacSHA1"));
    return javaStringMap({
        {"masterKey", json(master)},
        {"1f0e-uuid-token", json(QJsonObject{{"algo", "SHA1"}, {"digits", 6}, {"issuerExt", "Deno"}, {"label", "Mason"},
                                             {"period", 30}, {"type", "TOTP"}})},
        {"1f0e-uuid", json(QJsonObject{{"key", QString::fromUtf8(sealedKey)}})},
    });
}

// Authy's shared_prefs file: the account list as HTML-escaped JSON inside an XML string element.
inline QByteArray authyPrefs(const QByteArray &password)
{
    QJsonObject token{{"digits", 6}, {"originalIssuer", "Deno"}, {"name", "Deno: Mason"}};
    if (password.isEmpty()) {
        token.insert("decryptedSecret", "4SJHB4GSD43FZBAI7C2HLRJGPQ");
    } else {
        const QByteArray salt = random(24).toBase64();
        token.insert("salt", QString::fromLatin1(salt));
        token.insert("encryptedSecret", QString::fromLatin1(
                                            cbc(pbkdf2(EVP_sha1(), password, salt, 1000), QByteArray(16, '\0'),
                                                "4SJHB4GSD43FZBAI7C2HLRJGPQ")
                                                .toBase64()));
    }
    const QString list = QString::fromUtf8(json(QJsonArray{token})).toHtmlEscaped();
    return "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <int name=\"key_version\" value=\"121\" />\n"
           "    <string name=\"com.authy.storage.tokens.authenticator.key\">" +
           list.toUtf8() + "</string>\n</map>\n";
}

} // namespace foreign
