#pragma once
// Calling an xdg-desktop-portal method that answers later (the GlobalShortcuts and RemoteDesktop
// portals): the answer comes as a Response signal on a request object whose path is made from our bus
// name and a token we choose, so we listen there before calling.

#include <QObject>
#include <QString>
#include <QVariantList>

namespace tessera::bridge::portal {

inline const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
inline const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");

// A token for handle_token or session_handle_token.
QString newToken();
// Calls `method` of `interface` with `arguments`; `slot` (uint response, QVariantMap results) of
// `receiver` gets the Response for `token`. Returns the portal's error message, empty when it took the call.
QString callWithResponse(const QString &interface, const QString &method, const QVariantList &arguments,
                         const QString &token, QObject *receiver, const char *slot);
// The version of the portal's `interface`, 0 when the desktop does not offer it.
uint interfaceVersion(const QString &interface);
// Closes a portal session (a handle CreateSession gave); nothing when empty.
void closeSession(const QString &session);

} // namespace tessera::bridge::portal
