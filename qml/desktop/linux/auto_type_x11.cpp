// X11: the window with the input focus is remembered when the picker is called; the keyboard is given
// back through the window manager's _NET_ACTIVE_WINDOW when there is one, else directly; keys are sent
// through the XTEST extension, in the keyboard layout in use (AutoType does the waiting and checking).
#include "desktop/auto_type.h"
#include "desktop/linux/typing_backends_linux.h"
#include "desktop/linux/x11_keyboard.h"

#include <xcb/xtest.h>

#include <QCoreApplication>
#include <cstdlib>
#include <cstring>

namespace tessera::bridge {
namespace {

constexpr xcb_keysym_t kShiftL = 0xffe1;
constexpr uint16_t kHeldModifiers = XCB_MOD_MASK_SHIFT | XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1 | XCB_MOD_MASK_4;
constexpr xcb_window_t kPointerRoot = 1;

template <typename Reply>
struct Freed
{
    Reply *reply;
    ~Freed() { std::free(reply); }
    Reply *operator->() const { return reply; }
    explicit operator bool() const { return reply != nullptr; }
};

class X11Typing final : public TypingBackend
{
    Q_DECLARE_TR_FUNCTIONS(AutoType)

public:
    explicit X11Typing(xcb_connection_t *connection)
        : m_connection(connection), m_root(x11::rootWindow(connection)), m_activeAtom(atom("_NET_ACTIVE_WINDOW"))
    {
        const xcb_query_extension_reply_t *xtest = xcb_get_extension_data(connection, &xcb_test_id);
        m_hasXTest = xtest && xtest->present;
    }

    QString cannotType() const override
    {
        return m_hasXTest ? QString() : tr("The X server does not let apps type (it has no XTEST extension).");
    }

    void rememberOrigin() override
    {
        m_origin = inputFocus();
        m_activeOrigin = activeWindow();
    }
    bool hasOrigin() const override { return m_origin != XCB_NONE || m_activeOrigin != XCB_NONE; }

    void returnToOrigin() override
    {
        if (m_activeOrigin != XCB_NONE) { // a window manager: ask it, as a pager would (source 2)
            xcb_client_message_event_t message{};
            message.response_type = XCB_CLIENT_MESSAGE;
            message.format = 32;
            message.window = m_activeOrigin;
            message.type = m_activeAtom;
            message.data.data32[0] = 2;
            message.data.data32[1] = XCB_CURRENT_TIME;
            xcb_send_event(m_connection, 0, m_root,
                           XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT | XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY,
                           reinterpret_cast<const char *>(&message));
        } else if (m_origin != XCB_NONE) {
            xcb_set_input_focus(m_connection, XCB_INPUT_FOCUS_PARENT, m_origin, XCB_CURRENT_TIME);
        }
        xcb_flush(m_connection);
    }

    bool originHasKeyboard() const override
    {
        if (m_activeOrigin != XCB_NONE)
            return activeWindow() == m_activeOrigin;
        return m_origin != XCB_NONE && inputFocus() == m_origin;
    }

    bool modifiersHeld() const override
    {
        Freed<xcb_query_pointer_reply_t> reply{
            xcb_query_pointer_reply(m_connection, xcb_query_pointer(m_connection, m_root), nullptr)};
        return !reply || (reply->mask & kHeldModifiers) != 0;
    }

    bool typeCharacter(QChar character) override
    {
        x11::KeySymbols symbols(xcb_key_symbols_alloc(m_connection));
        const char32_t unicode = character.unicode();
        const xcb_keysym_t keysym = unicode < 0x100 ? xcb_keysym_t(unicode) : 0x01000000 | unicode;
        const auto stroke = x11::strokeFor(m_connection, symbols.get(), keysym);
        const auto shift = x11::strokeFor(m_connection, symbols.get(), kShiftL);
        if (!stroke || (stroke->shift && !shift))
            return false;
        if (stroke->shift)
            key(XCB_KEY_PRESS, shift->keycode);
        key(XCB_KEY_PRESS, stroke->keycode);
        key(XCB_KEY_RELEASE, stroke->keycode);
        if (stroke->shift)
            key(XCB_KEY_RELEASE, shift->keycode);
        waitForServer();
        return true;
    }

private:
    xcb_atom_t atom(const char *name) const
    {
        Freed<xcb_intern_atom_reply_t> reply{
            xcb_intern_atom_reply(m_connection, xcb_intern_atom(m_connection, 1, uint16_t(strlen(name)), name), nullptr)};
        return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    }

    xcb_window_t inputFocus() const
    {
        Freed<xcb_get_input_focus_reply_t> reply{
            xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr)};
        if (!reply || reply->focus == kPointerRoot)
            return XCB_NONE;
        return reply->focus;
    }

    // The window manager's idea of the active window; none without a window manager.
    xcb_window_t activeWindow() const
    {
        if (m_activeAtom == XCB_ATOM_NONE)
            return XCB_NONE;
        Freed<xcb_get_property_reply_t> reply{xcb_get_property_reply(
            m_connection, xcb_get_property(m_connection, 0, m_root, m_activeAtom, XCB_ATOM_WINDOW, 0, 1), nullptr)};
        if (!reply || xcb_get_property_value_length(reply.reply) != sizeof(xcb_window_t))
            return XCB_NONE;
        return *static_cast<xcb_window_t *>(xcb_get_property_value(reply.reply));
    }

    void key(uint8_t type, xcb_keycode_t keycode)
    {
        xcb_test_fake_input(m_connection, type, keycode, XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
    }

    // Waits until the server has handled the keys sent, so the next focus check sees their effect.
    void waitForServer()
    {
        std::free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
    }

    xcb_connection_t *m_connection;
    xcb_window_t m_root;
    xcb_atom_t m_activeAtom;
    bool m_hasXTest = false;
    xcb_window_t m_origin = XCB_NONE;
    xcb_window_t m_activeOrigin = XCB_NONE;
};

} // namespace

std::unique_ptr<TypingBackend> makeX11Typing()
{
    xcb_connection_t *connection = x11::connection();
    if (!connection)
        return nullptr;
    return std::make_unique<X11Typing>(connection);
}

} // namespace tessera::bridge
