#include "browser/browser_integration_controller.h"

#include "app/services.h"
#include "app/vault_session.h"
#include "common/installed_programs.h"
#include "session/browser_hosts.h"
#include "session/browser_pairing.h"
#include "session/device_identity.h"
#include "session/site_choices.h"

#include <QDateTime>
#include <QLocale>
#include <QVariantMap>

namespace tessera::bridge {

BrowserIntegrationController::BrowserIntegrationController(Services *services, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services)
{
    VaultSession *session = services->session();
    for (auto signal : {&VaultSession::opened, &VaultSession::closed, &VaultSession::changed})
        connect(session, signal, this, &BrowserIntegrationController::vaultChanged);
}

QVariantList BrowserIntegrationController::browsers() const
{
    const QString host = browserHostProgram();
    QVariantList list;
    for (const session::BrowserHostPlace &place : session::browserHostPlaces()) {
        const session::HostState state = session::hostState(place, host);
        const bool installed = state == session::HostState::Installed;
        QString words;
        if (!place.unsupported.isEmpty())
            words = tr("Cannot be connected: its sandbox cannot start Tessera");
        else if (installed)
            words = tr("Connected");
        else if (state == session::HostState::Elsewhere)
            words = tr("Connected to another copy of Tessera");
        else
            words = place.found ? tr("Not connected") : tr("Not found on this computer");
        list.append(QVariantMap{{QStringLiteral("name"), place.browser},
                                {QStringLiteral("key"), place.key},
                                {QStringLiteral("found"), place.found},
                                {QStringLiteral("installed"), installed},
                                {QStringLiteral("canInstall"), place.unsupported.isEmpty() && !host.isEmpty()},
                                {QStringLiteral("state"), words}});
    }
    return list;
}

QString BrowserIntegrationController::extensionFolder() const
{
    return browserExtensionFolder();
}

QVariantList BrowserIntegrationController::pairs() const
{
    QVariantList list;
    const vault::Vault *vault = m_services->session()->vault();
    if (!vault)
        return list;
    for (const vault::BrowserPair &pair : session::browserPairsOf(*vault, session::deviceId()))
        list.append(QVariantMap{
            {QStringLiteral("id"), pair.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("browser"), pair.browser},
            {QStringLiteral("paired"),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(pair.pairedAtMs).date(), QLocale::ShortFormat)}});
    return list;
}

QVariantList BrowserIntegrationController::siteAnswers() const
{
    QVariantList list;
    const vault::Vault *vault = m_services->session()->vault();
    if (!vault)
        return list;
    for (const auto &[site, decision] : session::siteAnswers(*vault))
        list.append(QVariantMap{{QStringLiteral("site"), site}, {QStringLiteral("always"), decision == vault::SiteDecision::Always}});
    return list;
}

void BrowserIntegrationController::install(const QString &key)
{
    for (const session::BrowserHostPlace &place : session::browserHostPlaces())
        if (place.key == key && report(session::installBrowserHost(place, browserHostProgram())))
            setStatus(tr("%1 is connected. Add the Tessera extension to it, then sign in as usual.").arg(place.browser));
    emit browsersChanged();
}

void BrowserIntegrationController::uninstall(const QString &key)
{
    for (const session::BrowserHostPlace &place : session::browserHostPlaces())
        if (place.key == key && report(session::uninstallBrowserHost(place)))
            setStatus(tr("%1 is no longer connected.").arg(place.browser));
    emit browsersChanged();
}

void BrowserIntegrationController::forgetPair(const QString &id)
{
    const QUuid pair = QUuid::fromString(id);
    report(m_services->session()->apply([&](vault::VaultStore &store) { return session::forgetBrowserPair(store, pair); }));
}

void BrowserIntegrationController::forgetSite(const QString &site)
{
    report(m_services->session()->apply(
        [&](vault::VaultStore &store) { return session::decideForSite(store, site, vault::SiteDecision::Ask); }));
}

} // namespace tessera::bridge
