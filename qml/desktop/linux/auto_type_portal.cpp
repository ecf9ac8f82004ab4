// Wayland: an app may send keys to other windows only through the RemoteDesktop portal
// (org.freedesktop.portal.RemoteDesktop), which asks the user to share a keyboard with Tessera. The
// first Shift+Enter of a run opens that session (CreateSession, SelectDevices for a keyboard, Start,
// where the desktop shows its dialog); it stays open for the run, so later codes are typed at once.
// Wayland tells an app nothing about other windows: the picker hides, the desktop gives the keyboard
// back to the window that had it, and Tessera can only check that none of its own windows took it.
#include "desktop/auto_type.h"
#include "desktop/linux/portal_call.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDBusInterface>
#include <QElapsedTimer>
#include <QGuiApplication>

namespace tessera::bridge {
namespace {

const QString kInterface = QStringLiteral("org.freedesktop.portal.RemoteDesktop");
constexpr uint kKeyboard = 1;      // the portal's device type bit
constexpr int kLetGoOfShiftMs = 400; // Wayland does not say when keys are let go of in another window
constexpr uint kPressed = 1;
constexpr uint kReleased = 0;

// The X keysym of a character: Latin-1 characters are their own keysym, the rest Unicode keysyms.
int keysymOf(QChar character)
{
    const char16_t code = character.unicode();
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
        return code;
    return 0x01000000 | code;
}

class PortalTyping final : public QObject, public TypingBackend
{
    Q_OBJECT

public:
    ~PortalTyping() override { portal::closeSession(m_session); }

    QString cannotType() const override { return {}; }
    void rememberOrigin() override {}
    bool hasOrigin() const override { return true; } // the desktop knows it; Tessera cannot name it
    void returnToOrigin() override { m_sinceReturn.start(); }
    // None of Tessera's windows has the keyboard: the desktop gave it back (or to another app).
    bool originHasKeyboard() const override { return QGuiApplication::focusWindow() == nullptr; }
    bool modifiersHeld() const override
    {
        return !m_sinceReturn.isValid() || m_sinceReturn.elapsed() < kLetGoOfShiftMs;
    }

    bool typeCharacter(QChar character) override
    {
        if (m_permission != Permission::Granted || character.isSurrogate())
            return false;
        for (const uint state : {kPressed, kReleased}) {
            QDBusMessage key = QDBusMessage::createMethodCall(portal::kService, portal::kPath, kInterface,
                                                              QStringLiteral("NotifyKeyboardKeysym"));
            key << QVariant::fromValue(QDBusObjectPath(m_session)) << QVariantMap() << keysymOf(character) << state;
            // In order on one connection; the answer is not waited for, as a key press is not.
            QDBusConnection::sessionBus().send(key);
        }
        return true;
    }

    void askPermission() override
    {
        if (m_permission == Permission::Granted && !m_session.isEmpty())
            return;
        m_permission = Permission::Asking;
        const QString token = portal::newToken();
        call(QStringLiteral("CreateSession"),
             {QVariantMap{{QStringLiteral("handle_token"), token},
                          {QStringLiteral("session_handle_token"), portal::newToken()}}},
             token, SLOT(onSessionCreated(uint, QVariantMap)));
    }
    Permission permission() const override { return m_permission; }

private slots:
    void onSessionCreated(uint response, const QVariantMap &results)
    {
        if (response != 0)
            return refuse();
        m_session = results.value(QStringLiteral("session_handle")).toString();
        QDBusConnection::sessionBus().connect(portal::kService, m_session, QStringLiteral("org.freedesktop.portal.Session"),
                                              QStringLiteral("Closed"), this, SLOT(onClosed()));
        const QString token = portal::newToken();
        call(QStringLiteral("SelectDevices"),
             {QVariant::fromValue(QDBusObjectPath(m_session)),
              QVariantMap{{QStringLiteral("handle_token"), token}, {QStringLiteral("types"), kKeyboard}}},
             token, SLOT(onDevicesSelected(uint, QVariantMap)));
    }

    void onDevicesSelected(uint response, const QVariantMap &)
    {
        if (response != 0)
            return refuse();
        const QString token = portal::newToken();
        call(QStringLiteral("Start"),
             {QVariant::fromValue(QDBusObjectPath(m_session)), QString(),
              QVariantMap{{QStringLiteral("handle_token"), token}}},
             token, SLOT(onStarted(uint, QVariantMap)));
    }

    void onStarted(uint response, const QVariantMap &results)
    {
        if (response != 0 || !(results.value(QStringLiteral("devices")).toUInt() & kKeyboard))
            return refuse();
        m_permission = Permission::Granted;
    }

    void onClosed() // the user or the desktop ended the sharing: ask again next time
    {
        m_session.clear();
        m_permission = Permission::Asking;
    }

private:
    void call(const QString &method, const QVariantList &arguments, const QString &token, const char *slot)
    {
        if (!portal::callWithResponse(kInterface, method, arguments, token, this, slot).isEmpty())
            refuse();
    }

    void refuse()
    {
        portal::closeSession(m_session);
        m_session.clear();
        m_permission = Permission::Refused;
    }

    QString m_session;
    Permission m_permission = Permission::Asking;
    QElapsedTimer m_sinceReturn;
};

} // namespace

std::unique_ptr<TypingBackend> openPortalTyping()
{
    return std::make_unique<PortalTyping>();
}

std::unique_ptr<TypingBackend> makePortalTyping()
{
    if (!QGuiApplication::platformName().startsWith(QLatin1String("wayland")) || portal::interfaceVersion(kInterface) == 0)
        return nullptr;
    // A RemoteDesktop portal that cannot share a keyboard (some offer only the pointer) cannot type.
    QDBusInterface properties(portal::kService, portal::kPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                              QDBusConnection::sessionBus());
    const QDBusReply<QDBusVariant> types = properties.call(QStringLiteral("Get"), kInterface,
                                                           QStringLiteral("AvailableDeviceTypes"));
    if (!types.isValid() || !(types.value().variant().toUInt() & kKeyboard))
        return nullptr;
    return std::make_unique<PortalTyping>();
}

} // namespace tessera::bridge

#include "auto_type_portal.moc"
