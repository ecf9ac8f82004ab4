#pragma once
// What the importers share: turning a foreign entry's fields into an account (or a reason it is
// skipped), decoding the encodings secrets arrive in, and the errors a whole file fails with.
// Secrets pass through QJsonDocument strings while a JSON file is read (Qt offers no other JSON
// reader); they are converted to SecretBytes at once and the file's bytes are wiped by the caller.

#include "common/error.h"
#include "interop/import_registry.h"
#include "interop/import_result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace tessera::interop {

// The fields of one foreign entry; the secret is decoded separately.
struct EntryFields
{
    QString issuer;
    QString name;
    otp::OtpParams params;
};

// Adds the account when the secret decoded and the parameters are valid; otherwise records why not.
void addEntry(ImportResult &result, const QString &where, EntryFields fields, Result<SecretBytes> secret,
              AccountExtras extras = {});
// The same for an entry whose parameters were read from its own fields (the reason when they were not).
void addEntry(ImportResult &result, const QString &where, const QString &issuer, const QString &name,
              Result<otp::OtpParams> params, Result<SecretBytes> secret, AccountExtras extras = {});
// The same for an entry that is a link (otpauth://, steam://, or a bare Base32 key); `defaults` name
// the account when the link has no label.
void addLinkEntry(ImportResult &result, const QString &where, const QString &link, const EntryFields &defaults,
                  AccountExtras extras = {});

// The sentence a skipped entry shows.
QString errorTextOf(const Error &error);

// "entry 3 (Deno)" — how a skipped entry is named to the user.
QString entryName(qsizetype index, const QString &issuer, const QString &name);

Result<SecretBytes> base32Secret(const QString &text);        // forgiving, as typed keys are
Result<SecretBytes> base64Secret(const QString &text);
Result<SecretBytes> hexSecret(const QString &text);
Result<SecretBytes> signedByteSecret(const QJsonArray &bytes); // Java byte[] as JSON numbers

std::optional<QByteArray> decodeBase64(QByteArrayView text); // standard or URL-safe, padding optional
std::optional<QByteArray> decodeHex(QByteArrayView text);

// The bytes without a UTF-8 byte order mark, which Windows editors put in front of text files.
QByteArrayView withoutBom(QByteArrayView bytes);

// JSON of the whole file or of a decrypted payload; nullopt when it is not JSON.
std::optional<QJsonDocument> parseJson(QByteArrayView bytes);
std::optional<QJsonDocument> parseJson(const SecretBytes &bytes);

// The parameters of a JSON entry: missing or null fields keep the type's defaults.
Result<otp::OtpParams> paramsFrom(otp::OtpType type, const QJsonValue &algorithm, const QJsonValue &digits,
                                  const QJsonValue &period, const QJsonValue &counter);
// The same when the type itself was read from the file and may have failed.
Result<otp::OtpParams> paramsFrom(const Result<otp::OtpType> &type, const QJsonValue &algorithm,
                                  const QJsonValue &digits, const QJsonValue &period, const QJsonValue &counter);

// A cost parameter (iterations, memory) from a file: negative, fractional, huge or missing values become
// 0 or the type's maximum, never undefined behaviour; the KDF's own bounds then refuse them.
std::uint64_t countOf(const QJsonValue &value);
std::uint32_t count32Of(const QJsonValue &value);

// Detection for encrypted formats known by their first bytes.
std::optional<Protection> encryptedIfStartsWith(const SniffedFile &file, QByteArrayView magic);

// The whole file as JSON, or ImportDamaged "it is not JSON" for the format.
Result<QJsonDocument> readJson(QByteArrayView bytes, const QString &format);

Error damaged(const QString &format, const QString &what);
Error unsupported(const QString &format, const QString &why);
Error passwordRequired(const QString &format);
Error wrongPassword(const QString &format);
// Errors of the crypto helpers seen from an importer: Corrupted becomes ImportDamaged, WrongPassword
// becomes ImportWrongPassword; machine failures pass unchanged.
Error asImportError(const Error &error, const QString &format);

// A file that yielded no account at all is a failure, with the first reason if there was one.
Result<ImportResult> finish(ImportResult result);

} // namespace tessera::interop
