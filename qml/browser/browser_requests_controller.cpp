#include "browser/browser_requests_controller.h"

#include "app/services.h"
#include "app/ticker.h"
#include "app/vault_session.h"
#include "session/account_sites.h"
#include "session/browser_codes.h"
#include "session/browser_pairing.h"
#include "session/device_identity.h"
#include "session/site_choices.h"

#include <QDateTime>

namespace tessera::bridge {
namespace {

constexpr qsizetype kMostWaiting = 8; // more is not a person signing in

QJsonObject plainAnswer(const QString &id, const char *type, const QJsonObject &fields = {})
{
    return channel::browserAnswer(id, QString::fromLatin1(type), fields);
}

QByteArray keyBytes(const std::array<std::uint8_t, 32> &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
}

QString idOf(const channel::BrowserMessage &message)
{
    return std::visit([](const auto &m) { return m.id; }, message);
}

} // namespace

BrowserRequestsController::BrowserRequestsController(Services *services, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services)
{
    connect(services->session(), &VaultSession::closed, this, &BrowserRequestsController::dropAll);
}

QString BrowserRequestsController::deviceId() const
{
    return session::deviceId();
}

bool BrowserRequestsController::pairing() const
{
    return !m_waiting.isEmpty() && std::holds_alternative<PairWaiting>(m_waiting.first().what);
}

QString BrowserRequestsController::prompt() const
{
    if (m_waiting.isEmpty())
        return {};
    if (const auto *pair = std::get_if<PairWaiting>(&m_waiting.first().what))
        return tr("Allow %1 to request codes from Tessera?").arg(pair->hello.browser);
    const auto &site = std::get<SiteWaiting>(m_waiting.first().what);
    const QString domain = session::registrableDomain(site.request.site);
    return tr("Fill codes on %1?").arg(domain.isEmpty() ? site.request.site : domain);
}

int BrowserRequestsController::handle(const QJsonObject &message, Answer answer)
{
    const int ticket = m_nextTicket++;
    auto parsed = channel::parseBrowserMessage(message);
    if (!parsed) { // the host checked it already: this is not our host
        answer(plainAnswer(QString(), "refused"));
        return ticket;
    }
    if (!m_services->session()->vault()) {
        answer(plainAnswer(idOf(*parsed), "locked"));
        emit unlockWanted();
        return ticket;
    }
    if (const auto *hello = std::get_if<channel::BrowserHello>(&*parsed))
        handleHello(*hello, ticket, std::move(answer));
    else
        handleCode(std::get<channel::BrowserCodeRequest>(*parsed), ticket, std::move(answer));
    return ticket;
}

void BrowserRequestsController::handleHello(const channel::BrowserHello &hello, int ticket, Answer answer)
{
    const QByteArray extensionKey = keyBytes(hello.publicKey);
    const QString device = deviceId();
    const auto appKey = m_services->session()->read(
        [&](const vault::VaultStore &store) { return session::pairedAppKey(store, device, extensionKey); });
    if (appKey)
        return answer(plainAnswer(hello.id, "paired", {{QStringLiteral("key"), QString::fromLatin1(appKey->toBase64())}}));
    enqueue(Waiting{ticket, PairWaiting{hello}, std::move(answer)});
}

void BrowserRequestsController::handleCode(const channel::BrowserCodeRequest &code, int ticket, Answer answer)
{
    const QString device = deviceId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch(); // the extension's clock is this computer's
    using Opened = tl::expected<session::OpenedCodeRequest, session::CodeRequestRefusal>;
    auto read = m_services->session()->read([&](const vault::VaultStore &store) -> Result<Opened> {
        return session::openCodeRequest(store, device, code, now, m_seen);
    });
    if (!read || !*read)
        return answer(plainAnswer(code.id, read && read->error() == session::CodeRequestRefusal::Expired ? "expired" : "unpaired"));
    Opened &opened = *read;
    const channel::SealedCodeRequest &request = opened->request;
    const SiteWaiting site{code.id, keyBytes(code.publicKey), request};
    switch (session::browserSiteStep(*m_services->session()->vault(), request.site)) {
    case session::BrowserSiteStep::Never:
        return answer(*session::sealedAnswer(opened->pairKey, code.id, {{QStringLiteral("never"), true}}));
    case session::BrowserSiteStep::NoAccount:
        return answer(*session::sealedAnswer(opened->pairKey, code.id, {{QStringLiteral("none"), true}}));
    case session::BrowserSiteStep::Fill:
        return answerSite(site, answer);
    case session::BrowserSiteStep::Ask:
        break;
    }
    enqueue(Waiting{ticket, site, std::move(answer)});
}

void BrowserRequestsController::enqueue(Waiting waiting)
{
    if (m_waiting.size() >= kMostWaiting) {
        const QString id = std::visit(
            [](const auto &w) {
                if constexpr (std::is_same_v<std::decay_t<decltype(w)>, PairWaiting>)
                    return w.hello.id;
                else
                    return w.id;
            },
            waiting.what);
        return waiting.answer(plainAnswer(id, "refused"));
    }
    m_waiting.append(std::move(waiting));
    if (m_waiting.size() == 1)
        emit promptChanged();
}

// The code (or the chooser) for the site, sealed with the pair's key; the pair may have been forgotten
// while the user was asked, and then nothing is given.
void BrowserRequestsController::answerSite(const SiteWaiting &site, const Answer &answer)
{
    const QString device = deviceId();
    auto key = m_services->session()->read(
        [&](const vault::VaultStore &store) { return session::browserPairKeyFor(store, device, site.extensionKey); });
    if (!key)
        return answer(plainAnswer(site.id, "unpaired"));
    const qint64 now = m_services->ticker()->nowMs();
    auto fields = m_services->session()->apply([&](vault::VaultStore &store) {
        return session::browserCodeAnswer(store, site.request.site, site.request.account, now);
    });
    auto sealed = session::sealedAnswer(*key, site.id, fields ? *fields : QJsonObject{{QStringLiteral("none"), true}});
    answer(sealed ? *sealed : plainAnswer(site.id, "refused"));
}

void BrowserRequestsController::allow()
{
    if (!pairing())
        return;
    const Waiting first = m_waiting.takeFirst();
    const channel::BrowserHello &hello = std::get<PairWaiting>(first.what).hello;
    const QString device = deviceId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto appKey = m_services->session()->apply([&](vault::VaultStore &store) {
        return session::pairBrowser(store, device, hello.browser, keyBytes(hello.publicKey), now);
    });
    if (appKey)
        first.answer(plainAnswer(hello.id, "paired", {{QStringLiteral("key"), QString::fromLatin1(appKey->toBase64())}}));
    else
        first.answer(plainAnswer(hello.id, "refused"));
    emit promptChanged();
}

void BrowserRequestsController::always()
{
    finishSite(vault::SiteDecision::Always, true);
}

void BrowserRequestsController::once()
{
    finishSite(vault::SiteDecision::Ask, true);
}

void BrowserRequestsController::never()
{
    finishSite(vault::SiteDecision::Never, false);
}

// The answer for the first waiting site holds for every request waiting on that site (two tabs).
void BrowserRequestsController::finishSite(vault::SiteDecision decision, bool fill)
{
    if (m_waiting.isEmpty() || pairing())
        return;
    const QString domain = session::registrableDomain(std::get<SiteWaiting>(m_waiting.first().what).request.site);
    if (decision != vault::SiteDecision::Ask)
        m_services->session()->apply([&](vault::VaultStore &store) { return session::decideForSite(store, domain, decision); });
    QList<Waiting> answered;
    m_waiting.removeIf([&](const Waiting &w) {
        const auto *site = std::get_if<SiteWaiting>(&w.what);
        const bool same = site && session::registrableDomain(site->request.site) == domain;
        if (same)
            answered.append(w);
        return same;
    });
    for (const Waiting &w : answered) {
        const auto &site = std::get<SiteWaiting>(w.what);
        if (fill) {
            answerSite(site, w.answer);
            continue;
        }
        // Never: said sealed, so the extension can tell the user why nothing was filled.
        const QString device = deviceId();
        auto key = m_services->session()->read(
            [&](const vault::VaultStore &store) { return session::browserPairKeyFor(store, device, site.extensionKey); });
        auto sealed = key ? session::sealedAnswer(*key, site.id, {{QStringLiteral("never"), true}}) : Result<QJsonObject>();
        w.answer(key && sealed ? *sealed : plainAnswer(site.id, "unpaired"));
    }
    emit promptChanged();
}

void BrowserRequestsController::deny()
{
    if (m_waiting.isEmpty())
        return;
    if (!pairing())
        return never();
    const Waiting first = m_waiting.takeFirst();
    first.answer(plainAnswer(std::get<PairWaiting>(first.what).hello.id, "refused"));
    emit promptChanged();
}

void BrowserRequestsController::withdraw(int ticket)
{
    const bool wasFirst = !m_waiting.isEmpty() && m_waiting.first().ticket == ticket;
    m_waiting.removeIf([ticket](const Waiting &w) { return w.ticket == ticket; });
    if (wasFirst)
        emit promptChanged();
}

void BrowserRequestsController::dropAll()
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting) {
        const QString id = std::holds_alternative<PairWaiting>(w.what) ? std::get<PairWaiting>(w.what).hello.id
                                                                       : std::get<SiteWaiting>(w.what).id;
        w.answer(plainAnswer(id, "locked"));
    }
    if (!waiting.isEmpty())
        emit promptChanged();
}

} // namespace tessera::bridge
