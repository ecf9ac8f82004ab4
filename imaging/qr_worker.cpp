#include "qr_worker.h"

#include "picture.h"

#include "common/installed_programs.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QtEndian>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#endif

namespace tessera::imaging {
namespace {

constexpr quint32 kRequestMagic = 0x54515231; // "TQR1"
constexpr int kSliceMs = 50;                   // how quickly a cancel is noticed

// This program when it is the full tessera-cli (whatever its file is called); otherwise the full
// tessera-cli where the install put it (common/installed_programs.h).
QString workerProgram()
{
    if (QCoreApplication::applicationName() == QLatin1String("tessera-cli"))
        return QCoreApplication::applicationFilePath();
    return fullCliProgram();
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

bool readExactly(std::FILE *in, char *into, std::size_t size)
{
    return std::fread(into, 1, size, in) == size;
}

} // namespace

QImage preparedForDecoding(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage flat = flattenedOnWhite(image);
    if (std::max(flat.width(), flat.height()) > kMaxDecodeSide)
        flat = flat.scaled(kMaxDecodeSide, kMaxDecodeSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return flat.convertToFormat(QImage::Format_Grayscale8);
}

Result<std::vector<SecretBytes>> decodeInWorker(const QImage &image, const std::atomic<bool> *cancelled, int deadlineMs)
{
    const QImage grey = preparedForDecoding(image);
    if (grey.isNull())
        return std::vector<SecretBytes>{};
    QByteArray request;
    request.reserve(12 + qsizetype(grey.width()) * grey.height());
    appendU32(request, kRequestMagic);
    appendU32(request, quint32(grey.width()));
    appendU32(request, quint32(grey.height()));
    for (int y = 0; y < grey.height(); ++y)
        request.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());

    QProcess worker;
    worker.start(workerProgram(), {QStringLiteral("qr-worker")});
    if (!worker.waitForStarted(kQrDeadlineMs))
        return fail(ErrorCode::ScanFailed, workerProgram() + QStringLiteral(": ") + worker.errorString());
    worker.write(request);
    worker.closeWriteChannel();
    QDeadlineTimer deadline(deadlineMs);
    QByteArray answer;
    while (worker.state() != QProcess::NotRunning) {
        if ((cancelled && cancelled->load()) || deadline.hasExpired()) {
            worker.kill();
            worker.waitForFinished(kSliceMs * 20);
            if (cancelled && cancelled->load())
                return fail(ErrorCode::Cancelled);
            return fail(ErrorCode::PictureTooCostly, QString::number(deadlineMs / 1000));
        }
        worker.waitForFinished(kSliceMs);
        answer += worker.readAllStandardOutput();
    }
    answer += worker.readAllStandardOutput();
    const auto wipeAnswer = qScopeGuard([&] { wipe(answer.data(), std::size_t(answer.size())); });
    if (worker.exitStatus() != QProcess::NormalExit || worker.exitCode() != 0)
        return fail(ErrorCode::PictureTooCostly, QString::number(deadlineMs / 1000)); // killed by its memory limit
    std::vector<SecretBytes> texts;
    qsizetype at = 0;
    while (at + 4 <= answer.size()) {
        const quint32 length = qFromBigEndian<quint32>(answer.constData() + at);
        at += 4;
        if (length > quint64(answer.size() - at))
            return fail(ErrorCode::ScanFailed, QStringLiteral("the QR worker's answer was cut off"));
        texts.push_back(SecretBytes::copyOf(std::span(reinterpret_cast<const std::uint8_t *>(answer.constData() + at), length)));
        at += qsizetype(length);
    }
    return texts;
}

int runQrWorker()
{
#if defined(Q_OS_UNIX) && !defined(__SANITIZE_ADDRESS__)
    // A picture made to exhaust memory ends this process, not the app (ASan needs terabytes of address
    // space for its shadow, so its builds go without the limit).
    const rlimit memory{kQrWorkerMemory, kQrWorkerMemory};
    setrlimit(RLIMIT_AS, &memory);
#elif defined(Q_OS_WIN)
    _setmode(_fileno(stdin), _O_BINARY); // pixels and texts, not lines of text
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    char header[12];
    if (!readExactly(stdin, header, sizeof header) || qFromBigEndian<quint32>(header) != kRequestMagic)
        return 2;
    const quint32 width = qFromBigEndian<quint32>(header + 4);
    const quint32 height = qFromBigEndian<quint32>(header + 8);
    if (width == 0 || height == 0 || width > quint32(kMaxDecodeSide) || height > quint32(kMaxDecodeSide))
        return 2;
    QImage grey(int(width), int(height), QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y)
        if (!readExactly(stdin, reinterpret_cast<char *>(grey.scanLine(y)), width))
            return 2;
    for (const SecretBytes &text : decodePicture(grey)) {
        char length[4];
        qToBigEndian(quint32(text.size()), length);
        std::fwrite(length, 1, 4, stdout);
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    std::fflush(stdout);
    return 0;
}

} // namespace tessera::imaging
