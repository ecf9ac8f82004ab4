#include "common/private_files.h"

#include <QFile>

#include <sys/stat.h>

namespace tessera {

void restrictToOwner(QFileDevice &file)
{
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool restrictPathToOwner(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info {};
    if (::lstat(native.constData(), &info) != 0 || S_ISLNK(info.st_mode))
        return false; // never change the mode of whatever a link points to
    const mode_t wanted = S_ISDIR(info.st_mode) ? S_IRWXU : (S_IRUSR | S_IWUSR);
    if ((info.st_mode & 07777) == wanted)
        return true;
    return ::chmod(native.constData(), wanted) == 0;
}

} // namespace tessera
