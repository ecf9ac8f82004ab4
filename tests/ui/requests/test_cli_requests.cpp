// tessera-cli through the unlocked app, the app's side: the user's setting, the prompt's three answers,
// a grant that ends with the lock, and a client that goes away; then the real channel, end to end
// inside one process (the other uid and the real binaries are in e2e/cli_through_app.sh).
#include "gui_fixture.h"

#include "channel/app_request.h"
#include "channel/private_channel.h"
#include "requests/cli_channel.h"
#include "requests/cli_requests_controller.h"
#include "vault/pin_controller.h"
#include "vault/vault_controller.h"
#include "session/vault_access.h"

#include <QCborMap>
#include <QLocalSocket>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

using namespace tessera;
using namespace tessera::bridge;
using channel::AppCommand;
using channel::AppReply;
using channel::AppStatus;

namespace {

struct Answers
{
    QList<AppReply> replies;
    CliRequestsController::Answer collector()
    {
        return [this](const AppReply &reply) { replies.append(reply); };
    }
};

channel::AppRequest codeOf(const QString &query)
{
    return {AppCommand::Code, query, std::nullopt, false};
}

// Unlocked, a PIN set, then locked as the idle time or the screen lock would.
bool lockedWithPin(GuiFixture &f, const QString &pin)
{
    if (!f.unlock() || !f.root->pin->setPin(pin, pin))
        return false;
    f.vault->lockAutomatically();
    return f.vault->state() == VaultController::Locked && f.root->pin->available();
}

} // namespace

