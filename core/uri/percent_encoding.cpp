#include "uri/percent_encoding.h"

namespace tessera::uri {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Writes at most text.size() bytes to out; returns how many, or nullopt on a broken escape.
std::optional<std::size_t> decodeInto(std::string_view text, PlusMeans plus, std::uint8_t *out)
{
    std::size_t written = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out[written++] = static_cast<std::uint8_t>(high * 16 + low);
            i += 2;
        } else if (c == '+' && plus == PlusMeans::Space) {
            out[written++] = ' ';
        } else {
            out[written++] = static_cast<std::uint8_t>(c);
        }
    }
    return written;
}

} // namespace

std::optional<QByteArray> percentDecode(std::string_view text, PlusMeans plus)
{
    QByteArray out(static_cast<qsizetype>(text.size()), Qt::Uninitialized);
    auto written = decodeInto(text, plus, reinterpret_cast<std::uint8_t *>(out.data()));
    if (!written)
        return std::nullopt;
    out.truncate(static_cast<qsizetype>(*written));
    return out;
}

std::optional<SecretBytes> percentDecodeSecret(std::string_view text, PlusMeans plus)
{
    SecretBytes out(text.size());
    auto written = decodeInto(text, plus, out.data());
    if (!written)
        return std::nullopt;
    out.truncate(*written);
    return out;
}

QByteArray percentEncode(QByteArrayView bytes)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                                u == '-' || u == '.' || u == '_' || u == '~';
        if (unreserved) {
            out.append(c);
        } else {
            out.append('%');
            out.append(kHex[u >> 4]);
            out.append(kHex[u & 0x0F]);
        }
    }
    return out;
}

} // namespace tessera::uri
