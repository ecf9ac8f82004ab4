#include "interop/importers/java_string_map.h"

#include <QList>
#include <QtEndian>

namespace tessera::interop {
namespace {

enum : quint8 {
    TcNull = 0x70,
    TcReference = 0x71,
    TcClassDesc = 0x72,
    TcObject = 0x73,
    TcString = 0x74,
    TcBlockData = 0x77,
    TcEndBlockData = 0x78,
    TcLongString = 0x7C,
};
constexpr quint8 kWriteMethodFlag = 0x01;
constexpr quint32 kBaseHandle = 0x7E0000;
constexpr int kMaxDepth = 8;

class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_bytes(bytes) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_bytes.size(); }

    quint8 byte() { return take(1) ? quint8(m_bytes[m_pos - 1]) : 0; }
    quint16 u16() { return take(2) ? qFromBigEndian<quint16>(m_bytes.data() + m_pos - 2) : 0; }
    quint32 u32() { return take(4) ? qFromBigEndian<quint32>(m_bytes.data() + m_pos - 4) : 0; }
    quint64 u64() { return take(8) ? qFromBigEndian<quint64>(m_bytes.data() + m_pos - 8) : 0; }
    QByteArrayView raw(quint64 size)
    {
        if (size > quint64(m_bytes.size() - m_pos))
            return failView();
        m_pos += qsizetype(size);
        return m_bytes.sliced(m_pos - qsizetype(size), qsizetype(size));
    }
    quint8 peek() const { return m_pos < m_bytes.size() ? quint8(m_bytes[m_pos]) : 0; }
    void failHere() { m_ok = false; }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || m_bytes.size() - m_pos < size)
            return m_ok = false;
        m_pos += size;
        return true;
    }
    QByteArrayView failView()
    {
        m_ok = false;
        return {};
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// Every object in the stream gets the next handle; strings are remembered so references resolve.
// A back-reference hands out a string again without its bytes being in the file again: a 30 MiB string
// referred to by thousands of entries would be parsed thousands of times. Everything handed out,
// references included, may add up to the file's size plus this much.
constexpr qsizetype kMaxRepeatedBytes = 1024 * 1024;

class MapParser
{
public:
    explicit MapParser(QByteArrayView bytes) : m_in(bytes), m_allowance(bytes.size() + kMaxRepeatedBytes) {}

    std::optional<QHash<QString, QString>> parse()
    {
        if (m_in.raw(4) != QByteArrayView(kJavaStreamMagic.data(), 4) || m_in.byte() != TcObject)
            return std::nullopt;
        quint8 flags = 0;
        QList<char> fieldTypes;
        if (!classDesc(flags, fieldTypes, 0) || !(flags & kWriteMethodFlag))
            return std::nullopt;
        newHandle({});
        for (char type : fieldTypes) // HashMap: float loadFactor, int threshold
            m_in.raw(primitiveSize(type));
        // Block data: capacity and size, then the key/value objects, then the end marker.
        if (m_in.byte() != TcBlockData)
            return std::nullopt;
        const quint8 blockSize = m_in.byte();
        const QByteArrayView block = m_in.raw(blockSize);
        if (!m_in.ok() || block.size() < 8)
            return std::nullopt;
        const quint32 size = qFromBigEndian<quint32>(block.data() + 4);
        QHash<QString, QString> map;
        for (quint32 i = 0; i < size && m_in.ok(); ++i) {
            auto key = string();
            auto value = string();
            if (!key || !value)
                return std::nullopt;
            map.insert(*key, *value);
        }
        if (!m_in.ok() || m_in.byte() != TcEndBlockData)
            return std::nullopt;
        return map;
    }

private:
    static qsizetype primitiveSize(char type)
    {
        switch (type) {
        case 'B':
        case 'Z':
            return 1;
        case 'C':
        case 'S':
            return 2;
        case 'I':
        case 'F':
            return 4;
        case 'J':
        case 'D':
            return 8;
        default:
            return 0; // objects (a HashMap has none among its serialised fields)
        }
    }

    void newHandle(const std::optional<QString> &text) { m_handles.append(text); }

    QString utf(quint64 size)
    {
        const QByteArrayView bytes = m_in.raw(size);
        return QString::fromUtf8(bytes); // modified UTF-8 equals UTF-8 for everything but NUL and emoji
    }

    std::optional<QString> string()
    {
        switch (m_in.byte()) {
        case TcString: {
            QString text = utf(m_in.u16());
            newHandle(text);
            return m_in.ok() && handOut(text.size()) ? std::optional(text) : std::nullopt;
        }
        case TcLongString: {
            QString text = utf(m_in.u64());
            newHandle(text);
            return m_in.ok() && handOut(text.size()) ? std::optional(text) : std::nullopt;
        }
        case TcReference: {
            const quint32 handle = m_in.u32() - kBaseHandle;
            if (!m_in.ok() || handle >= quint32(m_handles.size()))
                return std::nullopt;
            const std::optional<QString> &text = m_handles.at(handle);
            if (text && !handOut(text->size()))
                return std::nullopt;
            return text;
        }
        default:
            return std::nullopt;
        }
    }

    // A class descriptor and its super classes; the fields of the outermost class are returned.
    bool classDesc(quint8 &flags, QList<char> &fieldTypes, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        const quint8 tag = m_in.byte();
        if (tag == TcNull)
            return depth > 0;
        if (tag != TcClassDesc)
            return false;
        utf(m_in.u16()); // class name
        m_in.u64();      // serialVersionUID
        newHandle({});
        flags = m_in.byte();
        const quint16 fields = m_in.u16();
        for (quint16 i = 0; i < fields && m_in.ok(); ++i) {
            const char type = char(m_in.byte());
            utf(m_in.u16());
            if (type == 'L' || type == '[') {
                if (!string())
                    return false;
            }
            fieldTypes.append(type);
        }
        if (m_in.byte() != TcEndBlockData) // no class annotations in a plain HashMap
            return false;
        if (m_in.peek() == TcNull) {
            m_in.byte();
            return m_in.ok();
        }
        quint8 superFlags = 0;
        QList<char> superFields;
        return classDesc(superFlags, superFields, depth + 1) && m_in.ok();
    }

    // Counts what is handed out against the allowance; false (and the stream fails) when it is spent.
    bool handOut(qsizetype characters)
    {
        m_allowance -= characters;
        if (m_allowance < 0) {
            m_in.failHere();
            m_repeatedTooMuch = true;
        }
        return m_allowance >= 0;
    }

    Reader m_in;
    QList<std::optional<QString>> m_handles;
    qsizetype m_allowance;

public:
    bool m_repeatedTooMuch = false; // why parse() failed, when it was this
};

} // namespace

Result<QHash<QString, QString>> readJavaStringMap(QByteArrayView bytes)
{
    MapParser parser(bytes);
    auto map = parser.parse();
    if (parser.m_repeatedTooMuch)
        return fail(ErrorCode::ImportTooCostly, QStringLiteral("the same text read again and again (back-references)"));
    if (!map)
        return fail(ErrorCode::Corrupted);
    return std::move(*map);
}

} // namespace tessera::interop
