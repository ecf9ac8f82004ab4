#pragma once
// How an issuer's name is compared with the names of services: "Google LLC", "accounts.google.com"
// and "GOOGLE" all mean Google, "Kaspersky Lab" means Kaspersky.

#include <QString>
#include <QStringList>

namespace tessera::icons {

// The name reduced to lower-case letters and digits, accents removed ("Crédit Agricole" →
// "creditagricole"); empty when nothing is left.
QString nameKey(QStringView name);

// The keys to look an issuer up by, most specific first: the whole name, then without a company form
// or a trailing "account"/"login" ("Kaspersky Lab" → "kaspersky"), then, for a web address, the
// site's own label ("https://accounts.google.com/x" → "google"). No duplicates, no empty keys.
QStringList issuerKeys(QStringView issuer);

} // namespace tessera::icons
