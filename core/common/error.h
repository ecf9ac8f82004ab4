#pragma once
// Errors that leave core: a code that says what went wrong and a detail (the offending value or
// position, never a secret). User-facing sentences are built from them in error_text.h.

#include <QString>
#include <QStringList>
#include <tl/expected.hpp>

namespace tessera {

enum class ErrorCode {
    // Invalid input (CLI exit 2)
    InvalidBase32,         // detail: the character; position: 1-based
    SecretTooShort,
    InvalidSecretEncoding, // detail: the encoding the file claims (base64, hex, a byte list)
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
    AccountNotFound,       // detail: the query
    AmbiguousQuery,        // detail: the query; candidates: "Issuer:Name" of each match
    InvalidPin,            // a quick-unlock PIN is 4 to 8 digits
    NoUnusedRecoveryCodes, // detail: the account
    InvalidRecoveryCode,
    AccountUnnamed,        // neither the service nor the account was given a name
    EmptyPassword,
    PasswordMismatch,
    PasswordRequired,
    InvalidServerAddress,  // detail: the text
    InvalidTimeUrl,        // detail: the URL
    InvalidTimeOffset,     // detail: the value
    InvalidSite,           // detail: the text; not a web address
    SiteTooBroad,          // detail: the text; a public suffix ("co.uk"), shared by many sites
    SiteNotListed,         // detail: the site; not among the account's websites
    LargeOffsetUnconfirmed, // detail: the question for the user (session::largeOffsetQuestion)
    NoQrCode,              // no QR code in the picture
    QrNotAnAccount,        // detail: what it holds: web, wifi, email, phone, contact, text
    QrTooLong,             // detail: the number of bytes
    ImageUnreadable,       // detail: the file
    ScreenGrabFailed,      // detail: why
    ScanFailed,            // detail: why the QR reader could not run
    PictureTooCostly,      // detail: the seconds the reader was given
    Cancelled,
    MigrationIncomplete,   // detail: the missing parts, 1-based, ", "-separated, then '\n' and the total
    UnknownFormat,         // detail: the format name asked for, or empty when the file was not recognised
    ImportDamaged,         // detail: the format, then '\n' and what is wrong
    ImportPasswordRequired, // detail: the format
    ImportUnsupported,     // detail: the format, then '\n' why it cannot be read
    NothingToImport,       // detail: the first reason an entry was skipped, if any
    ImportTooCostly,       // detail: what the file asks for ("40 s of key derivation", "300 password slots")
    ExportPasswordRequired,
    NothingToExport,       // detail: what is missing ("recovery codes")
    IconPictureTooLarge,   // detail: the limit in KiB
    IconNotAPicture,
    IconPackDamaged,       // detail: what is wrong
    ArchiveDamaged,        // detail: what is wrong with the ZIP archive
    ArchiveEntryTooLarge,  // detail: the entry's name
    // The vault file (CLI exit 2, or 3 for a wrong password)
    WrongPassword,
    WrongPin,              // detail: the attempts left (0: the password is needed now)
    ImportWrongPassword,   // detail: the format
    Corrupted,             // detail: what is damaged
    UnsupportedVersion,    // detail: the version
    VaultExists,           // detail: the path
    VaultNotFound,         // detail: the path
    VaultReplaced,         // detail: the path
    VaultRolledBack,       // detail: the path; the file lacks saves this computer has seen
    NotThisVault,          // detail: the file; another vault's copy, or not a vault
    PasswordChangedElsewhere, // detail: the path; the file is now under another master key
    // Failures of the machine (CLI exit 4)
    VaultBusy,             // detail: the path
    VaultBeingRekeyed,     // a password change is re-encrypting it
    IoFailure,             // detail: the path and the system's reason
    DiskFull,              // detail: the path that could not be written
    FolderReadOnly,        // detail: the folder
    OutOfMemory,           // detail: what needed it
    KeychainUnavailable,   // detail: the keychain's reason
    KeychainNoEntry,
    TimeServerUnreachable, // detail: what each server or URL said, '; '-separated
    CryptoFailure,
    ChannelUnsafe,         // detail: why no private local channel could be had
    PasswordTooWeak,       // detail: the estimate in bits, then '\n' and the suggestion
    AppRefused,            // detail: what was asked; the user answered Deny in the running Tessera
    // Keep AppRefused last: codes that arrive over the local channel are bounded by it (app_request.cpp).
};

struct Error
{
    ErrorCode code;
    QString detail = {};
    int position = -1; // 1-based character position, where the error has one
    QStringList candidates = {}; // the accounts an ambiguous query matched
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, QString detail = {}, int position = -1)
{
    return tl::unexpected<Error>(Error{code, std::move(detail), position});
}

} // namespace tessera
