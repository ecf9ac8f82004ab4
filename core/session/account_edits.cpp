#include "session/account_edits.h"

#include "icons/account_icon.h"

#include <QFile>

#include <algorithm>

namespace tessera::session {
namespace {

tl::unexpected<Error> notFound(const QUuid &id)
{
    return fail(ErrorCode::AccountNotFound, id.toString(QUuid::WithoutBraces));
}

qsizetype indexOf(const vault::Vault &vault, const QUuid &id)
{
    const auto found = std::find_if(vault.accounts.begin(), vault.accounts.end(),
                                    [&](const vault::Account &a) { return a.id == id; });
    return found == vault.accounts.end() ? -1 : found - vault.accounts.begin();
}

} // namespace

Result<void> editAccount(vault::VaultStore &store, const QUuid &id, const AccountEdit &edit, std::int64_t nowMs)
{
    const auto trimmed = [](const std::optional<QString> &text) {
        return text ? std::optional(text->trimmed()) : std::nullopt;
    };
    const AccountEdit wanted{trimmed(edit.issuer), trimmed(edit.name), trimmed(edit.group), edit.notes};
    const auto apply = [&](vault::Account &account) {
        bool changed = false;
        const auto set = [&](QString &field, const std::optional<QString> &value) {
            if (value && *value != field) {
                field = *value;
                changed = true;
            }
        };
        set(account.issuer, wanted.issuer);
        set(account.name, wanted.name);
        set(account.group, wanted.group);
        set(account.notes, wanted.notes);
        return changed;
    };
    const vault::Account *current = store.vault().find(id);
    if (!current)
        return notFound(id);
    vault::Account probe = *current;
    if (!apply(probe))
        return {};
    return store.update([&](vault::Vault &vault) -> Result<void> {
        vault::Account *account = vault.find(id);
        if (!account)
            return notFound(id); // removed by another program meanwhile
        if (apply(*account))
            account->modifiedMs = nowMs;
        return {};
    });
}

Result<void> setFavourite(vault::VaultStore &store, const QUuid &id, bool favourite)
{
    const vault::Account *current = store.vault().find(id);
    if (!current)
        return notFound(id);
    if (current->favourite == favourite)
        return {};
    return store.update([&](vault::Vault &vault) -> Result<void> {
        vault::Account *account = vault.find(id);
        if (!account)
            return notFound(id);
        account->favourite = favourite;
        return {};
    });
}

Result<void> setAccountIcon(vault::VaultStore &store, const QUuid &id, const QString &icon, std::int64_t nowMs)
{
    const vault::Account *current = store.vault().find(id);
    if (!current)
        return notFound(id);
    if (current->icon == icon)
        return {};
    return store.update([&](vault::Vault &vault) -> Result<void> {
        vault::Account *account = vault.find(id);
        if (!account)
            return notFound(id);
        account->icon = icon;
        account->modifiedMs = nowMs;
        return {};
    });
}

Result<void> setAccountIconFromFile(vault::VaultStore &store, const QUuid &id, const QString &path, std::int64_t nowMs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tl::unexpected(Error{ErrorCode::ImageUnreadable, path});
    // One byte past the limit is enough to know a file is too large, without reading a huge one.
    auto value = icons::pictureIconValue(file.read(256 * 1024 + 1));
    if (!value)
        return tl::unexpected(value.error());
    return setAccountIcon(store, id, *value, nowMs);
}

int accountsFittingPackIcons(const vault::Vault &vault, const std::vector<icons::IconPack> &packs)
{
    return int(std::count_if(vault.accounts.cbegin(), vault.accounts.cend(), [&](const vault::Account &account) {
        return account.icon.isEmpty() && icons::packIconFor(packs, account.issuer) != nullptr;
    }));
}

Result<int> usePackIcons(vault::VaultStore &store, const std::vector<icons::IconPack> &packs, std::int64_t nowMs)
{
    if (accountsFittingPackIcons(store.vault(), packs) == 0)
        return 0;
    int changed = 0;
    auto saved = store.update([&](vault::Vault &vault) -> Result<void> {
        for (vault::Account &account : vault.accounts) {
            const icons::PackIcon *icon = account.icon.isEmpty() ? icons::packIconFor(packs, account.issuer) : nullptr;
            if (!icon)
                continue;
            account.icon = icon->picture;
            account.modifiedMs = nowMs;
            ++changed;
        }
        return {};
    });
    if (!saved)
        return tl::unexpected(saved.error());
    return changed;
}

Result<void> moveAccount(vault::VaultStore &store, const QUuid &id, const QUuid &beforeId)
{
    if (indexOf(store.vault(), id) < 0)
        return notFound(id);
    if (!beforeId.isNull() && indexOf(store.vault(), beforeId) < 0)
        return notFound(beforeId);
    if (id == beforeId)
        return {};
    return store.update([&](vault::Vault &vault) -> Result<void> {
        const qsizetype from = indexOf(vault, id);
        if (from < 0)
            return notFound(id);
        vault::Account moving = vault.accounts.takeAt(from);
        const qsizetype to = beforeId.isNull() ? -1 : indexOf(vault, beforeId);
        vault.accounts.insert(to < 0 ? vault.accounts.size() : to, std::move(moving));
        return {};
    });
}

Result<void> moveOnto(vault::VaultStore &store, const QUuid &id, const QUuid &targetId)
{
    const vault::Vault &vault = store.vault();
    const qsizetype from = indexOf(vault, id), to = indexOf(vault, targetId);
    if (from < 0)
        return notFound(id);
    if (to < 0)
        return notFound(targetId);
    if (from == to)
        return {};
    if (from > to)
        return moveAccount(store, id, targetId);
    return moveAccount(store, id, to + 1 < vault.accounts.size() ? vault.accounts[to + 1].id : QUuid());
}

Result<RemovedAccount> removeAccount(vault::VaultStore &store, const QUuid &id)
{
    const qsizetype index = indexOf(store.vault(), id);
    if (index < 0)
        return notFound(id);
    RemovedAccount removed{store.vault().accounts[index], index};
    auto saved = store.update([&](vault::Vault &vault) -> Result<void> {
        if (!vault.remove(id))
            return notFound(id);
        return {};
    });
    if (!saved)
        return tl::unexpected(saved.error());
    return removed;
}

Result<void> restoreAccount(vault::VaultStore &store, const RemovedAccount &removed)
{
    if (store.vault().find(removed.account.id))
        return {};
    return store.update([&](vault::Vault &vault) -> Result<void> {
        if (!vault.find(removed.account.id))
            vault.accounts.insert(std::clamp<qsizetype>(removed.index, 0, vault.accounts.size()), removed.account);
        return {};
    });
}

} // namespace tessera::session
