#include "qr/qr_decoder.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace tessera::qr {
namespace {

// More than a screen ever shows; bounds the work on hostile pictures.
constexpr int kMaxSymbols = 32;
// Pictures whose shorter side is below this get the enlarged pass: a 1-pixel-per-module code in a
// thumbnail is too fine for ZXing's locator.
constexpr int kUpscaleBelow = 800;
constexpr int kUpscaleFactor = 3;

ZXing::ImageFormat zxingFormat(PixelFormat format)
{
    switch (format) {
    case PixelFormat::Gray8:
        return ZXing::ImageFormat::Lum;
    case PixelFormat::Rgb888:
        return ZXing::ImageFormat::RGB;
    case PixelFormat::Rgbx8888:
        return ZXing::ImageFormat::RGBX;
    case PixelFormat::Bgrx8888:
        return ZXing::ImageFormat::BGRX;
    case PixelFormat::Xrgb8888:
        return ZXing::ImageFormat::XRGB;
    }
    return ZXing::ImageFormat::None;
}

struct GrayPicture
{
    std::vector<std::uint8_t> pixels;
    int width = 0;
    int height = 0;

    ZXing::ImageView view() const { return {pixels.data(), width, height, ZXing::ImageFormat::Lum}; }
};

GrayPicture grayOf(const PixelView &p)
{
    GrayPicture gray{std::vector<std::uint8_t>(std::size_t(p.width) * std::size_t(p.height)), p.width, p.height};
    const ZXing::ImageFormat f = zxingFormat(p.format);
    const int step = ZXing::PixStride(f);
    for (int y = 0; y < p.height; ++y) {
        const std::uint8_t *row = p.data + std::ptrdiff_t(y) * p.stride;
        std::uint8_t *out = gray.pixels.data() + std::ptrdiff_t(y) * p.width;
        for (int x = 0; x < p.width; ++x) {
            const std::uint8_t *px = row + std::ptrdiff_t(x) * step;
            out[x] = p.format == PixelFormat::Gray8
                         ? px[0]
                         : ZXing::RGBToLum(px[ZXing::RedIndex(f)], px[ZXing::GreenIndex(f)], px[ZXing::BlueIndex(f)]);
        }
    }
    return gray;
}

GrayPicture inverted(GrayPicture gray)
{
    for (std::uint8_t &v : gray.pixels)
        v = std::uint8_t(255 - v);
    return gray;
}

GrayPicture enlarged(const GrayPicture &gray, int factor)
{
    GrayPicture big{std::vector<std::uint8_t>(gray.pixels.size() * std::size_t(factor * factor)), gray.width * factor,
                    gray.height * factor};
    for (int y = 0; y < big.height; ++y)
        for (int x = 0; x < big.width; ++x)
            big.pixels[std::size_t(y) * std::size_t(big.width) + std::size_t(x)] =
                gray.pixels[std::size_t(y / factor) * std::size_t(gray.width) + std::size_t(x / factor)];
    return big;
}

ZXing::DecodeHints hints()
{
    ZXing::DecodeHints h;
    h.setFormats(ZXing::BarcodeFormat::QRCode);
    h.setTryHarder(true);
    h.setTryRotate(true);
    h.setMaxNumberOfSymbols(kMaxSymbols);
    return h;
}

// Adds the texts of the readable codes not seen yet; returns how many were added.
int collect(const ZXing::ImageView &view, std::vector<SecretBytes> &out)
{
    int added = 0;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints())) {
        if (!result.isValid())
            continue;
        std::string text = result.text();
        SecretBytes copy = SecretBytes::copyOf(std::string_view(text));
        wipe(text.data(), text.size());
        const bool seen = std::any_of(out.begin(), out.end(), [&](const SecretBytes &s) { return s.equals(copy); });
        if (!seen && !copy.isEmpty()) {
            out.push_back(std::move(copy));
            ++added;
        }
    }
    return added;
}

} // namespace

std::vector<SecretBytes> decodeAll(const PixelView &picture)
{
    std::vector<SecretBytes> texts;
    if (!picture.data || picture.width <= 0 || picture.height <= 0 || picture.stride <= 0)
        return texts;
    const ZXing::ImageView view(picture.data, picture.width, picture.height, zxingFormat(picture.format),
                                picture.stride);
    if (collect(view, texts) > 0)
        return texts;
    GrayPicture gray = grayOf(picture);
    if (collect(inverted(gray).view(), texts) > 0)
        return texts;
    if (std::min(picture.width, picture.height) < kUpscaleBelow) {
        const GrayPicture big = enlarged(gray, kUpscaleFactor);
        if (collect(big.view(), texts) == 0)
            collect(inverted(big).view(), texts);
    }
    return texts;
}

} // namespace tessera::qr
