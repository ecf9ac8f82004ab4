#pragma once
// Small helpers for vault tests: a fast KDF (libsodium's minimum, so hundreds of unlocks take
// milliseconds), passwords and accounts from text, file bytes.

#include "crypto/kdf.h"
#include "encoding/base32.h"
#include "session/account_operations.h"
#include "uri/otpauth_parser.h"
#include "vault/vault_store.h"

#include <QFile>
#include <QTest>

inline tessera::crypto::Argon2Params fastKdf()
{
    return {1, 8192};
}

inline tessera::SecretBytes password(const char *text)
{
    return tessera::SecretBytes::copyOf(std::string_view(text));
}

inline tessera::uri::KeyUri keyFrom(const char *link)
{
    return std::move(*tessera::uri::parseOtpauth(link));
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Whether the whole file was written (for QVERIFY in the test slot: a helper does not check).
[[nodiscard]] inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
