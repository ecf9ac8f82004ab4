#pragma once
// A key combination that opens the quick picker from anywhere on the desktop (DESIGN.md §8). How a
// desktop lets an app have one differs: X11 lets Tessera grab the keys itself, Windows and macOS
// register a hot key, a Wayland desktop grants it through the GlobalShortcuts portal, and a desktop
// with none of these only lets the user bind `tessera --quick` in its own keyboard settings. One
// backend per platform (desktop/<platform>/global_shortcut_*.cpp); this class is what the app sees.

#include <QKeySequence>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace tessera::bridge {

// What a platform file implements: bind, and call back when the keys are pressed or a binding failed.
class ShortcutBackend
{
public:
    enum class Kind {
        Grab,           // Tessera takes the keys itself (X11, Windows, macOS)
        Portal,         // the desktop grants them, and may ask the user (Wayland's portal)
        DesktopSetting, // only the desktop's own keyboard settings can bind `tessera --quick`
    };
    virtual ~ShortcutBackend() = default;
    virtual Kind kind() const = 0;
    // Binds `keys` in place of any earlier binding; an empty sequence binds nothing. Reports "" once
    // bound, or why not in one sentence, now or later.
    virtual void bind(const QKeySequence &keys) = 0;

    std::function<void()> activated;
    std::function<void(const QString &problem)> report;
};

// The platform's backend (one definition per platform file).
std::unique_ptr<ShortcutBackend> makeShortcutBackend();
// Where no app may bind keys: says how to bind `tessera --quick` in the desktop's own settings.
std::unique_ptr<ShortcutBackend> makeDesktopSettingShortcut();
// The words a user sees for keys ("Ctrl+Alt+O"), in the user's language.
QString shortcutText(const QKeySequence &keys);

class GlobalShortcut : public QObject
{
    Q_OBJECT
public:
    explicit GlobalShortcut(QObject *parent = nullptr);
    explicit GlobalShortcut(std::unique_ptr<ShortcutBackend> backend, QObject *parent = nullptr);
    ~GlobalShortcut() override;

    ShortcutBackend::Kind kind() const { return m_backend->kind(); }
    void bind(const QKeySequence &keys);
    const QKeySequence &keys() const { return m_keys; }
    // Why the shortcut does not work, in one sentence; empty while it does (or none is wanted).
    const QString &problem() const { return m_problem; }

signals:
    void activated();
    void problemChanged();

private:
    std::unique_ptr<ShortcutBackend> m_backend;
    QKeySequence m_keys;
    QString m_problem;
};

} // namespace tessera::bridge
