#pragma once
// The one settings store the GUI and the CLI share (organisation and application from
// common/app_identity.h), and the move of settings written by versions before the reverse-DNS id.

#include <QSettings>
#include <memory>

namespace tessera::session {

// The application's settings: the same store the GUI's QSettings() opens once main() has set the
// identity, so a time sync in one face corrects the codes of the other.
std::unique_ptr<QSettings> openAppSettings();

// Versions 0.1 kept settings under organisation "Tessera", application "tessera". When that store has
// settings and the current one has none, they are copied over and the old store is removed; otherwise
// nothing changes. Returns true when something was moved. Both apps call it at start.
bool migrateLegacySettings();

} // namespace tessera::session
