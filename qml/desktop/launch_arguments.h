#pragma once
// What `tessera ARG...` asks for, from a terminal, "Open with Tessera" or a link clicked in a browser:
// otpauth:// and otpauth-migration:// links and pictures go to the scan page's preview, any other file to
// the import page — each once the vault is open. Used at start and when a second launch hands its
// arguments to the running Tessera.

#include <QString>
#include <QStringList>

namespace tessera::bridge {

class ScanController;
class ImportController;

void openLaunchArguments(const QStringList &arguments, const QString &workingDirectory, ScanController &scan,
                         ImportController &imports);

} // namespace tessera::bridge
