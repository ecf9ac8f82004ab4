#include "add/account_form.h"

#include "session/account_input.h"

namespace tessera::bridge {
namespace {

session::CodeFields fieldsOf(AccountForm::Kind kind)
{
    static constexpr otp::OtpType kTypes[] = {otp::OtpType::Totp, otp::OtpType::Hotp, otp::OtpType::Steam};
    return session::fieldsOf(kTypes[kind]);
}

} // namespace

void AccountForm::setKind(Kind kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        emit changed();
    }
}

bool AccountForm::usesAlgorithm() const
{
    return fieldsOf(m_kind).algorithm;
}
bool AccountForm::usesDigits() const
{
    return fieldsOf(m_kind).digits;
}
bool AccountForm::usesPeriod() const
{
    return fieldsOf(m_kind).period;
}
bool AccountForm::usesCounter() const
{
    return fieldsOf(m_kind).counter;
}

} // namespace tessera::bridge
