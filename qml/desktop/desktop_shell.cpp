#include "desktop/desktop_shell.h"
#include "session/preferences.h"
#include "session/account_operations.h"
#include "session/window_placement.h"

#include "desktop/idle_lock.h"
#include "desktop/screen_lock_monitor.h"
#include "app/services.h"
#include "settings/settings_controller.h"
#include "app/ticker.h"
#include "desktop/tray_icon.h"
#include "vault/vault_controller.h"
#include "app/vault_session.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>

namespace tessera::bridge {

DesktopShell::DesktopShell(QQuickWindow *window, Services *services, VaultController *vault,
                           SettingsController *settings, QObject *parent)
    : QObject(parent), m_window(window), m_services(services), m_vault(vault), m_settings(settings),
      m_idle(new IdleLock(services->makeCountdown(), this)), m_screenLock(new ScreenLockMonitor(this)), m_tray(new TrayIcon(window, this))
{
    connect(window, &QWindow::visibleChanged, this, &DesktopShell::updateTicker);
    connect(window, &QWindow::windowStateChanged, this, &DesktopShell::updateTicker);
    connect(vault, &VaultController::stateChanged, this, &DesktopShell::updateTicker);
    updateTicker();

    qApp->installEventFilter(m_idle);
    m_idle->setIdleMinutes(settings->autoLockMinutes());
    connect(settings, &SettingsController::changed, this, [this] { m_idle->setIdleMinutes(m_settings->autoLockMinutes()); });
    connect(m_idle, &IdleLock::lockRequested, vault, &VaultController::lockAutomatically);
    connect(m_screenLock, &ScreenLockMonitor::screenLocked, this, [this] {
        if (m_settings->lockOnScreenLock())
            m_vault->lockAutomatically();
    });
    connect(vault, &VaultController::stateChanged, m_idle, &IdleLock::userWasActive);

    connect(m_tray, &TrayIcon::lockRequested, vault, &VaultController::lock);
    // The favourites in the tray follow the vault: listed while unlocked, gone on lock.
    VaultSession *session = services->session();
    for (auto signal : {&VaultSession::opened, &VaultSession::changed, &VaultSession::closed})
        connect(session, signal, this, &DesktopShell::updateFavourites);
    connect(m_tray, &TrayIcon::copyRequested, this, [this](const QUuid &id) {
        if (m_copy)
            m_copy(id);
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &DesktopShell::quit);
    window->installEventFilter(this);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        saveGeometry();
        m_vault->lock();
    });
}

void DesktopShell::updateTicker()
{
    bool shown = m_window->isVisible() && m_window->windowState() != Qt::WindowMinimized;
    for (const QWindow *other : std::as_const(m_otherWindows))
        shown = shown || other->isVisible();
    m_services->ticker()->setRunning(shown && m_services->session()->isOpen());
}

bool DesktopShell::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting) {
        saveGeometry();
        if (m_settings->closeToTray() && m_tray->isAvailable()) {
            m_window->hide();
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

namespace {

QString keyOf(const QScreen *screen)
{
    return screen ? session::screenKey(screen->name(), screen->size()) : session::screenKey({}, {});
}

} // namespace

// Each screen keeps the place the user last left the window on it (a laptop alone and docked differ).
void DesktopShell::saveGeometry()
{
    if (m_window->windowState() != Qt::WindowNoState)
        return;
    m_services->preferences()->setWindowGeometry(keyOf(m_window->screen()), m_window->geometry());
}

void DesktopShell::restoreGeometry()
{
    QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect saved = m_services->preferences()->windowGeometry(keyOf(screen));
    const QSize minimum(m_window->minimumWidth(), m_window->minimumHeight());
    // The designed size may not fit a small screen at 200 %: placeWindow keeps the window inside it.
    const QRect placed = session::placeWindow(saved, screen->availableGeometry(), m_window->size(), minimum);
    if (saved.isValid())
        m_window->setGeometry(placed);
    else // the window manager centres a new window; only its size is ours to choose
        m_window->resize(placed.size());
}

void DesktopShell::raise()
{
    m_window->show();
    m_window->setWindowState(Qt::WindowNoState);
    m_window->raise();
    m_window->requestActivate();
}

void DesktopShell::startMinimized()
{
    if (m_tray->isAvailable())
        m_window->hide();
    else
        m_window->showMinimized();
}

void DesktopShell::watchWindow(QWindow *window)
{
    if (!window)
        return;
    m_otherWindows.append(window);
    connect(window, &QWindow::visibleChanged, this, &DesktopShell::updateTicker);
    connect(window, &QObject::destroyed, this, [this, window] { m_otherWindows.removeAll(window); });
}

void DesktopShell::setCopyCode(std::function<void(const QUuid &)> copy)
{
    m_copy = std::move(copy);
    updateFavourites();
}

void DesktopShell::updateFavourites()
{
    QList<QPair<QUuid, QString>> favourites;
    if (const vault::Vault *vault = m_services->session()->vault(); vault && m_copy)
        for (const QUuid &id : session::favouriteAccounts(*vault))
            favourites.append({id, vault->find(id)->displayName()});
    m_tray->setFavourites(favourites);
}

void DesktopShell::tellUser(const QString &text)
{
    m_tray->showMessage(text);
    m_vault->showNotice(text);
}

void DesktopShell::quit()
{
    m_quitting = true;
    QCoreApplication::quit();
}

} // namespace tessera::bridge
