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
    m_top = m_menu->addAction(tr("Show or hide Tessera"), this, &TrayIcon::toggleWindow);
    m_menu->addAction(tr("Quick picker…"), this, &TrayIcon::quickRequested);
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

void TrayIcon::setFavourites(const QList<QPair<QUuid, QString>> &favourites)
{
    for (QAction *action : std::as_const(m_favourites)) {
        m_menu->removeAction(action);
        action->deleteLater();
    }
    m_favourites.clear();
    for (const auto &[id, name] : favourites) {
        auto *action = new QAction(tr("Copy the code for %1").arg(name), m_menu.get());
        connect(action, &QAction::triggered, this, [this, id = id] { emit copyRequested(id); });
        m_favourites.append(action);
    }
    if (!m_favourites.isEmpty()) {
        auto *separator = new QAction(m_menu.get());
        separator->setSeparator(true);
        m_favourites.append(separator);
    }
    m_menu->insertActions(m_top, m_favourites);
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
