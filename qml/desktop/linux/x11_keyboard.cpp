#include "desktop/linux/x11_keyboard.h"

#include <QGuiApplication>
#include <Qt>

namespace tessera::bridge::x11 {

xcb_connection_t *connection()
{
    auto *x11 = qApp ? qApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    return x11 ? x11->connection() : nullptr;
}

xcb_window_t rootWindow(xcb_connection_t *connection)
{
    return xcb_setup_roots_iterator(xcb_get_setup(connection)).data->root;
}

std::optional<xcb_keysym_t> keysymOfQtKey(int key)
{
    // X keysyms (X11/keysymdef.h) for the keys a shortcut may use; Latin-1 keysyms are the characters.
    constexpr xcb_keysym_t kF1 = 0xffbe, kHome = 0xff50, kLeft = 0xff51, kUp = 0xff52, kRight = 0xff53,
                           kDown = 0xff54, kPageUp = 0xff55, kPageDown = 0xff56, kEnd = 0xff57, kInsert = 0xff63,
                           kPrint = 0xff61, kPause = 0xff13;
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return xcb_keysym_t('a' + (key - Qt::Key_A)); // the unshifted letter names the key
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return kF1 + xcb_keysym_t(key - Qt::Key_F1);
    if (key >= Qt::Key_Space && key <= Qt::Key_AsciiTilde)
        return xcb_keysym_t(key);
    switch (key) {
    case Qt::Key_Home: return kHome;
    case Qt::Key_End: return kEnd;
    case Qt::Key_Left: return kLeft;
    case Qt::Key_Right: return kRight;
    case Qt::Key_Up: return kUp;
    case Qt::Key_Down: return kDown;
    case Qt::Key_PageUp: return kPageUp;
    case Qt::Key_PageDown: return kPageDown;
    case Qt::Key_Insert: return kInsert;
    case Qt::Key_Print: return kPrint;
    case Qt::Key_Pause: return kPause;
    default: return std::nullopt;
    }
}

uint16_t modifierMask(Qt::KeyboardModifiers modifiers)
{
    uint16_t mask = 0;
    if (modifiers & Qt::ShiftModifier)
        mask |= XCB_MOD_MASK_SHIFT;
    if (modifiers & Qt::ControlModifier)
        mask |= XCB_MOD_MASK_CONTROL;
    if (modifiers & Qt::AltModifier)
        mask |= XCB_MOD_MASK_1;
    if (modifiers & Qt::MetaModifier)
        mask |= XCB_MOD_MASK_4;
    return mask;
}

std::optional<KeyStroke> strokeFor(xcb_connection_t *connection, xcb_key_symbols_t *symbols, xcb_keysym_t keysym)
{
    const xcb_setup_t *setup = xcb_get_setup(connection);
    // Column 0 is the key alone, column 1 with Shift; the first key that gives the symbol wins.
    for (int column = 0; column < 2; ++column)
        for (int code = setup->min_keycode; code <= setup->max_keycode; ++code)
            if (xcb_key_symbols_get_keysym(symbols, xcb_keycode_t(code), column) == keysym)
                return KeyStroke{xcb_keycode_t(code), column == 1};
    return std::nullopt;
}

} // namespace tessera::bridge::x11
