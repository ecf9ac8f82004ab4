#pragma once
// Finds byte patterns anywhere in this process's readable memory (Linux: /proc/self/maps and
// /proc/self/mem), for the tests that prove a secret is gone. The patterns are kept XOR-masked, so the
// test's own copies (constants, lists) never match; the scan buffer is locked memory wiped after use.

#include "common/secret_bytes.h"

#include <QFile>
#include <QStringList>
#include <cstring>
#include <vector>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

struct MaskedPattern
{
    const char *what;
    std::vector<std::uint8_t> masked;
};

inline volatile std::uint8_t g_mask = 0x5A; // read at run time so the compiler cannot unmask constants

// `text` masked, as UTF-8 bytes and as UTF-16 (little endian), for a text shown to the user.
inline void addMaskedText(std::vector<MaskedPattern> &into, const char *what8, const char *what16,
                          std::span<const std::uint8_t> text)
{
    MaskedPattern utf8{what8, {}};
    MaskedPattern utf16{what16, {}};
    for (std::uint8_t byte : text) {
        utf8.masked.push_back(static_cast<std::uint8_t>(byte ^ g_mask));
        utf16.masked.push_back(static_cast<std::uint8_t>(byte ^ g_mask));
        utf16.masked.push_back(static_cast<std::uint8_t>(0 ^ g_mask));
    }
    into.push_back(std::move(utf8));
    into.push_back(std::move(utf16));
}

#if defined(Q_OS_LINUX)
inline bool matchesAt(const std::uint8_t *data, std::size_t available, const MaskedPattern &p)
{
    if (available < p.masked.size())
        return false;
    const std::uint8_t mask = g_mask;
    for (std::size_t i = 0; i < p.masked.size(); ++i)
        if (static_cast<std::uint8_t>(data[i] ^ mask) != p.masked[i])
            return false;
    return true;
}

// Counts the places where any pattern occurs in readable memory, naming each in `found`.
inline int scanOwnMemory(const std::vector<MaskedPattern> &patterns, QStringList &found)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    if (mem < 0)
        return -1;
    constexpr std::size_t kChunk = 1 << 20, kOverlap = 64;
    tessera::SecretBytes buffer(kChunk + kOverlap); // not on the scanned heap, and wiped after every chunk
    int hits = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields[1].startsWith('r') || line.contains("[vvar]") || line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        const quint64 start = range.value(0).toULongLong(nullptr, 16), end = range.value(1).toULongLong(nullptr, 16);
        for (quint64 at = start; at < end; at += kChunk) {
            const std::size_t want = std::min<quint64>(kChunk + kOverlap, end - at);
            const ssize_t got = ::pread(mem, buffer.data(), want, static_cast<off_t>(at));
            if (got <= 0)
                break;
            const std::size_t limit = std::min<std::size_t>(static_cast<std::size_t>(got), kChunk);
            for (const MaskedPattern &p : patterns) {
                const std::uint8_t first = static_cast<std::uint8_t>(p.masked[0] ^ g_mask);
                const std::uint8_t *cursor = buffer.data();
                const std::uint8_t *stop = buffer.data() + limit;
                while ((cursor = static_cast<const std::uint8_t *>(std::memchr(cursor, first, stop - cursor)))) {
                    if (matchesAt(cursor, buffer.data() + got - cursor, p)) {
                        ++hits;
                        found.append(QStringLiteral("%1 at 0x%2").arg(QLatin1String(p.what))
                                         .arg(at + quint64(cursor - buffer.data()), 0, 16));
                    }
                    if (++cursor >= stop)
                        break;
                }
            }
            tessera::wipe(buffer.data(), buffer.size());
        }
    }
    ::close(mem);
    return hits;
}
#endif
