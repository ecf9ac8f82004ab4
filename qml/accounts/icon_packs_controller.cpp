#include "accounts/icon_packs_controller.h"

#include "app/services.h"
#include "app/ticker.h"
#include "app/vault_session.h"
#include "icons/icon_pack_store.h"
#include "session/account_edits.h"

#include <QColor>
#include <QDir>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent>

namespace tessera::bridge {

IconPacksController::IconPacksController(Services *services, QString folder, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services),
      m_folder(folder.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                      .filePath(QStringLiteral("icon-packs"))
                                : std::move(folder))
{
    connect(m_services->session(), &VaultSession::changed, this, &IconPacksController::fittingAccountsChanged);
    connect(m_services->session(), &VaultSession::opened, this, &IconPacksController::fittingAccountsChanged);
    // Reading a pack inflates and checks every picture (a large pack takes a noticeable moment): not on
    // the GUI thread, and before the settings or the icon chooser first ask.
    m_reading = QtConcurrent::run([folder = m_folder] {
        QStringList problems;
        auto packs = icons::IconPackStore(folder).load(&problems);
        return std::make_pair(std::move(packs), problems);
    });
    auto *watcher = new QFutureWatcher<std::pair<std::vector<icons::IconPack>, QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!m_packs) {
            (void)loaded();
            emit packsChanged();
            emit fittingAccountsChanged();
        }
    });
    watcher->setFuture(m_reading);
}

const std::vector<icons::IconPack> &IconPacksController::loaded()
{
    if (!m_packs) {
        auto [packs, problems] = m_reading.result(); // waits only if asked before the read is done
        m_packs = std::move(packs);
        for (const QString &file : problems)
            qWarning("tessera: the icon pack %s no longer reads; it is left out", qPrintable(file));
    }
    return *m_packs;
}

void IconPacksController::replacePacks(std::vector<icons::IconPack> packs)
{
    m_packs = std::move(packs);
    emit packsChanged();
    emit fittingAccountsChanged();
}

QVariantList IconPacksController::packs()
{
    QVariantList list;
    for (const icons::IconPack &pack : loaded()) {
        list.append(QVariantMap{{QStringLiteral("uuid"), pack.uuid.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("name"), pack.name},
                                {QStringLiteral("version"), pack.version},
                                {QStringLiteral("icons"), int(pack.icons.size())}});
    }
    return list;
}

int IconPacksController::fittingAccounts()
{
    const vault::Vault *vault = m_services->session()->vault();
    return vault ? session::accountsFittingPackIcons(*vault, loaded()) : 0;
}

bool IconPacksController::importPack(const QUrl &file)
{
    struct Outcome
    {
        Result<icons::IconPack> imported;
        std::vector<icons::IconPack> packs;
    };
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString folder = m_folder;
    return runInBackground<Outcome>(
        [path, folder] {
            icons::IconPackStore store(folder);
            auto imported = store.import(path);
            return Outcome{std::move(imported), imported ? store.load() : std::vector<icons::IconPack>{}};
        },
        [this](Outcome &outcome) {
            if (!outcome.imported) {
                setError(outcome.imported.error());
                return;
            }
            const icons::IconPack &pack = *outcome.imported;
            const int count = int(pack.icons.size());
            QString text = tr("Icon pack “%1” (version %2) added: %n icon(s).", nullptr, count).arg(pack.name).arg(pack.version);
            if (pack.skipped > 0)
                text += QLatin1Char(' ') + tr("%n of its pictures could not be used.", nullptr, pack.skipped);
            replacePacks(std::move(outcome.packs));
            setStatus(text);
        });
}

bool IconPacksController::removePack(const QString &uuid)
{
    auto removed = icons::IconPackStore(m_folder).remove(QUuid::fromString(uuid));
    if (!report(removed))
        return false;
    std::vector<icons::IconPack> kept;
    for (const icons::IconPack &pack : loaded()) {
        if (pack.uuid != QUuid::fromString(uuid))
            kept.push_back(pack);
    }
    replacePacks(std::move(kept));
    setStatus(tr("Icon pack removed. Accounts keep the icons they were given."));
    return true;
}

bool IconPacksController::useForAccounts()
{
    const qint64 now = m_services->ticker()->nowMs();
    const auto &packs = loaded();
    auto changed = m_services->session()->apply([&](auto &store) { return session::usePackIcons(store, packs, now); });
    if (!changed) {
        setError(changed.error());
        return false;
    }
    emit fittingAccountsChanged();
    setStatus(tr("%n account(s) now show the pack's icon.", nullptr, *changed));
    return true;
}

QVariantList IconPacksController::search(const QString &query, int limit)
{
    QVariantList found;
    for (const icons::PackIcon *icon : icons::searchPackIcons(loaded(), query, limit)) {
        found.append(QVariantMap{{QStringLiteral("slug"), QString()},
                                 {QStringLiteral("title"), icon->name},
                                 {QStringLiteral("source"), icon->picture},
                                 {QStringLiteral("background"), QColor()},
                                 {QStringLiteral("value"), icon->picture}});
    }
    return found;
}

} // namespace tessera::bridge
