#pragma once
// A picture from a file, the clipboard, the screen or a camera frame, ready for qr::decodeAll.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "qr/pixel_view.h"

#include <QImage>
#include <optional>
#include <vector>

namespace tessera::imaging {

// Reads a picture file (PNG, JPEG, BMP, GIF, WebP… whatever Qt's image plugins read), turned upright
// by its EXIF orientation. ImageUnreadable with the file and the reason otherwise.
Result<QImage> readPicture(const QString &path);

// Pictures dropped or pasted as data rather than as a file.
Result<QImage> pictureFromData(const QByteArray &bytes);

// The QR texts in a picture; empty when there is none. Converts the pixel format when core cannot
// read it as it is. Runs the full decoder: call it off the GUI thread for big pictures.
std::vector<SecretBytes> decodePicture(const QImage &image);

// The picture as a viewer shows it: transparent parts over white (the image itself when it has no alpha).
QImage flattenedOnWhite(const QImage &image);

// The view of an image already in a format core reads (Grayscale8, RGB888, RGB32/ARGB32, RGBX8888).
std::optional<qr::PixelView> pixelViewOf(const QImage &image);

} // namespace tessera::imaging
