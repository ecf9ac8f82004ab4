#include "qr_render.h"

#include <QSaveFile>

namespace tessera::imaging {

QImage renderQr(const qr::QrMatrix &matrix, int pixelsPerModule)
{
    const int modules = matrix.size() + 2 * kQuietZoneModules;
    QImage image(modules * pixelsPerModule, modules * pixelsPerModule, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (!matrix.isDark(x, y))
                continue;
            for (int dy = 0; dy < pixelsPerModule; ++dy) {
                uchar *row = image.scanLine((y + kQuietZoneModules) * pixelsPerModule + dy);
                std::fill_n(row + (x + kQuietZoneModules) * pixelsPerModule, pixelsPerModule, uchar(0));
            }
        }
    }
    return image;
}

Result<QImage> qrImage(std::string_view text, int pixelsPerModule)
{
    auto matrix = qr::encode(text);
    if (!matrix)
        return tl::unexpected(matrix.error());
    return renderQr(*matrix, pixelsPerModule);
}

Result<void> savePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::IoFailure, QStringLiteral("%1 (%2)").arg(path, file.errorString()));
    // A QR code of an account is its secret: readable by the user only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!image.save(&file, "PNG") || !file.commit())
        return fail(ErrorCode::IoFailure, QStringLiteral("%1 (%2)").arg(path, file.errorString()));
    return {};
}

} // namespace tessera::imaging
