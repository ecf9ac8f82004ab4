// macOS: RegisterEventHotKey (Carbon's hot keys, still the system's way for an app to take a key
// combination everywhere); the press arrives as a kEventHotKeyPressed event on the application target.
#include "desktop/global_shortcut.h"

#include <QCoreApplication>
#include <optional>

#include <Carbon/Carbon.h>

namespace tessera::bridge {
namespace {

constexpr UInt32 kHotKeyId = 1;
constexpr OSType kSignature = 'TSRA';

std::optional<UInt32> keyCodeOf(int key)
{
    static const UInt32 letters[26] = {kVK_ANSI_A, kVK_ANSI_B, kVK_ANSI_C, kVK_ANSI_D, kVK_ANSI_E, kVK_ANSI_F, kVK_ANSI_G,
                                       kVK_ANSI_H, kVK_ANSI_I, kVK_ANSI_J, kVK_ANSI_K, kVK_ANSI_L, kVK_ANSI_M, kVK_ANSI_N,
                                       kVK_ANSI_O, kVK_ANSI_P, kVK_ANSI_Q, kVK_ANSI_R, kVK_ANSI_S, kVK_ANSI_T, kVK_ANSI_U,
                                       kVK_ANSI_V, kVK_ANSI_W, kVK_ANSI_X, kVK_ANSI_Y, kVK_ANSI_Z};
    static const UInt32 digits[10] = {kVK_ANSI_0, kVK_ANSI_1, kVK_ANSI_2, kVK_ANSI_3, kVK_ANSI_4,
                                      kVK_ANSI_5, kVK_ANSI_6, kVK_ANSI_7, kVK_ANSI_8, kVK_ANSI_9};
    static const UInt32 functions[20] = {kVK_F1,  kVK_F2,  kVK_F3,  kVK_F4,  kVK_F5,  kVK_F6,  kVK_F7,
                                         kVK_F8,  kVK_F9,  kVK_F10, kVK_F11, kVK_F12, kVK_F13, kVK_F14,
                                         kVK_F15, kVK_F16, kVK_F17, kVK_F18, kVK_F19, kVK_F20};
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return letters[key - Qt::Key_A];
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return digits[key - Qt::Key_0];
    if (key >= Qt::Key_F1 && key <= Qt::Key_F20)
        return functions[key - Qt::Key_F1];
    switch (key) {
    case Qt::Key_Space: return UInt32(kVK_Space);
    case Qt::Key_Home: return UInt32(kVK_Home);
    case Qt::Key_End: return UInt32(kVK_End);
    case Qt::Key_Left: return UInt32(kVK_LeftArrow);
    case Qt::Key_Right: return UInt32(kVK_RightArrow);
    case Qt::Key_Up: return UInt32(kVK_UpArrow);
    case Qt::Key_Down: return UInt32(kVK_DownArrow);
    case Qt::Key_PageUp: return UInt32(kVK_PageUp);
    case Qt::Key_PageDown: return UInt32(kVK_PageDown);
    case Qt::Key_Comma: return UInt32(kVK_ANSI_Comma);
    case Qt::Key_Period: return UInt32(kVK_ANSI_Period);
    case Qt::Key_Slash: return UInt32(kVK_ANSI_Slash);
    case Qt::Key_Semicolon: return UInt32(kVK_ANSI_Semicolon);
    case Qt::Key_Minus: return UInt32(kVK_ANSI_Minus);
    case Qt::Key_Equal: return UInt32(kVK_ANSI_Equal);
    default: return std::nullopt;
    }
}

class MacShortcut final : public ShortcutBackend
{
    Q_DECLARE_TR_FUNCTIONS(GlobalShortcut)

public:
    MacShortcut()
    {
        const EventTypeSpec pressed{kEventClassKeyboard, kEventHotKeyPressed};
        InstallEventHandler(GetApplicationEventTarget(), &MacShortcut::onHotKey, 1, &pressed, this, &m_handler);
    }
    ~MacShortcut() override
    {
        unregister();
        if (m_handler)
            RemoveEventHandler(m_handler);
    }

    Kind kind() const override { return Kind::Grab; }

    void bind(const QKeySequence &keys) override
    {
        unregister();
        if (keys.isEmpty())
            return report({});
        const QKeyCombination combination = keys[0];
        const auto keyCode = keyCodeOf(combination.key());
        if (keys.count() != 1 || !keyCode)
            return report(tr("%1 cannot be a global shortcut: use a letter, digit or function key with "
                             "modifiers.").arg(shortcutText(keys)));
        // Qt on macOS: ControlModifier is ⌘, MetaModifier is the Control key.
        const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
        UInt32 carbon = 0;
        if (modifiers & Qt::ControlModifier)
            carbon |= cmdKey;
        if (modifiers & Qt::MetaModifier)
            carbon |= controlKey;
        if (modifiers & Qt::AltModifier)
            carbon |= optionKey;
        if (modifiers & Qt::ShiftModifier)
            carbon |= shiftKey;
        const EventHotKeyID id{kSignature, kHotKeyId};
        const OSStatus status = RegisterEventHotKey(*keyCode, carbon, id, GetApplicationEventTarget(), 0, &m_hotKey);
        if (status != noErr) {
            m_hotKey = nullptr;
            return report(status == eventHotKeyExistsErr
                              ? tr("Another program already uses %1. Choose other keys.").arg(shortcutText(keys))
                              : tr("macOS refused the shortcut %1.").arg(shortcutText(keys)));
        }
        report({});
    }

private:
    static OSStatus onHotKey(EventHandlerCallRef, EventRef event, void *self)
    {
        EventHotKeyID id{};
        GetEventParameter(event, kEventParamDirectObject, typeEventHotKeyID, nullptr, sizeof id, nullptr, &id);
        if (id.signature == kSignature && id.id == kHotKeyId)
            static_cast<MacShortcut *>(self)->activated();
        return noErr;
    }

    void unregister()
    {
        if (m_hotKey)
            UnregisterEventHotKey(m_hotKey);
        m_hotKey = nullptr;
    }

    EventHandlerRef m_handler = nullptr;
    EventHotKeyRef m_hotKey = nullptr;
};

} // namespace

std::unique_ptr<ShortcutBackend> makeShortcutBackend()
{
    return std::make_unique<MacShortcut>();
}

} // namespace tessera::bridge
