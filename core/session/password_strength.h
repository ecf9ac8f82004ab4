#pragma once
// How hard a new vault password is to guess, estimated with zxcvbn (zxcvbn-c, the estimator KeePassXC
// uses), and the rule both faces apply: below 40 bits a password is refused, below 65 the user is
// warned. The bits are zxcvbn's estimate of the guesses an attacker who knows common passwords,
// words, names, keyboard walks, dates and repeats would need (log2).

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QString>

namespace tessera::session {

inline constexpr double kMinimumPasswordBits = 40;
inline constexpr double kGoodPasswordBits = 65;

struct PasswordStrength
{
    enum class Level { Empty, TooWeak, Weak, Good };
    double bits = 0;
    Level level = Level::Empty;
    // One sentence on what makes it guessable and how to do better; empty for a good password.
    QString advice;
};

PasswordStrength estimatePasswordStrength(const SecretBytes &password);

// EmptyPassword, or PasswordTooWeak with the estimate and the advice; fine for Weak and Good.
Result<void> checkNewPassword(const SecretBytes &password);

} // namespace tessera::session
