#pragma once
// Pairing a browser profile's extension with this computer's app (docs/BROWSER.md, "Pairing"). The
// user allows a browser once; the app then makes an X25519 key pair for it, derives the pair's
// AES-256-GCM key from the extension's public key (crypto/key_agreement), and keeps that key sealed in
// the vault (vault::BrowserPair). Every later request must be sealed with it: a program that only
// speaks to the host, without that key, gets nothing.

#include "common/error.h"
#include "common/secret_bytes.h"
#include "vault/vault_store.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

namespace tessera::session {

// The info both sides give HKDF; a change here is a new protocol version.
inline constexpr char kBrowserPairingInfo[] = "tessera browser pairing 1";

// The kept (not forgotten) pair of this computer with that extension key, or null.
const vault::BrowserPair *browserPairFor(const vault::Vault &vault, const QString &device, QByteArrayView extensionKey);
// Pairs the extension with this computer (one save) and returns the app's public key for it; an
// extension already paired gets the key it has. ChannelUnsafe for a key that is not 32 bytes or of low order.
Result<QByteArray> pairBrowser(vault::VaultStore &store, const QString &device, const QString &browser,
                               QByteArrayView extensionKey, qint64 nowMs);
// The pair's AES-256-GCM key, opened from the vault.
Result<SecretBytes> browserPairKey(const vault::VaultStore &store, const vault::BrowserPair &pair);
// The same for this computer's pair with that extension key, and the app's public key for it;
// ChannelUnsafe ("not paired") when there is none.
Result<SecretBytes> browserPairKeyFor(const vault::VaultStore &store, const QString &device, QByteArrayView extensionKey);
Result<QByteArray> pairedAppKey(const vault::VaultStore &store, const QString &device, QByteArrayView extensionKey);
// Forgets a pair: its extension must be allowed again. One save; nothing when it is not there.
Result<void> forgetBrowserPair(vault::VaultStore &store, const QUuid &id);
// This computer's kept pairs, for the settings' list.
QList<vault::BrowserPair> browserPairsOf(const vault::Vault &vault, const QString &device);

} // namespace tessera::session
