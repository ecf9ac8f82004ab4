#pragma once
// Installing the browsers' native messaging host (docs/BROWSER.md, "Installing"): for each browser
// Tessera knows on this system, where its host manifest goes, whether the browser is there, and the
// manifest itself, which names tessera-browser-host by its absolute path and allows only Tessera's
// extension (its Chromium id, or its Firefox id). Settings → Browser integration and
// `tessera-cli browser install|uninstall|status` both use it. Where the browsers look is the platform
// file's (browser_host_places_linux.cpp, _macos.cpp, _windows.cpp, which also writes the registry).

#include "common/error.h"

#include <QList>
#include <QString>

namespace tessera::session {

inline constexpr char kBrowserHostName[] = "io.github.tessera_authenticator.tessera";
// The extension's id in Chromium-based browsers, fixed by the "key" in its manifest.json.
inline constexpr char kChromiumExtensionId[] = "peojbinjppnagamiehnhaldbjambcmnj";
inline constexpr char kFirefoxExtensionId[] = "tessera@tessera-authenticator.github.io";

struct BrowserHostPlace
{
    QString browser;      // as the user knows it: "Chromium", "Google Chrome", "Firefox"…
    QString key;          // for the command line: "chromium", "chrome", "firefox"…
    QString manifestPath; // the host manifest's file
    bool firefox = false; // Firefox's manifest names extensions, Chromium's names origins
    bool found = false;   // the browser's own folder (or registry key) is there
    QString unsupported;  // why Tessera cannot be installed for it (a Flatpak's sandbox); empty when it can
};

// Every browser Tessera knows on this platform, found or not, in a fixed order.
QList<BrowserHostPlace> browserHostPlaces();

enum class HostState {
    Missing,   // no manifest of ours
    Installed, // ours, naming this host program
    Elsewhere, // ours, naming another program (an older install, another build)
};
HostState hostState(const BrowserHostPlace &place, const QString &hostProgram);

// The manifest's text for the place and the host program's absolute path.
QByteArray hostManifest(const BrowserHostPlace &place, const QString &hostProgram);
// Writes the manifest (and, on Windows, the registry entry naming it). IoFailure with the path and the reason.
Result<void> installBrowserHost(const BrowserHostPlace &place, const QString &hostProgram);
// Removes both; nothing when they are not there.
Result<void> uninstallBrowserHost(const BrowserHostPlace &place);

// The platform's part: records the manifest where the browser looks beyond its folder (the Windows
// registry); nothing elsewhere.
Result<void> registerHostManifest(const BrowserHostPlace &place, bool add);

} // namespace tessera::session
