// macOS: the frontmost app (the owner of the front window on the normal layer) is remembered when the
// picker is called; typing activates it again (NSRunningApplication, through the Objective-C runtime so
// this file stays C++), waits for it and for the modifier keys to be released, then posts each
// character as a Unicode keyboard event (CGEvent). macOS allows that only to apps the user has given the
// Accessibility permission; without it Tessera copies the code and says where to give it.
#include "desktop/auto_type.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <ApplicationServices/ApplicationServices.h>
#include <objc/message.h>
#include <objc/runtime.h>
#include <unistd.h>

namespace tessera::bridge {
namespace {

constexpr int kPollMs = 20;
constexpr int kGiveUpMs = 2000;

// The process that owns the frontmost ordinary window, other than Tessera; 0 when there is none.
pid_t frontmostProcess()
{
    pid_t found = 0;
    CFArrayRef windows = CGWindowListCopyWindowInfo(kCGWindowListOptionOnScreenOnly |
                                                        kCGWindowListExcludeDesktopElements,
                                                    kCGNullWindowID);
    if (!windows)
        return 0;
    for (CFIndex i = 0; i < CFArrayGetCount(windows) && found == 0; ++i) {
        auto info = static_cast<CFDictionaryRef>(CFArrayGetValueAtIndex(windows, i));
        int layer = -1;
        int owner = 0;
        auto layerNumber = static_cast<CFNumberRef>(CFDictionaryGetValue(info, kCGWindowLayer));
        auto ownerNumber = static_cast<CFNumberRef>(CFDictionaryGetValue(info, kCGWindowOwnerPID));
        if (layerNumber && ownerNumber && CFNumberGetValue(layerNumber, kCFNumberIntType, &layer) &&
            CFNumberGetValue(ownerNumber, kCFNumberIntType, &owner) && layer == 0 && owner != getpid())
            found = owner;
    }
    CFRelease(windows);
    return found;
}

bool modifiersHeld()
{
    const CGEventFlags flags = CGEventSourceFlagsState(kCGEventSourceStateCombinedSessionState);
    return (flags & (kCGEventFlagMaskShift | kCGEventFlagMaskControl | kCGEventFlagMaskAlternate |
                     kCGEventFlagMaskCommand)) != 0;
}

void activate(pid_t process)
{
    using FromPid = id (*)(Class, SEL, pid_t);
    using Activate = BOOL (*)(id, SEL, unsigned long);
    Class runningApplication = objc_getClass("NSRunningApplication");
    if (!runningApplication)
        return;
    id application = reinterpret_cast<FromPid>(objc_msgSend)(
        runningApplication, sel_registerName("runningApplicationWithProcessIdentifier:"), process);
    if (application)
        reinterpret_cast<Activate>(objc_msgSend)(application, sel_registerName("activateWithOptions:"), 0);
}

class MacTyping final : public TypingBackend
{
    Q_DECLARE_TR_FUNCTIONS(AutoType)

public:
    MacTyping()
    {
        m_poll.setInterval(kPollMs);
        QObject::connect(&m_poll, &QTimer::timeout, [this] { poll(); });
    }

    QString cannotType() const override
    {
        return AXIsProcessTrusted() ? QString()
                                    : tr("macOS lets Tessera type only with the Accessibility permission: System "
                                         "Settings → Privacy & Security → Accessibility → Tessera.");
    }
    void rememberOrigin() override { m_origin = frontmostProcess(); }
    void returnToOrigin() override
    {
        if (m_origin != 0)
            activate(m_origin);
    }

    void typeIntoOrigin(const QString &text, std::function<void(const QString &)> done) override
    {
        if (const QString why = cannotType(); !why.isEmpty())
            return done(why);
        if (m_origin == 0)
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
        if (frontmostProcess() == m_origin && !modifiersHeld()) {
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
            if (frontmostProcess() != m_origin)
                return tr("Another window took the keyboard, so Tessera stopped typing.");
            const UniChar unicode = character.unicode();
            for (bool down : {true, false}) {
                CGEventRef event = CGEventCreateKeyboardEvent(nullptr, 0, down);
                CGEventKeyboardSetUnicodeString(event, 1, &unicode);
                CGEventPost(kCGHIDEventTap, event);
                CFRelease(event);
            }
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

    pid_t m_origin = 0;
    QString m_text;
    std::function<void(const QString &)> m_done;
    QTimer m_poll;
    QElapsedTimer m_waited;
};

} // namespace

std::unique_ptr<TypingBackend> makeTypingBackend()
{
    return std::make_unique<MacTyping>();
}

} // namespace tessera::bridge
