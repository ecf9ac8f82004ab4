// Windows: RegisterHotKey for the GUI thread; WM_HOTKEY arrives in its message queue, where Qt's event
// dispatcher shows it to native event filters.
#include "desktop/global_shortcut.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <optional>

#include <windows.h>

namespace tessera::bridge {
namespace {

constexpr int kHotKeyId = 0x5445; // any id in 0x0000–0xBFFF of our own

std::optional<UINT> virtualKeyOf(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return UINT('A' + (key - Qt::Key_A));
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return UINT('0' + (key - Qt::Key_0));
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24)
        return UINT(VK_F1 + (key - Qt::Key_F1));
    switch (key) {
    case Qt::Key_Space: return UINT(VK_SPACE);
    case Qt::Key_Home: return UINT(VK_HOME);
    case Qt::Key_End: return UINT(VK_END);
    case Qt::Key_Left: return UINT(VK_LEFT);
    case Qt::Key_Right: return UINT(VK_RIGHT);
    case Qt::Key_Up: return UINT(VK_UP);
    case Qt::Key_Down: return UINT(VK_DOWN);
    case Qt::Key_PageUp: return UINT(VK_PRIOR);
    case Qt::Key_PageDown: return UINT(VK_NEXT);
    case Qt::Key_Insert: return UINT(VK_INSERT);
    case Qt::Key_Print: return UINT(VK_SNAPSHOT);
    case Qt::Key_Pause: return UINT(VK_PAUSE);
    default: break;
    }
    if (key > Qt::Key_Space && key <= Qt::Key_AsciiTilde) { // punctuation: where the layout puts it
        const SHORT scan = VkKeyScanW(wchar_t(key));
        if (scan != -1 && HIBYTE(scan) == 0)
            return UINT(LOBYTE(scan));
    }
    return std::nullopt;
}

class WindowsShortcut final : public ShortcutBackend, public QAbstractNativeEventFilter
{
    Q_DECLARE_TR_FUNCTIONS(GlobalShortcut)

public:
    WindowsShortcut() { QCoreApplication::instance()->installNativeEventFilter(this); }
    ~WindowsShortcut() override
    {
        unregister();
        if (QCoreApplication::instance())
            QCoreApplication::instance()->removeNativeEventFilter(this);
    }

    Kind kind() const override { return Kind::Grab; }

    void bind(const QKeySequence &keys) override
    {
        unregister();
        if (keys.isEmpty())
            return report({});
        const QKeyCombination combination = keys[0];
        const auto virtualKey = virtualKeyOf(combination.key());
        if (keys.count() != 1 || !virtualKey)
            return report(tr("%1 cannot be a global shortcut: use a letter, digit or function key with "
                             "modifiers.").arg(shortcutText(keys)));
        const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
        UINT flags = MOD_NOREPEAT;
        if (modifiers & Qt::ControlModifier)
            flags |= MOD_CONTROL;
        if (modifiers & Qt::AltModifier)
            flags |= MOD_ALT;
        if (modifiers & Qt::ShiftModifier)
            flags |= MOD_SHIFT;
        if (modifiers & Qt::MetaModifier)
            flags |= MOD_WIN;
        if (!RegisterHotKey(nullptr, kHotKeyId, flags, *virtualKey))
            return report(GetLastError() == ERROR_HOTKEY_ALREADY_REGISTERED
                              ? tr("Another program already uses %1. Choose other keys.").arg(shortcutText(keys))
                              : tr("Windows refused the shortcut %1.").arg(shortcutText(keys)));
        m_registered = true;
        report({});
    }

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (!m_registered || (eventType != "windows_dispatcher_MSG" && eventType != "windows_generic_MSG"))
            return false;
        const MSG *msg = static_cast<const MSG *>(message);
        if (msg->message != WM_HOTKEY || msg->wParam != kHotKeyId)
            return false;
        activated();
        return true;
    }

private:
    void unregister()
    {
        if (m_registered)
            UnregisterHotKey(nullptr, kHotKeyId);
        m_registered = false;
    }

    bool m_registered = false;
};

} // namespace

std::unique_ptr<ShortcutBackend> makeShortcutBackend()
{
    return std::make_unique<WindowsShortcut>();
}

} // namespace tessera::bridge
