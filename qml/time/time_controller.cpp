#include "time/time_controller.h"

#include "common/error_text.h"
#include "session/time_correction.h"
#include "session/time_status_text.h"

#include <QJSEngine>
#include <cmath>

namespace tessera::bridge {

namespace {
// How often the clocks are compared: a jump is noticed within this long.
constexpr int kJumpCheckMs = 10000;
} // namespace

TimeController::TimeController(session::Preferences &preferences, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_settings(&preferences.store())
{
    reload();
    connect(&m_jumpWatch, &QTimer::timeout, this, &TimeController::checkForClockJump);
    m_jumpWatch.start(kJumpCheckMs);
}

void TimeController::checkForClockJump()
{
    if (!m_jumps.check())
        return;
    const timesync::TimeSource source = m_clock.correction().source;
    if (source != timesync::TimeSource::Sntp && source != timesync::TimeSource::Https)
        return; // nothing measured against the old clock (a manual shift stays as the user set it)
    if (syncAtStart()) {
        syncNow();
        return;
    }
    m_clockChanged = true;
    m_warningDismissed = false;
    announce();
}

TimeController::~TimeController()
{
}

void TimeController::reload()
{
    const std::int64_t before = m_clock.appliedOffsetMs();
    m_clock = session::loadCorrectedClock(*m_settings);
    announce();
    if (m_clock.appliedOffsetMs() != before)
        emit correctionChanged();
}

void TimeController::syncAtStartIfWanted()
{
    if (syncAtStart())
        syncNow();
}

void TimeController::syncNow()
{
    if (m_sync)
        return;
    const timesync::SyncOptions options =
        m_optionsOverride ? *m_optionsOverride
                          : session::syncOptionsFrom(session::TimeSettings(*m_settings).preferences());
    m_sync = new timesync::ClockSync(options, this);
    m_sync->start([this](Result<timesync::ClockMeasurement> result) { finishSync(std::move(result)); });
    emit syncingChanged();
}

void TimeController::finishSync(Result<timesync::ClockMeasurement> result)
{
    m_sync->deleteLater();
    m_sync = nullptr;
    m_unconfirmed.reset();
    if (session::recordSync(*m_settings, result, systemNowMs()) == session::SyncOutcome::NeedsConfirmation)
        m_unconfirmed = *result;
    m_warningDismissed = false;
    m_clockChanged = false;
    reload();
    emit syncingChanged();
}

QString TimeController::statusText() const
{
    return session::clockStatusText(m_clock.correction(), m_clock.isEnabled(), lastCheckFailed());
}

bool TimeController::lastCheckFailed() const
{
    return !session::TimeSettings(*m_settings).lastAttempt().error.isEmpty();
}

QString TimeController::summaryText() const
{
    return session::clockSummary(m_clock.correction(), m_clock.isEnabled(), lastCheckFailed()).text;
}

bool TimeController::summaryIsWarning() const
{
    const Warning w = warning();
    return w == LargeOffsetUnconfirmed || w == Uncorrected || w == ClockChanged ||
           session::clockSummary(m_clock.correction(), m_clock.isEnabled(), lastCheckFailed()).needsAttention;
}

QString TimeController::sourceText() const
{
    return session::correctionSourceText(m_clock.correction());
}

void TimeController::announce()
{
    const session::SyncAttempt attempt = session::TimeSettings(*m_settings).lastAttempt();
    setError(attempt.error.isEmpty() ? QString() : errorText(Error{ErrorCode::TimeServerUnreachable, attempt.error}));
    emit changed();
}

TimeController::Warning TimeController::warning() const
{
    const timesync::TimeCorrection &c = m_clock.correction();
    const bool measured = c.source == timesync::TimeSource::Sntp || c.source == timesync::TimeSource::Https;
    if (m_unconfirmed)
        return LargeOffsetUnconfirmed;
    if (measured && !m_clock.isEnabled() && std::abs(c.offsetMs) > session::kNoticeableOffsetMs)
        return Uncorrected;
    if (!m_warningDismissed && !session::TimeSettings(*m_settings).lastAttempt().error.isEmpty())
        return SyncFailed;
    if (!m_warningDismissed && m_clockChanged)
        return ClockChanged;
    if (std::abs(m_clock.appliedOffsetMs()) > session::kShownCorrectionMs)
        return CorrectionInUse; // never dismissed: codes far from this clock's time must not surprise
    return NoWarning;
}

QString TimeController::warningText() const
{
    switch (warning()) {
    case NoWarning:
        return {};
    case Uncorrected:
    case CorrectionInUse:
        return statusText();
    case LargeOffsetUnconfirmed:
        return session::largeOffsetQuestion(*m_unconfirmed);
    case SyncFailed:
        return tr("No time server answered, so the clock is unchecked. Codes may be refused if this "
                  "computer's clock is off.");
    case ClockChanged:
        return tr("This computer's clock changed since the last check; check it again so codes stay right.");
    }
    return {};
}

bool TimeController::updatePreferences(const std::function<void(session::TimePreferences &)> &change)
{
    session::TimeSettings stored(*m_settings);
    const session::TimePreferences before = stored.preferences();
    session::TimePreferences after = before;
    change(after);
    if (after.servers == before.servers && after.httpsUrl == before.httpsUrl &&
        after.syncAtStart == before.syncAtStart && after.correctionEnabled == before.correctionEnabled)
        return false;
    stored.setPreferences(after);
    return true;
}

void TimeController::setCorrectionEnabled(bool on)
{
    if (updatePreferences([on](session::TimePreferences &p) { p.correctionEnabled = on; }))
        reload();
}

bool TimeController::syncAtStart() const
{
    return session::TimeSettings(*m_settings).preferences().syncAtStart;
}

void TimeController::setSyncAtStart(bool on)
{
    if (updatePreferences([on](session::TimePreferences &p) { p.syncAtStart = on; }))
        announce();
}

QString TimeController::servers() const
{
    return session::TimeSettings(*m_settings).preferences().servers.join(u'\n');
}

QString TimeController::httpsUrl() const
{
    return session::TimeSettings(*m_settings).preferences().httpsUrl.toString();
}

bool TimeController::setServers(const QString &lines)
{
    QStringList servers;
    for (const QString &line : lines.split(u'\n')) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        if (auto address = timesync::parseServerAddress(text); !address) {
            setInputError(errorText(address.error()));
            return false;
        }
        servers << text;
    }
    updatePreferences([&](session::TimePreferences &p) {
        p.servers = servers.isEmpty() ? session::defaultTimeServers() : servers; // empty means "the defaults"
    });
    setInputError({});
    announce();
    return true;
}

bool TimeController::setHttpsUrl(const QString &text)
{
    const QUrl url(text.trimmed());
    if (!text.trimmed().isEmpty() && (url.scheme() != QLatin1String("https") || url.host().isEmpty())) {
        setInputError(errorText(Error{ErrorCode::InvalidTimeUrl, text.trimmed()}));
        return false;
    }
    updatePreferences([&](session::TimePreferences &p) { p.httpsUrl = url; });
    setInputError({});
    announce();
    return true;
}

bool TimeController::setManualOffset(const QString &seconds)
{
    auto parsed = session::parseOffsetSeconds(seconds);
    if (!parsed) {
        setInputError(errorText(parsed.error()));
        return false;
    }
    session::setManualOffset(*m_settings, *parsed * 1000, systemNowMs());
    m_clockChanged = false;
    setInputError({});
    reload();
    return true;
}

void TimeController::resetCorrection()
{
    m_clockChanged = false;
    session::resetCorrection(*m_settings);
    setInputError({});
    reload();
}

void TimeController::acceptLargeOffset()
{
    if (!m_unconfirmed)
        return;
    session::acceptMeasurement(*m_settings, *m_unconfirmed, systemNowMs());
    m_unconfirmed.reset();
    if (!m_clock.isEnabled()) // one click corrects codes: the user just asked for it
        updatePreferences([](session::TimePreferences &p) { p.correctionEnabled = true; });
    reload();
}

void TimeController::rejectLargeOffset()
{
    m_unconfirmed.reset();
    announce();
}

void TimeController::dismissWarning()
{
    m_warningDismissed = true;
    announce();
}

void TimeController::setInputError(const QString &error)
{
    if (m_inputError == error)
        return;
    m_inputError = error;
    announce();
}

} // namespace tessera::bridge
