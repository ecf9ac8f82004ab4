#pragma once
// Time is a parameter: code that depends on "now" takes a Clock, so tests can pass a fake one.

#include <QDateTime>
#include <cstdint>
#include <functional>

namespace tessera {

// Milliseconds since the Unix epoch (UTC). 64-bit, so correct far beyond 2038 and 2106.
using Clock = std::function<std::int64_t()>;

inline std::int64_t systemNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace tessera
