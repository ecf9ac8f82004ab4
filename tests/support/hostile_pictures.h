#pragma once
// A picture tiled with QR finder patterns: ZXing's work grows with the cube of their number, so reading
// it in-process would take minutes to hours (tests and tessera-test-hostile-files).

#include <QImage>
#include <QPainter>

inline QImage finderPatternTiles(int size = 900)
{
    // A finder pattern is 7×7 modules: a dark ring, a light ring, a 3×3 dark core; one light module
    // between patterns, one pixel per module.
    constexpr int kStep = 8;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    for (int y = 0; y + 7 <= size; y += kStep)
        for (int x = 0; x + 7 <= size; x += kStep) {
            p.fillRect(x, y, 7, 7, Qt::black);
            p.fillRect(x + 1, y + 1, 5, 5, Qt::white);
            p.fillRect(x + 2, y + 2, 3, 3, Qt::black);
        }
    return image;
}
