#pragma once
// Returning to the window the user came from, and typing a code into it (DESIGN.md §8). The picker
// remembers the window that had the keyboard when it was called; Enter hands the keyboard back to it,
// Shift+Enter also types the code there. Typing goes only to that window: if the keyboard is elsewhere
// when the code would be typed (the user moved on, another window took over), nothing more is typed.
// What every platform shares (waiting for the window and for the modifier keys to be let go, checking
// before each key, giving up after two seconds) is here; a backend per platform
// (desktop/<platform>/auto_type_*.cpp) knows windows and keys: XTEST on X11, SendInput on Windows,
// CGEvent on macOS, the RemoteDesktop portal on Wayland (which asks the user first). A desktop that
// lets no app type (Wayland without that portal) only gets the code copied, and the user is told so.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace tessera::bridge {

class TypingBackend
{
public:
    virtual ~TypingBackend() = default;
    // Why this desktop lets no app type into other windows; empty when typing works.
    virtual QString cannotType() const = 0;
    // Remembers the window that has the keyboard now (before the picker shows); whether one was seen.
    virtual void rememberOrigin() = 0;
    virtual bool hasOrigin() const = 0;
    // Gives the keyboard back to that window (the picker has hidden).
    virtual void returnToOrigin() = 0;
    virtual bool originHasKeyboard() const = 0;
    virtual bool modifiersHeld() const = 0;
    // Sends the key (with Shift if needed) for one character; false when the keyboard layout has none.
    virtual bool typeCharacter(QChar character) = 0;

    // Whether the desktop lets this app type now. Most backends always may; the RemoteDesktop portal
    // asks the user the first time in a run (askPermission starts that), and AutoType waits for the answer.
    enum class Permission { Granted, Asking, Refused };
    virtual void askPermission() {}
    virtual Permission permission() const { return Permission::Granted; }
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
    bool isTyping() const { return m_poll.isActive(); }
    // Types into the remembered window; `finished` tells how it went. One typing at a time.
    void typeIntoOrigin(const QString &text);

signals:
    void finished(const QString &problem); // "" when typed

private:
    void poll();
    QString typeText();
    void finish(const QString &problem);

    std::unique_ptr<TypingBackend> m_backend;
    QString m_text;
    QTimer m_poll;
    QElapsedTimer m_waited;
    bool m_permitted = false; // the desktop's permission came during this typing
};

} // namespace tessera::bridge
