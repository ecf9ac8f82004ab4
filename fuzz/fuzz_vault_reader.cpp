// libFuzzer target: the vault reader. Feeds arbitrary bytes to the header parser, to payload
// decryption with a fixed master key (no KDF, so millions of runs stay fast), and to the payload JSON
// parser directly, since its input is otherwise only reachable through the cipher.
#include "vault/vault_file.h"
#include "vault/vault_payload.h"

#include <QByteArrayView>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const SecretBytes masterKey = SecretBytes::copyOf(std::string_view("fuzzing master key of 32 bytes!!"));
    if (auto parsed = vault::parseVaultFile(bytes)) {
        (void)vault::decryptPayload(*parsed, masterKey);
        (void)vault::serializeHeader(parsed->header);
    }
    if (auto vault = vault::parsePayload(bytes))
        (void)vault::serializePayload(*vault);
    return 0;
}
