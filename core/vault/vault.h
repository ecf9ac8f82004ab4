#pragma once
// The open vault in memory: its accounts, and the entries that could not be read, which are kept
// aside (and written back unchanged) instead of failing the whole vault.

#include "vault/account.h"

#include <QList>
#include <QJsonObject>
#include <QMap>

namespace tessera::vault {

inline constexpr double kOrderSpacing = 1024; // between neighbours in the user's order, when numbered afresh
inline constexpr qint64 kRemovedKeptMs = 400LL * 24 * 60 * 60 * 1000; // a year and a few weeks

// What the user answered when the browser asked to fill codes on a website (docs/BROWSER.md): always,
// or never ("once" is not kept). Forgetting an answer keeps the site as Ask, stamped, so that every copy
// of the vault learns of it; the later answer wins a merge.
enum class SiteDecision { Ask, Always, Never };
struct SiteChoice
{
    SiteDecision decision = SiteDecision::Ask;
    ChangeStamp stamp; // set by recordChanges
    friend bool operator==(const SiteChoice &, const SiteChoice &) = default;
};

// A browser profile's extension that may ask this computer's app for codes (docs/BROWSER.md, "Pairing").
// Only the computer that made it uses it (a browser profile is of one computer); it is kept in the vault
// because its key is a secret (sealed, SealedKind::BrowserPairKey, bound to `id`) and needs the vault
// open anyway. Forgetting it keeps it, without its key, so that copies learn of it; the later stamp wins.
struct BrowserPair
{
    QUuid id;
    QString device;           // the computer it belongs to (session::deviceId)
    QString browser;          // as the extension named it, for the settings' list
    QByteArray extensionKey;  // the extension's X25519 public key (32 bytes)
    QByteArray appKey;        // the app's X25519 public key for this pair (32 bytes)
    QByteArray sealedKey;     // the pair's AES-256-GCM key, sealed; empty once forgotten
    qint64 pairedAtMs = 0;
    bool forgotten = false;
    ChangeStamp stamp; // set by recordChanges
    friend bool operator==(const BrowserPair &, const BrowserPair &) = default;
};

struct QuarantinedAccount
{
    QJsonObject raw;
    QString reason;
};

class Vault
{
public:
    QList<Account> accounts; // in the user's own order: by (order, id)
    QList<QuarantinedAccount> quarantined;
    // Deleted accounts, still sealed, kept about a year (kRemovedKeptMs) so that every copy of the vault
    // learns of the deletion and a change made after it still wins (vault_merge.h). Never listed.
    QList<Account> removed;
    // The saves each computer made to this vault (device id → count): a copy whose counts are all at
    // most ours holds nothing we have not seen.
    QMap<QString, quint64> history;
    // The answers for websites, by site (a registrable domain, session/account_sites.h).
    QMap<QString, SiteChoice> siteChoices;
    // The browser extensions paired with the app, on every computer (BrowserPair), by id.
    QList<BrowserPair> browserPairs;
    // Top-level fields written by a newer Tessera: kept so that saving loses nothing.
    QJsonObject unknownFields;

    // Puts every account in the list it belongs to (listed, or removed: Account::isRemoved) and both
    // lists in their order, listed ones by (order, id) and removed ones by id.
    void normalise();

    Account *find(const QUuid &id);
    const Account *find(const QUuid &id) const;
    bool remove(const QUuid &id);

    // Accounts whose "Issuer:Name", issuer or name equals the query (any case); when none does, those
    // whose issuer or name contains it. An exact match never drowns in partial ones.
    QList<const Account *> match(const QString &query) const;
};

} // namespace tessera::vault
