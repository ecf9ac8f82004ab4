#include "uri/google_migration.h"

#include "google_migration.pb.h" // generated into the build folder
#include "uri/percent_encoding.h"

#include <QByteArray>
#include <algorithm>
#include <cctype>

namespace tessera::uri {
namespace {

using Proto = tessera::migration::Payload;

constexpr std::string_view kDataKey = "data=";
constexpr std::int64_t kMigrationPeriodSeconds = 30;

// Wipes a std::string that held secrets before it is freed.
void wipeString(std::string &s)
{
    wipe(s.data(), s.size());
}

// Wipes a QByteArray that held secrets (it must not share its data).
void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        wipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

// The value of data= in the query, still percent-encoded.
std::optional<std::string_view> dataParameter(std::string_view text)
{
    const auto query = text.find('?');
    if (query == std::string_view::npos)
        return std::nullopt;
    std::string_view rest = text.substr(query + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        if (pair.substr(0, kDataKey.size()) == kDataKey)
            return pair.substr(kDataKey.size());
        if (amp == std::string_view::npos)
            break;
        rest.remove_prefix(amp + 1);
    }
    return std::nullopt;
}

// Standard or URL-safe base64, padding optional. Empty on any other character.
QByteArray decodeBase64(QByteArray text)
{
    while (text.endsWith('='))
        text.chop(1);
    const bool urlSafe = text.contains('-') || text.contains('_');
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
                         QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors;
    auto decoded = QByteArray::fromBase64Encoding(text, options);
    wipeBytes(text);
    return decoded ? std::move(decoded.decoded) : QByteArray();
}

QString where(int entry, const QString &issuer, const QString &name)
{
    const QString label = issuer.isEmpty() ? name : name.isEmpty() ? issuer : issuer + u':' + name;
    return label.isEmpty() ? QStringLiteral("entry %1").arg(entry) : QStringLiteral("entry %1 (%2)").arg(entry).arg(label);
}

std::optional<QString> paramsFrom(const Proto::OtpParameters &in, otp::OtpParams &out)
{
    switch (in.type()) {
    case Proto::OTP_TYPE_HOTP:
        out.type = otp::OtpType::Hotp;
        out.counter = in.counter();
        break;
    case Proto::OTP_TYPE_TOTP:
    case Proto::OTP_TYPE_UNSPECIFIED: // Google writes TOTP; unspecified means the default, TOTP
        out.type = otp::OtpType::Totp;
        out.periodSeconds = kMigrationPeriodSeconds;
        break;
    default:
        return QStringLiteral("its type (%1) is unknown").arg(int(in.type()));
    }
    switch (in.algorithm()) {
    case Proto::ALGORITHM_UNSPECIFIED:
    case Proto::ALGORITHM_SHA1:
        out.algorithm = otp::Algorithm::Sha1;
        break;
    case Proto::ALGORITHM_SHA256:
        out.algorithm = otp::Algorithm::Sha256;
        break;
    case Proto::ALGORITHM_SHA512:
        out.algorithm = otp::Algorithm::Sha512;
        break;
    case Proto::ALGORITHM_MD5:
        return QStringLiteral("it uses MD5, which Tessera does not support");
    default:
        return QStringLiteral("its algorithm (%1) is unknown").arg(int(in.algorithm()));
    }
    switch (in.digits()) {
    case Proto::DIGIT_COUNT_UNSPECIFIED:
    case Proto::DIGIT_COUNT_SIX:
        out.digits = 6;
        break;
    case Proto::DIGIT_COUNT_EIGHT:
        out.digits = 8;
        break;
    default:
        return QStringLiteral("its digit count (%1) is unknown").arg(int(in.digits()));
    }
    return std::nullopt;
}

} // namespace

Result<MigrationPart> parseMigration(std::string_view text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.remove_suffix(1);
    if (text.size() > kMaxUriBytes)
        return fail(ErrorCode::UriTooLong);
    const std::string_view scheme = text.substr(0, kMigrationScheme.size());
    if (scheme.size() != kMigrationScheme.size() ||
        !std::equal(scheme.begin(), scheme.end(), kMigrationScheme.begin(),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }))
        return fail(ErrorCode::UriWrongScheme, QString::fromLatin1(text.substr(0, text.find(':'))));
    const auto data = dataParameter(text);
    if (!data || data->empty())
        return fail(ErrorCode::UriMalformed, QStringLiteral("no data parameter"));
    auto unescaped = percentDecode(*data, PlusMeans::Plus); // '+' is a base64 digit here
    if (!unescaped)
        return fail(ErrorCode::UriBadPercentEncoding, QStringLiteral("the data"));
    QByteArray bytes = decodeBase64(std::move(*unescaped));
    if (bytes.isEmpty())
        return fail(ErrorCode::UriMalformed, QStringLiteral("the data is not base64"));

