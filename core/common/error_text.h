#pragma once
// One sentence per error, telling the user what is wrong and what to do. Both faces (CLI and GUI)
// show these, so the wording lives in exactly one place; the strings are translatable.

#include "common/error.h"

namespace tessera {

QString errorText(const Error &error);

} // namespace tessera
