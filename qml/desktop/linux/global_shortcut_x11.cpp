// X11: a passive key grab on the root window. The X server then sends the key press to Tessera
// whichever window has the focus; Qt's event loop hands it over through a native event filter.
#include "desktop/linux/shortcut_backends_linux.h"
#include "desktop/linux/x11_keyboard.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <array>
#include <cstdlib>

namespace tessera::bridge {
namespace {

// Caps Lock and Num Lock change the state of every press: the grab is made with and without them.
constexpr std::array<uint16_t, 4> kIgnoredLocks{0, XCB_MOD_MASK_LOCK, XCB_MOD_MASK_2,
                                                XCB_MOD_MASK_LOCK | XCB_MOD_MASK_2};
constexpr uint16_t kRelevantModifiers =
    XCB_MOD_MASK_SHIFT | XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1 | XCB_MOD_MASK_4;
constexpr uint8_t kBadAccess = 10; // the X error when another client holds the same grab

class X11Shortcut final : public ShortcutBackend, public QAbstractNativeEventFilter
{
    Q_DECLARE_TR_FUNCTIONS(GlobalShortcut)

public:
    explicit X11Shortcut(xcb_connection_t *connection)
        : m_connection(connection), m_root(x11::rootWindow(connection))
    {
        QCoreApplication::instance()->installNativeEventFilter(this);
    }
    ~X11Shortcut() override
    {
        ungrab();
        if (QCoreApplication::instance())
            QCoreApplication::instance()->removeNativeEventFilter(this);
    }

    Kind kind() const override { return Kind::Grab; }

    void bind(const QKeySequence &keys) override
    {
        ungrab();
        if (keys.isEmpty())
            return report({});
        const QKeyCombination combination = keys[0];
        const auto keysym = x11::keysymOfQtKey(combination.key());
        if (keys.count() != 1 || !keysym)
            return report(tr("%1 cannot be a global shortcut: use a letter, digit or function key with "
                             "modifiers.").arg(shortcutText(keys)));
        const uint16_t modifiers = x11::modifierMask(combination.keyboardModifiers());
        if (modifiers == 0 && !(*keysym >= 0xffbe && *keysym <= 0xffe0)) // alone, only F1–F35
            return report(tr("%1 alone would stop the key from working everywhere else: add Ctrl, Alt or "
                             "Super.").arg(shortcutText(keys)));
        x11::KeySymbols symbols(xcb_key_symbols_alloc(m_connection));
        const auto stroke = x11::strokeFor(m_connection, symbols.get(), *keysym);
        if (!stroke || stroke->shift)
            return report(tr("The keyboard layout in use has no key for %1.").arg(shortcutText(keys)));
        m_keycode = stroke->keycode;
        m_modifiers = modifiers;
        for (uint16_t locks : kIgnoredLocks) {
            xcb_void_cookie_t cookie = xcb_grab_key_checked(m_connection, 1, m_root, modifiers | locks, m_keycode,
                                                            XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC);
            if (xcb_generic_error_t *error = xcb_request_check(m_connection, cookie)) {
                const bool taken = error->error_code == kBadAccess;
                std::free(error);
                ungrab();
                return report(taken ? tr("Another program already uses %1. Choose other keys.").arg(shortcutText(keys))
                                    : tr("The X server refused the shortcut %1.").arg(shortcutText(keys)));
            }
        }
        report({});
    }

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (m_keycode == 0 || eventType != "xcb_generic_event_t")
            return false;
        const auto *event = static_cast<const xcb_generic_event_t *>(message);
        if ((event->response_type & 0x7f) != XCB_KEY_PRESS)
            return false;
        const auto *press = reinterpret_cast<const xcb_key_press_event_t *>(event);
        if (press->detail != m_keycode || (press->state & kRelevantModifiers) != m_modifiers)
            return false;
        activated();
        return true;
    }

private:
    void ungrab()
    {
        if (m_keycode == 0)
            return;
        for (uint16_t locks : kIgnoredLocks)
            xcb_ungrab_key(m_connection, m_keycode, m_root, m_modifiers | locks);
        xcb_flush(m_connection);
        m_keycode = 0;
    }

    xcb_connection_t *m_connection;
    xcb_window_t m_root;
    xcb_keycode_t m_keycode = 0;
    uint16_t m_modifiers = 0;
};

} // namespace

std::unique_ptr<ShortcutBackend> makeX11Shortcut()
{
    xcb_connection_t *connection = x11::connection();
    if (!connection)
        return nullptr;
    return std::make_unique<X11Shortcut>(connection);
}

} // namespace tessera::bridge
