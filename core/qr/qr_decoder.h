#pragma once
// Reads every QR code in a picture with ZXing-C++. One pass on the picture as it is; when that finds
// nothing, a pass on the inverted picture (light-on-dark codes of dark themes; ZXing 1.4 has no
// tryInvert) — in the other order for mostly dark pictures — then an enlarged copy for codes drawn with
// one pixel per module (thumbnails), itself also inverted. Rotation, perspective and noise are ZXing's tryHarder/tryRotate.
// The texts may be otpauth:// links, so they are returned in SecretBytes, in reading order, without
// repeats. Pure computation: call it off the GUI thread for big pictures.

#include "common/secret_bytes.h"
#include "qr/pixel_view.h"

#include <vector>

namespace tessera::qr {

std::vector<SecretBytes> decodeAll(const PixelView &picture);

} // namespace tessera::qr
