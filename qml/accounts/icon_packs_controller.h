#pragma once
// Aegis icon packs in the app: importing one (read and checked off the GUI thread), the packs kept in
// the app's data folder, their icons in the icon chooser, and giving the accounts they fit those icons
// (session::usePackIcons). The kept packs are read on the thread pool as the app starts; what needs them
// before that read is done waits for it.

#include "app/controller.h"
#include "icons/icon_pack.h"

#include <QFuture>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace tessera::bridge {

class Services;

class IconPacksController : public Controller, public QmlSingleton<IconPacksController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{uuid, name, version, icons}] of the kept packs, by name.
    Q_PROPERTY(QVariantList packs READ packs NOTIFY packsChanged)
    // How many accounts with the automatic icon a kept pack's icon fits.
    Q_PROPERTY(int fittingAccounts READ fittingAccounts NOTIFY fittingAccountsChanged)
public:
    // folder: where packs are kept; empty means the app's data folder ("icon-packs" in it).
    explicit IconPacksController(Services *services, QString folder = {}, QObject *parent = nullptr);

    QVariantList packs();
    int fittingAccounts();

    Q_INVOKABLE bool importPack(const QUrl &file);
    Q_INVOKABLE bool removePack(const QString &uuid);
    Q_INVOKABLE bool useForAccounts();
    // For the icon chooser, like ServiceIcons.search: [{title, source, value, background}], exact fits first.
    Q_INVOKABLE QVariantList search(const QString &query, int limit);

signals:
    void packsChanged();
    void fittingAccountsChanged();

private:
    const std::vector<icons::IconPack> &loaded();
    void replacePacks(std::vector<icons::IconPack> packs);

    Services *m_services;
    QString m_folder;
    std::optional<std::vector<icons::IconPack>> m_packs;
    QFuture<std::pair<std::vector<icons::IconPack>, QStringList>> m_reading; // the packs and the unreadable files
};

} // namespace tessera::bridge
