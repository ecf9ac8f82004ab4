#include "vault/change_recorder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tessera::vault {
namespace {

// A stamp later than `floor`, on this device: the clock may have gone back since `floor` was taken,
// and a restore or a removal must still come after what it undoes.
ChangeStamp laterThan(const ChangeStamp &stamp, const ChangeStamp &floor)
{
    return stamp > floor ? stamp : ChangeStamp{floor.timeMs + 1, stamp.device};
}

void stampChangedParts(const Account &old, Account &now, const ChangeStamp &stamp)
{
    if (old.issuer != now.issuer || old.name != now.name)
        now.stamps.label = stamp;
    // The counter is not a part of its own: counting up is merged by taking the larger one.
    auto oldParams = old.params;
    oldParams.counter = now.params.counter;
    if (oldParams != now.params || old.sealedSecret != now.sealedSecret)
        now.stamps.code = stamp;
    if (old.group != now.group || old.favourite != now.favourite)
        now.stamps.organisation = stamp;
    if (old.icon != now.icon)
        now.stamps.icon = stamp;
    if (old.notes != now.notes)
        now.stamps.notes = stamp;
    if (old.sites != now.sites)
        now.stamps.sites = stamp;
    // Codes are only ever taken away by replacing the set (a service's new codes): adding is not that.
    for (const RecoveryCode &code : old.recoveryCodes) {
        const bool kept = std::any_of(now.recoveryCodes.begin(), now.recoveryCodes.end(), [&](const RecoveryCode &c) {
            return c.id == code.id || (c.id.isEmpty() && c.sealedCode == code.sealedCode);
        });
        if (!kept) {
            now.stamps.recoverySet = stamp;
            break;
        }
    }
}

void stampEverything(Account &account, const ChangeStamp &stamp)
{
    const ChangeStamp removal = account.stamps.removal;
    account.stamps = {stamp, stamp, stamp, stamp, stamp, stamp, stamp, stamp, removal};
}

// The indexes (into `keys`) of one longest strictly increasing run: the accounts that can keep their
// places while the others move around them.
std::vector<qsizetype> longestIncreasing(const std::vector<std::pair<double, QUuid>> &keys)
{
    std::vector<qsizetype> tails; // tails[k]: index of the smallest last element of a run of length k+1
    std::vector<qsizetype> previous(keys.size(), -1);
    for (qsizetype i = 0; i < static_cast<qsizetype>(keys.size()); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), i, [&](qsizetype t, qsizetype k) { return keys[t] < keys[k]; });
        if (at != tails.begin())
            previous[i] = *(at - 1);
        if (at == tails.end())
            tails.push_back(i);
        else
            *at = i;
    }
    std::vector<qsizetype> run;
    for (qsizetype i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[i])
        run.push_back(i);
    std::reverse(run.begin(), run.end());
    return run;
}

// Gives the accounts that need one (new, moved, listed again) a place between their neighbours;
// numbers the whole list afresh when a gap has no room left.
void placeAccounts(QList<Account> &accounts, const std::vector<bool> &needsPlace, const ChangeStamp &stamp)
{
    std::vector<std::pair<double, QUuid>> keys;
    std::vector<qsizetype> candidates;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (!needsPlace[i]) {
            keys.push_back({accounts[i].order, accounts[i].id});
            candidates.push_back(i);
        }
    }
    std::vector<bool> keeps(accounts.size(), false);
    for (qsizetype k : longestIncreasing(keys))
        keeps[candidates[k]] = true;

    bool roomEverywhere = true;
    for (qsizetype i = 0; i < accounts.size() && roomEverywhere;) {
        if (keeps[i]) {
            ++i;
            continue;
        }
        qsizetype end = i; // [i, end): accounts to place between accounts[i - 1] and accounts[end]
        while (end < accounts.size() && !keeps[end])
            ++end;
        const qsizetype count = end - i;
        const bool hasBefore = i > 0;
        const bool hasAfter = end < accounts.size();
        const double low = hasBefore ? accounts[i - 1].order : (hasAfter ? accounts[end].order - (count + 1) * kOrderSpacing : 0);
        const double high = hasAfter ? accounts[end].order : low + (count + 1) * kOrderSpacing;
        const double step = (high - low) / static_cast<double>(count + 1);
        for (qsizetype k = 0; k < count; ++k) {
            const double place = low + step * static_cast<double>(k + 1);
            if (!(place > low && place < high) || !std::isfinite(place)) {
                roomEverywhere = false;
                break;
            }
            accounts[i + k].order = place;
            accounts[i + k].stamps.position = laterThan(stamp, accounts[i + k].stamps.removal);
        }
        i = end;
    }
    if (roomEverywhere)
        return;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const double place = static_cast<double>(i + 1) * kOrderSpacing;
        if (accounts[i].order != place || needsPlace[i]) {
            accounts[i].order = place;
            accounts[i].stamps.position = laterThan(stamp, accounts[i].stamps.removal);
        }
    }
}

