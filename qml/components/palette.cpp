#include "palette.h"

#include <QString>
#include <array>
#include <cmath>

namespace tessera::bridge {

namespace {

QColor hex(QRgb rgb)
{
    return QColor::fromRgb(rgb);
}

// Neutral greys with a teal accent: the header is a surface like the rest (no coloured bar that
// text and fields must fight), the accent marks what acts and what is chosen.
Palette light()
{
    return {hex(0xf4f5f7), hex(0xffffff), hex(0xe9ecf0), hex(0x1a1c20), hex(0x59606b),
            hex(0x767c87), hex(0xdcdfe4), hex(0x00786a), hex(0xffffff), hex(0xd5ede9),
            hex(0xc0262d), hex(0xffffff), hex(0xfbe3e3), hex(0x8a5300), hex(0xfdf0d5),
            QColor(0, 0, 0, 102)};
}

Palette dark()
{
    return {hex(0x151619), hex(0x1f2024), hex(0x2a2c31), hex(0xe9ebee), hex(0xa6adb8),
            hex(0x7c838e), hex(0x34363c), hex(0x4dd0bd), hex(0x00211c), hex(0x17403a),
            hex(0xff8f86), hex(0x3d0004), hex(0x4a1d1e), hex(0xffc861), hex(0x3d3018),
            QColor(0, 0, 0, 153)};
}

// For people who asked their desktop for high contrast: black on white (or the reverse), edges as
// strong as text, and colour never the only sign.
Palette highContrastLight()
{
    return {hex(0xffffff), hex(0xffffff), hex(0xf0f0f0), hex(0x000000), hex(0x262626),
            hex(0x000000), hex(0x000000), hex(0x00493f), hex(0xffffff), hex(0xc8ebe5),
            hex(0x9e0000), hex(0xffffff), hex(0xffe0e0), hex(0x5c3700), hex(0xfff0cc),
            QColor(0, 0, 0, 153)};
}

Palette highContrastDark()
{
    return {hex(0x000000), hex(0x000000), hex(0x1a1a1a), hex(0xffffff), hex(0xe0e0e0),
            hex(0xffffff), hex(0xffffff), hex(0x6ff0dc), hex(0x000000), hex(0x0d3b35),
            hex(0xffb3ad), hex(0x000000), hex(0x3d0000), hex(0xffd98a), hex(0x332400),
            QColor(0, 0, 0, 191)};
}

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

using P = Palette;
constexpr double text = 4.5;
constexpr double control = 3.0;
// Every foreground the QML draws on every background it draws it on (components/ and the pages).
constexpr std::array pairs{
    ContrastPair{"text", &P::text, "window", &P::window, text},
    ContrastPair{"text", &P::text, "surface", &P::surface, text},
    ContrastPair{"text", &P::text, "raised", &P::raised, text},
    ContrastPair{"text", &P::text, "accentSoft", &P::accentSoft, text},
    ContrastPair{"text", &P::text, "dangerSoft", &P::dangerSoft, text},
    ContrastPair{"text", &P::text, "warningSoft", &P::warningSoft, text},
    ContrastPair{"textMuted", &P::textMuted, "window", &P::window, text},
    ContrastPair{"textMuted", &P::textMuted, "surface", &P::surface, text},
    ContrastPair{"textMuted", &P::textMuted, "raised", &P::raised, text},
    ContrastPair{"textMuted", &P::textMuted, "accentSoft", &P::accentSoft, text},
    ContrastPair{"accent", &P::accent, "window", &P::window, text},
    ContrastPair{"accent", &P::accent, "surface", &P::surface, text},
    ContrastPair{"accent", &P::accent, "raised", &P::raised, control},
    ContrastPair{"accent", &P::accent, "accentSoft", &P::accentSoft, control},
    ContrastPair{"textOnAccent", &P::textOnAccent, "accent", &P::accent, text},
    ContrastPair{"danger", &P::danger, "window", &P::window, text},
    ContrastPair{"danger", &P::danger, "surface", &P::surface, text},
    ContrastPair{"danger", &P::danger, "raised", &P::raised, control},
    ContrastPair{"danger", &P::danger, "dangerSoft", &P::dangerSoft, text},
    ContrastPair{"textOnDanger", &P::textOnDanger, "danger", &P::danger, text},
    ContrastPair{"warning", &P::warning, "window", &P::window, text},
    ContrastPair{"warning", &P::warning, "surface", &P::surface, text},
    ContrastPair{"warning", &P::warning, "warningSoft", &P::warningSoft, text},
    ContrastPair{"warning", &P::warning, "raised", &P::raised, control},
    ContrastPair{"border", &P::border, "window", &P::window, control},
    ContrastPair{"border", &P::border, "surface", &P::surface, control},
    ContrastPair{"border", &P::border, "raised", &P::raised, control},
};

const std::array avatars{hex(0xb3261e), hex(0x8e3a9e), hex(0x5b45b0), hex(0x1a5fb4), hex(0x00707a),
                         hex(0x2e7d32), hex(0x8a5300), hex(0xa63c06), hex(0x5e6470), hex(0x9c2a5c)};

} // namespace

Palette paletteFor(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Dark: return dark();
    case Appearance::HighContrastLight: return highContrastLight();
    case Appearance::HighContrastDark: return highContrastDark();
    case Appearance::Light: break;
    }
    return light();
}

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::span<const ContrastPair> contrastPairs()
{
    return pairs;
}

std::span<const QColor> avatarColours()
{
    return avatars;
}

QColor avatarColourFor(const QString &issuer)
{
    // FNV-1a over the folded name: qHash is seeded per process, and the colour must not change.
    std::uint32_t hash = 2166136261u;
    for (const QChar c : issuer.simplified().toCaseFolded()) {
        if (c.isSpace())
            continue;
        hash = (hash ^ c.unicode()) * 16777619u;
    }
    return avatars[hash % avatars.size()];
}

} // namespace tessera::bridge
