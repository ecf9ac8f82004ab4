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
// Below this mean luminance a picture counts as dark.
constexpr int kDarkAverage = 100;

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

// One row of colour pixels to luminance, with the channel positions known at compile time so the
// loop vectorises (4K pictures are 8 M pixels).
template <int Step, int R, int G, int B>
void rowToGray(const std::uint8_t *px, std::uint8_t *out, int width, std::uint8_t flip)
{
    for (int x = 0; x < width; ++x, px += Step)
        out[x] = std::uint8_t(((306u * px[R] + 601u * px[G] + 117u * px[B] + 0x200u) >> 10) ^ flip);
}

// Luminance of every pixel, inverted on request, in one pass.
GrayPicture grayOf(const PixelView &p, bool invert)
{
    GrayPicture gray{std::vector<std::uint8_t>(std::size_t(p.width) * std::size_t(p.height)), p.width, p.height};
    const std::uint8_t flip = invert ? 0xff : 0x00;
    for (int y = 0; y < p.height; ++y) {
        const std::uint8_t *px = p.data + std::ptrdiff_t(y) * p.stride;
        std::uint8_t *out = gray.pixels.data() + std::ptrdiff_t(y) * p.width;
        switch (p.format) {
        case PixelFormat::Gray8:
            for (int x = 0; x < p.width; ++x)
                out[x] = px[x] ^ flip;
            break;
        case PixelFormat::Rgb888:
            rowToGray<3, 0, 1, 2>(px, out, p.width, flip);
            break;
        case PixelFormat::Rgbx8888:
            rowToGray<4, 0, 1, 2>(px, out, p.width, flip);
            break;
        case PixelFormat::Bgrx8888:
            rowToGray<4, 2, 1, 0>(px, out, p.width, flip);
            break;
        case PixelFormat::Xrgb8888:
            rowToGray<4, 1, 2, 3>(px, out, p.width, flip);
            break;
        }
    }
    return gray;
}

// The mean luminance, from every 16th pixel of every 16th row: enough to tell dark from light.
int averageOf(const PixelView &p)
{
    const ZXing::ImageFormat f = zxingFormat(p.format);
    const int step = ZXing::PixStride(f);
    std::uint64_t sum = 0;
    std::uint64_t count = 0;
    for (int y = 0; y < p.height; y += 16) {
        const std::uint8_t *row = p.data + std::ptrdiff_t(y) * p.stride;
        for (int x = 0; x < p.width; x += 16, ++count) {
            const std::uint8_t *px = row + std::ptrdiff_t(x) * step;
            sum += p.format == PixelFormat::Gray8
                       ? px[0]
                       : ZXing::RGBToLum(px[ZXing::RedIndex(f)], px[ZXing::GreenIndex(f)], px[ZXing::BlueIndex(f)]);
        }
    }
    return count ? int(sum / count) : 255;
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

// Quick: the picture as it is, upright, at full size — straight, sharp codes (most screenshots) in half
// the time. Thorough: also rotated and a downscaled pyramid, for big, blurred or tilted codes.
enum class Effort { Quick, Thorough };

ZXing::DecodeHints hints(Effort effort)
{
    ZXing::DecodeHints h;
    h.setFormats(ZXing::BarcodeFormat::QRCode);
    h.setTryHarder(true);
    h.setTryRotate(effort == Effort::Thorough);
    h.setTryDownscale(effort == Effort::Thorough);
    h.setMaxNumberOfSymbols(kMaxSymbols);
    return h;
}

// Adds the texts of the readable codes not seen yet; returns how many were added.
int collect(const ZXing::ImageView &view, std::vector<SecretBytes> &out, Effort effort = Effort::Thorough)
{
    int added = 0;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints(effort))) {
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
    // A mostly dark picture (a dark-theme screenshot) most likely holds a light-on-dark code: that
    // order first. ZXing reduces colour to luminance anyway, so each pass gets a grey picture.
    const bool darkFirst = averageOf(picture) < kDarkAverage;
    const GrayPicture first = grayOf(picture, darkFirst);
    if (collect(first.view(), texts, Effort::Quick) > 0 || collect(first.view(), texts) > 0 ||
        collect(grayOf(picture, !darkFirst).view(), texts) > 0)
        return texts;
    if (std::min(picture.width, picture.height) < kUpscaleBelow) {
        const GrayPicture big = enlarged(grayOf(picture, false), kUpscaleFactor);
        if (collect(big.view(), texts) == 0)
            collect(inverted(big).view(), texts);
    }
    return texts;
}

} // namespace tessera::qr
