#include "encoding/zip_reader.h"

#include <QtEndian>

#include <zlib.h>

namespace tessera::encoding {
namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qsizetype kEndOfDirectorySize = 22;
constexpr qsizetype kDirectoryEntrySize = 46;
constexpr qsizetype kLocalHeaderSize = 30;
constexpr qsizetype kMaxComment = 0xffff;
constexpr quint16 kEncrypted = 0x0001;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;

Error damaged(const QString &what)
{
    return Error{ErrorCode::ArchiveDamaged, what};
}

// Little-endian fields at an offset the caller has checked against the archive's size.
quint16 u16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}
quint32 u32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// The end-of-directory record: the last signature within the final 22 + 65,535 bytes whose comment
// length reaches exactly to the end (a signature inside the comment does not).
qsizetype findEndOfDirectory(const QByteArray &archive)
{
    const qsizetype lowest = std::max<qsizetype>(0, archive.size() - kEndOfDirectorySize - kMaxComment);
    for (qsizetype at = archive.size() - kEndOfDirectorySize; at >= lowest; --at) {
        if (u32(archive, at) == kEndOfDirectory && at + kEndOfDirectorySize + u16(archive, at + 20) == archive.size())
            return at;
    }
    return -1;
}

Result<QByteArray> inflateExactly(QByteArrayView compressed, quint32 size)
{
    // One byte more than declared, so that an entry that is larger than it says is caught.
    QByteArray out(qsizetype(size) + 1, Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return tl::unexpected(Error{ErrorCode::OutOfMemory, QStringLiteral("inflate")});
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    if (result != Z_STREAM_END)
        return tl::unexpected(damaged(produced > size ? QStringLiteral("an entry is larger than it declares")
                                                      : QStringLiteral("an entry's compressed data is damaged")));
    if (produced != size)
        return tl::unexpected(damaged(QStringLiteral("an entry is smaller than it declares")));
    out.truncate(size);
    return out;
}

} // namespace

Result<ZipReader> ZipReader::open(QByteArray archive, int maxEntries)
{
    const qsizetype end = archive.size() < kEndOfDirectorySize ? -1 : findEndOfDirectory(archive);
    if (end < 0)
        return tl::unexpected(damaged(QStringLiteral("not a ZIP archive")));
    if (u16(archive, end + 4) != 0 || u16(archive, end + 6) != 0)
        return tl::unexpected(damaged(QStringLiteral("split over several files")));
    const quint16 count = u16(archive, end + 10);
    const quint32 directorySize = u32(archive, end + 12), directoryOffset = u32(archive, end + 16);
    if (count == 0xffff || directoryOffset == 0xffffffff)
        return tl::unexpected(damaged(QStringLiteral("ZIP64 is not supported")));
    if (count > maxEntries)
        return tl::unexpected(damaged(QStringLiteral("more than %1 files").arg(maxEntries)));
    if (qint64(directoryOffset) + directorySize > end)
        return tl::unexpected(damaged(QStringLiteral("the directory lies outside the archive")));

    ZipReader reader;
    reader.m_entries.reserve(count);
    qsizetype at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + kDirectoryEntrySize > end || u32(archive, at) != kDirectoryEntry)
            return tl::unexpected(damaged(QStringLiteral("the directory is cut short")));
        const quint16 nameLength = u16(archive, at + 28);
        const qsizetype next = at + kDirectoryEntrySize + nameLength + u16(archive, at + 30) + u16(archive, at + 32);
        if (next > end)
            return tl::unexpected(damaged(QStringLiteral("the directory is cut short")));
        ZipEntry entry;
        entry.method = u16(archive, at + 10);
        entry.crc32 = u32(archive, at + 16);
        entry.compressedSize = u32(archive, at + 20);
        entry.size = u32(archive, at + 24);
        entry.localHeaderOffset = u32(archive, at + 42);
        entry.name = QString::fromUtf8(archive.constData() + at + kDirectoryEntrySize, nameLength);
        if (u16(archive, at + 8) & kEncrypted)
            return tl::unexpected(damaged(QStringLiteral("encrypted entries are not supported")));
        if (entry.compressedSize == 0xffffffff || entry.size == 0xffffffff || entry.localHeaderOffset == 0xffffffff)
            return tl::unexpected(damaged(QStringLiteral("ZIP64 is not supported")));
        reader.m_entries.push_back(std::move(entry));
        at = next;
    }
    reader.m_archive = std::move(archive);
    return reader;
}

const ZipEntry *ZipReader::find(QStringView name) const
{
    for (const ZipEntry &entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

Result<QByteArray> ZipReader::read(const ZipEntry &entry, qsizetype maxBytes) const
{
    if (entry.size > maxBytes)
        return tl::unexpected(Error{ErrorCode::ArchiveEntryTooLarge, entry.name});
    const qint64 header = entry.localHeaderOffset;
    if (header + kLocalHeaderSize > m_archive.size() || u32(m_archive, header) != kLocalHeader)
        return tl::unexpected(damaged(QStringLiteral("an entry's header is missing")));
    const qint64 data = header + kLocalHeaderSize + u16(m_archive, header + 26) + u16(m_archive, header + 28);
    if (data + entry.compressedSize > m_archive.size())
        return tl::unexpected(damaged(QStringLiteral("an entry lies outside the archive")));
    const QByteArrayView compressed(m_archive.constData() + data, entry.compressedSize);

    QByteArray bytes;
    if (entry.method == kStored) {
        if (entry.compressedSize != entry.size)
            return tl::unexpected(damaged(QStringLiteral("a stored entry's sizes disagree")));
        bytes = compressed.toByteArray();
    } else if (entry.method == kDeflated) {
        auto inflated = inflateExactly(compressed, entry.size);
        if (!inflated)
            return inflated;
        bytes = std::move(*inflated);
    } else {
        return tl::unexpected(damaged(QStringLiteral("compression method %1 is not supported").arg(entry.method)));
    }
    if (crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())) != entry.crc32)
        return tl::unexpected(damaged(QStringLiteral("an entry's checksum does not match")));
    return bytes;
}

} // namespace tessera::encoding
