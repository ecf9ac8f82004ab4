#include "uri/otpauth_parser.h"

#include "encoding/base32.h"
#include "uri/percent_encoding.h"

#include <QStringDecoder>
#include <cctype>
#include <optional>
#include <vector>

namespace tessera::uri {
namespace {

constexpr std::string_view kScheme = "otpauth://";

struct Parameter
{
    QByteArray key; // lower case
    std::string_view rawValue;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i])
            return false;
    return true;
}

// The scheme the text does have, so the user hears "this is an https link" rather than "invalid".
QString schemeOf(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 32)
        return {};
    for (char c : text.substr(0, colon))
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
            return {};
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(colon)).toLower();
}

std::vector<Parameter> splitQuery(std::string_view query)
{
    std::vector<Parameter> parameters;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        const std::string_view key = pair.substr(0, eq);
        const std::string_view value = eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
        parameters.push_back({QByteArray(key.data(), static_cast<qsizetype>(key.size())).toLower(), value});
    }
    return parameters;
}

// The first occurrence wins; a later duplicate cannot silently replace a value already shown.
std::optional<std::string_view> find(const std::vector<Parameter> &parameters, const char *key)
{
    for (const auto &p : parameters)
        if (p.key == key)
            return p.rawValue;
    return std::nullopt;
}

Result<QString> decodeText(std::string_view raw, PlusMeans plus, const QString &what)
{
    auto bytes = percentDecode(raw, plus);
    if (!bytes)
        return fail(ErrorCode::UriBadPercentEncoding, what);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(*bytes);
    if (utf8.hasError())
        return fail(ErrorCode::UriBadPercentEncoding, what + QStringLiteral(" (not UTF-8)"));
    return text;
}

Result<SecretBytes> decodeSecret(const std::vector<Parameter> &parameters)
{
    const auto raw = find(parameters, "secret");
    if (!raw || raw->empty())
        return fail(ErrorCode::UriMissingSecret);
    auto text = percentDecodeSecret(*raw, PlusMeans::Space);
    if (!text)
        return fail(ErrorCode::UriBadPercentEncoding, QStringLiteral("the secret"));
    auto secret = base32::decode(text->view());
    if (secret && secret->isEmpty())
        return fail(ErrorCode::SecretTooShort);
    return secret;
}

// Reads algorithm, digits, period and counter where the type uses them; Steam fixes the first two.
Result<otp::OtpParams> decodeParams(otp::OtpType type, const std::vector<Parameter> &parameters)
{
    otp::OtpParams params = otp::defaultsFor(type);
    auto text = [&](const char *key) -> Result<std::optional<QString>> {
        const auto raw = find(parameters, key);
        if (!raw)
            return std::optional<QString>{};
        auto decoded = decodeText(*raw, PlusMeans::Space, QStringLiteral("the %1 parameter").arg(QLatin1String(key)));
        if (!decoded)
            return tl::unexpected(decoded.error());
        return std::optional<QString>(*decoded);
    };
    // Applies one optional parameter through its parser; a present but invalid value is an error.
    auto apply = [&](const char *key, auto parse, auto &field) -> Result<void> {
        auto value = text(key);
        if (!value)
            return tl::unexpected(value.error());
        if (!*value)
            return {};
        auto parsed = parse(QStringView(**value));
        if (!parsed)
            return tl::unexpected(parsed.error());
        field = *parsed;
        return {};
    };
    if (type != otp::OtpType::Steam) {
        if (auto r = apply("algorithm", otp::parseAlgorithm, params.algorithm); !r)
            return tl::unexpected(r.error());
        if (auto r = apply("digits", otp::parseDigits, params.digits); !r)
            return tl::unexpected(r.error());
    }
    if (type != otp::OtpType::Hotp) {
        if (auto r = apply("period", otp::parsePeriod, params.periodSeconds); !r)
            return tl::unexpected(r.error());
    } else {
        if (!find(parameters, "counter"))
            return fail(ErrorCode::UriMissingCounter);
        if (auto r = apply("counter", otp::parseCounter, params.counter); !r)
            return tl::unexpected(r.error());
    }
    if (auto valid = otp::validate(params); !valid)
        return tl::unexpected(valid.error());
    return params;
}

Result<otp::OtpType> decodeType(std::string_view typeText, const std::vector<Parameter> &parameters)
{
    if (typeText.empty())
        return fail(ErrorCode::UriMalformed, QStringLiteral("no type after otpauth://"));
    auto type = otp::parseType(QString::fromUtf8(typeText.data(), static_cast<qsizetype>(typeText.size())));
    if (!type)
        return fail(ErrorCode::UriUnknownType, type.error().detail);
    const auto encoder = find(parameters, "encoder");
    if (encoder && QByteArray(encoder->data(), static_cast<qsizetype>(encoder->size())).toLower() == "steam")
        return otp::OtpType::Steam;
    return type;
}

} // namespace

Result<KeyUri> parseOtpauth(std::string_view text)
{
    if (text.size() > kMaxUriBytes)
        return fail(ErrorCode::UriTooLong);
    text = trimmed(text);
    if (!startsWithNoCase(text, kScheme))
        return fail(ErrorCode::UriWrongScheme, schemeOf(text));
    std::string_view rest = text.substr(kScheme.size());
    rest = rest.substr(0, rest.find('#'));
    const auto question = rest.find('?');
    const std::string_view path = rest.substr(0, question);
    const std::vector<Parameter> parameters =
        splitQuery(question == std::string_view::npos ? std::string_view{} : rest.substr(question + 1));

    const auto slash = path.find('/');
    auto type = decodeType(path.substr(0, slash), parameters);
    if (!type)
        return tl::unexpected(type.error());

    auto label = decodeText(slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1),
                            PlusMeans::Plus, QStringLiteral("the label"));
    if (!label)
        return tl::unexpected(label.error());
    QString issuerParameter;
    if (const auto raw = find(parameters, "issuer")) {
        auto issuer = decodeText(*raw, PlusMeans::Space, QStringLiteral("the issuer"));
        if (!issuer)
            return tl::unexpected(issuer.error());
        issuerParameter = *issuer;
    }

    KeyUri result;
    // An issuer that itself holds a colon ("a:b") is matched whole before splitting at the first colon.
    const bool prefixIsIssuer = !issuerParameter.isEmpty() && label->startsWith(issuerParameter + u':');
    const qsizetype colon = prefixIsIssuer ? issuerParameter.size() : label->indexOf(u':');
    // "Issuer: Account" is common; only the spaces after the colon are separators.
    result.name = colon < 0 ? *label : label->mid(colon + 1);
    while (result.name.startsWith(u' '))
        result.name.remove(0, 1);
    result.issuer = issuerParameter.isEmpty() && colon >= 0 ? label->left(colon) : issuerParameter;

    auto params = decodeParams(*type, parameters);
    if (!params)
        return tl::unexpected(params.error());
    result.params = *params;

    auto secret = decodeSecret(parameters);
    if (!secret)
        return tl::unexpected(secret.error());
    result.secret = std::move(*secret);
    return result;
}

} // namespace tessera::uri
