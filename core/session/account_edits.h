#pragma once
// The changes a user makes to accounts already in the vault, written once for both faces: edit the
// fields typed by hand, favour, move in the user's own order, delete and restore (Undo). Each is one
// save; an account that is not (or no longer) there is AccountNotFound in every one of them.

#include "common/error.h"
#include "icons/icon_pack.h"
#include "vault/vault_store.h"

#include <optional>

namespace tessera::session {

// The fields a user edits by hand; a field left empty (std::nullopt) keeps its value. Text is trimmed,
// except the notes.
struct AccountEdit
{
    std::optional<QString> issuer;
    std::optional<QString> name;
    std::optional<QString> group;
    std::optional<QString> notes;
};
// Writes nothing, and keeps the "changed" time, when every given field already has that value: opening
// an account and saving it untouched changes nothing.
Result<void> editAccount(vault::VaultStore &store, const QUuid &id, const AccountEdit &edit, std::int64_t nowMs);

// Writes nothing when the account already is (or is not) a favourite.
Result<void> setFavourite(vault::VaultStore &store, const QUuid &id, bool favourite);

// The account's own icon (icons/account_icon.h says what a value means: "" automatic, a catalogue
// icon, the letter, a picture). Writes nothing when it already is that.
Result<void> setAccountIcon(vault::VaultStore &store, const QUuid &id, const QString &icon, std::int64_t nowMs);
// A picture file as the account's icon: read (at most 256 KiB), checked to be a picture by its content.
Result<void> setAccountIconFromFile(vault::VaultStore &store, const QUuid &id, const QString &path, std::int64_t nowMs);

// Gives each account whose icon is automatic the first icon of the packs that fits its issuer exactly;
// accounts with an icon of their own choice are left as they are. One save; the number changed.
Result<int> usePackIcons(vault::VaultStore &store, const std::vector<icons::IconPack> &packs, std::int64_t nowMs);
// How many accounts usePackIcons would change, to offer it with that number.
int accountsFittingPackIcons(const vault::Vault &vault, const std::vector<icons::IconPack> &packs);

// Moves the account before `beforeId` in the user's order, or to the end when `beforeId` is null.
Result<void> moveAccount(vault::VaultStore &store, const QUuid &id, const QUuid &beforeId);
// A drag onto another account: it lands after the target when moved down, before it when moved up.
Result<void> moveOnto(vault::VaultStore &store, const QUuid &id, const QUuid &targetId);

// What a delete took out, still sealed, so that Undo can put it back where it was.
struct RemovedAccount
{
    vault::Account account;
    qsizetype index = 0;
};
Result<RemovedAccount> removeAccount(vault::VaultStore &store, const QUuid &id);
// Puts a deleted account back at its place (or the end, if the list is shorter now). Restoring one that
// is there again (another program restored it) changes nothing.
Result<void> restoreAccount(vault::VaultStore &store, const RemovedAccount &removed);

} // namespace tessera::session
