#include "session/password_strength.h"

#include <QCoreApplication>

#include <algorithm>

#include <zxcvbn.h>

namespace tessera::session {
namespace {

class Advice
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PasswordStrength)
public:
    // The advice for the weakest kind of part zxcvbn found (the part that lowers the estimate most).
    static QString forWeakestPart(int type, int length)
    {
        switch (type % MULTIPLE_MATCH) {
        case DICTIONARY_MATCH:
        case DICT_LEET_MATCH:
            return tr("It is built on a common password or word; letters swapped for look-alike digits do not "
                      "help. Use four or more random words, or a longer sentence of your own.");
        case USER_MATCH:
        case USER_LEET_MATCH:
            return tr("It contains the name of this app; choose words that have nothing to do with it.");
        case REPEATS_MATCH:
            return tr("It repeats characters or a pattern; add more, unrelated words.");
        case SEQUENCE_MATCH:
            return tr("It contains a sequence such as abc or 1234; add more, unrelated words.");
        case SPATIAL_MATCH:
            return tr("It follows keys next to each other on the keyboard; add more, unrelated words.");
        case DATE_MATCH:
        case YEAR_MATCH:
            return tr("It contains a date or a year, which are easy to guess; add more, unrelated words.");
        default:
            return length < 12 ? tr("It is short; use at least 12 characters, or four or more random words.")
                               : tr("Add more words or characters to make it harder to guess.");
        }
    }
};

} // namespace

PasswordStrength estimatePasswordStrength(const SecretBytes &password)
{
    PasswordStrength strength;
    if (password.isEmpty())
        return strength;
    // zxcvbn wants a C string: a locked copy with its terminator, wiped when it goes.
    SecretBytes terminated(password.size() + 1);
    std::copy(password.bytes().begin(), password.bytes().end(), terminated.data());
    const char *appWords[] = {"tessera", "authenticator", "vault", nullptr};
    ZxcMatch_t *parts = nullptr;
    strength.bits = ZxcvbnMatch(reinterpret_cast<const char *>(terminated.data()), appWords, &parts);
    // The part whose entropy per character is lowest is what gives the password away.
    int weakestType = BRUTE_MATCH;
    double weakestRate = 1e9;
    for (const ZxcMatch_t *part = parts; part; part = part->Next)
        if (part->Length > 0 && part->Entrpy / part->Length < weakestRate) {
            weakestRate = part->Entrpy / part->Length;
            weakestType = part->Type;
        }
    ZxcvbnFreeInfo(parts);
    // Characters, not bytes, counted without decoding the password into a QString that nobody wipes.
    const int length = int(std::count_if(password.bytes().begin(), password.bytes().end(),
                                         [](std::uint8_t byte) { return (byte & 0xC0) != 0x80; }));
    if (strength.bits < kMinimumPasswordBits)
        strength.level = PasswordStrength::Level::TooWeak;
    else if (strength.bits < kGoodPasswordBits)
        strength.level = PasswordStrength::Level::Weak;
    else
        strength.level = PasswordStrength::Level::Good;
    if (strength.level != PasswordStrength::Level::Good)
        strength.advice = Advice::forWeakestPart(weakestType, length);
    return strength;
}

Result<void> checkNewPassword(const SecretBytes &password)
{
    const PasswordStrength strength = estimatePasswordStrength(password);
    if (strength.level == PasswordStrength::Level::Empty)
        return fail(ErrorCode::EmptyPassword);
    if (strength.level == PasswordStrength::Level::TooWeak)
        return fail(ErrorCode::PasswordTooWeak,
                    QString::number(int(strength.bits)) + QLatin1Char('\n') + strength.advice);
    return {};
}

} // namespace tessera::session
