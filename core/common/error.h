#pragma once
// Errors that leave core: a code that says what went wrong and a detail (the offending value or
// position, never a secret). User-facing sentences are built from them in error_text.h.

#include <QString>
#include <tl/expected.hpp>

namespace tessera {

enum class ErrorCode {
    // Invalid input (CLI exit 2)
    InvalidBase32,         // detail: the character; position: 1-based
    SecretTooShort,
    UriTooLong,
    UriWrongScheme,        // detail: what the text starts with
    UriMalformed,          // detail: what is missing
    UriUnknownType,        // detail: the type
    UriMissingSecret,
    UriBadPercentEncoding, // detail: which part
    UriMissingCounter,
    InvalidDigits,         // detail: the value
    InvalidPeriod,         // detail: the value
    InvalidCounter,        // detail: the value
    UnknownAlgorithm,      // detail: the value
    UnknownOtpType,        // detail: the value
    InvalidTime,           // detail: the value
    // Failures of the machine (CLI exit 4)
    CryptoFailure,
};

struct Error
{
    ErrorCode code;
    QString detail = {};
    int position = -1; // 1-based character position, where the error has one
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, QString detail = {}, int position = -1)
{
    return tl::unexpected<Error>(Error{code, std::move(detail), position});
}

} // namespace tessera
