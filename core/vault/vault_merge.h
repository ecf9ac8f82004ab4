#pragma once
// Two copies of one vault (the same master key), changed apart on two computers, made into one. Each
// part of an account (AccountStamps) takes the copy with the later stamp, so a rename on one computer
// and a new icon on the other are both kept; an HOTP counter takes the larger; a recovery code is
// there if either copy has it (unless the other replaced the whole set later), and used if either
// used it (the earlier time); a deleted account stays
// deleted unless it was changed after the deletion. The merge is commutative, associative and
// idempotent: copies that met each other's changes in any order, directly or through a third, end
// the same (tests/core/vault/test_vault_merge.cpp checks this over random histories).

#include "vault/vault.h"

namespace tessera::vault {

Vault mergeVaults(const Vault &a, const Vault &b);

// One account's two copies (the same id).
Account mergeAccounts(const Account &a, const Account &b);

// Whether `copy` holds saves that `seen` lacks: some computer made more saves in it than we know of.
bool hasUnseenSaves(const QMap<QString, quint64> &seen, const QMap<QString, quint64> &copy);

} // namespace tessera::vault
