#pragma once
// Time correction as a user operates it, shared by the CLI and the GUI: which settings file holds it,
// how a sync result is recorded, manual offsets and reset. The network work is timesync::ClockSync.

#include "common/error.h"
#include "session/clock_in_use.h"
#include "timesync/clock_sync.h"
#include "session/time_settings.h"

#include <QSettings>

namespace tessera::session {

// The servers that parse, in order; what does not parse is left out (the settings page refuses it).
QList<timesync::ServerAddress> parseServerList(const QStringList &servers);

// The options for a sync from the stored preferences, or from servers given for this run only.
timesync::SyncOptions syncOptionsFrom(const session::TimePreferences &preferences);

enum class SyncOutcome { Applied, NeedsConfirmation, Failed };

// Keeps a successful measurement as the correction; a failure keeps the old correction and is remembered
// so the main window can warn. A large offset that no authenticated source confirmed
// (timesync::needsConfirmation) is not applied: the caller asks the user (largeOffsetQuestion) and, on
// a yes, calls acceptMeasurement. Always records the attempt's time.
SyncOutcome recordSync(QSettings &settings, const Result<timesync::ClockMeasurement> &result,
                       std::int64_t systemNowMs);
void acceptMeasurement(QSettings &settings, const timesync::ClockMeasurement &measurement, std::int64_t systemNowMs);

// Offsets the user types, in seconds (e.g. "92.5", "-30", "+4"). At most 50 years either way.
Result<double> parseOffsetSeconds(const QString &text);
void setManualOffset(QSettings &settings, double offsetMs, std::int64_t systemNowMs);

// Forgets the correction and the last failure: codes use the system clock again.
void resetCorrection(QSettings &settings);

// Whether a measured offset matters for codes: more than 5 s makes 30-second codes fail at step edges.
inline constexpr double kNoticeableOffsetMs = 5000;
// A correction this large in use is always shown in the main window.
inline constexpr double kShownCorrectionMs = 30000;

} // namespace tessera::session
