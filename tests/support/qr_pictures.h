#pragma once
// Pictures with QR codes made by the tests themselves (libqrencode through imaging::qrImage, then
// QPainter): the situations users scan from, with no third-party file needed.

#include "qr_render.h"

#include <QBuffer>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

namespace qrpics {

inline QImage code(const QByteArray &text, int pixelsPerModule = 6)
{
    return *tessera::imaging::qrImage(std::string_view(text.constData(), std::size_t(text.size())), pixelsPerModule);
}

// The code drawn onto a canvas at a position, optionally transformed about its centre.
inline QImage onCanvas(const QImage &qr, QSize canvas, QColor background, QPoint at, const QTransform &t = {})
{
    QImage image(canvas, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(at.x() + qr.width() / 2.0, at.y() + qr.height() / 2.0);
    painter.setTransform(t, true);
    painter.drawImage(QPointF(-qr.width() / 2.0, -qr.height() / 2.0), qr);
    return image;
}

inline QImage inverted(QImage image)
{
    image.invertPixels();
    return image;
}

// A 4K dark-theme desktop: panels and text-like bars, and a light-on-dark code in one window.
inline QImage darkScreenshot(const QImage &qr)
{
    QImage screen(3840, 2160, QImage::Format_RGB32);
    screen.fill(QColor(0x20, 0x21, 0x24));
    QPainter painter(&screen);
    painter.fillRect(0, 0, 3840, 64, QColor(0x2b, 0x2c, 0x30));          // top bar
    painter.fillRect(400, 300, 1800, 1400, QColor(0x30, 0x31, 0x36));    // a window
    QRandomGenerator random(42);
    for (int line = 0; line < 40; ++line)                                 // "text"
        painter.fillRect(460, 360 + line * 32, 200 + int(random.bounded(900)), 12, QColor(0x9a, 0xa0, 0xa6));
    painter.fillRect(2400, 500, 1000, 1000, QColor(0x30, 0x31, 0x36));   // the service's page, dark mode
    painter.drawImage(2600, 700, inverted(qr));
    return screen;
}

inline QImage jpegRoundTrip(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG");
}

inline QImage noise(QSize size)
{
    QImage image(size, QImage::Format_Grayscale8);
    QRandomGenerator random(7);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.scanLine(y)[x] = uchar(random.bounded(256));
    return image;
}

} // namespace qrpics
