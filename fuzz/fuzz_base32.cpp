// libFuzzer target: Base32. Any text either decodes or is refused with a position inside the text;
// what decodes encodes back to text that decodes to the same bytes; and any bytes, encoded with or
// without padding, decode back to themselves.
#include "encoding/base32.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (auto decoded = base32::decode(text)) {
        const SecretBytes again = base32::encode(decoded->bytes());
        auto redecoded = base32::decode(again.view());
        if (!redecoded || !redecoded->equals(*decoded))
            std::abort();
    }
    for (const auto padding : {base32::Padding::Omit, base32::Padding::Include}) {
        const SecretBytes encoded = base32::encode({data, size}, padding);
        auto decoded = base32::decode(encoded.view());
        if (!decoded || decoded->view() != text)
            std::abort();
    }
    return 0;
}
