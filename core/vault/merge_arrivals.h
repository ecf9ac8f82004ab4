#pragma once
// What a merge brought in from another copy of the vault, for the one line the user is shown ("2
// accounts added on another computer"): counted over listed accounts, by id.

#include "vault/vault.h"

namespace tessera::vault {

struct Arrivals
{
    int added = 0;   // listed now, not before (new, or listed again)
    int changed = 0; // listed before and now, with a part changed
    int removed = 0; // listed before, not now

    bool isEmpty() const { return added == 0 && changed == 0 && removed == 0; }
    Arrivals &operator+=(const Arrivals &other);
};

Arrivals arrivalsBetween(const Vault &before, const Vault &after);

} // namespace tessera::vault
