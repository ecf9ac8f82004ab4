#pragma once
// Writes one flat JSON object straight to a stream, fields in the order given. The CLI's --json
// output can contain a secret, so the value is streamed from its buffer, never kept in a QString.

#include <QString>
#include <cstdint>
#include <cstdio>
#include <string_view>

namespace tessera::cli {

class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(std::FILE *out);
    ~JsonObjectWriter(); // closes the object and ends the line

    void field(std::string_view key, const QString &value);
    void field(std::string_view key, std::string_view utf8Value);
    void field(std::string_view key, std::int64_t value);
    void field(std::string_view key, std::uint64_t value);
    void field(std::string_view key, int value) { field(key, static_cast<std::int64_t>(value)); }
    // Named apart from field(): a string literal would otherwise pick a bool or double overload.
    void number(std::string_view key, double value, int decimals);
    void flag(std::string_view key, bool value);

private:
    void key(std::string_view name);
    void string(std::string_view utf8);

    std::FILE *m_out;
    bool m_first = true;
};

} // namespace tessera::cli
