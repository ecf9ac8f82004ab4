#pragma once
// Google Authenticator's "Transfer accounts" links: otpauth-migration://offline?data=BASE64, where the
// data is a protobuf payload (google_migration.proto) with several accounts and the position of this
// QR code in a batch (index, size, id). Reading accepts what real exports and other tools produce:
// percent-encoded or raw base64, standard or URL-safe alphabet, with or without padding; '+' is never
// read as a space. Names are kept as written (they often repeat the issuer: "Example:alice@…").

#include "common/error.h"
#include "uri/key_uri.h"

#include <QString>
#include <optional>

#include <string_view>
#include <vector>

namespace tessera::uri {

inline constexpr std::string_view kMigrationScheme = "otpauth-migration://";
// Google Authenticator splits an export into a few QR codes; a link claiming more is refused, so a
// hostile one cannot make the scan page or an import list two billion missing parts.
inline constexpr int kMaxMigrationBatch = 1000;

// An entry of the payload that cannot become an account, and why.
struct MigrationSkip
{
    QString where;  // "entry 3 (Example:alice)"
    QString reason; // one sentence
};

struct MigrationPart
{
    std::vector<KeyUri> accounts;       // the accounts of this part
    std::vector<MigrationSkip> skipped; // entries it cannot carry, with reasons
    int version = 0;
    int batchSize = 1;  // how many QR codes the export has
    int batchIndex = 0; // 0-based position of this one
    int batchId = 0;    // shared by the parts of one export
};

// UriWrongScheme for anything but otpauth-migration://; UriMalformed for bad base64 or protobuf.
Result<MigrationPart> parseMigration(std::string_view text);

// Whether the migration format can carry an account unchanged: TOTP or HOTP, SHA1/256/512, 6 or 8
// digits, 30-second period. The reason ("its period is 60 s") when not.
std::optional<QString> migrationCannotCarry(const KeyUri &account);

// Writes the accounts as links of at most `perCode` accounts each, numbered as one batch with
// `batchId`. Accounts it cannot carry must be left out by the caller (migrationCannotCarry).
std::vector<SecretBytes> writeMigration(const std::vector<const KeyUri *> &accounts, int perCode, int batchId);

} // namespace tessera::uri
