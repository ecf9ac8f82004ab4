#pragma once
// What tessera-cli asks the unlocked app over the user-only "cli" channel (DESIGN.md §7), and what the
// app answers. Only reading commands exist here (a code, the list, a recovery code): nothing on the
// channel can add, change or export accounts. Each message is one frame: a marker, the protocol
// version, the length, then a CBOR map; a frame over its limit or with another marker is refused
// before it is read, so a peer cannot make either end hold much memory.

#include "common/error.h"

#include <QByteArray>
#include <QCborValue>
#include <QString>
#include <optional>

namespace tessera::channel {

enum class AppCommand {
    Code,         // the current code of the account `query` names (an HOTP account's next one)
    List,         // the accounts, as `tessera-cli list --json` shows them (never a secret)
    RecoveryList, // the recovery codes of `query`, used or not
    RecoveryUse,  // the next unused recovery code of `query`, marked used
};

struct AppRequest
{
    AppCommand command = AppCommand::Code;
    QString query;
    std::optional<qint64> atMs; // a code for this time instead of now (`code --time`)
    bool systemClock = false;   // now by the system clock, not the time correction
};

enum class AppStatus {
    Answered, // `payload` holds the answer
    Failed,   // the request was understood and failed: `error` says why (no such account, …)
    Refused,  // the user answered Deny
    Locked,   // the vault is locked (and no PIN could open it): use the file
    Off,      // the user turned this channel off: use the file
};

struct AppReply
{
    AppStatus status = AppStatus::Failed;
    std::optional<Error> error;
    QCborValue payload;
};

inline constexpr qsizetype kRequestLimit = 16 * 1024;        // a query is a few words
inline constexpr qsizetype kReplyLimit = 32 * 1024 * 1024;   // the list of 100,000 accounts
inline constexpr int kFrameHeader = 12;

// A frame around an encoded message.
QByteArray encodeRequest(const AppRequest &request);
QByteArray encodeReply(const AppReply &reply);

// Takes one whole frame off the front of `buffer`: the message, nullopt while it is incomplete, or an
// error (ChannelUnsafe) for a frame that is not ours, of another version, over `limit`, or garbled.
Result<std::optional<AppRequest>> takeRequest(QByteArray &buffer);
Result<std::optional<AppReply>> takeReply(QByteArray &buffer);

} // namespace tessera::channel
