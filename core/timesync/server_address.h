#pragma once
// A time server as the user writes it: "pool.ntp.org", "10.0.0.1:11123", "[2001:db8::1]:123", "::1".

#include "common/error.h"

#include <QString>

namespace tessera::timesync {

struct ServerAddress
{
    QString host;
    quint16 port = 123;

    QString toString() const; // HOST:PORT, IPv6 in brackets
};

// Fails with InvalidServerAddress (detail: the text) for an empty host, a bad port or stray brackets.
Result<ServerAddress> parseServerAddress(const QString &text);

} // namespace tessera::timesync