    Proto payload;
    bool parsed = false;
    {
        // A name that is not UTF-8 fails the parse, which says so below; protobuf would also print an
        // error line on stderr for every such link a hostile picture or file holds.
        const google::protobuf::LogSilencer quiet;
        parsed = payload.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()));
    }
    wipeBytes(bytes);
    if (!parsed)
        return fail(ErrorCode::UriMalformed, QStringLiteral("the data is not a Google Authenticator export"));

    MigrationPart part;
    part.version = payload.version();
    part.batchSize = std::max(payload.batch_size(), 1);
    part.batchIndex = payload.batch_index();
    part.batchId = payload.batch_id();
    if (part.batchSize > kMaxMigrationBatch)
        return fail(ErrorCode::UriMalformed, QStringLiteral("an export of %1 QR codes").arg(part.batchSize));
    if (part.batchIndex < 0 || part.batchIndex >= part.batchSize)
        return fail(ErrorCode::UriMalformed, QStringLiteral("part %1 of %2 does not exist").arg(qint64(part.batchIndex) + 1).arg(part.batchSize));

    int entry = 0;
    for (Proto::OtpParameters &in : *payload.mutable_otp_parameters()) {
        ++entry;
        KeyUri account;
        account.issuer = QString::fromStdString(in.issuer()).trimmed();
        account.name = QString::fromStdString(in.name()).trimmed();
        const auto problem = in.secret().empty() ? std::optional(QStringLiteral("it has no secret"))
                                                 : paramsFrom(in, account.params);
        if (problem) {
            part.skipped.push_back({where(entry, account.issuer, account.name), *problem});
        } else {
            account.secret = SecretBytes::copyOf(std::string_view(in.secret()));
            part.accounts.push_back(std::move(account));
        }
        wipeString(*in.mutable_secret());
    }
    return part;
}

std::optional<QString> migrationCannotCarry(const KeyUri &account)
{
    const otp::OtpParams &p = account.params;
    if (p.type == otp::OtpType::Steam)
        return QStringLiteral("Steam codes are not part of the format");
    if (p.digits != 6 && p.digits != 8)
        return QStringLiteral("it has %1 digits (the format knows 6 and 8)").arg(p.digits);
    if (p.type == otp::OtpType::Totp && p.periodSeconds != kMigrationPeriodSeconds)
        return QStringLiteral("its period is %1 s (the format knows only 30 s)").arg(p.periodSeconds);
    return std::nullopt;
}

std::vector<SecretBytes> writeMigration(const std::vector<const KeyUri *> &accounts, int perCode, int batchId)
{
    perCode = std::max(perCode, 1);
    const int parts = std::max(1, int((accounts.size() + std::size_t(perCode) - 1) / std::size_t(perCode)));
    std::vector<SecretBytes> links;
    for (int index = 0; index < parts; ++index) {
        Proto payload;
        payload.set_version(1);
        payload.set_batch_size(parts);
        payload.set_batch_index(index);
        payload.set_batch_id(batchId);
        const std::size_t end = std::min(accounts.size(), std::size_t(index + 1) * std::size_t(perCode));
        for (std::size_t i = std::size_t(index) * std::size_t(perCode); i < end; ++i) {
            const KeyUri &a = *accounts[i];
            Proto::OtpParameters *out = payload.add_otp_parameters();
            out->set_secret(a.secret.view().data(), a.secret.size());
            out->set_name(a.name.toStdString());
            out->set_issuer(a.issuer.toStdString());
            out->set_algorithm(a.params.algorithm == otp::Algorithm::Sha256   ? Proto::ALGORITHM_SHA256
                               : a.params.algorithm == otp::Algorithm::Sha512 ? Proto::ALGORITHM_SHA512
                                                                              : Proto::ALGORITHM_SHA1);
            out->set_digits(a.params.digits == 8 ? Proto::DIGIT_COUNT_EIGHT : Proto::DIGIT_COUNT_SIX);
            out->set_type(a.params.type == otp::OtpType::Hotp ? Proto::OTP_TYPE_HOTP : Proto::OTP_TYPE_TOTP);
            if (a.params.type == otp::OtpType::Hotp)
                out->set_counter(a.params.counter);
        }
        std::string serialized = payload.SerializeAsString();
        for (Proto::OtpParameters &entry : *payload.mutable_otp_parameters())
            wipeString(*entry.mutable_secret());
        QByteArray raw(serialized.data(), qsizetype(serialized.size()));
        wipeString(serialized);
        QByteArray base64 = raw.toBase64();
        wipeBytes(raw);
        QByteArray encoded = percentEncode(base64);
        wipeBytes(base64);
        constexpr std::string_view head = "otpauth-migration://offline?data=";
        SecretBytes link(head.size() + std::size_t(encoded.size()));
        std::copy(head.begin(), head.end(), link.data());
        std::copy(encoded.cbegin(), encoded.cend(), link.data() + head.size());
        wipeBytes(encoded);
        links.push_back(std::move(link));
    }
    return links;
}

} // namespace tessera::uri
