#include "session/seen_history.h"

#include "session/app_settings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::session {
namespace {

QString keyFor(const QByteArray &vaultId)
{
    return QStringLiteral("sync/seen/") + QString::fromLatin1(vaultId.toHex());
}

} // namespace

QMap<QString, quint64> seenHistory(const QByteArray &vaultId)
{
    const auto settings = openAppSettings();
    const QJsonObject kept = QJsonDocument::fromJson(settings->value(keyFor(vaultId)).toByteArray()).object();
    QMap<QString, quint64> history;
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        const double count = it.value().toDouble(-1);
        if (count >= 0 && count <= 9.0e15) // a damaged entry counts as nothing seen, not as everything
            history.insert(it.key(), static_cast<quint64>(count));
    }
    return history;
}

void rememberHistory(const QByteArray &vaultId, const QMap<QString, quint64> &history)
{
    QMap<QString, quint64> joined = seenHistory(vaultId);
    bool grew = false;
    for (auto it = history.cbegin(); it != history.cend(); ++it)
        if (it.value() > joined.value(it.key())) {
            joined[it.key()] = it.value();
            grew = true;
        }
    if (!grew)
        return;
    QJsonObject kept;
    for (auto it = joined.cbegin(); it != joined.cend(); ++it)
        kept.insert(it.key(), static_cast<double>(it.value()));
    const auto settings = openAppSettings();
    settings->setValue(keyFor(vaultId), QJsonDocument(kept).toJson(QJsonDocument::Compact));
    settings->sync();
}

} // namespace tessera::session
