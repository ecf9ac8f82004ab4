#pragma once
// Where Tessera's local channels live, and who may use them (DESIGN.md §7). A channel (the hand-over
// from a second launch today; the CLI and the browser host later) is a local socket in a folder only
// this user can write, and both ends check that the process at the other end runs as this user:
//   Linux    $XDG_RUNTIME_DIR/tessera/, else (unset, missing or not private) /tmp/tessera-<uid>/,
//            created 0700 and checked by lstat
//   macOS    the per-user $TMPDIR (confstr _CS_DARWIN_USER_TEMP_DIR), checked the same way
//   Windows  a named pipe whose ACL admits only the user's SID (QLocalServer::UserAccessOption)
// The peer check is SO_PEERCRED (Linux), getpeereid (macOS, BSD) or the pipe client's/server's token.
// A folder that is not provably ours gives no channel: callers then start without one and say so,
// and never hand anything to a listener they could not verify.

#include "common/error.h"

#include <QString>

namespace tessera::channel {

// The folder for this user's channels, created if needed (0700). ChannelUnsafe with the reason when
// the folder is missing, a link, owned by someone else or open to others.
Result<QString> privateFolder();

// The full server name (a socket path, or a pipe name on Windows) for a purpose such as "instance"
// and a key such as the vault path; the key is hashed, so names leak nothing about it.
Result<QString> channelName(const QString &purpose, const QString &key);

// Whether the process on the other end of this connected local socket (QLocalSocket::socketDescriptor)
// runs as the same user as this process. False when it cannot be told.
bool peerIsSameUser(qintptr socketDescriptor);

// Who is at the other end, in words for an approval prompt: "PID 4711 on /dev/pts/3" (the terminal
// where the platform tells it), or "" when the process cannot be told.
QString describePeer(qintptr socketDescriptor);

} // namespace tessera::channel
