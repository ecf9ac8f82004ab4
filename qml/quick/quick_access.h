#pragma once
// The quick picker as part of the desktop: the global shortcut (GlobalShortcut) and `tessera --quick`
// open its window on the screen under the pointer, above everything, after remembering which window
// had the keyboard (AutoType), so that Enter can hand the keyboard back and Shift+Enter can type there.

#include <QObject>
#include <QPointer>

class QQmlEngine;
#include <QQuickWindow>

namespace tessera::bridge {

class QuickPickerController;
class GlobalShortcut;
class AutoType;

class QuickAccess : public QObject
{
    Q_OBJECT
public:
    QuickAccess(QQmlEngine &engine, QuickPickerController *picker, QObject *parent = nullptr);
    ~QuickAccess() override;

    void open();
    QQuickWindow *window() const { return m_window; } // null until the picker is first opened

signals:
    // The picker's window was made (on first use, so that starting Tessera does not pay for it).
    void windowCreated(QQuickWindow *window);
    // To be said where the user will see it (the tray's message) once the picker has closed.
    void notice(const QString &text);

private:
    void bindShortcut();
    bool ensureWindow();
    void close(bool returnFocus);
    void place();

    QQmlEngine &m_engine;
    QuickPickerController *m_picker;
    GlobalShortcut *m_shortcut;
    AutoType *m_typing;
    QQuickWindow *m_window = nullptr;
};

} // namespace tessera::bridge
