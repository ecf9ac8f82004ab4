#include "desktop/auto_type.h"

namespace tessera::bridge {
namespace {

constexpr int kPollMs = 20;
constexpr int kGiveUpMs = 2000;
constexpr int kPermissionMs = 60'000; // the user reads the desktop's dialog

class NoTyping final : public TypingBackend
{
public:
    explicit NoTyping(QString why) : m_why(std::move(why)) {}
    QString cannotType() const override { return m_why; }
    void rememberOrigin() override {}
    bool hasOrigin() const override { return false; }
    void returnToOrigin() override {}
    bool originHasKeyboard() const override { return false; }
    bool modifiersHeld() const override { return false; }
    bool typeCharacter(QChar) override { return false; }

private:
    QString m_why;
};

} // namespace

std::unique_ptr<TypingBackend> makeNoTyping(const QString &why)
{
    return std::make_unique<NoTyping>(why);
}

AutoType::AutoType(QObject *parent) : AutoType(makeTypingBackend(), parent) {}

AutoType::AutoType(std::unique_ptr<TypingBackend> backend, QObject *parent)
    : QObject(parent), m_backend(std::move(backend))
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &AutoType::poll);
}

AutoType::~AutoType()
{
    m_text.fill(u'0');
}

void AutoType::typeIntoOrigin(const QString &text)
{
    if (isTyping())
        return;
    if (const QString why = m_backend->cannotType(); !why.isEmpty())
        return emit finished(why);
    if (!m_backend->hasOrigin())
        return emit finished(tr("Tessera did not see which window you came from, so it typed nothing."));
    m_text = text;
    m_permitted = false;
    m_backend->askPermission();
    m_backend->returnToOrigin();
    m_waited.start();
    m_poll.start();
}

// Types once the window has the keyboard back and the user has let go of Shift (from Shift+Enter),
// which would otherwise turn the digits into other characters.
void AutoType::poll()
{
    switch (m_backend->permission()) {
    case TypingBackend::Permission::Refused:
        m_poll.stop();
        return finish(tr("The desktop did not let Tessera type, so it typed nothing."));
    case TypingBackend::Permission::Asking:
        if (m_waited.elapsed() > kPermissionMs) {
            m_poll.stop();
            finish(tr("The desktop did not answer whether Tessera may type, so it typed nothing."));
        }
        return;
    case TypingBackend::Permission::Granted:
        if (!m_permitted) { // the two seconds for the window count from now
            m_permitted = true;
            m_waited.restart();
        }
        break;
    }
    if (m_backend->originHasKeyboard() && !m_backend->modifiersHeld()) {
        m_poll.stop();
        return finish(typeText());
    }
    if (m_waited.elapsed() > kGiveUpMs) {
        m_poll.stop();
        finish(m_backend->modifiersHeld()
                   ? tr("A modifier key stayed pressed, so Tessera typed nothing.")
                   : tr("The window you came from did not take the keyboard back, so Tessera typed nothing."));
    }
}

QString AutoType::typeText()
{
    for (const QChar character : std::as_const(m_text)) {
        if (!m_backend->originHasKeyboard())
            return tr("Another window took the keyboard, so Tessera stopped typing.");
        if (!m_backend->typeCharacter(character))
            return tr("The keyboard layout in use has no key for “%1”, so Tessera stopped typing.").arg(character);
    }
    return {};
}

void AutoType::finish(const QString &problem)
{
    m_text.fill(u'0'); // the code is not kept
    m_text.clear();
    emit finished(problem);
}

} // namespace tessera::bridge
