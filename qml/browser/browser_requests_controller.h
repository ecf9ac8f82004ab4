#pragma once
// What the app does with the browser extension's messages (docs/BROWSER.md), relayed by
// tessera-browser-host over the "browser" channel (BrowserChannel). A browser not yet paired is asked
// about once ("Allow Chromium to request codes?"); a paired one's code requests are opened with the
// pair's key (session/browser_requests.h); a site not yet answered is asked about once ("Fill codes on
// github.com? Always / Once / Never"); then the code, or the accounts to choose from, goes back sealed.
// A locked vault answers "locked" and shows the window, where the user unlocks. Locking answers every
// waiting request "locked".

#include "app/controller.h"
#include "channel/browser_messages.h"
#include "session/browser_requests.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <variant>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class Services;

class BrowserRequestsController : public Controller, public QmlSingleton<BrowserRequestsController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // A request waits for the user: a browser to pair (`pairing`), or a site to answer for.
    Q_PROPERTY(bool asking READ asking NOTIFY promptChanged)
    Q_PROPERTY(bool pairing READ pairing NOTIFY promptChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY promptChanged)
public:
    using Answer = std::function<void(const QJsonObject &answer)>;

    explicit BrowserRequestsController(Services *services, QObject *parent = nullptr);

    bool asking() const { return !m_waiting.isEmpty(); }
    bool pairing() const;
    QString prompt() const;

    // The first waiting browser: allowed (paired) or denied.
    Q_INVOKABLE void allow();
    // The first waiting site: filled now and from now on, only now, or never (Deny for a browser).
    Q_INVOKABLE void always();
    Q_INVOKABLE void once();
    Q_INVOKABLE void never();
    Q_INVOKABLE void deny();

    // A message from the host; `answer` is called once, now or after the user chose. Returns a ticket
    // for withdraw.
    int handle(const QJsonObject &message, Answer answer);
    // The host went away before an answer (the tab closed): its prompt goes too.
    void withdraw(int ticket);

signals:
    void promptChanged();
    // A request came while Tessera is locked: the window shows itself, where the user unlocks.
    void unlockWanted();

private:
    struct PairWaiting
    {
        channel::BrowserHello hello;
    };
    struct SiteWaiting
    {
        QString id;
        QByteArray extensionKey;
        channel::SealedCodeRequest request;
    };
    struct Waiting
    {
        int ticket;
        std::variant<PairWaiting, SiteWaiting> what;
        Answer answer;
    };
    void handleHello(const channel::BrowserHello &hello, int ticket, Answer answer);
    void handleCode(const channel::BrowserCodeRequest &code, int ticket, Answer answer);
    void answerSite(const SiteWaiting &site, const Answer &answer);
    void finishSite(vault::SiteDecision decision, bool fill);
    void dropAll();
    void enqueue(Waiting waiting);
    QString deviceId() const;

    Services *m_services;
    session::SeenRequests m_seen;
    QList<Waiting> m_waiting;
    int m_nextTicket = 1;
};

} // namespace tessera::bridge
