#include "session/clock_in_use.h"

#include "session/time_settings.h"

namespace tessera::session {

timesync::CorrectedClock loadCorrectedClock(QSettings &settings)
{
    const session::TimeSettings stored(settings);
    timesync::CorrectedClock clock;
    clock.setCorrection(stored.correction());
    clock.setEnabled(stored.preferences().correctionEnabled);
    return clock;
}

} // namespace tessera::session
