#pragma once
// Reading commands (code, list, recovery list and use) ask the running Tessera first when it holds this
// vault unlocked: no password prompt and no key derivation (DESIGN.md §7). The request goes only to a
// listener in this user's private folder that runs as this user. When no app answers, when it is locked,
// when the user turned this off, or with --no-app or --password-stdin, the command opens the file as
// before. The app may ask the user first; a Deny is final (exit 3), not a reason to try the file.

#include "channel/app_request.h"
#include "common/error.h"

#include <QCborValue>
#include <QCommandLineParser>
#include <optional>

namespace tessera::cli {

// Nullopt: no app answered this request, use the file. Else the app's answer, or why it failed.
std::optional<Result<QCborValue>> askUnlockedApp(const QCommandLineParser &parser, const channel::AppRequest &request);

} // namespace tessera::cli
