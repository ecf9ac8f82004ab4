#pragma once
// What the user chose about time correction, and the last result, kept in the application's settings
// (QSettings, group "time") so the GUI and the CLI share them.

#include "timesync/corrected_clock.h"
#include "timesync/server_address.h"

#include <QSettings>
#include <QStringList>
#include <QUrl>

namespace tessera::session {

QStringList defaultTimeServers();
QUrl defaultHttpsDateUrl();

struct TimePreferences
{
    QStringList servers = defaultTimeServers(); // HOST[:PORT], in the user's order
    QUrl httpsUrl = defaultHttpsDateUrl();      // empty: no fallback
    bool syncAtStart = true;
    bool correctionEnabled = true;
};

// The outcome of the last attempt, successful or not.
struct SyncAttempt
{
    std::int64_t atMs = 0; // 0: never tried
    QString error;         // empty when it succeeded
};

class TimeSettings
{
public:
    explicit TimeSettings(QSettings &settings) : m_settings(settings) {}

    TimePreferences preferences() const;
    void setPreferences(const TimePreferences &preferences);

    timesync::TimeCorrection correction() const;
    void setCorrection(const timesync::TimeCorrection &correction);

    SyncAttempt lastAttempt() const;
    void setLastAttempt(const SyncAttempt &attempt);

private:
    QSettings &m_settings;
};

} // namespace tessera::session
