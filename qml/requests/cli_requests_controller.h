#pragma once
// tessera-cli through the unlocked app (DESIGN.md §7): what the app does with a reading request that
// arrived on its local channel (CliChannel). The user's setting decides: ask each time (the default: a
// prompt names the process and what it wants, with Allow once / Allow for 10 minutes / Deny), allow
// while unlocked, or never (the CLI then opens the file itself). A locked vault answers "locked" (the
// CLI then opens the file), unless the PIN can open it: then the prompt asks for the PIN, and the PIN
// typed there both unlocks Tessera and allows that one request. Locking drops every grant and every
// waiting request.

#include "app/controller.h"
#include "channel/app_request.h"

#include <QDeadlineTimer>
#include <QList>
#include <functional>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class PinController;
class Services;

class CliRequestsController : public Controller, public QmlSingleton<CliRequestsController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Access access READ access WRITE setAccess NOTIFY accessChanged)
    // A request waits for the user: `prompt` says who wants what.
    Q_PROPERTY(bool asking READ asking NOTIFY promptChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY promptChanged)
    // The first waiting request waits for the vault, which the PIN can open (allowOnceWithPin).
    Q_PROPERTY(bool needsPin READ needsPin NOTIFY promptChanged)
public:
    enum Access { Ask, WhileUnlocked, Never };
    Q_ENUM(Access)
    using Answer = std::function<void(const channel::AppReply &reply)>;

    // `pin` may be null: no quick unlock, a locked vault always answers "locked".
    CliRequestsController(Services *services, PinController *pin, QObject *parent = nullptr);

    Access access() const;
    void setAccess(Access access);
    bool asking() const { return !m_waiting.isEmpty(); }
    QString prompt() const;
    bool needsPin() const { return !m_waiting.isEmpty() && m_waiting.first().waitsForVault; }

    Q_INVOKABLE void allowOnce();
    Q_INVOKABLE void allowForTenMinutes();
    Q_INVOKABLE void deny();
    // Unlocks with the PIN (PinController: its error says a wrong PIN); once open, the first request
    // is answered as with allowOnce, and the others waiting are asked about as usual.
    Q_INVOKABLE void allowOnceWithPin(const QString &pin);

    // A request from `who` ("PID 4711 on /dev/pts/3"); `answer` is called once, now or after the user
    // chose. Returns a ticket for withdraw.
    int handle(const channel::AppRequest &request, const QString &who, Answer answer);
    // The client went away before an answer: its prompt goes too.
    void withdraw(int ticket);

signals:
    void accessChanged();
    void promptChanged();

private:
    struct Waiting
    {
        int ticket;
        channel::AppRequest request;
        QString who;
        QString subject;
        Answer answer;
        bool waitsForVault = false; // came while locked, the PIN can open it
    };
    void answerNow(const channel::AppRequest &request, const Answer &answer);
    void answerFirst(bool allowed);
    void dropAll(); // on lock
    QList<Waiting> takeWaitingForVault();
    void vaultOpened();
    void pinChanged();

    Services *m_services;
    PinController *m_pin;
    int m_approvedByPin = 0; // the ticket whose prompt took the PIN, until the vault opens
    QList<Waiting> m_waiting;
    QDeadlineTimer m_grant{QDeadlineTimer::Forever}; // "Allow for 10 minutes" until it expires or the lock
    bool m_granted = false;
    int m_nextTicket = 1;
};

} // namespace tessera::bridge
