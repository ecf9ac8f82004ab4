#include "json_writer.h"

#include <cmath>

namespace tessera::cli {

JsonObjectWriter::JsonObjectWriter(std::FILE *out) : m_out(out)
{
    std::fputc('{', m_out);
}

JsonObjectWriter::~JsonObjectWriter()
{
    std::fputs("}\n", m_out);
}

void JsonObjectWriter::field(std::string_view name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    field(name, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

void JsonObjectWriter::field(std::string_view name, std::string_view utf8Value)
{
    key(name);
    string(utf8Value);
}

void JsonObjectWriter::field(std::string_view name, std::int64_t value)
{
    key(name);
    std::fprintf(m_out, "%lld", static_cast<long long>(value));
}

void JsonObjectWriter::field(std::string_view name, std::uint64_t value)
{
    key(name);
    std::fprintf(m_out, "%llu", static_cast<unsigned long long>(value));
}

void JsonObjectWriter::number(std::string_view name, double value, int decimals)
{
    key(name);
    if (std::isfinite(value))
        std::fprintf(m_out, "%.*f", decimals, value);
    else
        std::fputs("null", m_out); // JSON has no NaN or infinity
}

void JsonObjectWriter::flag(std::string_view name, bool value)
{
    key(name);
    std::fputs(value ? "true" : "false", m_out);
}

void JsonObjectWriter::key(std::string_view name)
{
    if (!m_first)
        std::fputc(',', m_out);
    m_first = false;
    string(name);
    std::fputc(':', m_out);
}

// RFC 8259 §7: quote, backslash and control characters are escaped; other UTF-8 passes through.
void JsonObjectWriter::string(std::string_view utf8)
{
    std::fputc('"', m_out);
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            std::fputc('\\', m_out);
            std::fputc(c, m_out);
        } else if (u < 0x20) {
            std::fprintf(m_out, "\\u%04x", u);
        } else {
            std::fputc(c, m_out);
        }
    }
    std::fputc('"', m_out);
}

} // namespace tessera::cli
