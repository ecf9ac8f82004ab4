// Windows: the foreground window is remembered when the picker is called; typing brings it back to the
// foreground (allowed, since Tessera was in front a moment ago), waits for it and for the modifier keys
// to be released, then sends each character as a Unicode key press with SendInput, checking before
// every character that the same window is still in front.
#include "desktop/auto_type.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <windows.h>

namespace tessera::bridge {
namespace {

constexpr int kPollMs = 20;
constexpr int kGiveUpMs = 2000;

bool modifiersHeld()
{
    for (int key : {VK_SHIFT, VK_CONTROL, VK_MENU, VK_LWIN, VK_RWIN})
        if (GetAsyncKeyState(key) & 0x8000)
            return true;
    return false;
}

class WindowsTyping final : public TypingBackend
{
    Q_DECLARE_TR_FUNCTIONS(AutoType)

public:
    WindowsTyping()
    {
        m_poll.setInterval(kPollMs);
        QObject::connect(&m_poll, &QTimer::timeout, [this] { poll(); });
    }

    QString cannotType() const override { return {}; }
    void rememberOrigin() override { m_origin = GetForegroundWindow(); }
    void returnToOrigin() override
    {
        if (m_origin && IsWindow(m_origin))
            SetForegroundWindow(m_origin);
    }

    void typeIntoOrigin(const QString &text, std::function<void(const QString &)> done) override
    {
        if (!m_origin || !IsWindow(m_origin))
            return done(tr("Tessera did not see which window you came from, so it typed nothing."));
        m_text = text;
        m_done = std::move(done);
        returnToOrigin();
        m_waited.start();
        m_poll.start();
    }

private:
    void poll()
    {
        if (GetForegroundWindow() == m_origin && !modifiersHeld()) {
            m_poll.stop();
            return finish(typeText());
        }
        if (m_waited.elapsed() > kGiveUpMs) {
            m_poll.stop();
            finish(modifiersHeld() ? tr("A modifier key stayed pressed, so Tessera typed nothing.")
                                   : tr("The window you came from did not take the keyboard back, so Tessera typed "
                                        "nothing."));
        }
    }

    QString typeText()
    {
        for (const QChar character : std::as_const(m_text)) {
            if (GetForegroundWindow() != m_origin)
                return tr("Another window took the keyboard, so Tessera stopped typing.");
            INPUT inputs[2] = {};
            for (INPUT &input : inputs) {
                input.type = INPUT_KEYBOARD;
                input.ki.wScan = character.unicode();
                input.ki.dwFlags = KEYEVENTF_UNICODE;
            }
            inputs[1].ki.dwFlags |= KEYEVENTF_KEYUP;
            SendInput(2, inputs, sizeof(INPUT));
        }
        return {};
    }

    void finish(const QString &problem)
    {
        m_text.fill(u'0');
        m_text.clear();
        if (auto done = std::exchange(m_done, nullptr))
            done(problem);
    }

    HWND m_origin = nullptr;
    QString m_text;
    std::function<void(const QString &)> m_done;
    QTimer m_poll;
    QElapsedTimer m_waited;
};

} // namespace

std::unique_ptr<TypingBackend> makeTypingBackend()
{
    return std::make_unique<WindowsTyping>();
}

} // namespace tessera::bridge
