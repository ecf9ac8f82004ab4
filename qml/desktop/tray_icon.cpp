#include "desktop/tray_icon.h"

#include <QAction>

#include <QGuiApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWindow>

namespace tessera::bridge {

TrayIcon::TrayIcon(QWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_menu(std::make_unique<QMenu>()), m_icon(new QSystemTrayIcon(this))
{
    m_icon->setIcon(QGuiApplication::windowIcon());
    m_icon->setToolTip(QStringLiteral("Tessera"));
    m_menu->addAction(tr("Show or hide Tessera"), this, &TrayIcon::toggleWindow);
    m_menu->addAction(tr("Lock"), this, &TrayIcon::lockRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    // Shown beside the entry, and taken while the tray menu is open.
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutVisibleInContextMenu(true);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::showMessage(const QString &text)
{
    if (isAvailable())
        m_icon->showMessage(QStringLiteral("Tessera"), text, QSystemTrayIcon::Information);
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && m_window->windowState() != Qt::WindowMinimized) {
        m_window->hide();
    } else {
        m_window->show();
        m_window->setWindowState(Qt::WindowNoState);
        m_window->raise();
        m_window->requestActivate();
    }
}

} // namespace tessera::bridge
