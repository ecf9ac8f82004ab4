#include "session/device_identity.h"

#include "crypto/random.h"
#include "session/app_settings.h"

#include <QRegularExpression>

namespace tessera::session {
namespace {

const QString kKey = QStringLiteral("sync/deviceId");

} // namespace

QString deviceId()
{
    const auto settings = openAppSettings();
    static const QRegularExpression wellFormed(QStringLiteral("^[0-9a-f]{32}$"));
    const QString kept = settings->value(kKey).toString();
    if (wellFormed.match(kept).hasMatch())
        return kept;
    const QString made = QString::fromLatin1(crypto::randomBytes(16).toHex());
    settings->setValue(kKey, made);
    settings->sync();
    return made;
}

} // namespace tessera::session
