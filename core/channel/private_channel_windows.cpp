// Windows: QLocalServer's UserAccessOption gives the pipe an ACL that admits only this user's SID, and
// a process that created the pipe name first (another user squatting it) is caught by the token check:
// each end asks for the other process's id and compares the user SID of its token with ours.
#include "channel/private_channel.h"

#include "common/app_identity.h"

#include <QCryptographicHash>

#include <windows.h>

namespace tessera::channel {
namespace {

// The user SID of a process's token, as bytes; empty when it cannot be read.
QByteArray userSidOf(HANDLE process)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(process, TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buffer(int(size), Qt::Uninitialized);
    QByteArray sid;
    if (size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
        const auto *user = reinterpret_cast<const TOKEN_USER *>(buffer.constData());
        if (IsValidSid(user->User.Sid))
            sid = QByteArray(static_cast<const char *>(user->User.Sid), int(GetLengthSid(user->User.Sid)));
    }
    CloseHandle(token);
    return sid;
}

QByteArray ownUserSid()
{
    return userSidOf(GetCurrentProcess());
}

} // namespace

Result<QString> privateFolder()
{
    return QString(); // pipes live in the kernel's namespace; the ACL and the token check protect them
}

Result<QString> channelName(const QString &purpose, const QString &key)
{
    // The user's SID in the name keeps users apart even before the ACL is consulted.
    const QByteArray salt = ownUserSid();
    if (salt.isEmpty())
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("this process's user cannot be read"));
    const QByteArray digest =
        QCryptographicHash::hash(salt + key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("%1-%2-%3").arg(kAppId, purpose, QString::fromLatin1(digest));
}

bool peerIsSameUser(qintptr socketDescriptor)
{
    const auto pipe = reinterpret_cast<HANDLE>(socketDescriptor);
    ULONG clientPid = 0;
    ULONG serverPid = 0;
    if (!GetNamedPipeClientProcessId(pipe, &clientPid) || !GetNamedPipeServerProcessId(pipe, &serverPid))
        return false;
    // The other end is whichever of the two is not us.
    const ULONG peer = clientPid == GetCurrentProcessId() ? serverPid : clientPid;
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, peer);
    if (!process)
        return false;
    const QByteArray peerSid = userSidOf(process);
    CloseHandle(process);
    const QByteArray ownSid = ownUserSid();
    return !peerSid.isEmpty() && peerSid == ownSid;
}

QString describePeer(qintptr socketDescriptor)
{
    const auto pipe = reinterpret_cast<HANDLE>(socketDescriptor);
    ULONG clientPid = 0;
    if (!GetNamedPipeClientProcessId(pipe, &clientPid) || clientPid == 0)
        return {};
    return QStringLiteral("PID %1").arg(clientPid);
}

} // namespace tessera::channel
