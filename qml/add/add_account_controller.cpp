#include "add/add_account_controller.h"

#include "common/error_text.h"
#include "add/account_form.h"
#include "session/account_input.h"
#include "app/services.h"
#include "session/account_operations.h"
#include "app/text_secret.h"
#include "app/ticker.h"
#include "uri/otpauth_parser.h"
#include "app/vault_session.h"

#include <QJSEngine>

namespace tessera::bridge {

namespace {

Result<uri::KeyUri> parseLink(const QString &link)
{
    const SecretBytes text = secretFromText(link.trimmed());
    return uri::parseOtpauth(text.view());
}

Result<SecretBytes> decodeSecret(const QString &secret)
{
    const SecretBytes text = secretFromText(secret);
    return session::secretFromText(text.view());
}
} // namespace

AddAccountController::AddAccountController(Services *services, QObject *parent) : Controller(parent), QmlSingleton(this), m_services(services)
{
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

LinkPreview AddAccountController::linkPreview(const QString &link) const
{
    auto parsed = parseLink(link);
    if (!parsed)
        return {};
    const otp::OtpParams &p = parsed->params;
    return {true,
            parsed->issuer,
            parsed->name,
            otp::typeName(p.type).toUpper(),
            otp::algorithmName(p.algorithm),
            p.digits,
            static_cast<qint64>(p.periodSeconds),
            QString::number(p.counter)};
}

bool AddAccountController::addManual(AccountForm *form)
{
    if (!form)
        return false;
    static const char *const kTypes[] = {"totp", "hotp", "steam"};
    static const char *const kAlgorithms[] = {"SHA1", "SHA256", "SHA512"};
    session::AccountInput input;
    input.issuer = form->issuer();
    input.name = form->name();
    input.code.type = QString::fromLatin1(kTypes[form->kind()]);
    if (form->usesAlgorithm())
        input.code.algorithm = QString::fromLatin1(kAlgorithms[form->algorithm()]);
    if (form->usesDigits())
        input.code.digits = QString::number(form->digits());
    if (form->usesPeriod())
        input.code.period = QString::number(form->period());
    if (form->usesCounter())
        input.code.counter = form->counter();
    const SecretBytes secret = secretFromText(form->secret());
    auto account = session::accountFrom(input, secret.view());
    if (!account)
        return report(tl::unexpected(account.error()));
    return add(*account);
}

bool AddAccountController::add(const uri::KeyUri &account)
{
    auto saved = m_services->session()->apply(
        [&](auto &store) { return session::addAccount(store, account, m_services->ticker()->nowMs()); });
    if (!saved)
        return report(tl::unexpected(saved.error()));
    clearError();
    emit added(account.issuer.isEmpty() ? account.name : account.issuer);
    return true;
}

bool AddAccountController::addFromLink(const QString &link)
{
    auto parsed = parseLink(link);
    if (!parsed)
        return report(tl::unexpected(parsed.error()));
    return add(*parsed);
}

} // namespace tessera::bridge
