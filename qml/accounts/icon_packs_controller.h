#pragma once
// Aegis icon packs in the app: importing one (read and checked off the GUI thread), the packs kept in
// the app's data folder, their icons in the icon chooser, and giving the accounts they fit those icons
// (session::usePackIcons). Packs are read from disk the first time they are needed.

#include "app/controller.h"
#include "icons/icon_pack.h"

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
};

} // namespace tessera::bridge
