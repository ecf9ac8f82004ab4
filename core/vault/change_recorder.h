#pragma once
// What a save changed, written down so that copies of the vault on other computers can merge it
// (vault_merge.h). VaultStore calls this for every change: the functions that edit accounts only edit
// them, and cannot forget a stamp.

#include "vault/vault.h"

namespace tessera::vault {

// Compares `after` (the vault as a change left it) with `before` and records the difference, all
// with `stamp`: every part of an account that changed is stamped; an account no longer listed
// becomes a removed one (kept sealed); an account listed again after its removal is stamped as
// changed after it; new and moved accounts get a place in the order between their neighbours (only
// they: an unmoved account keeps its place, so moves on two computers merge); recovery codes without
// an id get one; this device's count in the history goes up by one. Removed accounts whose removal is
// older than kRemovedKeptMs are dropped for good. A save that only writes back a merge of copies
// (SaveKind::MergeOnly) is not counted: two computers merging the same copies then write the same
// history, and neither looks newer than the other.
enum class SaveKind { Change, MergeOnly };
void recordChanges(const Vault &before, Vault &after, const ChangeStamp &stamp, SaveKind kind = SaveKind::Change);

} // namespace tessera::vault
