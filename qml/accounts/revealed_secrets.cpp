#include "accounts/revealed_secrets.h"

namespace tessera::bridge {
namespace {

// UTF-8 to UTF-16 straight into `out` (which has room for as many units as `in` has bytes): decoding
// through QString would leave a heap copy nobody wipes. Malformed input becomes U+FFFD.
std::size_t decodeUtf8(std::span<const std::uint8_t> in, char16_t *out)
{
    std::size_t written = 0;
    for (std::size_t i = 0; i < in.size();) {
        const std::uint8_t lead = in[i];
        const int extra = lead < 0x80 ? 0 : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
        char32_t cp = extra == 0 ? lead : extra == 1 ? lead & 0x1F : extra == 2 ? lead & 0x0F : lead & 0x07;
        bool valid = extra >= 0;
        for (int k = 1; valid && k <= extra; ++k) {
            if (i + std::size_t(k) >= in.size() || (in[i + std::size_t(k)] & 0xC0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (in[i + std::size_t(k)] & 0x3F);
        }
        if (!valid || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out[written++] = 0xFFFD;
            ++i;
            continue;
        }
        i += std::size_t(extra) + 1;
        if (cp >= 0x10000) { // a four-byte sequence becomes a surrogate pair: still no more units than bytes
            cp -= 0x10000;
            out[written++] = char16_t(0xD800 + (cp >> 10));
            out[written++] = char16_t(0xDC00 + (cp & 0x3FF));
        } else {
            out[written++] = char16_t(cp);
        }
    }
    return written;
}

} // namespace

RevealedSecrets::RevealedSecrets(QObject *parent) : QObject(parent) {}

RevealedSecrets::~RevealedSecrets()
{
    m_secret.clear();
    m_recoveryCodes.clear();
}

QString RevealedSecrets::keep(const SecretBytes &utf8, std::vector<SecretBytes> &buffers)
{
    SecretBytes buffer(std::max<std::size_t>(utf8.size(), 1) * sizeof(char16_t));
    auto *units = reinterpret_cast<char16_t *>(buffer.data());
    const std::size_t length = decodeUtf8(utf8.bytes(), units);
    buffers.push_back(std::move(buffer)); // the buffer object moves; its bytes stay where the view points
    return QString::fromRawData(reinterpret_cast<const QChar *>(units), qsizetype(length));
}

void RevealedSecrets::forAccount(const QString &accountId)
{
    if (accountId != m_accountId)
        hide();
    m_accountId = accountId;
}

void RevealedSecrets::showSecret(const QString &accountId, const SecretBytes &utf8)
{
    forAccount(accountId);
    hideSecret();
    m_secret = keep(utf8, m_secretBuffers);
    emit changed();
}

void RevealedSecrets::showRecoveryCodes(const QString &accountId, const std::vector<const SecretBytes *> &utf8Codes)
{
    forAccount(accountId);
    m_recoveryCodes.clear();
    wipeBuffers(m_codeBuffers);
    for (const SecretBytes *code : utf8Codes)
        m_recoveryCodes.append(keep(*code, m_codeBuffers));
    m_recoveryCodesShown = true;
    emit changed();
}

void RevealedSecrets::hideSecret()
{
    if (m_secret.isNull() && m_secretBuffers.empty())
        return;
    m_secret = QString();
    emit changed(); // QML lets go of its views before the bytes go
    wipeBuffers(m_secretBuffers);
}

void RevealedSecrets::hide()
{
    const bool anything = !m_secret.isNull() || m_recoveryCodesShown || !m_accountId.isEmpty();
    m_secret = QString();
    m_recoveryCodes.clear();
    m_recoveryCodesShown = false;
    m_accountId.clear();
    if (anything)
        emit changed();
    wipeBuffers(m_secretBuffers);
    wipeBuffers(m_codeBuffers);
}

void RevealedSecrets::wipeBuffers(std::vector<SecretBytes> &buffers)
{
    for (SecretBytes &buffer : buffers) {
        wipe(buffer.data(), buffer.size());
        m_wiped.push_back(std::move(buffer));
    }
    buffers.clear();
}

} // namespace tessera::bridge
