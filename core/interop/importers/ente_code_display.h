#pragma once
// Ente Auth's per-account metadata in its plain export: an extra link parameter
// codeDisplay={"pinned":…,"tags":[…],"note":…} (percent-encoded JSON). Pinned accounts become favourites,
// the first tag the group, the note the notes. Accounts in Ente's trash are imported like the others:
// nothing the user still has is dropped, and the preview lets them untick it.

#include "interop/import_result.h"

#include <QByteArrayView>
#include <optional>

namespace tessera::interop {

// nullopt when the link has no (readable) codeDisplay parameter.
std::optional<AccountExtras> readCodeDisplay(QByteArrayView link);

} // namespace tessera::interop
