// Platforms without an implementation yet (macOS: NSWorkspace's accessibilityDisplayShouldIncreaseContrast
// and accessibilityDisplayShouldReduceMotion would answer): the palette decides dark or light, and
// nothing more is asked for.
#include "desktop/desktop_appearance.h"

namespace tessera::bridge {

DesktopAppearance::DesktopAppearance(QObject *parent) : QObject(parent) {}

void DesktopAppearance::read() {}

} // namespace tessera::bridge
