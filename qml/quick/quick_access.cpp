#include "quick/quick_access.h"

#include "app/app_root.h"
#include "desktop/auto_type.h"
#include "desktop/global_shortcut.h"
#include "quick/quick_picker_controller.h"

#include <QCursor>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QScreen>

namespace tessera::bridge {

QuickAccess::QuickAccess(QQmlEngine &engine, QuickPickerController *picker, QObject *parent)
    : QObject(parent), m_engine(engine), m_picker(picker), m_shortcut(new GlobalShortcut(this)),
      m_typing(new AutoType(this))
{
    picker->setAutoType(m_typing);
    connect(picker, &QuickPickerController::closeRequested, this, &QuickAccess::close);
    connect(picker, &QuickPickerController::notice, this, &QuickAccess::notice);
    connect(m_shortcut, &GlobalShortcut::activated, this, &QuickAccess::open);
    connect(m_shortcut, &GlobalShortcut::problemChanged, this, [this] {
        m_picker->setShortcutState(m_shortcut->problem(), m_shortcut->kind() == ShortcutBackend::Kind::DesktopSetting);
    });
    connect(picker, &QuickPickerController::shortcutChanged, this, &QuickAccess::bindShortcut);
    bindShortcut();
}

QuickAccess::~QuickAccess()
{
    delete m_window; // before the engine that made it
}

void QuickAccess::bindShortcut()
{
    const QKeySequence keys = m_picker->shortcutKeys();
    if (keys == m_shortcut->keys() && !m_shortcut->keys().isEmpty())
        return;
    m_shortcut->bind(keys);
    m_picker->setShortcutState(m_shortcut->problem(), m_shortcut->kind() == ShortcutBackend::Kind::DesktopSetting);
}

bool QuickAccess::ensureWindow()
{
    if (!m_window) {
        m_window = AppRoot::createWindow(m_engine, QStringLiteral("quick/QuickPicker.qml"));
        if (m_window)
            emit windowCreated(m_window);
    }
    return m_window != nullptr;
}

void QuickAccess::open()
{
    if (!ensureWindow())
        return;
    if (m_window->isVisible()) { // pressed again: the picker is already there; give it the keyboard
        m_window->requestActivate();
        return;
    }
    m_typing->rememberOrigin();
    m_picker->open();
    place();
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

// On the screen under the pointer (where the user is looking), centred, a quarter of the way down.
void QuickAccess::place()
{
    QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    m_window->setScreen(screen);
    m_window->setPosition(area.x() + (area.width() - m_window->width()) / 2, area.y() + area.height() / 4);
}

void QuickAccess::close(bool returnFocus)
{
    if (!m_window || !m_window->isVisible())
        return;
    m_window->hide();
    if (returnFocus)
        m_typing->returnToOrigin();
}

} // namespace tessera::bridge
