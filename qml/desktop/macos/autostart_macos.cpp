// macOS: a LaunchAgent in ~/Library/LaunchAgents, which launchd loads at the user's next login
// (RunAtLoad) and which System Settings lists under Login Items.
#include "desktop/autostart.h"

#include "common/app_identity.h"

#include <QDir>
#include <QFile>

namespace tessera::bridge {
namespace {

QString agentPath()
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kAppId + QStringLiteral(".plist");
}

QByteArray agentText()
{
    QString arguments;
    for (const QString &argument : Autostart::command())
        arguments += QStringLiteral("        <string>%1</string>\n").arg(argument.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n<dict>\n"
                          "    <key>Label</key>\n    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n    <array>\n%2    </array>\n"
                          "    <key>RunAtLoad</key>\n    <true/>\n"
                          "    <key>ProcessType</key>\n    <string>Interactive</string>\n"
                          "</dict>\n</plist>\n")
        .arg(kAppId, arguments)
        .toUtf8();
}

} // namespace

bool Autostart::isEnabled(const session::Preferences &)
{
    return QFile::exists(agentPath());
}

Result<void> Autostart::setEnabled(bool on, session::Preferences &)
{
    return placeLoginFile(agentPath(), on ? std::optional(agentText()) : std::nullopt);
}

} // namespace tessera::bridge
