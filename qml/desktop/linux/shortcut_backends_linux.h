#pragma once
// The Linux desktops' ways to a global shortcut (global_shortcut_linux.cpp picks one).

#include "desktop/global_shortcut.h"

namespace tessera::bridge {

// X11: a passive grab of the keys on the root window (xcb). Null when Qt does not run on X11.
std::unique_ptr<ShortcutBackend> makeX11Shortcut();
// Wayland: org.freedesktop.portal.GlobalShortcuts. Null when not on Wayland or the desktop offers no
// such portal.
std::unique_ptr<ShortcutBackend> makePortalShortcut();
// The portal's backend on the session bus, whatever the platform (tests give it a stand-in portal).
std::unique_ptr<ShortcutBackend> openPortalShortcut();

} // namespace tessera::bridge
