#pragma once
// Compares a parsed otpauth:// link with a hand-written expected account, field by field.

#include "aegis_vectors.h"
#include "encoding/base32.h"
#include "uri/otpauth_parser.h"

#include <QFile>
#include <QTest>

inline QString base32Of(const tessera::SecretBytes &secret)
{
    const auto text = tessera::base32::encode(secret.bytes());
    return QString::fromLatin1(text.view().data(), static_cast<qsizetype>(text.size()));
}

inline void compareAccount(const tessera::uri::KeyUri &actual, const ExpectedAccount &expected)
{
    using namespace tessera;
    QCOMPARE(otp::typeName(actual.params.type), expected.type);
    QCOMPARE(actual.issuer, expected.issuer);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(base32Of(actual.secret), expected.secret);
    QCOMPARE(otp::algorithmName(actual.params.algorithm), expected.algorithm);
    QCOMPARE(actual.params.digits, expected.digits);
    if (actual.params.type == otp::OtpType::Hotp)
        QCOMPARE(static_cast<std::int64_t>(actual.params.counter), expected.periodOrCounter);
    else
        QCOMPARE(actual.params.periodSeconds, expected.periodOrCounter);
}

// The links of a text file, one per line; '#' comments and blank lines skipped.
inline QList<QByteArray> linksIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> links;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            links.append(line);
    }
    return links;
}

inline tessera::Result<tessera::uri::KeyUri> parseLink(const QByteArray &link)
{
    return tessera::uri::parseOtpauth(std::string_view(link.constData(), static_cast<std::size_t>(link.size())));
}
