#include "interop/import_support.h"

#include "common/error_text.h"
#include "encoding/base32.h"
#include "uri/otpauth_parser.h"

#include <algorithm>
#include <limits>

namespace tessera::interop {
namespace {

// Copies text into a byte buffer that is wiped when it goes out of scope.
struct WipedUtf8
{
    QByteArray bytes;
    explicit WipedUtf8(const QString &text) : bytes(text.toUtf8()) {}
    ~WipedUtf8() { wipe(bytes.data(), std::size_t(bytes.size())); }
    std::string_view view() const { return {bytes.constData(), std::size_t(bytes.size())}; }
};

Result<SecretBytes> nonEmpty(Result<SecretBytes> secret)
{
    if (secret && secret->isEmpty())
        return fail(ErrorCode::SecretTooShort);
    return secret;
}

// Decoded bytes into SecretBytes, the temporary copy wiped.
Result<SecretBytes> secretOf(std::optional<QByteArray> bytes, const QString &encoding)
{
    if (!bytes)
        return fail(ErrorCode::InvalidSecretEncoding, encoding);
    auto secret = SecretBytes::copyOf(std::span(reinterpret_cast<const std::uint8_t *>(bytes->constData()),
                                                std::size_t(bytes->size())));
    wipe(bytes->data(), std::size_t(bytes->size()));
    return nonEmpty(std::move(secret));
}

bool isNullish(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

// Numbers arrive as JSON numbers or as text ("6"); both mean the same.
QString numberText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    return value.toString().trimmed();
}

} // namespace

void addEntry(ImportResult &result, const QString &where, EntryFields fields, Result<SecretBytes> secret,
              AccountExtras extras)
{
    secret = nonEmpty(std::move(secret));
    if (!secret)
        return result.skipped.push_back({where, errorText(secret.error())});
    if (auto valid = otp::validate(fields.params); !valid)
        return result.skipped.push_back({where, errorText(valid.error())});
    result.add(uri::KeyUri{fields.issuer.trimmed(), fields.name.trimmed(), fields.params, std::move(*secret)},
               std::move(extras));
}

void addEntry(ImportResult &result, const QString &where, const QString &issuer, const QString &name,
              Result<otp::OtpParams> params, Result<SecretBytes> secret, AccountExtras extras)
{
    if (!params)
        return result.skipped.push_back({where, errorText(params.error())});
    addEntry(result, where, EntryFields{issuer, name, *params}, std::move(secret), std::move(extras));
}

Result<otp::OtpParams> paramsFrom(const Result<otp::OtpType> &type, const QJsonValue &algorithm,
                                  const QJsonValue &digits, const QJsonValue &period, const QJsonValue &counter)
{
    if (!type)
        return tl::unexpected(type.error());
    return paramsFrom(*type, algorithm, digits, period, counter);
}

std::uint64_t countOf(const QJsonValue &value)
{
    const double number = value.toDouble(0);
    if (!(number > 0)) // also NaN
        return 0;
    if (number >= 18446744073709551615.0)
        return std::numeric_limits<std::uint64_t>::max();
    return std::uint64_t(number);
}

std::uint32_t count32Of(const QJsonValue &value)
{
    return std::uint32_t(std::min<std::uint64_t>(countOf(value), std::numeric_limits<std::uint32_t>::max()));
}

std::optional<Protection> encryptedIfStartsWith(const SniffedFile &file, QByteArrayView magic)
{
    if (file.bytes.startsWith(magic))
        return Protection::Password;
    return std::nullopt;
}

Result<QJsonDocument> readJson(QByteArrayView bytes, const QString &format)
{
    auto json = parseJson(bytes);
    if (!json)
        return tl::unexpected(damaged(format, QStringLiteral("it is not JSON")));
    return std::move(*json);
}

void addLinkEntry(ImportResult &result, const QString &where, const QString &link, const EntryFields &defaults,
                  AccountExtras extras)
{
    const QString text = link.trimmed();
    if (text.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive)) {
        const WipedUtf8 utf8(text);
        auto account = uri::parseOtpauth(utf8.view());
        if (!account)
            return result.skipped.push_back({where, errorText(account.error())});
        account->issuer = account->issuer.trimmed();
        account->name = account->name.trimmed();
        if (account->issuer.isEmpty() && account->name.isEmpty()) {
            account->issuer = defaults.issuer;
            account->name = defaults.name;
        }
        return result.add(std::move(*account), std::move(extras));
    }
    EntryFields fields = defaults;
    QString secretText = text;
    if (text.startsWith(QLatin1String("steam://"), Qt::CaseInsensitive)) {
        fields.params = otp::defaultsFor(otp::OtpType::Steam);
        secretText = text.mid(8);
    }
    addEntry(result, where, std::move(fields), base32Secret(secretText), std::move(extras));
}

QString errorTextOf(const Error &error)
{
    return errorText(error);
}

