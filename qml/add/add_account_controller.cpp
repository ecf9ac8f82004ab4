#include "add/add_account_controller.h"

#include "common/error_text.h"
#include "encoding/base32.h"
#include "app/services.h"
#include "session/account_operations.h"
#include "app/text_secret.h"
#include "app/ticker.h"
#include "uri/otpauth_parser.h"
#include "app/vault_session.h"

#include <QJSEngine>

namespace tessera::bridge {

namespace {
AddAccountController *g_instance = nullptr;

Result<uri::KeyUri> parseLink(const QString &link)
{
    const SecretBytes text = secretFromText(link.trimmed());
    return uri::parseOtpauth(text.view());
}

Result<SecretBytes> decodeSecret(const QString &secret)
{
    const SecretBytes text = secretFromText(secret);
    auto decoded = base32::decode(text.view());
    if (decoded && decoded->isEmpty())
        return fail(ErrorCode::SecretTooShort);
    return decoded;
}
} // namespace

AddAccountController::AddAccountController(Services *services, QObject *parent) : QObject(parent), m_services(services)
{
    g_instance = this;
}

AddAccountController *AddAccountController::create(QQmlEngine *, QJSEngine *engine)
{
    engine->setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

QString AddAccountController::secretProblem(const QString &secret) const
{
    if (secret.trimmed().isEmpty())
        return {};
    auto decoded = decodeSecret(secret);
    return decoded ? QString() : errorText(decoded.error());
}

QString AddAccountController::linkProblem(const QString &link) const
{
    if (link.trimmed().isEmpty())
        return {};
    auto parsed = parseLink(link);
    return parsed ? QString() : errorText(parsed.error());
}

QVariantMap AddAccountController::linkPreview(const QString &link) const
{
    auto parsed = parseLink(link);
    if (!parsed)
        return {};
    const otp::OtpParams &p = parsed->params;
    return {{QStringLiteral("issuer"), parsed->issuer},
            {QStringLiteral("name"), parsed->name},
            {QStringLiteral("kind"), otp::typeName(p.type)},
            {QStringLiteral("algorithm"), otp::algorithmName(p.algorithm)},
            {QStringLiteral("digits"), p.digits},
            {QStringLiteral("period"), static_cast<qint64>(p.periodSeconds)},
            {QStringLiteral("counter"), QString::number(p.counter)}};
}

bool AddAccountController::addManual(const QString &issuer, const QString &name, const QString &secret,
                                     const QString &kind, const QString &algorithm, int digits, int period,
                                     const QString &counter)
{
    setError({});
    if (issuer.trimmed().isEmpty() && name.trimmed().isEmpty()) {
        setError(tr("Give the service or the account a name."));
        return false;
    }
    auto type = otp::parseType(kind);
    auto alg = otp::parseAlgorithm(algorithm);
    auto count = otp::parseCounter(counter.trimmed().isEmpty() ? QStringLiteral("0") : counter.trimmed());
    auto key = decodeSecret(secret);
    for (const Error *e : {type ? nullptr : &type.error(), alg ? nullptr : &alg.error(),
                           count ? nullptr : &count.error(), key ? nullptr : &key.error()}) {
        if (e) {
            setError(errorText(*e));
            return false;
        }
    }
    uri::KeyUri account;
    account.issuer = issuer.trimmed();
    account.name = name.trimmed();
    account.params = otp::defaultsFor(*type);
    if (*type != otp::OtpType::Steam) {
        account.params.algorithm = *alg;
        account.params.digits = digits;
    }
    account.params.periodSeconds = period;
    account.params.counter = *count;
    if (auto valid = otp::validate(account.params); !valid) {
        setError(errorText(valid.error()));
        return false;
    }
    account.secret = std::move(*key);
    auto saved = m_services->session()->apply([&](vault::VaultStore &store) -> Result<void> {
        auto id = session::addAccount(store, account, m_services->ticker()->nowMs());
        return id ? Result<void>() : tl::unexpected(id.error());
    });
    if (!saved) {
        setError(errorText(saved.error()));
        return false;
    }
    emit added(account.issuer.isEmpty() ? account.name : account.issuer);
    return true;
}

bool AddAccountController::addFromLink(const QString &link)
{
    setError({});
    auto parsed = parseLink(link);
    if (!parsed) {
        setError(errorText(parsed.error()));
        return false;
    }
    auto saved = m_services->session()->apply([&](vault::VaultStore &store) -> Result<void> {
        auto id = session::addAccount(store, *parsed, m_services->ticker()->nowMs());
        return id ? Result<void>() : tl::unexpected(id.error());
    });
    if (!saved) {
        setError(errorText(saved.error()));
        return false;
    }
    emit added(parsed->issuer.isEmpty() ? parsed->name : parsed->issuer);
    return true;
}

void AddAccountController::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        emit errorStringChanged();
    }
}

} // namespace tessera::bridge
