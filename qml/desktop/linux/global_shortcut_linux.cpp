// Linux: on X11 Tessera grabs the keys itself; on Wayland it asks the GlobalShortcuts portal (KDE Plasma
// 5.27 and later, GNOME 48 and later); elsewhere the user binds `tessera --quick` in the desktop.
#include "desktop/linux/shortcut_backends_linux.h"

namespace tessera::bridge {

std::unique_ptr<ShortcutBackend> makeShortcutBackend()
{
    if (auto grab = makeX11Shortcut())
        return grab;
    if (auto portal = makePortalShortcut())
        return portal;
    return makeDesktopSettingShortcut();
}

} // namespace tessera::bridge
