// tessera-cli browser install [--browser NAME]... | uninstall [--browser NAME]... | status
// The native messaging host for the browser extension (session/browser_hosts.h): installed for every
// browser found (or the ones named), removed, or shown. The extension itself comes from the browser's
// add-on store, or is loaded unpacked (docs/INSTALL.md).
#include "cli_support.h"

#include "common/installed_programs.h"
#include "session/browser_hosts.h"

#include <QDir>
#include <cstdio>

namespace tessera::cli {
namespace {

QString stateText(const session::BrowserHostPlace &place, const QString &host)
{
    if (!place.unsupported.isEmpty())
        return QStringLiteral("not possible: %1").arg(place.unsupported);
    switch (session::hostState(place, host)) {
    case session::HostState::Installed:
        return QStringLiteral("installed");
    case session::HostState::Elsewhere:
        return QStringLiteral("installed for another copy of Tessera (install again to use this one)");
    case session::HostState::Missing:
        break;
    }
    return place.found ? QStringLiteral("not installed") : QStringLiteral("not installed (browser not found)");
}

} // namespace

int runBrowser(const QStringList &args)
{
    const QString command = QStringLiteral("browser");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Install, remove or show the browser integration's host, which lets "
                                               "the Tessera extension ask this Tessera for codes."));
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("install, uninstall or status."));
    p.addOption({QStringLiteral("browser"),
                 QStringLiteral("Only this browser (chromium, chrome, edge, brave, vivaldi, firefox); repeatable. "
                                "Without it: every browser found."),
                 QStringLiteral("NAME")});
    if (auto done = parseCommandLine(p, command, args))
        return *done;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !QStringList{QStringLiteral("install"), QStringLiteral("uninstall"),
                                               QStringLiteral("status")}.contains(action))
        return usageError(command, QStringLiteral("give install, uninstall or status"));

    const QList<session::BrowserHostPlace> places = session::browserHostPlaces();
    const QStringList named = p.values(QStringLiteral("browser"));
    for (const QString &name : named)
        if (std::none_of(places.cbegin(), places.cend(), [&](const auto &place) { return place.key == name; }))
            return usageError(command, QStringLiteral("no browser called '%1' here").arg(name));
    const QString host = browserHostProgram();
    if (action == QLatin1String("install") && host.isEmpty())
        return report(Error{ErrorCode::IoFailure, QStringLiteral("tessera-browser-host is missing from this installation")});

    int done = 0;
    for (const session::BrowserHostPlace &place : places) {
        const bool chosen = named.isEmpty() ? place.found : named.contains(place.key);
        if (action == QLatin1String("status")) {
            say(QStringLiteral("%1: %2").arg(place.browser, stateText(place, host)));
            continue;
        }
        if (!chosen || (named.isEmpty() && !place.unsupported.isEmpty()))
            continue;
        auto changed = action == QLatin1String("install") ? session::installBrowserHost(place, host)
                                                          : session::uninstallBrowserHost(place);
        if (!changed)
            return report(changed.error());
        ++done;
        std::fprintf(stderr, "tessera-cli: %s for %s (%s).\n", action == QLatin1String("install") ? "installed" : "removed",
                     qUtf8Printable(place.browser), qUtf8Printable(QDir::toNativeSeparators(place.manifestPath)));
    }
    if (action == QLatin1String("install") && done == 0)
        return report(Error{ErrorCode::IoFailure, QStringLiteral("no browser found here; name one with --browser")});
    if (action == QLatin1String("install"))
        std::fprintf(stderr, "tessera-cli: now add the Tessera extension to the browser (docs/INSTALL.md); its first "
                             "request asks you in Tessera to allow it.\n");
    return Success;
}

} // namespace tessera::cli
