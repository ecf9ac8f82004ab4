#include "desktop/auto_type.h"

#include <QPointer>

namespace tessera::bridge {
namespace {

class NoTyping final : public TypingBackend
{
public:
    explicit NoTyping(QString why) : m_why(std::move(why)) {}
    QString cannotType() const override { return m_why; }
    void rememberOrigin() override {}
    void returnToOrigin() override {}
    void typeIntoOrigin(const QString &, std::function<void(const QString &)> done) override { done(m_why); }

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
}

AutoType::~AutoType() = default;

void AutoType::typeIntoOrigin(const QString &text)
{
    if (m_typing)
        return;
    m_typing = true;
    QPointer<AutoType> self(this);
    m_backend->typeIntoOrigin(text, [self](const QString &problem) {
        if (!self)
            return;
        self->m_typing = false;
        emit self->finished(problem);
    });
}

} // namespace tessera::bridge
