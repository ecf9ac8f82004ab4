#include "session/qr_export.h"

#include "crypto/random.h"
#include "session/account_operations.h"
#include "uri/google_migration.h"
#include "uri/otpauth_writer.h"

namespace tessera::session {
namespace {

Result<uri::KeyUri> keyUriOf(const vault::VaultStore &store, const vault::Account &account)
{
    auto secret = openSecret(store, account.id);
    if (!secret)
        return tl::unexpected(secret.error());
    return uri::KeyUri{account.issuer, account.name, account.params, std::move(*secret)};
}

} // namespace

Result<PhoneExport> exportForPhone(const vault::VaultStore &store, const std::vector<QUuid> &ids, int perCode)
{
    std::vector<const vault::Account *> chosen;
    if (ids.empty()) {
        for (const vault::Account &account : store.vault().accounts)
            chosen.push_back(&account);
    } else {
        for (const QUuid &id : ids) {
            const vault::Account *account = store.vault().find(id);
            if (!account)
                return fail(ErrorCode::AccountNotFound, id.toString(QUuid::WithoutBraces));
            chosen.push_back(account);
        }
    }
    PhoneExport out;
    std::vector<uri::KeyUri> carried;
    carried.reserve(chosen.size());
    for (const vault::Account *account : chosen) {
        auto key = keyUriOf(store, *account);
        if (!key)
            return tl::unexpected(key.error());
        if (auto reason = uri::migrationCannotCarry(*key)) {
            out.notCarried.push_back({account->displayName(), *reason});
            continue;
        }
        carried.push_back(std::move(*key));
    }
    if (carried.empty())
        return out;
    std::vector<const uri::KeyUri *> pointers;
    for (const uri::KeyUri &key : carried)
        pointers.push_back(&key);
    const QByteArray idBytes = crypto::randomBytes(4);
    const int batchId = int(quint32(quint8(idBytes[0])) << 24 | quint32(quint8(idBytes[1])) << 16 |
                            quint32(quint8(idBytes[2])) << 8 | quint32(quint8(idBytes[3])));
    out.links = uri::writeMigration(pointers, perCode, batchId);
    return out;
}

Result<SecretBytes> accountLink(const vault::VaultStore &store, const QUuid &id)
{
    const vault::Account *account = store.vault().find(id);
    if (!account)
        return fail(ErrorCode::AccountNotFound, id.toString(QUuid::WithoutBraces));
    auto key = keyUriOf(store, *account);
    if (!key)
        return tl::unexpected(key.error());
    return uri::writeOtpauth(*key);
}

} // namespace tessera::session
