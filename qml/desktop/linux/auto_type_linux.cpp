// Linux: X11 types through the XTEST extension (auto_type_x11.cpp). A Wayland desktop lets no app send
// keys to another app's window except through the RemoteDesktop portal (auto_type_portal.cpp), which asks
// the user to share the keyboard once per run; without it Tessera copies the code and says so.
#include "desktop/auto_type.h"
#include "desktop/linux/typing_backends_linux.h"

#include <QCoreApplication>

namespace tessera::bridge {

std::unique_ptr<TypingBackend> makeTypingBackend()
{
    if (auto x11 = makeX11Typing())
        return x11;
    if (auto portal = makePortalTyping())
        return portal;
    return makeNoTyping(QCoreApplication::translate(
        "AutoType", "This desktop does not let apps type into other windows."));
}

} // namespace tessera::bridge
