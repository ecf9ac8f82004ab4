// macOS: the frontmost app (the owner of the front window on the normal layer) is remembered when the
// picker is called; typing activates it again (NSRunningApplication, through the Objective-C runtime so
// this file stays C++) and posts each character as a Unicode keyboard event (CGEvent); AutoType does
// the waiting and checking. macOS allows that only to apps the user has given the
// Accessibility permission; without it Tessera copies the code and says where to give it.
#include "desktop/auto_type.h"

#include <QCoreApplication>

#include <ApplicationServices/ApplicationServices.h>
#include <objc/message.h>
#include <objc/runtime.h>
#include <unistd.h>

namespace tessera::bridge {
namespace {

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
    QString cannotType() const override
    {
        return AXIsProcessTrusted() ? QString()
                                    : tr("macOS lets Tessera type only with the Accessibility permission: System "
                                         "Settings → Privacy & Security → Accessibility → Tessera.");
    }
    void rememberOrigin() override { m_origin = frontmostProcess(); }
    bool hasOrigin() const override { return m_origin != 0; }
    void returnToOrigin() override
    {
        if (m_origin != 0)
            activate(m_origin);
    }
    bool originHasKeyboard() const override { return m_origin != 0 && frontmostProcess() == m_origin; }
    bool modifiersHeld() const override
    {
        const CGEventFlags flags = CGEventSourceFlagsState(kCGEventSourceStateCombinedSessionState);
        return (flags & (kCGEventFlagMaskShift | kCGEventFlagMaskControl | kCGEventFlagMaskAlternate |
                         kCGEventFlagMaskCommand)) != 0;
    }
    bool typeCharacter(QChar character) override
    {
        const UniChar unicode = character.unicode();
        for (bool down : {true, false}) {
            CGEventRef event = CGEventCreateKeyboardEvent(nullptr, 0, down);
            if (!event)
                return false;
            CGEventKeyboardSetUnicodeString(event, 1, &unicode);
            CGEventPost(kCGHIDEventTap, event);
            CFRelease(event);
        }
        return true;
    }

private:
    pid_t m_origin = 0;
};

} // namespace

std::unique_ptr<TypingBackend> makeTypingBackend()
{
    return std::make_unique<MacTyping>();
}

} // namespace tessera::bridge
