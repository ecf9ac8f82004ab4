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

// What differs between the account read and the one expected, field by field; empty when nothing does.
// For QVERIFY2 in the test slot (a helper's own QCOMPARE would not stop the test).
inline QString differenceFrom(const tessera::uri::KeyUri &actual, const ExpectedAccount &expected)
{
    using namespace tessera;
    QStringList differences;
    const auto check = [&](const char *field, const QString &got, const QString &want) {
        if (got != want)
            differences << QStringLiteral("%1: '%2', expected '%3'").arg(QLatin1String(field), got, want);
    };
    check("type", otp::typeName(actual.params.type), expected.type);
    check("issuer", actual.issuer, expected.issuer);
    check("name", actual.name, expected.name);
    check("secret", base32Of(actual.secret), expected.secret);
    check("algorithm", otp::algorithmName(actual.params.algorithm), expected.algorithm);
    check("digits", QString::number(actual.params.digits), QString::number(expected.digits));
    const std::int64_t periodOrCounter = actual.params.type == otp::OtpType::Hotp
                                             ? static_cast<std::int64_t>(actual.params.counter)
                                             : static_cast<std::int64_t>(actual.params.periodSeconds);
    check("period or counter", QString::number(periodOrCounter), QString::number(expected.periodOrCounter));
    return differences.join(QStringLiteral("; "));
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
