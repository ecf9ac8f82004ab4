// Linux: X11 types through the XTEST extension (auto_type_x11.cpp). A Wayland desktop lets no app send
// keys to another app's window except through the RemoteDesktop portal, which asks the user to share
// the keyboard for each session; Tessera copies the code there and says so.
#include "desktop/auto_type.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace tessera::bridge {

std::unique_ptr<TypingBackend> makeX11Typing(); // auto_type_x11.cpp; null when not on X11

std::unique_ptr<TypingBackend> makeTypingBackend()
{
    if (auto x11 = makeX11Typing())
        return x11;
    return makeNoTyping(QCoreApplication::translate(
        "AutoType", "This desktop does not let apps type into other windows."));
}

} // namespace tessera::bridge
