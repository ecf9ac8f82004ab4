#pragma once
// Starting Tessera when the user logs in, minimised to the tray, through each platform's own mechanism
// (one file per platform): an XDG autostart entry on Linux and other Unix desktops (the Background
// portal inside a Flatpak, whose sandbox hides the autostart folder), the current user's Run key on
// Windows, a LaunchAgent on macOS.

#include "common/error.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace tessera::session {
class Preferences;
}

namespace tessera::bridge {

class Autostart
{
public:
    // The option the login start passes: the window stays in the tray (tessera --minimized).
    static QString minimizedOption() { return QStringLiteral("--minimized"); }

    // The preferences remember what a sandbox's portal was asked (it cannot be read back).
    static bool isEnabled(const session::Preferences &preferences);
    static Result<void> setEnabled(bool on, session::Preferences &preferences);

    // What the login runs: this program (the AppImage when run from one) and --minimized.
    static QStringList command();

private:
    // The file-based mechanisms (XDG entry, LaunchAgent): writes the file whole, or removes it when
    // there is no content. Errors name the path.
    static Result<void> placeLoginFile(const QString &path, const std::optional<QByteArray> &content);
};

} // namespace tessera::bridge
