#include "password_file.h"

#include "terminal_input.h"

#include <QFile>

namespace tessera::cli {

Result<SecretBytes> readPasswordFile(const QString &path)
{
    if (path == QLatin1String("-"))
        return readStdinSecretLine();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoFailure, path + QStringLiteral(": ") + file.errorString());
    QByteArray bytes = file.read(64 * 1024);
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes[end - 1] == '\r')
        --end;
    auto password = SecretBytes::copyOf(std::string_view(bytes.constData(), std::size_t(end)));
    wipe(bytes.data(), std::size_t(bytes.size()));
    return password;
}

} // namespace tessera::cli
