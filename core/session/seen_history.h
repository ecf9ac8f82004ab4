#pragma once
// The highest history (saves per computer, vault/vault.h) this computer has seen of each vault, kept in
// the shared settings by vault id, so that an older copy put in place while Tessera was closed is still
// recognised as one on the next run (vault/vault_store.h, guardAgainstRollback). It holds counts only,
// no names and nothing secret.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace tessera::session {

QMap<QString, quint64> seenHistory(const QByteArray &vaultId);
// Joins `history` into what is kept for this vault (a count never goes down).
void rememberHistory(const QByteArray &vaultId, const QMap<QString, quint64> &history);

} // namespace tessera::session
