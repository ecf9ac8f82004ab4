#include "encoding/base32.h"

#include <array>

namespace tessera::base32 {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::int8_t kSeparator = -2;
constexpr std::int8_t kInvalid = -1;

constexpr std::array<std::int8_t, 256> makeDecodeTable()
{
    std::array<std::int8_t, 256> table{};
    table.fill(kInvalid);
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
        table[static_cast<unsigned char>(kAlphabet[i] | 0x20)] = static_cast<std::int8_t>(i); // lower case
    }
    for (char c : {' ', '\t', '\r', '\n', '-'})
        table[static_cast<unsigned char>(c)] = kSeparator;
    return table;
}

constexpr auto kDecode = makeDecodeTable();

bool isContinuationByte(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// The whole UTF-8 character starting at text[i], so the message shows what the user typed.
QString characterAt(std::string_view text, std::size_t i)
{
    std::size_t end = i + 1;
    while (end < text.size() && isContinuationByte(static_cast<unsigned char>(text[end])))
        ++end;
    return QString::fromUtf8(text.data() + i, static_cast<qsizetype>(end - i));
}

} // namespace

Result<SecretBytes> decode(std::string_view text)
{
    SecretBytes out(text.size() * 5 / 8);
    std::size_t written = 0;
    std::uint32_t buffer = 0; // holds fewer than 13 pending bits at any time
    int bits = 0;
    int position = 0;
    bool inPadding = false;

    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isContinuationByte(c))
            continue;
        ++position;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0)
            continue; // U+00A0 no-break space, common when copying from web pages
        const std::int8_t value = kDecode[c];
        if (value == kSeparator)
            continue;
        if (c == '=') {
            inPadding = true;
            continue;
        }
        if (value == kInvalid || inPadding)
            return fail(ErrorCode::InvalidBase32, characterAt(text, i), position);
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.data()[written++] = static_cast<std::uint8_t>(buffer >> bits);
            buffer &= (1u << bits) - 1u;
        }
    }
    buffer = 0;
    out.truncate(written);
    return out;
}

SecretBytes encode(std::span<const std::uint8_t> bytes, Padding padding)
{
    const std::size_t dataChars = (bytes.size() * 8 + 4) / 5;
    const std::size_t totalChars = padding == Padding::Include ? (bytes.size() + 4) / 5 * 8 : dataChars;
    SecretBytes out(totalChars);
    std::size_t written = 0;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.data()[written++] = static_cast<std::uint8_t>(kAlphabet[(buffer >> bits) & 0x1F]);
        }
        buffer &= (1u << bits) - 1u;
    }
    if (bits > 0)
        out.data()[written++] = static_cast<std::uint8_t>(kAlphabet[(buffer << (5 - bits)) & 0x1F]);
    while (written < totalChars)
        out.data()[written++] = '=';
    buffer = 0;
    return out;
}

} // namespace tessera::base32
