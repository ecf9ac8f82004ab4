#include "vault/vault_merge.h"

#include "vault/browser_pair_codec.h"

#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace tessera::vault {
namespace {

// Each part is compared by its stamp and then by its value, so that two copies with the same stamp
// and different values (from before stamps were kept) still agree on one.
auto labelKey(const Account &a)
{
    return std::tie(a.stamps.label, a.issuer, a.name);
}

auto codeKey(const Account &a)
{
    // The counter comes last: with the same secret and settings, the larger counter wins.
    return std::tuple<const ChangeStamp &, int, int, int, std::int64_t, const QByteArray &, std::uint64_t>(
        a.stamps.code, static_cast<int>(a.params.type), static_cast<int>(a.params.algorithm), a.params.digits,
        a.params.periodSeconds, a.sealedSecret, a.params.counter);
}

auto organisationKey(const Account &a)
{
    return std::tie(a.stamps.organisation, a.group, a.favourite);
}

auto iconKey(const Account &a)
{
    return std::tie(a.stamps.icon, a.icon);
}

auto notesKey(const Account &a)
{
    return std::tie(a.stamps.notes, a.notes);
}

auto sitesKey(const Account &a)
{
    return std::tie(a.stamps.sites, a.sites);
}

auto positionKey(const Account &a)
{
    return std::tie(a.stamps.position, a.order);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<RecoveryCode> mergeRecoveryCodes(const QList<RecoveryCode> &a, const QList<RecoveryCode> &b)
{
    const auto ids = [](const QList<RecoveryCode> &codes) {
        QStringList list;
        for (const RecoveryCode &c : codes)
            list.append(c.id);
        return list;
    };
    QList<RecoveryCode> merged = a;
    for (const RecoveryCode &code : b) {
        const auto same = std::find_if(merged.begin(), merged.end(), [&](const RecoveryCode &c) { return c.id == code.id; });
        if (same == merged.end()) {
            merged.append(code);
            continue;
        }
        // Used on either computer is used, at the earlier time.
        if (code.usedAtMs && (!same->usedAtMs || *code.usedAtMs < *same->usedAtMs))
            same->usedAtMs = code.usedAtMs;
        same->sealedCode = std::min(same->sealedCode, code.sealedCode);
    }
    // The same codes in the same order keep it; otherwise there is no order both copies agree on, and
    // the codes are put in one that does not depend on which copy came first.
    if (ids(a) != ids(b))
        std::sort(merged.begin(), merged.end(), [](const RecoveryCode &x, const RecoveryCode &y) { return x.id < y.id; });
    return merged;
}

void mergeInto(QHash<QUuid, Account> &byId, const QList<Account> &accounts)
{
    for (const Account &account : accounts) {
        const auto found = byId.find(account.id);
        if (found == byId.end())
            byId.insert(account.id, account);
        else
            *found = mergeAccounts(*found, account);
    }
}

} // namespace

Account mergeAccounts(const Account &a, const Account &b)
{
    Account merged = a;
    if (labelKey(b) > labelKey(a)) {
        merged.stamps.label = b.stamps.label;
        merged.issuer = b.issuer;
        merged.name = b.name;
    }
    if (codeKey(b) > codeKey(a)) {
        merged.stamps.code = b.stamps.code;
        merged.params = b.params;
        merged.sealedSecret = b.sealedSecret;
    }
    if (organisationKey(b) > organisationKey(a)) {
        merged.stamps.organisation = b.stamps.organisation;
        merged.group = b.group;
        merged.favourite = b.favourite;
    }
    if (iconKey(b) > iconKey(a)) {
        merged.stamps.icon = b.stamps.icon;
        merged.icon = b.icon;
    }
    if (notesKey(b) > notesKey(a)) {
        merged.stamps.notes = b.stamps.notes;
        merged.notes = b.notes;
    }
    if (sitesKey(b) > sitesKey(a)) {
        merged.stamps.sites = b.stamps.sites;
        merged.sites = b.sites;
    }
    if (positionKey(b) > positionKey(a)) {
        merged.stamps.position = b.stamps.position;
        merged.order = b.order;
    }
    merged.stamps.removal = std::max(a.stamps.removal, b.stamps.removal);
    // A newer set replaces the codes; within the same set, codes added on either side are all kept.
    if (a.stamps.recoverySet != b.stamps.recoverySet) {
        const Account &newer = a.stamps.recoverySet > b.stamps.recoverySet ? a : b;
        merged.stamps.recoverySet = newer.stamps.recoverySet;
        merged.recoveryCodes = newer.recoveryCodes;
    } else {
        merged.recoveryCodes = mergeRecoveryCodes(a.recoveryCodes, b.recoveryCodes);
    }
    if (a.createdMs == 0 || (b.createdMs != 0 && b.createdMs < a.createdMs))
        merged.createdMs = b.createdMs;
    merged.modifiedMs = std::max(a.modifiedMs, b.modifiedMs);
    // Fields of a newer Tessera: those of the copy changed last.
    const auto fieldsKey = [](const Account &x) { return std::make_pair(x.stamps.latestEdit(), compactJson(x.unknownFields)); };
    if (fieldsKey(b) > fieldsKey(a))
        merged.unknownFields = b.unknownFields;
    return merged;
}

Vault mergeVaults(const Vault &a, const Vault &b)
{
    QHash<QUuid, Account> byId;
    for (const Vault *copy : {&a, &b}) {
        mergeInto(byId, copy->accounts);
        mergeInto(byId, copy->removed);
    }
    Vault merged;
    merged.accounts = byId.values();
    merged.normalise();

    // Entries neither copy could read are kept once each.
    QList<std::pair<QByteArray, QuarantinedAccount>> quarantined;
    for (const Vault *copy : {&a, &b})
        for (const QuarantinedAccount &q : copy->quarantined)
            quarantined.append({compactJson(q.raw), q});
    std::sort(quarantined.begin(), quarantined.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (qsizetype i = 0; i < quarantined.size(); ++i)
        if (i == 0 || quarantined.at(i).first != quarantined.at(i - 1).first)
            merged.quarantined.append(quarantined.at(i).second);

    merged.history = a.history;
    for (auto it = b.history.cbegin(); it != b.history.cend(); ++it)
        merged.history[it.key()] = std::max(merged.history.value(it.key()), it.value());

    // Each site's answer by its stamp; the same stamp (one save, seen twice) keeps the stronger answer,
    // so the result does not depend on which copy came first.
    merged.siteChoices = a.siteChoices;
    for (auto it = b.siteChoices.cbegin(); it != b.siteChoices.cend(); ++it) {
        const auto mine = merged.siteChoices.constFind(it.key());
        if (mine == merged.siteChoices.cend() ||
            std::tie(it->stamp, it->decision) > std::tie(mine->stamp, mine->decision))
            merged.siteChoices.insert(it.key(), *it);
    }
    merged.browserPairs = mergeBrowserPairs(a.browserPairs, b.browserPairs);
    // Fields a newer Tessera wrote: each copy's; where both have one, the same one whichever copy came
    // first (the larger as JSON text: arbitrary, but the same on every computer).
    merged.unknownFields = a.unknownFields;
    for (auto it = b.unknownFields.constBegin(); it != b.unknownFields.constEnd(); ++it) {
        const QJsonValue mine = merged.unknownFields.value(it.key());
        if (mine.isUndefined() || compactJson(QJsonObject{{it.key(), it.value()}}) > compactJson(QJsonObject{{it.key(), mine}}))
            merged.unknownFields.insert(it.key(), it.value());
    }
    return merged;
}

bool hasUnseenSaves(const QMap<QString, quint64> &seen, const QMap<QString, quint64> &copy)
{
    for (auto it = copy.cbegin(); it != copy.cend(); ++it)
        if (it.value() > seen.value(it.key()))
            return true;
    return false;
}

} // namespace tessera::vault
