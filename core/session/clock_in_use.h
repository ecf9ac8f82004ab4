#pragma once
// The clock codes are made for: the system clock with the stored correction. Apart from measuring and
// recording (time_correction.h), so that tessera-cli's lean start links none of the network code.

#include "timesync/corrected_clock.h"

#include <QSettings>

namespace tessera::session {

// A clock with the stored correction, applied when the user has not turned correction off.
timesync::CorrectedClock loadCorrectedClock(QSettings &settings);

} // namespace tessera::session
