#pragma once
// Copies of one vault changed on several computers, for the merge tests: a computer's copy with its own
// clock, saved as every save is (change, then recordChanges), and a plain account to change.

#include "vault/change_recorder.h"
#include "vault/vault_merge.h"

#include <functional>

// One computer's copy, its own clock, and the way it saves: change, then record the change.
struct Replica
{
    QString device;
    tessera::vault::Vault vault;
    qint64 clockMs = 1'700'000'000'000;

    void change(const std::function<void(tessera::vault::Vault &)> &edit, qint64 tickMs = 1000)
    {
        clockMs += tickMs;
        const tessera::vault::Vault before = vault;
        edit(vault);
        tessera::vault::recordChanges(before, vault, {clockMs, device});
    }
    void receive(const tessera::vault::Vault &other) { vault = tessera::vault::mergeVaults(vault, other); }
};

inline tessera::vault::Account account(const QUuid &id, const QString &issuer,
                                      const QByteArray &secret = "sealed-secret-bytes-0123456789abcdef-0123456789")
{
    tessera::vault::Account a;
    a.id = id;
    a.issuer = issuer;
    a.name = QStringLiteral("me@example.com");
    a.sealedSecret = secret;
    return a;
}
