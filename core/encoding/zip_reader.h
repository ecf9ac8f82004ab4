#pragma once
// Reading files out of a ZIP archive held in memory (an Aegis icon pack). Read-only, stored and
// deflated entries, no encryption, no ZIP64 — what such packs use. Built for hostile archives: every
// size is checked against the archive before it is used, an entry is inflated into a buffer of the
// size it declares (never grown), and its CRC-32 must match. Qt's own ZIP reader is private API and
// grows its buffer until a lying entry fits, so a small archive could ask for gigabytes.

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace tessera::encoding {

struct ZipEntry
{
    QString name;          // as stored: '/'-separated, never touched as a path on disk
    quint16 method = 0;    // 0 stored, 8 deflated
    quint32 crc32 = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;      // as declared; read() holds the entry to it
    quint32 localHeaderOffset = 0;
};

class ZipReader
{
public:
    // Lists the archive's entries; ArchiveDamaged (with what is wrong) when it is no ZIP archive, uses
    // what is not supported (encryption, ZIP64, several disks) or holds more than maxEntries entries.
    static Result<ZipReader> open(QByteArray archive, int maxEntries);

    const std::vector<ZipEntry> &entries() const { return m_entries; }
    const ZipEntry *find(QStringView name) const;
    // The entry's bytes, if it declares at most maxBytes (else ArchiveEntryTooLarge, nothing inflated).
    Result<QByteArray> read(const ZipEntry &entry, qsizetype maxBytes) const;

private:
    QByteArray m_archive;
    std::vector<ZipEntry> m_entries;
};

} // namespace tessera::encoding