// An answer for a site given or changed in this save is stamped; one taken away is kept as Ask, so
// other copies learn of it; an Ask older than kRemovedKeptMs is dropped for good.
void recordSiteChoices(const Vault &before, Vault &after, const ChangeStamp &stamp)
{
    for (auto it = after.siteChoices.begin(); it != after.siteChoices.end(); ++it) {
        const auto old = before.siteChoices.constFind(it.key());
        if (old != before.siteChoices.cend() && old->decision == it->decision)
            it->stamp = old->stamp;
        else
            it->stamp = old == before.siteChoices.cend() ? stamp : laterThan(stamp, old->stamp);
    }
    for (auto old = before.siteChoices.cbegin(); old != before.siteChoices.cend(); ++old)
        if (!after.siteChoices.contains(old.key()))
            after.siteChoices.insert(old.key(), SiteChoice{SiteDecision::Ask,
                                                            old->decision == SiteDecision::Ask ? old->stamp
                                                                                               : laterThan(stamp, old->stamp)});
    after.siteChoices.removeIf([&](const auto &choice) {
        return choice.value().decision == SiteDecision::Ask && choice.value().stamp.timeMs < stamp.timeMs - kRemovedKeptMs;
    });
}

// A pair made or forgotten in this save is stamped; one taken out of the list is kept as forgotten,
// without its key, so that other copies learn of it; a forgotten one older than kRemovedKeptMs goes.
void recordBrowserPairs(const Vault &before, Vault &after, const ChangeStamp &stamp)
{
    QHash<QUuid, const BrowserPair *> previous;
    for (const BrowserPair &pair : before.browserPairs)
        previous.insert(pair.id, &pair);
    QSet<QUuid> kept;
    for (BrowserPair &pair : after.browserPairs) {
        kept.insert(pair.id);
        if (pair.forgotten)
            pair.sealedKey.clear();
        const BrowserPair *old = previous.value(pair.id);
        if (old && old->forgotten == pair.forgotten)
            pair.stamp = old->stamp;
        else
            pair.stamp = old ? laterThan(stamp, old->stamp) : stamp;
    }
    for (const BrowserPair &old : before.browserPairs)
        if (!kept.contains(old.id)) {
            BrowserPair gone = old;
            gone.sealedKey.clear();
            if (!std::exchange(gone.forgotten, true))
                gone.stamp = laterThan(stamp, old.stamp);
            after.browserPairs.append(gone);
        }
    after.browserPairs.removeIf(
        [&](const BrowserPair &pair) { return pair.forgotten && pair.stamp.timeMs < stamp.timeMs - kRemovedKeptMs; });
}

} // namespace

void recordChanges(const Vault &before, Vault &after, const ChangeStamp &stamp, SaveKind kind)
{
    QHash<QUuid, const Account *> previous;
    for (const Account &a : before.removed)
        previous.insert(a.id, &a);
    for (const Account &a : before.accounts)
        previous.insert(a.id, &a);

    std::vector<bool> needsPlace(after.accounts.size(), false);
    QSet<QUuid> listed;
    for (qsizetype i = 0; i < after.accounts.size(); ++i) {
        Account &account = after.accounts[i];
        listed.insert(account.id);
        const Account *old = previous.value(account.id);
        if (!old) {
            stampEverything(account, stamp);
            needsPlace[i] = true;
        } else {
            stampChangedParts(*old, account, stamp);
            account.stamps.removal = std::max(account.stamps.removal, old->stamps.removal);
            if (old->isRemoved() || account.isRemoved()) {
                // Listed again (Undo, or a restore): its new place is a change after the removal.
                needsPlace[i] = true;
            }
        }
        for (RecoveryCode &code : account.recoveryCodes)
            if (code.id.isEmpty())
                code.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    placeAccounts(after.accounts, needsPlace, stamp);

    // What is no longer listed was deleted: kept, sealed, as a removed account.
    QSet<QUuid> kept = listed;
    for (const Account &a : after.removed)
        kept.insert(a.id);
    for (const Account &old : before.accounts) {
        if (kept.contains(old.id))
            continue;
        Account removed = old;
        removed.stamps.removal = laterThan(stamp, old.stamps.latestEdit());
        after.removed.append(removed);
        kept.insert(old.id);
    }
    for (const Account &old : before.removed)
        if (!kept.contains(old.id))
            after.removed.append(old);
    after.removed.removeIf([&](const Account &a) {
        return listed.contains(a.id) || a.stamps.removal.timeMs < stamp.timeMs - kRemovedKeptMs;
    });
    recordSiteChoices(before, after, stamp);
    recordBrowserPairs(before, after, stamp);
    if (kind == SaveKind::Change && !stamp.device.isEmpty()) // a store no computer id was given to (tests, the first save of a new vault)
        ++after.history[stamp.device];
    after.normalise();
}

} // namespace tessera::vault
