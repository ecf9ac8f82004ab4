#include "desktop/desktop_appearance.h"

namespace tessera::bridge {
namespace {

const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kGnomeA11y = QStringLiteral("org.gnome.desktop.a11y.interface");
const QString kGnomeInterface = QStringLiteral("org.gnome.desktop.interface");
const QString kKdeGlobals = QStringLiteral("org.kde.kdeglobals.KDE");

std::optional<QVariant> valueOf(const QMap<QString, QVariantMap> &settings, const QString &space, const QString &key)
{
    const auto found = settings.constFind(space);
    if (found == settings.cend() || !found->contains(key))
        return std::nullopt;
    return found->value(key);
}

} // namespace

QStringList portalAppearanceNamespaces()
{
    return {kAppearance, kGnomeA11y, kGnomeInterface, kKdeGlobals};
}

SystemAppearance appearanceFromPortal(const QMap<QString, QVariantMap> &settings)
{
    SystemAppearance appearance;
    // color-scheme: 0 no preference, 1 dark, 2 light; anything else is no preference.
    if (auto scheme = valueOf(settings, kAppearance, QStringLiteral("color-scheme"))) {
        if (scheme->toUInt() == 1)
            appearance.dark = true;
        else if (scheme->toUInt() == 2)
            appearance.dark = false;
    }
    // The standard keys win; a desktop's own key counts only where the standard one is missing.
    if (auto contrast = valueOf(settings, kAppearance, QStringLiteral("contrast")))
        appearance.highContrast = contrast->toUInt() == 1;
    else if (auto gnome = valueOf(settings, kGnomeA11y, QStringLiteral("high-contrast")))
        appearance.highContrast = gnome->toBool();
    if (auto motion = valueOf(settings, kAppearance, QStringLiteral("reduced-motion")))
        appearance.reducedMotion = motion->toUInt() == 1;
    else if (auto animations = valueOf(settings, kGnomeInterface, QStringLiteral("enable-animations")))
        appearance.reducedMotion = !animations->toBool();
    else if (auto factor = valueOf(settings, kKdeGlobals, QStringLiteral("AnimationDurationFactor")))
        appearance.reducedMotion = factor->toDouble() == 0.0;
    return appearance;
}

void DesktopAppearance::set(const SystemAppearance &appearance)
{
    if (appearance == m_current)
        return;
    m_current = appearance;
    emit changed();
}

} // namespace tessera::bridge
