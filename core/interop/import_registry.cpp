#include "interop/import_registry.h"

#include "interop/import_support.h"
#include "interop/importers/aegis_importer.h"
#include "interop/importers/and_otp_importer.h"
#include "interop/importers/authy_importer.h"
#include "interop/importers/bitwarden_csv_importer.h"
#include "interop/importers/bitwarden_importer.h"
#include "interop/importers/duo_importer.h"
#include "interop/importers/ente_importer.h"
#include "interop/importers/freeotp2_importer.h"
#include "interop/importers/freeotp_plus_importer.h"
#include "interop/importers/google_migration_list_importer.h"
#include "interop/importers/lastpass_importer.h"
#include "interop/importers/otpauth_list_importer.h"
#include "interop/importers/otpclient_importer.h"
#include "interop/importers/proton_authenticator_importer.h"
#include "interop/importers/steam_guard_importer.h"
#include "interop/importers/stratum_importer.h"
#include "interop/importers/tessera_backup_importer.h"
#include "interop/importers/totp_authenticator_importer.h"
#include "interop/importers/two_fas_importer.h"

namespace tessera::interop {
namespace {

struct Alias
{
    const char *alias;
    const char *id;
};

// Names people know the same file by.
constexpr Alias kAliases[] = {
    {"winauth", "otpauth"},          {"uri", "otpauth"},          {"freeotp+", "freeotp-plus"},
    {"authenticator-pro", "stratum"}, {"authenticatorpro", "stratum"}, {"google", "google-migration"},
    {"google-authenticator", "google-migration"}, {"ente-auth", "ente"}, {"twofas", "2fas"},
    {"freeotp", "freeotp2"},
};

} // namespace

const std::vector<ImportFormat> &importFormats()
{
    // Detection order: magic numbers, then JSON shapes (most specific first), then text, then andOTP, whose
    // encrypted files have no marker at all.
    static const std::vector<ImportFormat> formats{
        {QStringLiteral("tessera"), kTesseraName, detectTesseraBackup, importTesseraBackup},
        {QStringLiteral("stratum"), kStratumName, detectStratum, importStratum},
        {QStringLiteral("otpclient"), kOtpClientName, detectOtpClient, importOtpClient},
        {QStringLiteral("freeotp2"), kFreeOtp2Name, detectFreeOtp2, importFreeOtp2},
        {QStringLiteral("aegis"), kAegisName, detectAegis, importAegis},
        {QStringLiteral("2fas"), kTwoFasName, detectTwoFas, importTwoFas},
        {QStringLiteral("ente"), kEnteName, detectEnte, importEnte},
        {QStringLiteral("bitwarden"), kBitwardenName, detectBitwarden, importBitwarden},
        {QStringLiteral("freeotp-plus"), kFreeOtpPlusName, detectFreeOtpPlus, importFreeOtpPlus},
        {QStringLiteral("lastpass"), kLastPassName, detectLastPass, importLastPass},
        {QStringLiteral("proton"), kProtonName, detectProtonAuthenticator, importProtonAuthenticator},
        {QStringLiteral("steam"), kSteamName, detectSteamGuard, importSteamGuard},
        {QStringLiteral("duo"), kDuoName, detectDuo, importDuo},
        {QStringLiteral("authy"), kAuthyName, detectAuthy, importAuthy},
        {QStringLiteral("bitwarden-csv"), kBitwardenCsvName, detectBitwardenCsv, importBitwardenCsv},
        {QStringLiteral("google-migration"), kGoogleMigrationName, detectGoogleMigrationList, importGoogleMigrationList},
        {QStringLiteral("otpauth"), kOtpauthListName, detectOtpauthList, importOtpauthListFile},
        {QStringLiteral("totp-authenticator"), kTotpAuthenticatorName, detectTotpAuthenticator, importTotpAuthenticator},
        {QStringLiteral("andotp"), kAndOtpName, detectAndOtp, importAndOtp},
    };
    return formats;
}

const ImportFormat *findImportFormat(QStringView id)
{
    QString wanted = id.trimmed().toString().toLower();
    for (const Alias &alias : kAliases)
        if (wanted == QLatin1String(alias.alias))
            wanted = QLatin1String(alias.id);
    for (const ImportFormat &format : importFormats())
        if (format.id == wanted)
            return &format;
    return nullptr;
}

static SniffedFile sniff(QByteArrayView bytes)
{
    SniffedFile file{bytes, std::nullopt};
    const QByteArrayView trimmed = withoutBom(bytes).trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        file.json = parseJson(bytes);
    return file;
}

std::optional<DetectedFormat> detectImportFormat(QByteArrayView bytes)
{
    const SniffedFile file = sniff(bytes);
    for (const ImportFormat &format : importFormats())
        if (auto protection = format.detect(file))
            return DetectedFormat{&format, *protection};
    return std::nullopt;
}

Protection protectionOf(const ImportFormat &format, QByteArrayView bytes)
{
    return format.detect(sniff(bytes)).value_or(Protection::Plain);
}

Result<void> checkImportShape(QByteArrayView bytes)
{
    qsizetype fields = 0;
    for (char c : bytes)
        fields += c == ',' || c == '[' || c == '{' || c == '\n';
    if (fields > kMaxImportFields)
        return fail(ErrorCode::ImportTooCostly, QStringLiteral("%1 fields and values").arg(fields));
    return {};
}

} // namespace tessera::interop
