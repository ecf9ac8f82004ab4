// Linux: the xdg-desktop-portal Settings interface on the session bus — ReadAll once at start (Read,
// key by key, on portals older than version 2), then again on every SettingChanged of a namespace we
// read. Calls are asynchronous: a slow or absent portal never holds up the window.
#include "desktop/desktop_appearance.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace tessera::bridge {

using PortalSettings = QMap<QString, QVariantMap>;

namespace {
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
} // namespace

class DesktopAppearanceReader : public QObject
{
    Q_OBJECT
public:
    explicit DesktopAppearanceReader(DesktopAppearance *owner) : QObject(owner), m_owner(owner) {}

    void readAll()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("ReadAll"));
        call << portalAppearanceNamespaces();
        auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
            watcher->deleteLater();
            QDBusPendingReply<PortalSettings> reply = *watcher;
            if (reply.isValid())
                m_owner->set(appearanceFromPortal(reply.value()));
            else if (reply.error().type() == QDBusError::UnknownMethod)
                readKeyByKey();
        });
    }

public slots:
    // SettingChanged(namespace, key, value): the whole message, so no argument type has to match.
    void settingChanged(const QDBusMessage &message)
    {
        const QList<QVariant> arguments = message.arguments();
        if (!arguments.isEmpty() && portalAppearanceNamespaces().contains(arguments.constFirst().toString()))
            readAll();
    }

private:
    // Version 1 portals: Read(namespace, key) answers a variant inside a variant.
    void readKeyByKey()
    {
        static const QList<QPair<QString, QString>> keys{
            {QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme")},
            {QStringLiteral("org.freedesktop.appearance"), QStringLiteral("contrast")},
            {QStringLiteral("org.gnome.desktop.a11y.interface"), QStringLiteral("high-contrast")},
            {QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("enable-animations")},
        };
        auto settings = std::make_shared<PortalSettings>();
        auto pending = std::make_shared<int>(int(keys.size()));
        for (const auto &[space, key] : keys) {
            QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
            call << space << key;
            auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
            connect(watcher, &QDBusPendingCallWatcher::finished, this, [=, this] {
                watcher->deleteLater();
                QDBusPendingReply<QDBusVariant> reply = *watcher;
                if (reply.isValid()) {
                    QVariant value = reply.value().variant();
                    if (value.canConvert<QDBusVariant>())
                        value = value.value<QDBusVariant>().variant();
                    (*settings)[space].insert(key, value);
                }
                if (--*pending == 0)
                    m_owner->set(appearanceFromPortal(*settings));
            });
        }
    }

    DesktopAppearance *m_owner;
};

DesktopAppearance::DesktopAppearance(QObject *parent) : QObject(parent)
{
    qDBusRegisterMetaType<PortalSettings>();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    auto *reader = new DesktopAppearanceReader(this);
    bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), reader, SLOT(settingChanged(QDBusMessage)));
    reader->readAll();
}

void DesktopAppearance::read()
{
    if (auto *reader = findChild<DesktopAppearanceReader *>())
        reader->readAll();
}

} // namespace tessera::bridge

#include "desktop_appearance_linux.moc"
