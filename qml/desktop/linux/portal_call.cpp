#include "desktop/linux/portal_call.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QUuid>

namespace tessera::bridge::portal {

QString newToken()
{
    return QStringLiteral("tessera") + QUuid::createUuid().toString(QUuid::Id128);
}

QString callWithResponse(const QString &interface, const QString &method, const QVariantList &arguments,
                         const QString &token, QObject *receiver, const char *slot)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString sender = bus.baseService().mid(1).replace(u'.', u'_');
    const QString request = QStringLiteral("%1/request/%2/%3").arg(kPath, sender, token);
    bus.connect(kService, request, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"),
                receiver, slot);
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, interface, method);
    message.setArguments(arguments);
    const QDBusMessage reply = bus.call(message, QDBus::Block, 5000);
    return reply.type() == QDBusMessage::ErrorMessage ? reply.errorMessage() : QString();
}

uint interfaceVersion(const QString &interface)
{
    QDBusInterface properties(kService, kPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                              QDBusConnection::sessionBus());
    properties.setTimeout(2000);
    const QDBusReply<QDBusVariant> version = properties.call(QStringLiteral("Get"), interface, QStringLiteral("version"));
    return version.isValid() ? version.value().variant().toUInt() : 0;
}

void closeSession(const QString &session)
{
    if (session.isEmpty())
        return;
    QDBusConnection::sessionBus().call(QDBusMessage::createMethodCall(kService, session,
                                                                      QStringLiteral("org.freedesktop.portal.Session"),
                                                                      QStringLiteral("Close")),
                                       QDBus::NoBlock);
}

} // namespace tessera::bridge::portal
