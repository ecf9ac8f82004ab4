// tessera-cli time [--server HOST[:PORT]]... [--https-url URL | --no-https] [--json] [--no-save]
//                  [--accept-large-offset]
//                  | --show | --offset SECONDS | --reset
// Measures how far this computer's clock is off and keeps the result, so `code` commands are right on a
// wrong clock (DESIGN.md §4).
#include "cli_support.h"
#include "json_writer.h"

#include "common/clock.h"
#include "session/app_settings.h"
#include "session/time_correction.h"
#include "session/time_status_text.h"

#include <QEventLoop>
#include <cstdio>

namespace tessera::cli {
namespace {

const QString kCommand = QStringLiteral("time");

void printCorrection(const timesync::TimeCorrection &c, bool enabled, bool json)
{
    if (json) {
        JsonObjectWriter out(stdout);
        out.number("offset_ms", c.offsetMs, 3);
        out.number("delay_ms", c.delayMs, 3);
        out.number("precision_ms", c.precisionMs, 3);
        out.field("server", c.server);
        out.field("source", timesync::sourceName(c.source));
        out.flag("corrected", enabled && c.source != timesync::TimeSource::None);
        return;
    }
    say(session::clockStatusText(c, enabled));
    if (const QString source = session::correctionSourceText(c); !source.isEmpty())
        say(source);
}

Result<timesync::SyncOptions> optionsFrom(const QCommandLineParser &p, const session::TimePreferences &stored)
{
    timesync::SyncOptions options = session::syncOptionsFrom(stored);
    const QStringList servers = p.values(QStringLiteral("server"));
    if (!servers.isEmpty()) {
        options.sntp.servers.clear();
        for (const QString &text : servers) {
            auto address = timesync::parseServerAddress(text);
            if (!address)
                return tl::unexpected(address.error());
            options.sntp.servers << *address;
        }
        options.https.url.clear(); // servers named for this run are asked alone, unless a URL is named too
    }
    if (p.isSet(QStringLiteral("https-url"))) {
        options.https.url = QUrl(p.value(QStringLiteral("https-url")));
        if (options.https.url.scheme() != QLatin1String("https") || options.https.url.host().isEmpty())
            return fail(ErrorCode::InvalidTimeUrl, p.value(QStringLiteral("https-url")));
    }
    if (p.isSet(QStringLiteral("no-https")))
        options.https.url.clear();
    return options;
}

Result<timesync::ClockMeasurement> measure(const timesync::SyncOptions &options)
{
    Result<timesync::ClockMeasurement> result = fail(ErrorCode::TimeServerUnreachable);
    QEventLoop loop;
    timesync::ClockSync sync(options);
    sync.start([&](Result<timesync::ClockMeasurement> r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    return result;
}

int runSync(const QCommandLineParser &p, QSettings &settings)
{
    const session::TimeSettings stored(settings);
    auto options = optionsFrom(p, stored.preferences());
    if (!options)
        return report(options.error());
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 60)
            return usageError(kCommand, QStringLiteral("--timeout takes seconds from 0.1 to 60"));
        options->sntp.overallTimeoutMs = int(seconds * 1000);
        options->sntp.queryTimeoutMs = std::min(options->sntp.queryTimeoutMs, options->sntp.overallTimeoutMs);
    }
    auto measured = measure(*options);
    const bool save = !p.isSet(QStringLiteral("no-save"));
    const bool accept = p.isSet(QStringLiteral("accept-large-offset"));
    if (save && session::recordSync(settings, measured, systemNowMs()) == session::SyncOutcome::NeedsConfirmation &&
        accept)
        session::acceptMeasurement(settings, *measured, systemNowMs());
    if (!measured)
        return report(measured.error());
    // A forged reply can claim any time; without TLS or the user's word a large offset is not used.
    if (timesync::needsConfirmation(*measured) && !accept)
        return report(Error{ErrorCode::LargeOffsetUnconfirmed, session::largeOffsetQuestion(*measured)});
    const timesync::TimeCorrection correction = timesync::correctionFrom(*measured, systemNowMs());
    printCorrection(correction, save && stored.preferences().correctionEnabled, p.isSet(QStringLiteral("json")));
    return Success;
}

} // namespace

int runTime(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measure how far this computer's clock is off, with SNTP and an HTTPS fallback, and keep the result so "
        "codes are right on a wrong clock."));
    p.addOption({QStringLiteral("server"), QStringLiteral("Ask this SNTP server (repeatable) instead of the ones in "
                                                          "the settings."),
                 QStringLiteral("HOST[:PORT]")});
    p.addOption({QStringLiteral("https-url"), QStringLiteral("Fall back to the Date header of this https:// "
                                                             "address."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("no-https"), QStringLiteral("Do not fall back to HTTPS.")});
    p.addOption({QStringLiteral("timeout"), QStringLiteral("Give SNTP servers at most this long (default 3)."),
                 QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object: offset_ms, delay_ms, precision_ms, "
                                                        "server, source, corrected.")});
    p.addOption({QStringLiteral("no-save"), QStringLiteral("Only measure; keep the stored correction as it is.")});
    p.addOption({QStringLiteral("accept-large-offset"),
                 QStringLiteral("Use an offset above 2 minutes even when no HTTPS source confirms it.")});
    p.addOption({QStringLiteral("show"), QStringLiteral("Print the stored correction without measuring.")});
    p.addOption({QStringLiteral("offset"), QStringLiteral("Set the correction by hand, in seconds (e.g. 92.5)."),
                 QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("reset"), QStringLiteral("Forget the correction: codes use the system clock.")});
    if (auto done = parseCommandLine(p, kCommand, args))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return usageError(kCommand, QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    const int actions = int(p.isSet(QStringLiteral("show"))) + int(p.isSet(QStringLiteral("offset"))) +
                        int(p.isSet(QStringLiteral("reset")));
    if (actions > 1)
        return usageError(kCommand, QStringLiteral("give only one of --show, --offset and --reset"));

    auto settings = session::openAppSettings();
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("reset"))) {
        session::resetCorrection(*settings);
        say(QStringLiteral("Time correction removed; codes use the system clock."));
        return Success;
    }
    if (p.isSet(QStringLiteral("offset"))) {
        auto seconds = session::parseOffsetSeconds(p.value(QStringLiteral("offset")));
        if (!seconds)
            return report(seconds.error());
        session::setManualOffset(*settings, *seconds * 1000, systemNowMs());
    }
    if (p.isSet(QStringLiteral("show")) || p.isSet(QStringLiteral("offset"))) {
        const timesync::CorrectedClock clock = session::loadCorrectedClock(*settings);
        printCorrection(clock.correction(), clock.isEnabled(), json);
        return Success;
    }
    return runSync(p, *settings);
}

} // namespace tessera::cli
