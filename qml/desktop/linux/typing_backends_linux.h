#pragma once
// The Linux desktops' ways to type into another window (auto_type_linux.cpp picks one).

#include "desktop/auto_type.h"

namespace tessera::bridge {

// X11: the XTEST extension. Null when Qt does not run on X11.
std::unique_ptr<TypingBackend> makeX11Typing();
// Wayland: org.freedesktop.portal.RemoteDesktop with a keyboard. Null when not on Wayland or the desktop
// offers no such portal.
std::unique_ptr<TypingBackend> makePortalTyping();
// The portal's backend on the session bus, whatever the platform (tests give it a stand-in portal).
std::unique_ptr<TypingBackend> openPortalTyping();

} // namespace tessera::bridge
