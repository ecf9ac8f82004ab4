#include "otp/time_step.h"

namespace tessera::otp {

Result<std::uint64_t> timeStep(std::int64_t unixMs, std::int64_t periodSeconds)
{
    if (unixMs < 0)
        return fail(ErrorCode::InvalidTime, QString::number(unixMs / 1000));
    if (periodSeconds < 1)
        return fail(ErrorCode::InvalidPeriod, QString::number(periodSeconds));
    return static_cast<std::uint64_t>(unixMs / 1000 / periodSeconds);
}

int secondsRemaining(std::int64_t unixMs, std::int64_t periodSeconds)
{
    if (unixMs < 0 || periodSeconds < 1)
        return 0;
    const std::int64_t elapsed = (unixMs / 1000) % periodSeconds;
    return static_cast<int>(periodSeconds - elapsed);
}

} // namespace tessera::otp
