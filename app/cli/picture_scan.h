#pragma once
// Reads QR codes from picture files for `scan` and `add --image`: each file through the same decoder
// and the same QrScan the GUI uses; every file that gave no account is reported in one sentence.

#include "session/qr_scan.h"

#include <QStringList>

namespace tessera::cli {

struct PictureScan
{
    session::QrScan scan;
    bool everyPictureHadAnAccount = true;
};

// Prints "tessera-cli: FILE: sentence" on stderr for each problem; InvalidInput-class errors only.
PictureScan scanPictures(const QStringList &paths);

// Says on stderr what an export still lacks and which entries could not be read; true if anything was said.
bool reportIncomplete(const session::QrScan &scan);

} // namespace tessera::cli
