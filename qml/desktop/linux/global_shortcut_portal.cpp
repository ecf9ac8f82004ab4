// Wayland: the desktop owns the keyboard, and an app may only ask for a shortcut through the
// GlobalShortcuts portal (org.freedesktop.portal.GlobalShortcuts; KDE Plasma 5.27 and later, GNOME 48
// and later). The desktop may ask the user to confirm or change the keys; it says which it bound.
#include "desktop/linux/portal_call.h"
#include "desktop/linux/shortcut_backends_linux.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QGuiApplication>

namespace tessera::bridge {

// One shortcut as the portal passes it: an id and its properties (a(sa{sv})).
struct PortalShortcutEntry
{
    QString id;
    QVariantMap properties;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PortalShortcutEntry &entry)
{
    argument.beginStructure();
    argument << entry.id << entry.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PortalShortcutEntry &entry)
{
    argument.beginStructure();
    argument >> entry.id >> entry.properties;
    argument.endStructure();
    return argument;
}

} // namespace tessera::bridge

Q_DECLARE_METATYPE(tessera::bridge::PortalShortcutEntry)

namespace tessera::bridge {
namespace {

using portal::kPath;
using portal::kService;
const QString kInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
const QString kShortcutId = QStringLiteral("quick-picker");

// The trigger in the form of the XDG shortcuts specification: "CTRL+ALT+o".
QString triggerOf(const QKeySequence &keys)
{
    const QKeyCombination combination = keys[0];
    QStringList parts;
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
    if (modifiers & Qt::ControlModifier)
        parts << QStringLiteral("CTRL");
    if (modifiers & Qt::AltModifier)
        parts << QStringLiteral("ALT");
    if (modifiers & Qt::ShiftModifier)
        parts << QStringLiteral("SHIFT");
    if (modifiers & Qt::MetaModifier)
        parts << QStringLiteral("LOGO");
    parts << QKeySequence(combination.key()).toString(QKeySequence::PortableText).toLower();
    return parts.join(u'+');
}

class PortalShortcut final : public QObject, public ShortcutBackend
{
    Q_OBJECT
public:
    PortalShortcut()
    {
        qDBusRegisterMetaType<PortalShortcutEntry>();
        qDBusRegisterMetaType<QList<PortalShortcutEntry>>();
    }
    ~PortalShortcut() override { closeSession(); }

    Kind kind() const override { return Kind::Portal; }

    void bind(const QKeySequence &keys) override
    {
        closeSession();
        m_keys = keys;
        if (keys.isEmpty())
            return report({});
        const QString token = portal::newToken();
        call(QStringLiteral("CreateSession"),
             {QVariantMap{{QStringLiteral("handle_token"), token},
                          {QStringLiteral("session_handle_token"), portal::newToken()}}},
             token, SLOT(onSessionCreated(uint, QVariantMap)));
    }

private slots:
    void onSessionCreated(uint response, const QVariantMap &results)
    {
        if (response != 0)
            return report(QCoreApplication::translate("GlobalShortcut", "The desktop did not open a shortcut session for Tessera."));
        m_session = results.value(QStringLiteral("session_handle")).toString();
        // Listened to once a session exists: QtDBus refuses a connection to a signal with these argument
        // types until the connection has carried its first message.
        if (!m_listening)
            m_listening = bus().connect(kService, kPath, kInterface, QStringLiteral("Activated"), this,
                                        SLOT(onActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)));
        const QString token = portal::newToken();
        const QList<PortalShortcutEntry> shortcuts{
            {kShortcutId,
             {{QStringLiteral("description"), QCoreApplication::translate("GlobalShortcut", "Open Tessera's quick picker")},
              {QStringLiteral("preferred_trigger"), triggerOf(m_keys)}}}};
        call(QStringLiteral("BindShortcuts"),
             {QVariant::fromValue(QDBusObjectPath(m_session)), QVariant::fromValue(shortcuts), QString(),
              QVariantMap{{QStringLiteral("handle_token"), token}}},
             token, SLOT(onBound(uint, QVariantMap)));
    }

    void onBound(uint response, const QVariantMap &)
    {
        report(response == 0 ? QString() : QCoreApplication::translate("GlobalShortcut", "The desktop did not grant the shortcut %1.").arg(shortcutText(m_keys)));
    }

    void onActivated(const QDBusObjectPath &session, const QString &id, qulonglong, const QVariantMap &)
    {
        if (session.path() == m_session && id == kShortcutId)
            activated();
    }

private:
    static QDBusConnection bus() { return QDBusConnection::sessionBus(); }

    void call(const QString &method, const QVariantList &arguments, const QString &token, const char *slot)
    {
        if (const QString error = portal::callWithResponse(kInterface, method, arguments, token, this, slot);
            !error.isEmpty())
            report(QCoreApplication::translate("GlobalShortcut", "The desktop's shortcut portal failed: %1").arg(error));
    }

    void closeSession()
    {
        portal::closeSession(m_session);
        m_session.clear();
    }

    QKeySequence m_keys;
    QString m_session;
    bool m_listening = false;
};

} // namespace

std::unique_ptr<ShortcutBackend> openPortalShortcut()
{
    return std::make_unique<PortalShortcut>();
}

std::unique_ptr<ShortcutBackend> makePortalShortcut()
{
    if (!QGuiApplication::platformName().startsWith(QLatin1String("wayland")))
        return nullptr;
    if (portal::interfaceVersion(kInterface) == 0) // the desktop offers no such portal
        return nullptr;
    return std::make_unique<PortalShortcut>();
}

} // namespace tessera::bridge

#include "global_shortcut_portal.moc"
