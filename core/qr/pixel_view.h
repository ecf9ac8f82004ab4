#pragma once
// A picture as core sees it: pixels someone else owns, described well enough to read them. The GUI and
// the CLI turn QImage or a video frame into this; core needs no QtGui.

#include <cstdint>

namespace tessera::qr {

enum class PixelFormat {
    Gray8,    // one byte of luminance
    Rgb888,   // R, G, B
    Rgbx8888, // R, G, B, ignored (QImage::Format_RGBX8888 / RGBA8888)
    Bgrx8888, // B, G, R, ignored (QImage::Format_RGB32 / ARGB32 on little-endian machines)
    Xrgb8888, // ignored, R, G, B (the same formats on big-endian machines)
};

struct PixelView
{
    const std::uint8_t *data = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0; // bytes from one row to the next
    PixelFormat format = PixelFormat::Gray8;
};

} // namespace tessera::qr
