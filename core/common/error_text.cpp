#include "common/error_text.h"

#include <QCoreApplication>

namespace tessera {
namespace {

// Gives the sentences a translation context lupdate understands ("tessera::Error").
class ErrorSentences
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Error)
public:
    static QString of(const Error &e);
};

} // namespace

QString errorText(const Error &e)
{
    return ErrorSentences::of(e);
}

QString ErrorSentences::of(const Error &e)
{
    switch (e.code) {
    case ErrorCode::InvalidBase32:
        return tr("The secret key is not valid Base32: '%1' at position %2 is not a letter A-Z or a digit 2-7; "
                  "check the key for typos.")
            .arg(e.detail)
            .arg(e.position);
    case ErrorCode::InvalidSecretEncoding:
        return tr("The secret key is not valid %1; the file may be damaged.").arg(e.detail);
    case ErrorCode::SecretTooShort:
        return tr("The secret key is empty or too short; copy the whole key the service shows.");
    case ErrorCode::UriTooLong:
        return tr("The link is longer than 64 KiB and was refused; an otpauth:// link is never that long.");
    case ErrorCode::UriWrongScheme:
        return e.detail.isEmpty()
                   ? tr("This is not an otpauth:// link; give the link the service shows for authenticator apps.")
                   : tr("This holds a '%1' link, not an otpauth:// authenticator link.").arg(e.detail);
    case ErrorCode::UriMalformed:
        return tr("The otpauth:// link is malformed (%1); copy the whole link again.").arg(e.detail);
    case ErrorCode::UriUnknownType:
        return tr("The otpauth:// link has type '%1'; only totp, hotp and steam are supported.").arg(e.detail);
    case ErrorCode::UriMissingSecret:
        return tr("The otpauth:// link has no secret parameter; copy the whole link again.");
    case ErrorCode::UriBadPercentEncoding:
        return tr("The otpauth:// link has a broken percent-encoding in %1; copy the whole link again.")
            .arg(e.detail);
    case ErrorCode::UriMissingCounter:
        return tr("The HOTP link has no counter parameter; add counter=0 if the service gave none.");
    case ErrorCode::InvalidDigits:
        return tr("'%1' digits is not supported; use 6 to 10 digits.").arg(e.detail);
    case ErrorCode::InvalidPeriod:
        return tr("The period '%1' is not valid; use a whole number of seconds, at least 1.").arg(e.detail);
    case ErrorCode::InvalidCounter:
        return tr("The counter '%1' is not valid; use a whole number from 0 to 18446744073709551615.")
            .arg(e.detail);
    case ErrorCode::UnknownAlgorithm:
        return tr("The algorithm '%1' is not supported; use SHA1, SHA256 or SHA512.").arg(e.detail);
    case ErrorCode::UnknownOtpType:
        return tr("The type '%1' is not supported; use totp, hotp or steam.").arg(e.detail);
    case ErrorCode::InvalidTime:
        return tr("The time '%1' is not valid; give whole seconds since 1970-01-01 UTC.").arg(e.detail);
    case ErrorCode::AccountNotFound:
        return tr("No account matches '%1'; 'tessera-cli list' shows them all.").arg(e.detail);
    case ErrorCode::AmbiguousQuery:
        return tr("'%1' matches %2 accounts (%3); give more of the issuer or name, or Issuer:Name.")
            .arg(e.detail)
            .arg(e.candidates.size())
            .arg(e.candidates.join(QStringLiteral("; ")));
    case ErrorCode::NoUnusedRecoveryCodes:
        return tr("%1 has no unused recovery codes left; get a new set from the service and add it.").arg(e.detail);
    case ErrorCode::InvalidRecoveryCode:
        return tr("A recovery code is empty or longer than 256 characters; give each code as the service shows it.");
    case ErrorCode::AccountUnnamed:
        return tr("Give the service or the account a name.");
    case ErrorCode::EmptyPassword:
        return tr("The password is empty; choose a password to protect the vault.");
    case ErrorCode::PasswordMismatch:
        return tr("The two passwords differ; type the same password twice.");
    case ErrorCode::PasswordRequired:
        return tr("The vault needs its password; give it with --password-stdin or run in a terminal to be asked.");
    case ErrorCode::InvalidServerAddress:
        return tr("'%1' is not a time server address; write HOST or HOST:PORT, e.g. pool.ntp.org or 10.0.0.1:123.")
            .arg(e.detail);
    case ErrorCode::InvalidTimeUrl:
        return tr("'%1' is not an https:// address; the time fallback needs a web address starting with https://.")
            .arg(e.detail);
    case ErrorCode::InvalidSite:
        return tr("'%1' is not a website; give its address, such as github.com.").arg(e.detail);
    case ErrorCode::SiteTooBroad:
        return tr("'%1' is shared by many unrelated websites; give the site itself, such as example.co.uk.")
            .arg(e.detail);
    case ErrorCode::SiteNotListed:
        return tr("%1 is not among this account's websites.").arg(e.detail);
    case ErrorCode::InvalidTimeOffset:
        return tr("The offset '%1' is not valid; give seconds, e.g. 92.5 or -30, within 50 years.").arg(e.detail);
    case ErrorCode::NoQrCode:
        return tr("No QR code was found in the picture; make sure the whole code is visible, sharp and not cut off.");
    case ErrorCode::QrNotAnAccount:
        if (e.detail == QLatin1String("web"))
            return tr("This QR code holds a web address, not an authenticator account.");
        if (e.detail == QLatin1String("wifi"))
            return tr("This QR code holds a Wi-Fi network, not an authenticator account.");
        if (e.detail == QLatin1String("email"))
            return tr("This QR code holds an e-mail address, not an authenticator account.");
        if (e.detail == QLatin1String("phone"))
            return tr("This QR code holds a phone number, not an authenticator account.");
        if (e.detail == QLatin1String("contact"))
            return tr("This QR code holds a contact card, not an authenticator account.");
        return tr("This QR code holds plain text, not an authenticator account.");
    case ErrorCode::QrTooLong:
        return tr("%1 bytes do not fit in one QR code; export fewer accounts per code.").arg(e.detail);
    case ErrorCode::ImageUnreadable:
        return tr("Could not read %1 as a picture; use a PNG, JPEG, BMP or GIF file.").arg(e.detail);
    case ErrorCode::IconPictureTooLarge:
        return tr("This picture is larger than %1 KiB; choose a smaller one for an account's icon.").arg(e.detail);
    case ErrorCode::IconNotAPicture:
        return tr("This file is not a PNG, JPEG, GIF, WebP or SVG picture.");
    case ErrorCode::IconPackDamaged:
        return tr("This is not an Aegis icon pack (%1); nothing was added.").arg(e.detail);
    case ErrorCode::ArchiveDamaged:
        return tr("This ZIP archive cannot be read (%1).").arg(e.detail);
    case ErrorCode::ArchiveEntryTooLarge:
        return tr("%1 in this ZIP archive is larger than Tessera reads.").arg(e.detail);
    case ErrorCode::ScreenGrabFailed:
        return tr("Could not take a picture of the screen (%1); save a screenshot and open it instead.").arg(e.detail);
    case ErrorCode::UnknownFormat:
        if (e.detail.isEmpty())
            return tr("This file is not an export Tessera knows; choose its format, or export again from the other "
                      "app as Aegis JSON or an otpauth:// list.");
        return tr("'%1' is not an import format Tessera knows; see 'tessera-cli import --help' for the list.")
            .arg(e.detail);
    case ErrorCode::ImportDamaged: {
        const QStringList parts = e.detail.split(u'\n');
        return tr("This %1 file is damaged or incomplete (%2); nothing was imported. Export it again.")
            .arg(parts.value(0), parts.value(1));
    }
    case ErrorCode::ImportPasswordRequired:
        return tr("This %1 file is encrypted; give the password it was exported with.").arg(e.detail);
    case ErrorCode::ImportUnsupported: {
        const QStringList parts = e.detail.split(u'\n');
        if (parts.value(0).isEmpty())
            return tr("This file cannot be imported: %1.").arg(parts.value(1));
        return tr("This %1 file cannot be imported: %2.").arg(parts.value(0), parts.value(1));
    }
    case ErrorCode::NothingToImport:
        if (e.detail.isEmpty())
            return tr("The file holds no accounts; nothing was imported.");
        return tr("No account in the file could be read (%1); nothing was imported.").arg(e.detail);
    case ErrorCode::ExportPasswordRequired:
        return tr("An encrypted export needs a password: give it with --export-password-file, or choose a plain "
                  "export on purpose.");
    case ErrorCode::NothingToExport:
        if (e.detail == QLatin1String("recovery codes"))
            return tr("No account has recovery codes yet; add a service's backup codes to its account first.");
        return tr("There is nothing to export; the vault has no accounts.");
    case ErrorCode::MigrationIncomplete: {
        const QStringList parts = e.detail.split(u'\n');
        if (parts.value(0).contains(u','))
            return tr("This Google Authenticator export has %1 QR codes and parts %2 are still missing; scan every "
                      "code the phone shows.")
                .arg(parts.value(1), parts.value(0));
        return tr("This Google Authenticator export has %1 QR codes and part %2 is still missing; scan every code "
                  "the phone shows.")
            .arg(parts.value(1), parts.value(0));
    }
    case ErrorCode::WrongPassword:
        return tr("Wrong password; the vault was not changed.");
    case ErrorCode::ImportWrongPassword:
        return tr("Wrong password for this %1 file; nothing was imported. Use the password you chose when you "
                  "exported it.")
            .arg(e.detail);
    case ErrorCode::Corrupted:
        return tr("The vault file is damaged (%1) and was left untouched; restore a copy from its backups folder.")
            .arg(e.detail);
    case ErrorCode::UnsupportedVersion:
        return tr("The vault was written by a newer Tessera (format %1) and was left untouched; update Tessera.")
            .arg(e.detail);
    case ErrorCode::VaultExists:
        return tr("A vault already exists at %1; choose another path with --vault.").arg(e.detail);
    case ErrorCode::VaultNotFound:
        return tr("There is no vault at %1; create one with 'tessera-cli init' or give its path with --vault.")
            .arg(e.detail);
    case ErrorCode::VaultReplaced:
        return tr("The file at %1 is now a different vault; open it again.").arg(e.detail);
    case ErrorCode::VaultRolledBack:
        return tr("%1 lacks changes this computer has already seen: it is an older copy (a backup put back, or a "
                  "sync that has not finished), so nothing was written. Merge a newer copy with 'tessera-cli merge "
                  "FILE', or make this copy the vault on purpose with 'tessera-cli restore FILE'.")
            .arg(e.detail);
    case ErrorCode::NotThisVault:
        return tr("%1 is not a copy of this vault; only copies of the same vault (or its backups) can be merged.")
            .arg(e.detail);
    case ErrorCode::PasswordChangedElsewhere:
        return tr("The vault's password was changed on another computer; unlock %1 with the new password.")
            .arg(e.detail);
    case ErrorCode::VaultBeingRekeyed:
        return tr("The vault is being re-encrypted for the new password; try again in a moment.");
    case ErrorCode::VaultBusy:
        return tr("Another program is saving the vault %1; try again in a moment.").arg(e.detail);
    case ErrorCode::IoFailure:
        return tr("Could not read or write %1; check the disk and the permissions.").arg(e.detail);
    case ErrorCode::DiskFull:
        return tr("The disk is full: %1 could not be written, and nothing was changed. Free some space and try "
                  "again.").arg(e.detail);
    case ErrorCode::FolderReadOnly:
        return tr("The folder %1 is read-only or not yours, so nothing was changed. Make it writable, or keep the "
                  "vault in a folder you can write to.").arg(e.detail);
    case ErrorCode::OutOfMemory:
        return tr("Not enough memory for %1; close other programs and try again.").arg(e.detail);
    case ErrorCode::KeychainUnavailable:
        return tr("The system keychain is not available (%1); unlock with the password instead.").arg(e.detail);
    case ErrorCode::KeychainNoEntry:
        return tr("The system keychain holds no key for this vault; unlock with the password and enable the "
                  "keychain again.");
    case ErrorCode::TimeServerUnreachable:
        return tr("Could not reach a time server (%1); check the network connection or the time servers in the "
                  "settings.")
            .arg(e.detail);
    case ErrorCode::CryptoFailure:
        return tr("The cryptographic library failed (%1); reinstall Tessera or report this.").arg(e.detail);
    case ErrorCode::ScanFailed:
        return tr("The QR reader could not run (%1); reinstall Tessera.").arg(e.detail);
    case ErrorCode::PictureTooCostly:
        return tr("Reading this picture was stopped after %1 s: it holds far more code-like patterns than a QR "
                  "code has, or is too large. Crop it to the QR code and try again.")
            .arg(e.detail);
    case ErrorCode::Cancelled:
        return tr("Stopped.");
    case ErrorCode::ImportTooCostly:
        return tr("This file was refused: it asks for %1, far more than any authenticator export needs. "
                  "It may be damaged or made to stall Tessera; export it again from the app it came from.")
            .arg(e.detail);
    case ErrorCode::LargeOffsetUnconfirmed:
        return tr("%1 Nothing was changed. If this computer's clock really is that far off, correct it, or run "
                  "'tessera-cli time --accept-large-offset' to correct codes by it.")
            .arg(e.detail);
    case ErrorCode::ChannelUnsafe:
        return tr("No private channel to the running Tessera could be set up (%1), so this window works on its "
                  "own; files and links opened now are not passed on.")
            .arg(e.detail);
    case ErrorCode::InvalidPin:
        return tr("A PIN is 4 to 8 digits.");
    case ErrorCode::WrongPin:
        return e.detail == QLatin1String("0")
                   ? tr("Wrong PIN. That was the third: unlock with the password now.")
                   : tr("Wrong PIN; %n attempt(s) left.", "", e.detail.toInt());
    case ErrorCode::AppRefused:
        return tr("The running Tessera was asked for %1 and the answer was Deny.").arg(e.detail);
    case ErrorCode::PasswordTooWeak: {
        const QString bits = e.detail.section(QLatin1Char('\n'), 0, 0);
        const QString advice = e.detail.section(QLatin1Char('\n'), 1);
        const QString text = tr("This password is too easy to guess (about %1 bits; at least 40 are needed).").arg(bits);
        return advice.isEmpty() ? text : text + u' ' + advice;
    }
    }
    return tr("Unknown error.");
}

} // namespace tessera
