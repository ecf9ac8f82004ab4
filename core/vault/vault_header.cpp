#include "vault/vault_header.h"

#include "crypto/aead.h"

#include <QtEndian>
#include <algorithm>

namespace tessera::vault {
namespace {

constexpr QByteArrayView kMagic("TESSERA\0", 8);
constexpr quint8 kKdfArgon2id13 = 1;
constexpr qsizetype kChecksumSize = 32;
constexpr qsizetype kWrappedKeySize = crypto::kAeadNonceSize + 32 + crypto::kAeadTagSize;
constexpr qsizetype kPasswordSlotBody = 1 + 4 + 8 + crypto::kArgon2SaltSize + kWrappedKeySize;
constexpr qsizetype kKeychainSlotBody = kWrappedKeySize;

template <typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// A bounds-checked reader: every read either succeeds or marks the whole parse as failed.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}
    bool ok() const { return m_ok; }
    qsizetype position() const { return m_pos; }
    QByteArrayView take(qsizetype n)
    {
        if (!m_ok || n < 0 || m_data.size() - m_pos < n) {
            m_ok = false;
            return {};
        }
        const QByteArrayView part = m_data.sliced(m_pos, n);
        m_pos += n;
        return part;
    }
    template <typename T>
    T get()
    {
        const QByteArrayView part = take(sizeof(T));
        return m_ok ? qFromLittleEndian<T>(part.data()) : T{};
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

tl::unexpected<Error> damaged(const QString &what)
{
    return fail(ErrorCode::Corrupted, what);
}

Result<KeySlot> readSlot(Reader &r)
{
    KeySlot slot;
    const quint8 type = r.get<quint8>();
    const quint16 length = r.get<quint16>();
    Reader body(r.take(length));
    if (!r.ok())
        return damaged(QStringLiteral("truncated key slot"));
    if (type == quint8(SlotType::Password) && length == kPasswordSlotBody) {
        slot.type = SlotType::Password;
        if (body.get<quint8>() != kKdfArgon2id13)
            return damaged(QStringLiteral("unknown key derivation"));
        slot.kdf.opsLimit = body.get<quint32>();
        slot.kdf.memLimitBytes = body.get<quint64>();
        slot.salt = body.take(crypto::kArgon2SaltSize).toByteArray();
        if (!crypto::withinReadBounds(slot.kdf))
            return damaged(QStringLiteral("key derivation parameters out of bounds"));
    } else if (type == quint8(SlotType::Keychain) && length == kKeychainSlotBody) {
        slot.type = SlotType::Keychain;
    } else {
        return damaged(QStringLiteral("unknown key slot"));
    }
    slot.wrappedKey = body.take(kWrappedKeySize).toByteArray();
    return slot;
}

} // namespace

bool VaultHeader::hasSlot(SlotType type) const
{
    return std::any_of(keySlots.begin(), keySlots.end(), [&](const KeySlot &s) { return s.type == type; });
}

QByteArray serializeHeader(const VaultHeader &h)
{
    QByteArray out = kMagic.toByteArray();
    put<quint16>(out, kFormatVersion);
    put<quint16>(out, 0); // flags, reserved
    out += h.vaultId;
    put<quint64>(out, h.revision);
    put<quint8>(out, static_cast<quint8>(h.keySlots.size()));
    for (const KeySlot &slot : h.keySlots) {
        put<quint8>(out, static_cast<quint8>(slot.type));
        if (slot.type == SlotType::Password) {
            put<quint16>(out, kPasswordSlotBody);
            put<quint8>(out, kKdfArgon2id13);
            put<quint32>(out, slot.kdf.opsLimit);
            put<quint64>(out, slot.kdf.memLimitBytes);
            out += slot.salt;
        } else {
            put<quint16>(out, kKeychainSlotBody);
        }
        out += slot.wrappedKey;
    }
    out += h.payloadNonce;
    out += crypto::checksum(out);
    return out;
}

Result<ParsedVaultFile> parseVaultFile(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return damaged(QStringLiteral("the file is empty"));
    if (bytes.size() > kMaxVaultFileSize)
        return damaged(QStringLiteral("the file is larger than 256 MiB"));
    Reader r(bytes);
    if (r.take(kMagic.size()) != kMagic)
        return damaged(r.ok() ? QStringLiteral("not a Tessera vault") : QStringLiteral("the file is truncated"));
    const quint16 version = r.get<quint16>();
    if (r.ok() && version > kFormatVersion)
        return fail(ErrorCode::UnsupportedVersion, QString::number(version));
    ParsedVaultFile parsed;
    r.get<quint16>(); // flags: none defined in version 1
    parsed.header.vaultId = r.take(kVaultIdSize).toByteArray();
    parsed.header.revision = r.get<quint64>();
    const quint8 slotCount = r.get<quint8>();
    if (!r.ok() || version == 0 || slotCount == 0 || slotCount > kMaxSlots)
        return damaged(r.ok() ? QStringLiteral("bad header") : QStringLiteral("the file is truncated"));
    for (int i = 0; i < slotCount; ++i) {
        auto slot = readSlot(r);
        if (!slot)
            return tl::unexpected(slot.error());
        parsed.header.keySlots.append(*slot);
    }
    parsed.header.payloadNonce = r.take(crypto::kAeadNonceSize).toByteArray();
    const qsizetype checkedLength = r.position();
    const QByteArrayView storedChecksum = r.take(kChecksumSize);
    if (!r.ok())
        return damaged(QStringLiteral("the file is truncated"));
    if (crypto::checksum(bytes.first(checkedLength)) != storedChecksum)
        return damaged(QStringLiteral("header checksum mismatch"));
    parsed.headerBytes = bytes.first(r.position()).toByteArray();
    parsed.ciphertext = bytes.sliced(r.position()).toByteArray();
    if (parsed.ciphertext.size() < qsizetype(crypto::kAeadTagSize))
        return damaged(QStringLiteral("the file is truncated"));
    return parsed;
}

} // namespace tessera::vault
