#include "common/installed_programs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tessera {

QString fullCliFileName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("tessera-cli-full.exe");
#else
    return QStringLiteral("tessera-cli-full");
#endif
}

QString fullCliProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    // TESSERA_LIBEXEC_FROM_BIN: the install's libexec folder for Tessera, relative to its bin folder.
    for (const QString &candidate : {here.filePath(fullCliFileName()),
                                     here.filePath(QStringLiteral(TESSERA_LIBEXEC_FROM_BIN "/") + fullCliFileName())}) {
        const QFileInfo file(candidate);
        if (file.isFile() && file.isExecutable())
            return file.canonicalFilePath();
    }
    return {};
}

} // namespace tessera
