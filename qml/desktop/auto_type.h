#pragma once
// Returning to the window the user came from, and typing a code into it (DESIGN.md §8). The picker
// remembers the window that had the keyboard when it was called; Enter hands the keyboard back to it,
// Shift+Enter also types the code there. Typing goes only to that window: if the keyboard is elsewhere
// when the code would be typed (the user moved on, another window took over), nothing is typed.
// One backend per platform (desktop/<platform>/auto_type_*.cpp): XTest on X11, SendInput on Windows,
// CGEvent on macOS; a desktop that lets no app type (Wayland without the RemoteDesktop portal) only
// gets the code copied, and the user is told so.

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace tessera::bridge {

class TypingBackend
{
public:
    virtual ~TypingBackend() = default;
    // Why this desktop lets no app type into other windows; empty when typing works.
    virtual QString cannotType() const = 0;
    // Remembers the window that has the keyboard now (before the picker shows).
    virtual void rememberOrigin() = 0;
    // Gives the keyboard back to that window (the picker has hidden); nothing if none was remembered.
    virtual void returnToOrigin() = 0;
    // Returns to the window and types `text` there once it has the keyboard and no modifier key is held;
    // calls `done` with "" once typed, or with why nothing (or not all) was typed.
    virtual void typeIntoOrigin(const QString &text, std::function<void(const QString &problem)> done) = 0;
};

std::unique_ptr<TypingBackend> makeTypingBackend(); // one definition per platform file
// Where no app may type: the code is copied instead (cannotType says why).
std::unique_ptr<TypingBackend> makeNoTyping(const QString &why);

class AutoType : public QObject
{
    Q_OBJECT
public:
    explicit AutoType(QObject *parent = nullptr);
    explicit AutoType(std::unique_ptr<TypingBackend> backend, QObject *parent = nullptr);
    ~AutoType() override;

    bool canType() const { return m_backend->cannotType().isEmpty(); }
    QString cannotType() const { return m_backend->cannotType(); }
    void rememberOrigin() { m_backend->rememberOrigin(); }
    void returnToOrigin() { m_backend->returnToOrigin(); }
    bool isTyping() const { return m_typing; }
    // Types into the remembered window; `finished` tells how it went. One typing at a time.
    void typeIntoOrigin(const QString &text);

signals:
    void finished(const QString &problem); // "" when typed

private:
    std::unique_ptr<TypingBackend> m_backend;
    bool m_typing = false;
};

} // namespace tessera::bridge
