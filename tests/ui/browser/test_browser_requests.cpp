// The browser extension's requests, the app's side (BrowserRequestsController), with a stand-in
// extension that derives its key and seals its requests as the real one does in WebCrypto: locked
// answers "locked" and shows the window; a browser is paired only after Allow; a site is asked about
// once (Once asks again, Always and Never do not); a site with no account asks nothing; a stranger's,
// a replayed and a stale request get nothing; the lock answers what waits. The real extension in real
// browsers is tests/e2e/browser_fill.sh.
#include "gui_fixture.h"

#include "extension_stand_in.h"

#include "app/vault_session.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

using namespace tessera;
using namespace tessera::bridge;
using tessera::test::Answers;
using tessera::test::Extension;
using tessera::test::pairWith;

class TestBrowserRequests : public QObject
{
    Q_OBJECT
private slots:
    void lockedAnswersLockedAndShowsTheWindow()
    {
        GuiFixture f;
        BrowserRequestsController &requests = *f.root->browserRequests;
        QSignalSpy shown(&requests, &BrowserRequestsController::unlockWanted);
        Extension extension;
        Answers answers;
        requests.handle(extension.hello(), answers.collector());
        QCOMPARE(answers.lastType(), QStringLiteral("locked"));
        QCOMPARE(shown.count(), 1);
        QVERIFY(!requests.asking());
    }

    void aBrowserIsPairedOnlyWhenAllowed()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        BrowserRequestsController &requests = *f.root->browserRequests;
        Extension extension;
        Answers answers;
        requests.handle(extension.hello(), answers.collector());
        QVERIFY(answers.got.isEmpty());
        QVERIFY(requests.asking() && requests.pairing());
        QCOMPARE(requests.prompt(), QStringLiteral("Allow Chromium to request codes from Tessera?"));
        requests.deny();
        QCOMPARE(answers.lastType(), QStringLiteral("refused"));
        // Denied: its code requests (sealed with a key of its own making) are refused as a stranger's.
        extension.pairKey = SecretBytes::copyOf(std::string_view("0123456789abcdef0123456789abcdef"));
        requests.handle(extension.code(QStringLiteral("gcore.com")), answers.collector());
        QCOMPARE(answers.lastType(), QStringLiteral("unpaired"));

