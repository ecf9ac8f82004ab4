#include "common/secret_line.h"

namespace tessera {

SecretBytes readSecretLine(std::FILE *stream, std::size_t maxLength)
{
    SecretBytes line(maxLength);
    std::size_t length = 0;
    int c = 0;
    while (length < maxLength && (c = std::fgetc(stream)) != EOF && c != '\n')
        line.data()[length++] = static_cast<std::uint8_t>(c);
    if (length > 0 && line.data()[length - 1] == '\r')
        --length;
    line.truncate(length);
    return line;
}

} // namespace tessera
