#include "timesync/server_address.h"

#include <QHostAddress>

namespace tessera::timesync {
namespace {

bool parsePort(const QString &text, quint16 &port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535 || text.startsWith(u'+'))
        return false;
    port = static_cast<quint16>(value);
    return true;
}

bool plausibleHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (QChar c : host)
        if (c.isSpace() || c == u'/' || c == u'[' || c == u']' || c == u'@')
            return false;
    return true;
}

} // namespace

QString ServerAddress::toString() const
{
    const QString shown = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(shown).arg(port);
}

Result<ServerAddress> parseServerAddress(const QString &input)
{
    const QString text = input.trimmed();
    ServerAddress address;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return fail(ErrorCode::InvalidServerAddress, input);
        address.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && (!rest.startsWith(u':') || !parsePort(rest.mid(1), address.port)))
            return fail(ErrorCode::InvalidServerAddress, input);
        if (QHostAddress(address.host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(ErrorCode::InvalidServerAddress, input);
        return address;
    }
    if (text.count(u':') > 1) { // a bare IPv6 address has no room for a port
        if (QHostAddress(text).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(ErrorCode::InvalidServerAddress, input);
        address.host = text;
        return address;
    }
    const qsizetype colon = text.indexOf(u':');
    address.host = colon < 0 ? text : text.left(colon);
    if (colon >= 0 && !parsePort(text.mid(colon + 1), address.port))
        return fail(ErrorCode::InvalidServerAddress, input);
    if (!plausibleHost(address.host))
        return fail(ErrorCode::InvalidServerAddress, input);
    return address;
}

} // namespace tessera::timesync
