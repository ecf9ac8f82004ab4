// Linux, macOS and the BSDs: a 0700 folder owned by this user, verified with lstat, and the peer's uid
// from the kernel (SO_PEERCRED, or getpeereid where that does not exist).
#include "channel/private_channel.h"


#include <QCryptographicHash>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>
#if defined(__APPLE__)
#include <climits>
#endif

namespace tessera::channel {
namespace {

constexpr qsizetype kMaxSocketPath = 104;

// Refuses anything but a real directory that this user owns and nobody else can enter or write.
Result<void> checkOwnFolder(const QByteArray &path, bool mustBePrivate)
{
    struct stat info {};
    if (::lstat(path.constData(), &info) != 0)
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("%1: %2").arg(QFile::decodeName(path),
                                                                           QString::fromLocal8Bit(std::strerror(errno))));
    if (S_ISLNK(info.st_mode) || !S_ISDIR(info.st_mode))
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("%1 is not a folder").arg(QFile::decodeName(path)));
    if (info.st_uid != ::geteuid())
        return fail(ErrorCode::ChannelUnsafe,
                    QStringLiteral("%1 belongs to another user (uid %2)").arg(QFile::decodeName(path)).arg(info.st_uid));
    if (mustBePrivate && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("%1 is open to other users (mode %2)")
                                                  .arg(QFile::decodeName(path))
                                                  .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0')));
    return {};
}

// Creates `path` 0700 unless it exists; then checks it. mkdir never follows a link at the last
// component, and lstat refuses one planted there before us.
Result<QString> ensureOwnFolder(const QByteArray &path)
{
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("%1: %2").arg(QFile::decodeName(path),
                                                                           QString::fromLocal8Bit(std::strerror(errno))));
    if (auto own = checkOwnFolder(path, true); !own)
        return tl::unexpected(own.error());
    return QFile::decodeName(path);
}

// The per-user base folder the platform provides, already private; empty where there is none.
QByteArray userRuntimeBase()
{
#if defined(__APPLE__)
    char buffer[PATH_MAX];
    const size_t length = ::confstr(_CS_DARWIN_USER_TEMP_DIR, buffer, sizeof buffer);
    if (length > 0 && length <= sizeof buffer)
        return QByteArray(buffer).chopped(QByteArray(buffer).endsWith('/') ? 1 : 0);
    return {};
#else
    return qgetenv("XDG_RUNTIME_DIR");
#endif
}

} // namespace

Result<QString> privateFolder()
{
    const QByteArray base = userRuntimeBase();
    // The runtime folder must itself be ours and closed to others (the XDG spec promises 0700); one that
    // is missing or not so is passed over, as the spec asks, for the folder below.
    if (!base.isEmpty() && base.startsWith('/') && checkOwnFolder(base, true))
        return ensureOwnFolder(base + "/tessera");
    // No usable runtime folder (a cron job, su without a login session): a folder of our own in /tmp.
    // Another user may have made it first to trap us; then it is not ours and we do without a channel.
    return ensureOwnFolder(QByteArray("/tmp/tessera-") + QByteArray::number(::geteuid()));
}

Result<QString> channelName(const QString &purpose, const QString &key)
{
    auto folder = privateFolder();
    if (!folder)
        return tl::unexpected(folder.error());
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name = QStringLiteral("%1/%2-%3").arg(*folder, purpose, QString::fromLatin1(digest));
    // A socket path must fit sun_path (104 bytes on macOS, 108 on Linux, the terminator included).
    if (QFile::encodeName(name).size() >= kMaxSocketPath)
        return fail(ErrorCode::ChannelUnsafe, QStringLiteral("the path %1 is too long for a local socket").arg(name));
    return name;
}

bool peerIsSameUser(qintptr socketDescriptor)
{
    if (socketDescriptor < 0)
        return false;
    const int fd = int(socketDescriptor);
#if defined(SO_PEERCRED) && defined(__linux__)
    struct ucred credentials {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0 || size != sizeof credentials)
        return false;
    return credentials.uid == ::geteuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(fd, &uid, &gid) != 0)
        return false;
    return uid == ::geteuid();
#endif
}

QString describePeer(qintptr socketDescriptor)
{
    if (socketDescriptor < 0)
        return {};
#if defined(SO_PEERCRED) && defined(__linux__)
    struct ucred credentials {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0 || credentials.pid <= 0)
        return {};
    // The terminal the command was typed in, from its standard input (a process of the same user).
    const QString terminal = QFile::symLinkTarget(QStringLiteral("/proc/%1/fd/0").arg(credentials.pid));
    if (terminal.startsWith(QLatin1String("/dev/pts/")) || terminal.startsWith(QLatin1String("/dev/tty")))
        return QStringLiteral("PID %1 on %2").arg(credentials.pid).arg(terminal);
    return QStringLiteral("PID %1").arg(credentials.pid);
#elif defined(LOCAL_PEERPID)
    pid_t pid = 0;
    socklen_t size = sizeof pid;
    if (::getsockopt(int(socketDescriptor), SOL_LOCAL, LOCAL_PEERPID, &pid, &size) != 0 || pid <= 0)
        return {};
    return QStringLiteral("PID %1").arg(pid);
#else
    return {};
#endif
}

} // namespace tessera::channel
