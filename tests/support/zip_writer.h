#pragma once
// Writes small ZIP archives for tests, including ones a hostile pack would contain: each entry's
// declared sizes, CRC-32 and flags can be made to lie.

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <zlib.h>

#include <vector>

namespace tessera::test {

struct ZipItem
{
    QString name;
    QByteArray bytes;
    bool deflate = true;
    qint64 declaredSize = -1;  // -1: the real size
    qint64 declaredCrc = -1;   // -1: the real CRC-32
    quint16 flags = 0x0800;    // UTF-8 names
};

inline QByteArray rawDeflate(const QByteArray &bytes)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

inline QByteArray makeZip(const std::vector<ZipItem> &items)
{
    auto u16 = [](QByteArray &out, quint16 v) { char b[2]; qToLittleEndian(v, b); out.append(b, 2); };
    auto u32 = [](QByteArray &out, quint32 v) { char b[4]; qToLittleEndian(v, b); out.append(b, 4); };
    QByteArray archive, directory;
    for (const ZipItem &item : items) {
        const QByteArray name = item.name.toUtf8();
        const QByteArray data = item.deflate ? rawDeflate(item.bytes) : item.bytes;
        const quint32 crc = item.declaredCrc >= 0 ? quint32(item.declaredCrc)
                                                  : quint32(crc32(0, reinterpret_cast<const Bytef *>(item.bytes.constData()), uInt(item.bytes.size())));
        const quint32 size = item.declaredSize >= 0 ? quint32(item.declaredSize) : quint32(item.bytes.size());
        const quint32 offset = quint32(archive.size());
        u32(archive, 0x04034b50); u16(archive, 20); u16(archive, item.flags); u16(archive, item.deflate ? 8 : 0);
        u16(archive, 0); u16(archive, 0x21); u32(archive, crc); u32(archive, quint32(data.size())); u32(archive, size);
        u16(archive, quint16(name.size())); u16(archive, 0);
        archive += name + data;
        u32(directory, 0x02014b50); u16(directory, 20); u16(directory, 20); u16(directory, item.flags);
        u16(directory, item.deflate ? 8 : 0); u16(directory, 0); u16(directory, 0x21); u32(directory, crc);
        u32(directory, quint32(data.size())); u32(directory, size); u16(directory, quint16(name.size()));
        u16(directory, 0); u16(directory, 0); u16(directory, 0); u16(directory, 0); u32(directory, 0); u32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(archive.size());
    archive += directory;
    u32(archive, 0x06054b50); u16(archive, 0); u16(archive, 0); u16(archive, quint16(items.size()));
    u16(archive, quint16(items.size())); u32(archive, quint32(directory.size())); u32(archive, directoryOffset);
    u16(archive, 0);
    return archive;
}

} // namespace tessera::test
