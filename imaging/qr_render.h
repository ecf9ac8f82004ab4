#pragma once
// QR matrices as pictures: black modules on white with the quiet zone the standard asks for, and the
// PNG files the CLI and the export page write (whole or not at all).

#include "common/error.h"
#include "qr/qr_encoder.h"

#include <QImage>

namespace tessera::imaging {

inline constexpr int kQuietZoneModules = 4;

QImage renderQr(const qr::QrMatrix &matrix, int pixelsPerModule = 8);

// Encodes text (an otpauth link) straight to a picture.
Result<QImage> qrImage(std::string_view text, int pixelsPerModule = 8);

// Writes a PNG through a temporary file that replaces `path` only when complete (QSaveFile), readable
// by its owner only.
Result<void> savePng(const QImage &image, const QString &path);

} // namespace tessera::imaging
