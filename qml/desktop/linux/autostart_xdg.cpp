// Linux and other Unix desktops: an entry in $XDG_CONFIG_HOME/autostart (the XDG Autostart
// specification), which GNOME, KDE, Xfce and the others start at login. Inside a Flatpak that folder is
// the sandbox's own, so the Background portal is asked instead and the choice is remembered in the
// settings (the portal cannot be asked what it holds).
#include "desktop/autostart.h"

#include "common/app_identity.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDir>
#include <QFile>
#include "session/preferences.h"
#include <QStandardPaths>
#include <algorithm>

namespace tessera::bridge {
namespace {


bool insideFlatpak()
{
    return QFile::exists(QStringLiteral("/.flatpak-info"));
}

QString entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/") + kAppId + QStringLiteral(".desktop"));
}

// One argument of an Exec line: quoted when it holds a space or a reserved character, with the double
// quote, backtick, dollar and backslash escaped inside (Desktop Entry Specification, "The Exec key");
// % doubled, as field codes use it.
QString execArgument(QString argument)
{
    argument.replace(u'%', QStringLiteral("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::none_of(argument.begin(), argument.end(), [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString quoted;
    for (QChar c : std::as_const(argument)) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

QByteArray entryText()
{
    QStringList exec;
    for (const QString &argument : Autostart::command())
        exec << execArgument(argument);
    // The backslashes of the quoting are themselves escaped in a desktop file's string values.
    const QString execLine = exec.join(u' ').replace(u'\\', QStringLiteral("\\\\"));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Tessera\n"
                          "Comment=Two-factor codes, started minimised to the tray at login\n"
                          "Icon=%1\n"
                          "Exec=%2\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "X-KDE-autostart-after=panel\n")
        .arg(kAppId, execLine)
        .toUtf8();
}

Result<void> askPortal(bool on, session::Preferences &preferences)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return fail(ErrorCode::IoFailure, QStringLiteral("the desktop portal (no session bus)"));
    QDBusMessage request = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"), QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Background"), QStringLiteral("RequestBackground"));
    QStringList commandLine{QStringLiteral("tessera"), Autostart::minimizedOption()};
    request << QString() // no parent window handle
            << QVariantMap{{QStringLiteral("reason"), QObject::tr("Start Tessera when you log in")},
                           {QStringLiteral("autostart"), on},
                           {QStringLiteral("commandline"), commandLine},
                           {QStringLiteral("dbus-activatable"), false}};
    // The portal answers later (and may ask the user); nothing here waits for it.
    bus.asyncCall(request);
    preferences.setStartAtLoginThroughPortal(on);
    return {};
}

} // namespace

bool Autostart::isEnabled(const session::Preferences &preferences)
{
    if (insideFlatpak())
        return preferences.startAtLoginThroughPortal();
    QFile entry(entryPath());
    if (!entry.open(QIODevice::ReadOnly))
        return false;
    // A user may have switched it off in the desktop's own startup settings, which keeps the file.
    const QByteArray text = entry.readAll();
    return !text.contains("\nHidden=true") && !text.contains("X-GNOME-Autostart-enabled=false");
}

Result<void> Autostart::setEnabled(bool on, session::Preferences &preferences)
{
    if (insideFlatpak())
        return askPortal(on, preferences);
    return placeLoginFile(entryPath(), on ? std::optional(entryText()) : std::nullopt);
}

} // namespace tessera::bridge