class TestCliRequests : public QObject
{
    Q_OBJECT
private slots:
    void askEachTimeIsTheDefaultAndAllowOnceAnswersOnce()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        CliRequestsController &requests = *f.root->cliRequests;
        QCOMPARE(requests.access(), CliRequestsController::Ask);
        QSignalSpy prompted(&requests, &CliRequestsController::promptChanged);
        Answers answers;
        requests.handle(codeOf(QStringLiteral("gcore")), QStringLiteral("PID 4711 on /dev/pts/3"), answers.collector());
        QVERIFY(answers.replies.isEmpty()); // nothing before the user answers
        QVERIFY(requests.asking());
        QCOMPARE(requests.prompt(), QStringLiteral("tessera-cli (PID 4711 on /dev/pts/3) wants the code for Gcore "
                                                  "(me@example.com)."));
        QCOMPARE(prompted.count(), 1);
        requests.allowOnce();
        QCOMPARE(answers.replies.size(), 1);
        QCOMPARE(int(answers.replies[0].status), int(AppStatus::Answered));
        QCOMPARE(answers.replies[0].payload.toMap().value(QStringLiteral("code")).toString(), QStringLiteral("528064"));
        QVERIFY(!requests.asking());
        requests.handle(codeOf(QStringLiteral("gcore")), {}, answers.collector()); // once means once
        QVERIFY(requests.asking());
        requests.deny();
        QCOMPARE(int(answers.replies[1].status), int(AppStatus::Refused));
        QCOMPARE(int(answers.replies[1].error->code), int(ErrorCode::AppRefused));
        QVERIFY(answers.replies[1].payload.isUndefined() || answers.replies[1].payload.isNull());
    }

    void allowForTenMinutesAnswersTheNextWithoutAskingUntilTheLock()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        CliRequestsController &requests = *f.root->cliRequests;
        Answers answers;
        requests.handle(codeOf(QStringLiteral("gcore")), {}, answers.collector());
        requests.handle({AppCommand::List, {}, std::nullopt, false}, {}, answers.collector()); // waits behind it
        requests.allowForTenMinutes();
        QCOMPARE(answers.replies.size(), 2); // the one waiting behind is let through too
        QCOMPARE(answers.replies[1].payload.toArray().size(), 4);
        requests.handle(codeOf(QStringLiteral("kaspersky")), {}, answers.collector());
        QCOMPARE(answers.replies.size(), 3);
        QVERIFY(!requests.asking());
        f.vault->lock();
        requests.handle(codeOf(QStringLiteral("kaspersky")), {}, answers.collector());
        QCOMPARE(int(answers.replies[3].status), int(AppStatus::Locked)); // the CLI opens the file instead
        QVERIFY(f.unlock());
        requests.handle(codeOf(QStringLiteral("kaspersky")), {}, answers.collector());
        QVERIFY(requests.asking()); // the grant ended with the lock
        f.vault->lock(); // and a lock answers what waits
        QCOMPARE(int(answers.replies.last().status), int(AppStatus::Locked));
        QVERIFY(!requests.asking());
    }

    void whileUnlockedAndNever()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        CliRequestsController &requests = *f.root->cliRequests;
        Answers answers;
        requests.setAccess(CliRequestsController::WhileUnlocked);
        requests.handle(codeOf(QStringLiteral("gcore")), {}, answers.collector());
        QCOMPARE(int(answers.replies.value(0).status), int(AppStatus::Answered));
        requests.setAccess(CliRequestsController::Never);
        requests.handle(codeOf(QStringLiteral("gcore")), {}, answers.collector());
        QCOMPARE(int(answers.replies.value(1).status), int(AppStatus::Off));
        QCOMPARE(f.services->preferences()->cliAccess(), session::CliAccess::Never); // kept for the next run
    }

    // Locked with no PIN: "locked" at once, and the CLI opens the file.
    void aLockedVaultWithoutAPinAnswersLocked()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        f.vault->lockAutomatically();
        Answers answers;
        f.root->cliRequests->handle(codeOf(QStringLiteral("gcore")), {}, answers.collector());
        QVERIFY(!f.root->cliRequests->asking());
        QCOMPARE(int(answers.replies.value(0).status), int(AppStatus::Locked));
    }

    // Locked after an automatic lock with a PIN set: the prompt asks for the PIN; a wrong one is said
    // and the request waits; the right one unlocks and answers it. A second request that came while
    // locked is then asked about as usual, with the account's real name.
    void aPinTypedInThePromptUnlocksAndAllowsThatRequest()
    {
        GuiFixture f;
        QVERIFY(lockedWithPin(f, QStringLiteral("2468")));
        PinController &pin = *f.root->pin;
        CliRequestsController &requests = *f.root->cliRequests;
        Answers first;
        Answers second;
        requests.handle(codeOf(QStringLiteral("gcore")), QStringLiteral("PID 4711 on /dev/pts/3"), first.collector());
        requests.handle({AppCommand::List, {}, std::nullopt, false}, {}, second.collector());
        QVERIFY(requests.asking());
        QVERIFY(requests.needsPin());
        QCOMPARE(requests.prompt(), QStringLiteral("tessera-cli (PID 4711 on /dev/pts/3) wants the code for “gcore”."));
        requests.allowOnceWithPin(QStringLiteral("1111"));
        QVERIFY(QTest::qWaitFor([&] { return !pin.busy(); }, 10000));
        QVERIFY(!pin.errorString().isEmpty());
        QVERIFY(first.replies.isEmpty());
        QVERIFY(requests.needsPin());
        requests.allowOnceWithPin(QStringLiteral("2468"));
        QVERIFY(QTest::qWaitFor([&] { return !first.replies.isEmpty(); }, 10000));
        QCOMPARE(f.vault->state(), VaultController::Unlocked);
        QCOMPARE(int(first.replies[0].status), int(AppStatus::Answered));
        QCOMPARE(first.replies[0].payload.toMap().value(QStringLiteral("code")).toString(), QStringLiteral("528064"));
        QVERIFY(second.replies.isEmpty()); // the PIN allowed one request; the list is asked about
        QVERIFY(requests.asking());
        QVERIFY(!requests.needsPin());
        QVERIFY(requests.prompt().contains(QStringLiteral("the list of your accounts")));
        requests.deny();
        QCOMPARE(int(second.replies.value(0).status), int(AppStatus::Refused));
    }

    // Three wrong PINs forget it: the waiting request is answered "locked" (the CLI asks for the password).
    void threeWrongPinsInThePromptAnswerLocked()
    {
        GuiFixture f;
        QVERIFY(lockedWithPin(f, QStringLiteral("2468")));
        PinController &pin = *f.root->pin;
        CliRequestsController &requests = *f.root->cliRequests;
        Answers answers;
        requests.handle(codeOf(QStringLiteral("gcore")), {}, answers.collector());
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QVERIFY(requests.needsPin());
            requests.allowOnceWithPin(QStringLiteral("0000"));
            QVERIFY(QTest::qWaitFor([&] { return !pin.busy(); }, 10000));
        }
        QCOMPARE(int(answers.replies.value(0).status), int(AppStatus::Locked));
        QVERIFY(!requests.asking());
        QCOMPARE(f.vault->state(), VaultController::Locked);
    }

    // The prompt itself (RequestPrompt.qml, offscreen) for a request that came while locked: the PIN
    // field has the keyboard, Allow once and Allow for 10 minutes are not offered, and typing the PIN
    // and Enter unlocks and answers.
    void thePromptAsksForThePinAndEnterAllows()
    {
        GuiFixture f;
        QVERIFY(lockedWithPin(f, QStringLiteral("2468")));
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData("import Tessera\nRequestPrompt {}", QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        QVERIFY(!window->isVisible()); // nothing asked yet

        Answers answers;
        f.root->cliRequests->handle(codeOf(QStringLiteral("gcore")), QStringLiteral("PID 4711"), answers.collector());
        QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 5000);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *pinField = window->findChild<QQuickItem *>(QStringLiteral("cliPromptPin"));
        QVERIFY(pinField);
        QVERIFY(pinField->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(pinField->hasActiveFocus(), 5000);
        QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("allowOnce"))->isVisible());
        QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("allowTenMinutes"))->isVisible());
        QVERIFY(window->findChild<QQuickItem *>(QStringLiteral("unlockAndAllow"))->isVisible());
        QVERIFY(window->findChild<QQuickItem *>(QStringLiteral("deny"))->isVisible());

        for (const char digit : {'2', '4', '6', '8'})
            QTest::keyClick(window, digit);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!answers.replies.isEmpty(), 10000);
        QCOMPARE(int(answers.replies[0].status), int(AppStatus::Answered));
        QCOMPARE(f.vault->state(), VaultController::Unlocked);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 5000);
    }

    // No such account, or two: said at once, with no prompt to answer for nothing.
    void aQueryThatFindsNoAccountFailsWithoutAPrompt()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        CliRequestsController &requests = *f.root->cliRequests;
        Answers answers;
        requests.handle(codeOf(QStringLiteral("nothing-like-it")), {}, answers.collector());
        QVERIFY(!requests.asking());
        QCOMPARE(int(answers.replies.value(0).status), int(AppStatus::Failed));
        QCOMPARE(int(answers.replies.value(0).error->code), int(ErrorCode::AccountNotFound));
    }

    // An HOTP code moves the counter (saved, as from the file); a recovery code is marked used.
    void changingRequestsAreSaved()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        CliRequestsController &requests = *f.root->cliRequests;
        requests.setAccess(CliRequestsController::WhileUnlocked);
        Answers answers;
        requests.handle(codeOf(QStringLiteral("issuu")), {}, answers.collector());
        requests.handle(codeOf(QStringLiteral("issuu")), {}, answers.collector());
        QCOMPARE(answers.replies.size(), 2);
        const QString first = answers.replies[0].payload.toMap().value(QStringLiteral("code")).toString();
        const QString second = answers.replies[1].payload.toMap().value(QStringLiteral("code")).toString();
        QCOMPARE(first.size(), 6);
        QVERIFY(first != second);
        auto reopened = vault::VaultStore::openWithPassword(f.path, password("pw"));
        QVERIFY(reopened);
        const QUuid issuu = *session::findAccount((*reopened)->vault(), QStringLiteral("issuu"));
        QCOMPARE((*reopened)->vault().find(issuu)->params.counter, quint64(7));
    }

    // A client that gives up (Ctrl+C) takes its prompt with it.
    void aWithdrawnRequestTakesItsPrompt()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        CliRequestsController &requests = *f.root->cliRequests;
        Answers answers;
        const int ticket = requests.handle(codeOf(QStringLiteral("gcore")), {}, answers.collector());
        QVERIFY(requests.asking());
        requests.withdraw(ticket);
        QVERIFY(!requests.asking());
        QVERIFY(answers.replies.isEmpty());
    }

    // The real channel: a request written to the socket gets its answer; garbage and silence get the
    // connection closed.
    void theChannelAnswersAWellFormedRequestAndDropsTheRest()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(f.dir.path()));
        QFile::setPermissions(f.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        f.root->cliRequests->setAccess(CliRequestsController::WhileUnlocked);
        const QString key = session::localChannelKey(f.path);
        CliChannel server(key, f.root->cliRequests.get());
        server.listen();
        QVERIFY2(!server.problem(), server.problem() ? qPrintable(server.problem()->detail) : "");
        const QString name = *channel::channelName(QStringLiteral("cli"), key);

        QLocalSocket client;
        client.connectToServer(name);
        QVERIFY(client.waitForConnected(2000));
        client.write(channel::encodeRequest(codeOf(QStringLiteral("gcore"))));
        QByteArray buffer;
        std::optional<AppReply> reply;
        QVERIFY(QTest::qWaitFor([&] {
            buffer += client.readAll();
            auto taken = channel::takeReply(buffer);
            if (taken && *taken)
                reply = **taken;
            return reply.has_value();
        }, 5000));
        QCOMPARE(reply->payload.toMap().value(QStringLiteral("code")).toString(), QStringLiteral("528064"));

        QLocalSocket garbage;
        garbage.connectToServer(name);
        QVERIFY(garbage.waitForConnected(2000));
        garbage.write("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return garbage.state() == QLocalSocket::UnconnectedState; }, 5000));
        QVERIFY(garbage.readAll().isEmpty());
    }
};

QTEST_MAIN(TestCliRequests)
#include "test_cli_requests.moc"
