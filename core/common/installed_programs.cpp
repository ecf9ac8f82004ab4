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

QString browserHostFileName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("tessera-browser-host.exe");
#else
    return QStringLiteral("tessera-browser-host");
#endif
}

namespace {

QString installedProgram(const QString &fileName)
{
    const QDir here(QCoreApplication::applicationDirPath());
    // TESSERA_LIBEXEC_FROM_BIN: the install's libexec folder for Tessera, relative to its bin folder.
    for (const QString &candidate : {here.filePath(fileName),
                                     here.filePath(QStringLiteral(TESSERA_LIBEXEC_FROM_BIN "/") + fileName)}) {
        const QFileInfo file(candidate);
        if (file.isFile() && file.isExecutable())
            return file.canonicalFilePath();
    }
    return {};
}

} // namespace

QString fullCliProgram()
{
    return installedProgram(fullCliFileName());
}

QString browserHostProgram()
{
    return installedProgram(browserHostFileName());
}

QString browserExtensionFolder()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral(TESSERA_EXTENSION_FROM_BIN)),
                                     here.filePath(QStringLiteral("../browser/extension"))})
        if (QFileInfo::exists(candidate + QStringLiteral("/manifest.json")))
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

} // namespace tessera
