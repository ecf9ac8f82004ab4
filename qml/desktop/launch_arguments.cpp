#include "desktop/launch_arguments.h"

#include "transfer/import_controller.h"
#include "add/scan_controller.h"

#include <QDir>
#include <QUrl>

namespace tessera::bridge {

void openLaunchArguments(const QStringList &arguments, const QString &workingDirectory, ScanController &scan,
                         ImportController &imports)
{
    QList<QUrl> pictures;
    std::vector<SecretBytes> links;
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive) ||
            argument.startsWith(QLatin1String("otpauth-migration://"), Qt::CaseInsensitive)) {
            const QByteArray text = argument.toUtf8();
            links.push_back(SecretBytes::copyOf(std::string_view(text.constData(), std::size_t(text.size()))));
            continue;
        }
        const QUrl file = QUrl::fromUserInput(argument, workingDirectory, QUrl::AssumeLocalFile);
        if (ImportController::isPicture(file))
            pictures << file;
        else
            imports.openWhenUnlocked(file); // another authenticator's export
    }
    scan.readLinksWhenUnlocked(std::move(links));
    scan.scanWhenUnlocked(pictures);
}

} // namespace tessera::bridge