QString entryName(qsizetype index, const QString &issuer, const QString &name)
{
    const QString label = issuer.isEmpty() ? name : name.isEmpty() ? issuer : issuer + QStringLiteral(" (") + name + u')';
    if (label.isEmpty())
        return QStringLiteral("entry %1").arg(index + 1);
    return QStringLiteral("entry %1 (%2)").arg(index + 1).arg(label);
}

Result<SecretBytes> base32Secret(const QString &text)
{
    const WipedUtf8 utf8(text);
    return nonEmpty(base32::decode(utf8.view()));
}

Result<SecretBytes> base64Secret(const QString &text)
{
    const WipedUtf8 utf8(text.trimmed());
    return secretOf(decodeBase64(utf8.bytes), QStringLiteral("base64"));
}

Result<SecretBytes> hexSecret(const QString &text)
{
    const WipedUtf8 utf8(text.trimmed());
    return secretOf(decodeHex(utf8.bytes), QStringLiteral("hex"));
}

Result<SecretBytes> signedByteSecret(const QJsonArray &bytes)
{
    SecretBytes secret(std::size_t(bytes.size()));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const QJsonValue value = bytes.at(i);
        const double number = value.toDouble(1000);
        if (!value.isDouble() || number < -128 || number > 255 || number != double(int(number)))
            return fail(ErrorCode::InvalidSecretEncoding, QStringLiteral("byte list"));
        secret.data()[i] = static_cast<std::uint8_t>(int(number) & 0xFF);
    }
    return nonEmpty(std::move(secret));
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    QByteArray clean;
    clean.reserve(text.size());
    for (char c : text)
        if (c != '\n' && c != '\r' && c != ' ')
            clean.append(c);
    const auto options = (clean.contains('-') || clean.contains('_')) ? QByteArray::Base64UrlEncoding
                                                                        : QByteArray::Base64Encoding;
    auto decoded = QByteArray::fromBase64Encoding(clean, options | QByteArray::AbortOnBase64DecodingErrors);
    wipe(clean.data(), std::size_t(clean.size()));
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

std::optional<QByteArray> decodeHex(QByteArrayView text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    for (char c : text)
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    return QByteArray::fromHex(text.toByteArray());
}

QByteArrayView withoutBom(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
}

std::optional<QJsonDocument> parseJson(QByteArrayView bytes)
{
    bytes = withoutBom(bytes);
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

std::optional<QJsonDocument> parseJson(const SecretBytes &bytes)
{
    return parseJson(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
}

Result<otp::OtpParams> paramsFrom(otp::OtpType type, const QJsonValue &algorithm, const QJsonValue &digits,
                                  const QJsonValue &period, const QJsonValue &counter)
{
    otp::OtpParams params = otp::defaultsFor(type);
    if (!isNullish(algorithm) && type != otp::OtpType::Steam) {
        auto parsed = otp::parseAlgorithm(algorithm.toString());
        if (!parsed)
            return tl::unexpected(parsed.error());
        params.algorithm = *parsed;
    }
    if (!isNullish(digits) && type != otp::OtpType::Steam) {
        auto parsed = otp::parseDigits(numberText(digits));
        if (!parsed)
            return tl::unexpected(parsed.error());
        params.digits = *parsed;
    }
    if (!isNullish(period) && type != otp::OtpType::Hotp) {
        auto parsed = otp::parsePeriod(numberText(period));
        if (!parsed)
            return tl::unexpected(parsed.error());
        params.periodSeconds = *parsed;
    }
    if (!isNullish(counter) && type == otp::OtpType::Hotp) {
        auto parsed = otp::parseCounter(numberText(counter));
        if (!parsed)
            return tl::unexpected(parsed.error());
        params.counter = *parsed;
    }
    return params;
}

Error damaged(const QString &format, const QString &what)
{
    return Error{ErrorCode::ImportDamaged, format + u'\n' + what};
}

Error unsupported(const QString &format, const QString &why)
{
    return Error{ErrorCode::ImportUnsupported, format + u'\n' + why};
}

Error passwordRequired(const QString &format)
{
    return Error{ErrorCode::ImportPasswordRequired, format};
}

Error wrongPassword(const QString &format)
{
    return Error{ErrorCode::ImportWrongPassword, format};
}

Error asImportError(const Error &error, const QString &format)
{
    switch (error.code) {
    case ErrorCode::Corrupted:
        return damaged(format, error.detail.isEmpty() ? QStringLiteral("its encrypted data") : error.detail);
    case ErrorCode::WrongPassword:
        return wrongPassword(format);
    default:
        return error;
    }
}

Result<ImportResult> finish(ImportResult result)
{
    if (result.accounts.empty()) {
        if (result.skipped.empty())
            return fail(ErrorCode::NothingToImport);
        const SkippedEntry &first = result.skipped.front();
        return fail(ErrorCode::NothingToImport, first.where + QStringLiteral(": ") + first.reason);
    }
    return result;
}

} // namespace tessera::interop
