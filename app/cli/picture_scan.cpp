#include "picture_scan.h"

#include "common/error_text.h"
#include "picture.h"
#include "qr_worker.h"
#include "qr/qr_decoder.h"

#include <cstdio>

namespace tessera::cli {
namespace {

void complain(const QString &path, const Error &error)
{
    std::fprintf(stderr, "tessera-cli: %s: %s\n", qUtf8Printable(path), qUtf8Printable(errorText(error)));
}

} // namespace

PictureScan scanPictures(const QStringList &paths)
{
    PictureScan result;
    for (const QString &path : paths) {
        auto image = imaging::readPicture(path);
        if (!image) {
            complain(path, image.error());
            result.everyPictureHadAnAccount = false;
            continue;
        }
        auto texts = imaging::decodeInWorker(*image); // a hostile picture costs seconds, not hours
        *image = QImage();
        if (!texts) {
            complain(path, texts.error());
            result.everyPictureHadAnAccount = false;
            continue;
        }
        const session::QrScan::Step step = result.scan.add(std::move(*texts));
        for (const Error &problem : step.problems)
            complain(path, problem);
        // Without problems every code held accounts (a code seen before in another picture still counts).
        if (step.newAccounts == 0 && !step.problems.empty())
            result.everyPictureHadAnAccount = false;
    }
    return result;
}

bool reportIncomplete(const session::QrScan &scan)
{
    bool said = false;
    for (const interop::SkippedEntry &entry : scan.skipped()) {
        std::fprintf(stderr, "tessera-cli: skipped %s: %s.\n", qUtf8Printable(entry.where), qUtf8Printable(entry.reason));
        said = true;
    }
    if (auto missing = scan.incomplete()) {
        std::fprintf(stderr, "tessera-cli: %s\n", qUtf8Printable(errorText(*missing)));
        said = true;
    }
    return said;
}

} // namespace tessera::cli
