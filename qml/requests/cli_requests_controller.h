#pragma once
// tessera-cli through the unlocked app (DESIGN.md §7): what the app does with a reading request that
// arrived on its local channel (CliChannel). The user's setting decides: ask each time (the default: a
// prompt names the process and what it wants, with Allow once / Allow for 10 minutes / Deny), allow
// while unlocked, or never (the CLI then opens the file itself). A locked vault answers "locked", and
// locking drops every grant and every waiting request.

#include "app/controller.h"
#include "channel/app_request.h"

#include <QDeadlineTimer>
#include <QList>
#include <functional>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

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
public:
    enum Access { Ask, WhileUnlocked, Never };
    Q_ENUM(Access)
    using Answer = std::function<void(const channel::AppReply &reply)>;

    explicit CliRequestsController(Services *services, QObject *parent = nullptr);

    Access access() const;
    void setAccess(Access access);
    bool asking() const { return !m_waiting.isEmpty(); }
    QString prompt() const;

    Q_INVOKABLE void allowOnce();
    Q_INVOKABLE void allowForTenMinutes();
    Q_INVOKABLE void deny();

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
    };
    void answerNow(const channel::AppRequest &request, const Answer &answer);
    void answerFirst(bool allowed);
    void dropAll(); // on lock

    Services *m_services;
    QList<Waiting> m_waiting;
    QDeadlineTimer m_grant{QDeadlineTimer::Forever}; // "Allow for 10 minutes" until it expires or the lock
    bool m_granted = false;
    int m_nextTicket = 1;
};

} // namespace tessera::bridge
