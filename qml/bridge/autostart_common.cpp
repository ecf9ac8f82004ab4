#include "autostart.h"

#include <QCoreApplication>

namespace tessera::bridge {

QStringList Autostart::command()
{
    // An AppImage runs from a temporary mount that is gone after logout; the image file itself stays.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    const QString program = appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
    return {program, minimizedOption()};
}

} // namespace tessera::bridge
