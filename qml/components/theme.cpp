#include "theme.h"

#include "settings/settings_controller.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>

namespace tessera::bridge {

namespace {

// Before the desktop answers: a platform theme that hands Qt a dark palette is taken at its word.
bool platformPaletteIsDark()
{
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return window.lightnessF() < 0.5;
}

} // namespace

Theme::Theme(SettingsController *settings, QObject *parent)
    : QObject(parent), QmlSingleton(this), m_settings(settings), m_systemDark(platformPaletteIsDark())
{
    connect(settings, &SettingsController::changed, this, &Theme::update);
    qApp->installEventFilter(this);
    update();
}

void Theme::setSystemAppearance(std::optional<bool> dark, bool highContrast, bool reducedMotion)
{
    m_darkFromDesktop = dark.has_value();
    m_systemDark = dark.value_or(platformPaletteIsDark());
    m_systemHighContrast = highContrast;
    m_systemReducedMotion = reducedMotion;
    update();
}

bool Theme::dark() const
{
    switch (m_settings->theme()) {
    case SettingsController::Light: return false;
    case SettingsController::Dark: return true;
    case SettingsController::System: break;
    }
    return m_systemDark;
}

bool Theme::compact() const
{
    return m_settings->compactList();
}

Appearance Theme::appearance() const
{
    if (m_systemHighContrast)
        return dark() ? Appearance::HighContrastDark : Appearance::HighContrastLight;
    return dark() ? Appearance::Dark : Appearance::Light;
}

void Theme::update()
{
    m_palette = paletteFor(appearance());
    emit changed();
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_darkFromDesktop) {
        const bool systemDark = platformPaletteIsDark();
        if (systemDark != m_systemDark) {
            m_systemDark = systemDark;
            update();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera::bridge
