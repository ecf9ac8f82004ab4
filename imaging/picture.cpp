#include "picture.h"

#include "qr/qr_decoder.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>

namespace tessera::imaging {
namespace {

Result<QImage> readFrom(QImageReader &reader, const QString &what)
{
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return fail(ErrorCode::ImageUnreadable, QStringLiteral("%1 (%2)").arg(what, reader.errorString()));
    return image;
}

} // namespace

Result<QImage> readPicture(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::ImageUnreadable, QStringLiteral("%1 (no such file)").arg(path));
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true); // a screenshot saved as .jpg that is really a PNG still opens
    return readFrom(reader, path);
}

Result<QImage> pictureFromData(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return readFrom(reader, QStringLiteral("the dropped picture"));
}

std::optional<qr::PixelView> pixelViewOf(const QImage &image)
{
    qr::PixelFormat format;
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        format = qr::PixelFormat::Gray8;
        break;
    case QImage::Format_RGB888:
        format = qr::PixelFormat::Rgb888;
        break;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
        format = qr::PixelFormat::Rgbx8888;
        break;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
        // 0xAARRGGBB words: B, G, R, A in memory on little-endian machines.
        format = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? qr::PixelFormat::Bgrx8888 : qr::PixelFormat::Xrgb8888;
        break;
    default:
        return std::nullopt;
    }
    return qr::PixelView{image.constBits(), image.width(), image.height(), int(image.bytesPerLine()), format};
}

QImage flattenedOnWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    // Transparency over white, as a viewer shows it: a code drawn black on transparent stays readable
    // (read as it is, transparent black would be black).
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        auto *out = reinterpret_cast<QRgb *>(flat.scanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            const int a = qAlpha(in[x]);
            auto blend = [a](int c) { return (c * a + 255 * (255 - a)) / 255; };
            out[x] = qRgb(blend(qRed(in[x])), blend(qGreen(in[x])), blend(qBlue(in[x])));
        }
    }
    return flat;
}

std::vector<SecretBytes> decodePicture(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage flat = flattenedOnWhite(image);
    if (auto view = pixelViewOf(flat))
        return qr::decodeAll(*view);
    return qr::decodeAll(*pixelViewOf(flat.convertToFormat(QImage::Format_RGB32)));
}

} // namespace tessera::imaging
