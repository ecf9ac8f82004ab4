#pragma once
// What the X11 shortcut and the X11 auto-type share: the app's own X connection (Qt's), and turning
// keys and characters into the key codes of the keyboard layout in use.

#include <xcb/xcb.h>
#include <xcb/xcb_keysyms.h>

#include <QtCore/qnamespace.h>
#include <memory>
#include <optional>

namespace tessera::bridge::x11 {

// Qt's connection to the X server and the first screen's root window; null when Qt does not run on X11.
xcb_connection_t *connection();
xcb_window_t rootWindow(xcb_connection_t *connection);

// The keysym of a Qt key (Qt::Key) that can be part of a global shortcut: letters, digits, F1–F35,
// punctuation, the space bar and the navigation keys. Nullopt for the rest (modifiers, Enter, dead keys).
std::optional<xcb_keysym_t> keysymOfQtKey(int key);
// X11 modifier masks for Qt's keyboard modifiers (Ctrl, Shift, Alt as Mod1, Meta/Super as Mod4).
uint16_t modifierMask(Qt::KeyboardModifiers modifiers);

struct KeySymbolsDeleter
{
    void operator()(xcb_key_symbols_t *symbols) const { xcb_key_symbols_free(symbols); }
};
using KeySymbols = std::unique_ptr<xcb_key_symbols_t, KeySymbolsDeleter>;

// The key that gives `keysym` in the current layout, and whether Shift is needed for it.
struct KeyStroke
{
    xcb_keycode_t keycode = 0;
    bool shift = false;
};
std::optional<KeyStroke> strokeFor(xcb_connection_t *connection, xcb_key_symbols_t *symbols, xcb_keysym_t keysym);

} // namespace tessera::bridge::x11
