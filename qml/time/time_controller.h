#pragma once
// Settings → Time and the main window's clock warning: "Sync now" (SNTP, HTTPS fallback) off the GUI
// thread's critical path, the result in words, manual offset, reset, and the corrected clock every code
// is made with. The work is core's (timesync, session/time_correction); this adapts it to QML.

#include "common/clock.h"
#include "timesync/clock_jump_detector.h"
#include "timesync/clock_sync.h"
#include "timesync/corrected_clock.h"
#include "session/time_settings.h"

#include <QObject>
#include <QPointer>
#include "app/controller.h"
#include "session/preferences.h"

#include <QSettings>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace tessera::bridge {

class TimeController : public Controller, public QmlSingleton<TimeController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncingChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY changed)
    // The header's status chip: a few words, and whether they are a warning.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed)
    Q_PROPERTY(bool summaryIsWarning READ summaryIsWarning NOTIFY changed)
    Q_PROPERTY(Warning warning READ warning NOTIFY changed)
    Q_PROPERTY(QString warningText READ warningText NOTIFY changed)
    Q_PROPERTY(double offsetSeconds READ offsetSeconds NOTIFY changed)
    Q_PROPERTY(bool correctionEnabled READ correctionEnabled WRITE setCorrectionEnabled NOTIFY changed)
    Q_PROPERTY(bool syncAtStart READ syncAtStart WRITE setSyncAtStart NOTIFY changed)
    Q_PROPERTY(QString servers READ servers NOTIFY changed)
    Q_PROPERTY(QString httpsUrl READ httpsUrl NOTIFY changed)
    Q_PROPERTY(QString inputError READ inputError NOTIFY changed)
public:
    // What the main window shows about the clock: nothing; a large offset that no secure source
    // confirmed, waiting for the user's yes; a large offset the user chose not to correct; a failed sync
    // (until dismissed or a later sync works); a system clock that jumped while automatic checks are off
    // (the stored correction may no longer fit); or, as information, a correction above 30 s in use.
    enum Warning { NoWarning, Uncorrected, SyncFailed, ClockChanged, LargeOffsetUnconfirmed, CorrectionInUse };
    Q_ENUM(Warning)

    // The time values live in the preferences' store (session/time_settings.h).
    explicit TimeController(session::Preferences &preferences, QObject *parent = nullptr);
    ~TimeController() override;

    // The corrected time, for the ticker and everything that makes codes.
    Clock clock() const { return m_clock.asClock(); }
    // A sync when the user wants one at start; returns at once.
    void syncAtStartIfWanted();
    // Called every few seconds: when the system clock jumped (set by hand, or the computer slept), a
    // measured correction is measured again — automatically if the user allows checks at start,
    // otherwise the main window asks for it.
    void checkForClockJump();
    void setJumpDetector(timesync::ClockJumpDetector detector) { m_jumps = std::move(detector); }
    // Options for the next syncs, e.g. a test's local servers and shorter limits.
    void setSyncOptions(const timesync::SyncOptions &options) { m_optionsOverride = options; }

    bool syncing() const { return m_sync != nullptr; }
    QString statusText() const;
    QString sourceText() const;
    QString summaryText() const;
    bool summaryIsWarning() const;
    Warning warning() const;
    QString warningText() const;
    double offsetSeconds() const { return m_clock.appliedOffsetMs() / 1000.0; }
    bool correctionEnabled() const { return m_clock.isEnabled(); }
    void setCorrectionEnabled(bool on);
    bool syncAtStart() const;
    void setSyncAtStart(bool on);
    QString servers() const;
    QString httpsUrl() const;
    QString inputError() const { return m_inputError; }

    Q_INVOKABLE void syncNow();
    // One server per line (HOST or HOST:PORT); false and inputError when one does not parse.
    Q_INVOKABLE bool setServers(const QString &lines);
    // Empty turns the fallback off; false and inputError for anything but an https:// address.
    Q_INVOKABLE bool setHttpsUrl(const QString &url);
    // Seconds, e.g. "92.5" or "-30"; false and inputError when not a number.
    Q_INVOKABLE bool setManualOffset(const QString &seconds);
    Q_INVOKABLE void resetCorrection();
    Q_INVOKABLE void dismissWarning();
    // The user's answer to LargeOffsetUnconfirmed: correct codes by the measured offset, or not.
    Q_INVOKABLE void acceptLargeOffset();
    Q_INVOKABLE void rejectLargeOffset();

signals:
    void changed();
    void syncingChanged();
    // The time codes are made for moved: redraw them now.
    void correctionChanged();

private:
    bool lastCheckFailed() const;
    // The last attempt's failure becomes the errorString; then every binding hears of the change.
    void announce();
    void finishSync(Result<timesync::ClockMeasurement> result);
    void reload();
    void setInputError(const QString &error);
    // Applies a change to the stored preferences; false when it changed nothing.
    bool updatePreferences(const std::function<void(session::TimePreferences &)> &change);

    QSettings *m_settings;
    timesync::CorrectedClock m_clock;
    QPointer<timesync::ClockSync> m_sync;
    std::optional<timesync::SyncOptions> m_optionsOverride;
    QString m_inputError;
    bool m_warningDismissed = false;
    timesync::ClockJumpDetector m_jumps;
    QTimer m_jumpWatch;
    bool m_clockChanged = false;
    std::optional<timesync::ClockMeasurement> m_unconfirmed; // a large offset waiting for the user
};

} // namespace tessera::bridge
