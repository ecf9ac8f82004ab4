#pragma once
// QR codes in pictures that come from outside (files, pasted or dropped pictures, screenshots) are
// decoded in a separate process: a picture tiled with finder patterns makes ZXing's work grow with the
// cube of their number (minutes to hours), and a call into ZXing cannot be stopped. The worker is
// tessera-cli's hidden "qr-worker" command; it is killed when the deadline passes or the caller cancels,
// and on Linux and macOS it cannot take more than kQrWorkerMemory of address space.
// The picture goes over a pipe as 8-bit grey (what the decoder reads anyway), at most kMaxDecodeSide
// pixels on its long side; the texts come back over the pipe and are kept in SecretBytes.

#include "common/error.h"
#include "common/secret_bytes.h"

#include <QImage>
#include <atomic>
#include <vector>

namespace tessera::imaging {

inline constexpr int kQrDeadlineMs = 5000;
inline constexpr int kMaxDecodeSide = 4096;
inline constexpr quint64 kQrWorkerMemory = 1536ull * 1024 * 1024;

// A copy no larger than kMaxDecodeSide on its long side, transparency over white, in 8-bit grey.
QImage preparedForDecoding(const QImage &image);

// The QR texts in the picture, read by a worker process. PictureTooCostly when the deadline passed,
// Cancelled when `cancelled` became true, ScanFailed-like IoFailure when no worker could run.
Result<std::vector<SecretBytes>> decodeInWorker(const QImage &image, const std::atomic<bool> *cancelled = nullptr,
                                                int deadlineMs = kQrDeadlineMs);

// The worker's side: reads one picture from standard input, writes its texts to standard output.
int runQrWorker();

} // namespace tessera::imaging
