#pragma once
// The websites of known services, which a new account gets as its websites (session/account_sites.h):
// a bundled table of the services that offer authenticator codes, from the 2fa.directory data
// (resources/service-domains, scripts/update-service-domains.sh). An issuer matches a service's name as
// the service icons match it (icons/issuer_key.h: any case, accents, spaces and punctuation, and
// without a company form: "Kaspersky Lab" is Kaspersky); an issuer that is itself a website
// ("github.com") is that website. Anything else gets none: a guessed domain could be someone else's.

#include <QString>
#include <QStringList>

namespace tessera::session {

QStringList knownSitesFor(const QString &issuer);

} // namespace tessera::session