        requests.handle(extension.hello(), answers.collector());
        requests.allow();
        QCOMPARE(answers.lastType(), QStringLiteral("paired"));
        const QString appKey = answers.got.last().value(QStringLiteral("key")).toString();
        QCOMPARE(QByteArray::fromBase64(appKey.toLatin1()).size(), 32);
        // Asked again (a restarted browser): paired at once, with the same key.
        requests.handle(extension.hello(), answers.collector());
        QVERIFY(!requests.asking());
        QCOMPARE(answers.got.last().value(QStringLiteral("key")).toString(), appKey);
    }

    void eachSiteIsAskedAboutOnce()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        BrowserRequestsController &requests = *f.root->browserRequests;
        const vault::Vault &vault = *f.services->session()->vault();
        QVERIFY(f.accounts->addSite(vault.accounts.at(0).id.toString(QUuid::WithoutBraces), QStringLiteral("gcore.com")));
        QVERIFY(f.accounts->addSite(vault.accounts.at(1).id.toString(QUuid::WithoutBraces), QStringLiteral("kaspersky.com")));
        Extension extension;
        Answers answers;
        pairWith(requests, extension, answers);

        // No account signs in there: nothing to ask, nothing given.
        requests.handle(extension.code(QStringLiteral("evil.example")), answers.collector());
        QVERIFY(!requests.asking());
        QCOMPARE(extension.open(answers.got.last()), (QJsonObject{{QStringLiteral("none"), true}}));

        // Once: the code now, and asked again next time.
        requests.handle(extension.code(QStringLiteral("my.gcore.com")), answers.collector());
        QVERIFY(requests.asking() && !requests.pairing());
        QCOMPARE(requests.prompt(), QStringLiteral("Fill codes on gcore.com?"));
        requests.once();
        QCOMPARE(extension.open(answers.got.last()).value(QStringLiteral("code")).toString(), QStringLiteral("528064"));
        QCOMPARE(extension.open(answers.got.last()).value(QStringLiteral("account")).toString(),
                 QStringLiteral("Gcore (me@example.com)"));
        const QJsonObject replayed = QJsonObject(answers.got.last());
        requests.handle(extension.code(QStringLiteral("gcore.com")), answers.collector());
        QVERIFY(requests.asking());
        requests.always();
        QCOMPARE(extension.open(answers.got.last()).value(QStringLiteral("code")).toString(), QStringLiteral("528064"));
        // Always: answered without a question from now on.
        requests.handle(extension.code(QStringLiteral("gcore.com")), answers.collector());
        QVERIFY(!requests.asking());
        QCOMPARE(extension.open(answers.got.last()).value(QStringLiteral("code")).toString(), QStringLiteral("528064"));

        // Never: nothing, now and later, and no question.
        requests.handle(extension.code(QStringLiteral("kaspersky.com")), answers.collector());
        QCOMPARE(requests.prompt(), QStringLiteral("Fill codes on kaspersky.com?"));
        requests.never();
        QCOMPARE(extension.open(answers.got.last()), (QJsonObject{{QStringLiteral("never"), true}}));
        requests.handle(extension.code(QStringLiteral("kaspersky.com")), answers.collector());
        QVERIFY(!requests.asking());
        QCOMPARE(extension.open(answers.got.last()), (QJsonObject{{QStringLiteral("never"), true}}));
    }

    void strangersReplaysAndStaleRequestsGetNothing()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        BrowserRequestsController &requests = *f.root->browserRequests;
        QVERIFY(f.accounts->addSite(f.services->session()->vault()->accounts.at(0).id.toString(QUuid::WithoutBraces),
                                    QStringLiteral("gcore.com")));
        Extension extension;
        Answers answers;
        pairWith(requests, extension, answers);
        requests.handle(extension.code(QStringLiteral("gcore.com")), answers.collector());
        requests.always();
        QCOMPARE(extension.open(answers.got.last()).value(QStringLiteral("code")).toString(), QStringLiteral("528064"));

        // The same message again (captured and sent by another program): refused.
        const QJsonObject request = extension.code(QStringLiteral("gcore.com"));
        requests.handle(request, answers.collector());
        QCOMPARE(answers.got.last().value(QStringLiteral("type")).toString(), QStringLiteral("sealed"));
        requests.handle(request, answers.collector());
        QCOMPARE(answers.lastType(), QStringLiteral("expired"));
        // Made two minutes ago: refused.
        requests.handle(extension.code(QStringLiteral("gcore.com"), QDateTime::currentMSecsSinceEpoch() - 120'000),
                        answers.collector());
        QCOMPARE(answers.lastType(), QStringLiteral("expired"));
        // Another program with the extension's public key but not the pair's key.
        Extension stranger;
        stranger.keys.publicKey = extension.keys.publicKey;
        stranger.pairKey = SecretBytes::copyOf(std::string_view("0123456789abcdef0123456789abcdef"));
        requests.handle(stranger.code(QStringLiteral("gcore.com")), answers.collector());
        QCOMPARE(answers.lastType(), QStringLiteral("unpaired"));
        // A message that is not the protocol's.
        requests.handle(QJsonObject{{QStringLiteral("type"), QStringLiteral("list")}}, answers.collector());
        QCOMPARE(answers.lastType(), QStringLiteral("refused"));
    }

    void theLockAnswersWhatWaits()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        BrowserRequestsController &requests = *f.root->browserRequests;
        Extension extension;
        Answers answers;
        requests.handle(extension.hello(), answers.collector());
        QVERIFY(requests.asking());
        f.vault->lock();
        QCOMPARE(answers.lastType(), QStringLiteral("locked"));
        QVERIFY(!requests.asking());
    }

    void thePromptRefusesFirst()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        BrowserRequestsController &requests = *f.root->browserRequests;
        Extension extension;
        Answers answers;
        requests.handle(extension.hello(), answers.collector());
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        std::unique_ptr<QQuickWindow> window(AppRoot::createWindow(engine, QStringLiteral("browser/BrowserPrompt.qml")));
        QVERIFY(window);
        QVERIFY(window->isVisible());
        auto *refuse = window->findChild<QQuickItem *>(QStringLiteral("browserRefuse"));
        auto *allow = window->findChild<QQuickItem *>(QStringLiteral("browserAllow"));
        auto *always = window->findChild<QQuickItem *>(QStringLiteral("browserAlways"));
        QVERIFY(refuse && allow && always);
        QVERIFY(QTest::qWaitFor([&] { return refuse->hasActiveFocus(); }, 2000));
        QVERIFY(allow->isVisible());
        QVERIFY(!always->isVisible());
        QCOMPARE(refuse->property("text").toString(), QStringLiteral("Deny"));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Return); // Enter on the button that has the keyboard
        QCOMPARE(answers.lastType(), QStringLiteral("refused"));
        QVERIFY(!window->isVisible());

        // Closed by the window manager: refused too, and nothing is left waiting unseen.
        requests.handle(extension.hello(), answers.collector());
        QVERIFY(QTest::qWaitFor([&] { return window->isVisible(); }, 2000));
        QVERIFY(!window->close());
        QCOMPARE(answers.lastType(), QStringLiteral("refused"));
        QVERIFY(!requests.asking());
        QVERIFY(!window->isVisible());
    }
};

QTEST_MAIN(TestBrowserRequests)
#include "test_browser_requests.moc"
