#pragma once
// A paired extension's code request as the app opens it, and its answer as the app seals it
// (docs/BROWSER.md, "Pairing"): the request is found by the extension's public key, must open with
// that pair's key and its own id as associated data, must be fresh (made within a minute of now), and
// is answered once (SeenRequests): a captured request sent again gets nothing.

#include "channel/browser_messages.h"
#include "common/error.h"
#include "common/secret_bytes.h"
#include "vault/vault_store.h"

#include <QHash>
#include <QJsonObject>
#include <tl/expected.hpp>

namespace tessera::session {

inline constexpr qint64 kBrowserRequestFreshMs = 60'000;

struct OpenedCodeRequest
{
    SecretBytes pairKey; // to seal the answer with
    channel::SealedCodeRequest request;
};
enum class CodeRequestRefusal {
    Unpaired, // no pair on this computer with that key, or it does not open with the pair's key
    Expired,  // made over a minute ago (or ahead), or already answered
};

// The ids of requests answered in the last two minutes, per pair: a second request with an id already
// seen is a replay.
class SeenRequests
{
public:
    // Whether (pair key, id) is new at `nowMs`; it is remembered either way. Old entries are dropped.
    bool firstTime(const QByteArray &extensionKey, const QString &id, qint64 nowMs);

private:
    QHash<QByteArray, qint64> m_seen;
};

tl::expected<OpenedCodeRequest, CodeRequestRefusal> openCodeRequest(const vault::VaultStore &store, const QString &device,
                                                                    const channel::BrowserCodeRequest &message,
                                                                    qint64 nowMs, SeenRequests &seen);

// {"v", "id", "type": "sealed", "sealed": Base64(nonce ‖ ciphertext ‖ tag)} of `fields` as JSON.
Result<QJsonObject> sealedAnswer(const SecretBytes &pairKey, const QString &id, const QJsonObject &fields);

} // namespace tessera::session
