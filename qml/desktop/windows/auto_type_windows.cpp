// Windows: the foreground window is remembered when the picker is called and brought back to the
// foreground (allowed, since Tessera was in front a moment ago); each character is sent as a Unicode
// key press with SendInput (AutoType does the waiting and checking).
#include "desktop/auto_type.h"

#include <windows.h>

namespace tessera::bridge {
namespace {

class WindowsTyping final : public TypingBackend
{
public:
    QString cannotType() const override { return {}; }
    void rememberOrigin() override { m_origin = GetForegroundWindow(); }
    bool hasOrigin() const override { return m_origin && IsWindow(m_origin); }
    void returnToOrigin() override
    {
        if (hasOrigin())
            SetForegroundWindow(m_origin);
    }
    bool originHasKeyboard() const override { return hasOrigin() && GetForegroundWindow() == m_origin; }
    bool modifiersHeld() const override
    {
        for (int key : {VK_SHIFT, VK_CONTROL, VK_MENU, VK_LWIN, VK_RWIN})
            if (GetAsyncKeyState(key) & 0x8000)
                return true;
        return false;
    }
    bool typeCharacter(QChar character) override
    {
        INPUT inputs[2] = {};
        for (INPUT &input : inputs) {
            input.type = INPUT_KEYBOARD;
            input.ki.wScan = character.unicode();
            input.ki.dwFlags = KEYEVENTF_UNICODE;
        }
        inputs[1].ki.dwFlags |= KEYEVENTF_KEYUP;
        return SendInput(2, inputs, sizeof(INPUT)) == 2;
    }

private:
    HWND m_origin = nullptr;
};

} // namespace

std::unique_ptr<TypingBackend> makeTypingBackend()
{
    return std::make_unique<WindowsTyping>();
}

} // namespace tessera::bridge
