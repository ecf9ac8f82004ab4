// Windows: high contrast and "Show animations in Windows" from SystemParametersInfo, read at start and
// again whenever the desktop's settings change (Qt turns WM_SETTINGCHANGE into a palette change).
// Not compiled on this project's Linux machines; see docs/INSTALL.md.
#include "desktop/desktop_appearance.h"

#include <QEvent>
#include <QGuiApplication>

#include <windows.h>

namespace tessera::bridge {
namespace {

SystemAppearance readWindows()
{
    SystemAppearance appearance;
    HIGHCONTRASTW contrast{};
    contrast.cbSize = sizeof(contrast);
    if (SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof(contrast), &contrast, 0))
        appearance.highContrast = (contrast.dwFlags & HCF_HIGHCONTRASTON) != 0;
    BOOL animations = TRUE;
    if (SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, &animations, 0))
        appearance.reducedMotion = !animations;
    return appearance;
}

class PaletteWatch : public QObject
{
public:
    PaletteWatch(DesktopAppearance *owner, std::function<void()> onChange)
        : QObject(owner), m_onChange(std::move(onChange))
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            m_onChange();
        return false;
    }

private:
    std::function<void()> m_onChange;
};

} // namespace

DesktopAppearance::DesktopAppearance(QObject *parent) : QObject(parent)
{
    new PaletteWatch(this, [this] { read(); });
    read();
}

void DesktopAppearance::read()
{
    set(readWindows());
}

} // namespace tessera::bridge
