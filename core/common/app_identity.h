#pragma once
// Who Tessera is to the desktop: one reverse-DNS id names the desktop entry, the AppStream component,
// the Flatpak, the icon and the settings store, so every platform files the app under the same name.

#include <QString>

namespace tessera {

// io.github.<owner>.<name>, with the hyphen of "tessera-authenticator" written as an underscore as
// Flatpak and D-Bus names require.
inline const QString kAppId = QStringLiteral("io.github.tessera_authenticator.Tessera");

// The settings store is organisation kAppId, application "Tessera". On macOS Qt names the preferences file
// after the organisation *domain* (reversed) plus the application, so the domain below, reversed, is again
// the first part of kAppId and the file is "<kAppId>.plist".
inline const QString kSettingsOrganization = kAppId;
inline const QString kSettingsOrganizationDomain = QStringLiteral("tessera_authenticator.github.io");
inline const QString kSettingsApplication = QStringLiteral("Tessera");

} // namespace tessera
