#include "requests/cli_requests_controller.h"

#include "app/services.h"
#include "app/ticker.h"
#include "app/vault_session.h"
#include "vault/pin_controller.h"
#include "session/app_answers.h"
#include "session/preferences.h"

#include <QDateTime>

namespace tessera::bridge {
namespace {

constexpr int kGrantMinutes = 10;
constexpr qsizetype kMostWaiting = 8; // more is not a person at a terminal

channel::AppReply replyWith(channel::AppStatus status, std::optional<Error> error = std::nullopt)
{
    return channel::AppReply{status, std::move(error), {}};
}

} // namespace

CliRequestsController::CliRequestsController(Services *services, PinController *pin, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services), m_pin(pin)
{
    connect(services->session(), &VaultSession::closed, this, &CliRequestsController::dropAll);
    connect(services->session(), &VaultSession::opened, this, &CliRequestsController::vaultOpened);
    if (pin)
        connect(pin, &PinController::changed, this, &CliRequestsController::pinChanged);
}

CliRequestsController::Access CliRequestsController::access() const
{
    return static_cast<Access>(m_services->preferences()->cliAccess());
}

void CliRequestsController::setAccess(Access access)
{
    if (access == this->access())
        return;
    m_services->preferences()->setCliAccess(static_cast<session::CliAccess>(access));
    m_granted = false;
    emit accessChanged();
}

QString CliRequestsController::prompt() const
{
    if (m_waiting.isEmpty())
        return {};
    const Waiting &first = m_waiting.first();
    return first.who.isEmpty() ? tr("tessera-cli wants %1.").arg(first.subject)
                               : tr("tessera-cli (%1) wants %2.").arg(first.who, first.subject);
}

int CliRequestsController::handle(const channel::AppRequest &request, const QString &who, Answer answer)
{
    const int ticket = m_nextTicket++;
    if (access() == Never) {
        answer(replyWith(channel::AppStatus::Off));
        return ticket;
    }
    const vault::Vault *vault = m_services->session()->vault();
    if (!vault) {
        if (m_pin && m_pin->available() && m_waiting.size() < kMostWaiting) {
            m_waiting.append(Waiting{ticket, request, who, session::requestSubjectWhileLocked(request),
                                     std::move(answer), true});
            if (m_waiting.size() == 1)
                emit promptChanged();
        } else {
            answer(replyWith(channel::AppStatus::Locked));
        }
        return ticket;
    }
    auto subject = session::requestSubject(*vault, request);
    if (!subject) { // no such account: said at once, nothing to ask about
        answer(replyWith(channel::AppStatus::Failed, subject.error()));
        return ticket;
    }
    if (m_granted && m_grant.hasExpired())
        m_granted = false;
    if (access() == WhileUnlocked || m_granted) {
        answerNow(request, answer);
        return ticket;
    }
    if (m_waiting.size() >= kMostWaiting) {
        answer(replyWith(channel::AppStatus::Refused, Error{ErrorCode::AppRefused, *subject}));
        return ticket;
    }
    m_waiting.append(Waiting{ticket, request, who, *subject, std::move(answer)});
    if (m_waiting.size() == 1)
        emit promptChanged();
    return ticket;
}

void CliRequestsController::answerNow(const channel::AppRequest &request, const Answer &answer)
{
    const std::int64_t now = request.systemClock ? QDateTime::currentMSecsSinceEpoch() : m_services->ticker()->nowMs();
    const vault::Vault *vault = m_services->session()->vault();
    if (!vault)
        return answer(replyWith(channel::AppStatus::Locked));
    // A TOTP code or the list is read; an HOTP code or a recovery code changes the vault (and is saved).
    const Result<QCborValue> result =
        session::requestChangesVault(*vault, request)
            ? m_services->session()->apply([&](auto &store) { return session::answerRequest(store, request, now); })
            : m_services->session()->read([&](const auto &store) { return session::answerReading(store, request, now); });
    if (!result)
        return answer(replyWith(channel::AppStatus::Failed, result.error()));
    answer(channel::AppReply{channel::AppStatus::Answered, std::nullopt, *result});
}

void CliRequestsController::answerFirst(bool allowed)
{
    if (m_waiting.isEmpty())
        return;
    Waiting first = m_waiting.takeFirst();
    if (allowed)
        answerNow(first.request, first.answer);
    else
        first.answer(replyWith(channel::AppStatus::Refused, Error{ErrorCode::AppRefused, first.subject}));
    // Allowed for a while: the others waiting are answered too.
    if (m_granted)
        while (!m_waiting.isEmpty()) {
            Waiting next = m_waiting.takeFirst();
            answerNow(next.request, next.answer);
        }
    emit promptChanged();
}

void CliRequestsController::allowOnce()
{
    answerFirst(true);
}

void CliRequestsController::allowForTenMinutes()
{
    m_granted = true;
    m_grant.setRemainingTime(std::chrono::minutes(kGrantMinutes));
    answerFirst(true);
}

void CliRequestsController::deny()
{
    answerFirst(false);
}

QList<CliRequestsController::Waiting> CliRequestsController::takeWaitingForVault()
{
    QList<Waiting> taken;
    m_waiting.removeIf([&](const Waiting &w) {
        if (w.waitsForVault)
            taken.append(w);
        return w.waitsForVault;
    });
    return taken;
}

void CliRequestsController::allowOnceWithPin(const QString &pin)
{
    if (!needsPin() || !m_pin)
        return;
    m_approvedByPin = m_waiting.first().ticket;
    m_pin->unlock(pin);
}

// Open now (by this prompt's PIN, or otherwise): the request the PIN was typed for is answered, and
// every other one that came while locked is handled as if it came now (asked about, or answered).
void CliRequestsController::vaultOpened()
{
    const int approved = std::exchange(m_approvedByPin, 0);
    QList<Waiting> cameWhileLocked = takeWaitingForVault();
    if (cameWhileLocked.isEmpty())
        return;
    emit promptChanged();
    const vault::Vault *vault = m_services->session()->vault();
    for (Waiting &w : cameWhileLocked) {
        if (w.ticket == approved && vault) {
            if (auto subject = session::requestSubject(*vault, w.request); !subject)
                w.answer(replyWith(channel::AppStatus::Failed, subject.error()));
            else
                answerNow(w.request, w.answer);
        } else {
            handle(w.request, w.who, std::move(w.answer));
        }
    }
}

// Three wrong PINs (or the PIN removed): the vault needs the password now, so the requests that waited
// for it are answered "locked" and the CLI opens the file itself.
void CliRequestsController::pinChanged()
{
    if (m_pin->available() || m_pin->busy() || m_services->session()->isOpen())
        return;
    m_approvedByPin = 0;
    const QList<Waiting> cameWhileLocked = takeWaitingForVault();
    if (cameWhileLocked.isEmpty())
        return;
    for (const Waiting &w : cameWhileLocked)
        w.answer(replyWith(channel::AppStatus::Locked));
    emit promptChanged();
}

void CliRequestsController::withdraw(int ticket)
{
    const auto before = m_waiting.size();
    const bool wasFirst = !m_waiting.isEmpty() && m_waiting.first().ticket == ticket;
    m_waiting.removeIf([ticket](const Waiting &w) { return w.ticket == ticket; });
    if (m_waiting.size() != before && wasFirst)
        emit promptChanged();
}

void CliRequestsController::dropAll()
{
    m_granted = false;
    const bool hadPrompt = !m_waiting.isEmpty();
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting)
        w.answer(replyWith(channel::AppStatus::Locked));
    if (hadPrompt)
        emit promptChanged();
}

} // namespace tessera::bridge
