// Linux: where a direct grab is refused (Wayland), the desktop portal takes the screenshot
// (org.freedesktop.portal.Screenshot; https://flatpak.github.io/xdg-desktop-portal/). The answer comes
// as a Response signal on a request object whose path is known before the call, so we listen first.
#include "add/screen_grabber.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QRandomGenerator>
#include <QUrl>

namespace tessera::bridge {
namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");

// Receives the portal's one Response and hands the picture on.
class PortalRequest : public QObject
{
    Q_OBJECT
public:
    PortalRequest(ScreenGrabber::Callback done, QObject *parent) : QObject(parent), m_done(std::move(done)) {}
    void finish(Result<QList<QImage>> result)
    {
        if (m_done)
            std::exchange(m_done, nullptr)(std::move(result));
        deleteLater();
    }

public slots:
    void onResponse(uint response, const QVariantMap &results)
    {
        if (response != 0) {
            finish(fail(ErrorCode::ScreenGrabFailed, tr("it was cancelled or refused")));
            return;
        }
        const QString file = QUrl(results.value(QStringLiteral("uri")).toString()).toLocalFile();
        QImage picture(file);
        if (picture.isNull()) {
            finish(fail(ErrorCode::ScreenGrabFailed, tr("the desktop portal's picture could not be read")));
            return;
        }
        finish(QList<QImage>{std::move(picture)});
    }

private:
    ScreenGrabber::Callback m_done;
};

} // namespace

void ScreenGrabber::grabThroughPortal(Callback done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(fail(ErrorCode::ScreenGrabFailed, tr("no direct access and no desktop portal")));
        return;
    }
    const QString token = QStringLiteral("tessera%1").arg(QRandomGenerator::global()->generate());
    QString sender = bus.baseService().mid(1);
    sender.replace(u'.', u'_');
    const QString requestPath = QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token);
    auto *request = new PortalRequest(std::move(done), this);
    bus.connect(kPortalService, requestPath, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"),
                request, SLOT(onResponse(uint, QVariantMap)));

    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath,
                                                       QStringLiteral("org.freedesktop.portal.Screenshot"),
                                                       QStringLiteral("Screenshot"));
    call << QString() << QVariantMap{{QStringLiteral("handle_token"), token}, {QStringLiteral("interactive"), false}};
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), request);
    connect(watcher, &QDBusPendingCallWatcher::finished, request, [request](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        if (QDBusPendingReply<QDBusObjectPath>(*w).isError())
            request->finish(fail(ErrorCode::ScreenGrabFailed, tr("no screenshot portal: %1").arg(w->error().message())));
    });
}

} // namespace tessera::bridge

#include "screen_grabber_portal_linux.moc"
