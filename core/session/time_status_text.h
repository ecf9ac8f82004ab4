#pragma once
// The sentences that tell a user how their clock stands, shared by the CLI and the GUI
// ("Your clock is 92.3 s behind — codes are corrected.", "Clock is accurate (±4 ms).").

#include "timesync/corrected_clock.h"

#include <QString>

namespace tessera::session {

// "450 ms", "92.3 s", "12 min 5 s", "3 h 20 min", "12 days".
QString formatDuration(double ms);

// How far the clock is off according to `correction` and whether codes are corrected for it.
// `corrected` is false when the user turned correction off; `lastCheckFailed`: the latest attempt to
// check found no time server (so "not checked yet" would be wrong).
QString clockStatusText(const timesync::TimeCorrection &correction, bool corrected, bool lastCheckFailed = false);

// The same in two or three words, for the status chip of the main window ("Clock OK", "Clock
// unchecked", "Clock 5 min 3 s off"); `needsAttention` tells whether the chip shows a warning.
struct ClockSummary
{
    QString text;
    bool needsAttention = false;
};
ClockSummary clockSummary(const timesync::TimeCorrection &correction, bool corrected, bool lastCheckFailed);

// The question for a large offset that no authenticated source confirmed: "Your clock seems 24 h 0 min
// behind — correct codes by that much? …"
QString largeOffsetQuestion(const timesync::ClockMeasurement &measurement);

// Where the correction came from and when: "Measured with time.cloudflare.com:123 (SNTP) at 14:02".
QString correctionSourceText(const timesync::TimeCorrection &correction);

} // namespace tessera::session
