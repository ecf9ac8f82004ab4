#pragma once
// Tessera's colours for each appearance, and the pairs of them that are drawn one on the other. The
// pairs are what WCAG 2.x AA asks about: 4.5:1 for text, 3:1 for a control's edge or state
// (tests/ui/components/test_palette_contrast.cpp computes every pair of every palette).

#include <QColor>
#include <span>

namespace tessera::bridge {

struct Palette
{
    QColor window;        // behind everything
    QColor surface;       // rows, cards, fields, dialogs, menus
    QColor raised;        // the header bar, chips, hovered rows
    QColor text;
    QColor textMuted;     // second lines, placeholders, hints
    QColor border;        // the edge of a field, a switch that is off, a check box
    QColor divider;       // hairlines between rows (decoration: no contrast asked)
    QColor accent;        // primary buttons, switches that are on, focus rings, the countdown
    QColor textOnAccent;
    QColor accentSoft;    // the selected row
    QColor danger;        // the last seconds of a code, errors, Delete
    QColor textOnDanger;
    QColor dangerSoft;    // the background of an error notice
    QColor warning;       // a clock that is off or unchecked
    QColor warningSoft;
    QColor scrim;         // the dim behind a modal dialog
};

enum class Appearance { Light, Dark, HighContrastLight, HighContrastDark };

Palette paletteFor(Appearance appearance);

// WCAG 2.x relative luminance and contrast ratio of two opaque colours (1 to 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);

struct ContrastPair
{
    const char *foregroundName;
    QColor Palette::*foreground;
    const char *backgroundName;
    QColor Palette::*background;
    double minimum; // 4.5 for text, 3 for controls
};
std::span<const ContrastPair> contrastPairs();

// The letter avatars of services without an icon: white letters on each of these.
std::span<const QColor> avatarColours();
// The same colour for the same issuer on every run and every computer (case and spaces ignored).
QColor avatarColourFor(const QString &issuer);

} // namespace tessera::bridge
