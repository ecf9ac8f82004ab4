#pragma once
// What arrives from outside — `tessera ARG...` from a terminal, "Open with Tessera", a link clicked in a
// browser, a second launch handing over its arguments, a drop on the window — sorted once, by one rule:
// otpauth:// and otpauth-migration:// links and pictures are read for QR codes and previewed, any other
// file is another authenticator's export to import.

#include "common/secret_bytes.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace tessera::session {

struct IncomingItems
{
    std::vector<SecretBytes> links; // the links' text (they carry secrets)
    QStringList pictures;           // absolute paths
    QStringList files;              // absolute paths, for the import page
};

// `isPicture` tells a picture from another file (the GUI asks its image readers). Relative paths are
// taken from `workingDirectory`; file:// URLs are accepted as given by a drop.
using PictureTest = std::function<bool(const QString &path)>;
IncomingItems classifyIncoming(const QStringList &arguments, const QString &workingDirectory,
                               const PictureTest &isPicture);

// Whether the text is a link Tessera reads (any case in the scheme).
bool isAccountLink(const QString &text);

} // namespace tessera::session
