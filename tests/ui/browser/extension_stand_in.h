#pragma once
// A stand-in for the browser extension in the app's tests: it makes its X25519 keys, derives the pair's
// key from the app's answer and seals its requests exactly as browser/extension/pairing.js does in
// WebCrypto, and opens the app's sealed answers. The real extension in real browsers is
// tests/e2e/browser_fill.sh.

#include "browser/browser_requests_controller.h"
#include "channel/browser_messages.h"
#include "crypto/key_agreement.h"
#include "session/browser_pairing.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::test {

struct Extension
{
    crypto::AgreementKeys keys = crypto::newAgreementKeys();
    SecretBytes pairKey;
    int next = 0;

    QString publicKey() const
    {
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(keys.publicKey.data()), 32).toBase64());
    }
    QJsonObject hello()
    {
        return {{QStringLiteral("v"), 1}, {QStringLiteral("id"), QStringLiteral("h%1").arg(++next)},
                {QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("browser"), QStringLiteral("Chromium")},
                {QStringLiteral("key"), publicKey()}};
    }
    // As the extension does on "paired": the pair's key from the app's public key.
    void paired(const QJsonObject &answer)
    {
        const QByteArray appKey = QByteArray::fromBase64(answer.value(QStringLiteral("key")).toString().toLatin1());
        const QByteArray ours(reinterpret_cast<const char *>(keys.publicKey.data()), 32);
        pairKey = std::move(*crypto::agreedKey(keys.secretKey, {reinterpret_cast<const std::uint8_t *>(appKey.data()), 32},
                                               ours + appKey, session::kBrowserPairingInfo));
    }
    QJsonObject code(const QString &site, qint64 atMs = QDateTime::currentMSecsSinceEpoch())
    {
        const QString id = QStringLiteral("c%1").arg(++next);
        const QByteArray request = QJsonDocument(QJsonObject{{QStringLiteral("site"), site},
                                                             {QStringLiteral("frame"), QStringLiteral("top")},
                                                             {QStringLiteral("at"), atMs}})
                                       .toJson(QJsonDocument::Compact);
        const auto sealed = crypto::sealWithAgreedKey(
            pairKey, {reinterpret_cast<const std::uint8_t *>(request.data()), std::size_t(request.size())}, id.toLatin1());
        return {{QStringLiteral("v"), 1}, {QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("code")},
                {QStringLiteral("key"), publicKey()}, {QStringLiteral("sealed"), QString::fromLatin1(sealed->toBase64())}};
    }
    // The sealed answer opened, or {"type": …} of an answer that is not sealed.
    QJsonObject open(const QJsonObject &answer) const
    {
        if (answer.value(QStringLiteral("type")).toString() != QLatin1String("sealed"))
            return {{QStringLiteral("type"), answer.value(QStringLiteral("type"))}};
        const auto opened = crypto::openWithAgreedKey(
            pairKey, QByteArray::fromBase64(answer.value(QStringLiteral("sealed")).toString().toLatin1()),
            answer.value(QStringLiteral("id")).toString().toLatin1());
        if (!opened)
            return {{QStringLiteral("type"), QStringLiteral("does not open")}};
        return QJsonDocument::fromJson(QByteArray(opened->view().data(), qsizetype(opened->size()))).object();
    }
};

struct Answers
{
    QList<QJsonObject> got;
    bridge::BrowserRequestsController::Answer collector()
    {
        return [this](const QJsonObject &answer) { got.append(answer); };
    }
    QString lastType() const { return got.isEmpty() ? QString() : got.last().value(QStringLiteral("type")).toString(); }
};

// Pairs the extension as the user's Allow does, for the cases about what comes after.
inline void pairWith(bridge::BrowserRequestsController &requests, Extension &extension, Answers &answers)
{
    requests.handle(extension.hello(), answers.collector());
    requests.allow();
    extension.paired(answers.got.last());
}

} // namespace tessera::test
