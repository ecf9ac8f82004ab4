#pragma once
// What an importer hands back: the accounts it could read, and for each entry it could not, a reason.
// Importers only read bytes; adding to the vault is one session call (all or nothing).

#include "uri/key_uri.h"

#include <QString>
#include <vector>

namespace tessera::interop {

struct SkippedEntry
{
    QString where;  // "line 4", "entry 'Gcore'"
    QString reason; // one sentence
};

struct ImportResult
{
    std::vector<uri::KeyUri> accounts;
    std::vector<SkippedEntry> skipped;
};

} // namespace tessera::interop
