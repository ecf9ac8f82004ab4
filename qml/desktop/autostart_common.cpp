#include "desktop/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::bridge {

QStringList Autostart::command()
{
    // An AppImage runs from a temporary mount that is gone after logout; the image file itself stays.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    const QString program = appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
    return {program, minimizedOption()};
}

Result<void> Autostart::placeLoginFile(const QString &path, const std::optional<QByteArray> &content)
{
    if (!content) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(ErrorCode::IoFailure, path);
        return {};
    }
    const QString folder = QFileInfo(path).path();
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::IoFailure, folder);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) < 0 || !file.commit())
        return fail(ErrorCode::IoFailure, path);
    return {};
}

} // namespace tessera::bridge
