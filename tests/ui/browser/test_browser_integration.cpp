// Settings → Browser integration (BrowserIntegrationController and its section): the browsers found with
// their state in words, Connect and Disconnect writing and removing the host manifest, the browsers
// paired on this computer (Forget: the next request asks again), and the websites answered (Ask again).
#include "gui_fixture.h"

#include "extension_stand_in.h"

#include "app/vault_session.h"
#include "browser/browser_integration_controller.h"
#include "session/browser_hosts.h"

#include <QDir>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TesseraPlugin)

using namespace tessera;
using namespace tessera::bridge;
using tessera::test::Answers;
using tessera::test::Extension;
using tessera::test::pairWith;

namespace {

QVariantMap browserRow(const BrowserIntegrationController &settings, const QString &key)
{
    for (const QVariant &row : settings.browsers())
        if (row.toMap().value(QStringLiteral("key")).toString() == key)
            return row.toMap();
    return {};
}

// Repeater's rows are the section's child items, not its QObject children.
QQuickItem *itemNamed(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = itemNamed(child, name))
            return found;
    return nullptr;
}

} // namespace

class TestBrowserIntegration : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".config/chromium"))));
        qputenv("HOME", m_home.path().toLocal8Bit());
        qunsetenv("XDG_CONFIG_HOME"); // the host program is found beside this test, in the build's bin/
    }

    void connectAndDisconnectABrowser()
    {
        GuiFixture f;
        BrowserIntegrationController &settings = *f.root->browserIntegration;
        QVariantMap chromium = browserRow(settings, QStringLiteral("chromium"));
        QCOMPARE(chromium.value(QStringLiteral("name")).toString(), QStringLiteral("Chromium"));
        QVERIFY(chromium.value(QStringLiteral("found")).toBool());
        QVERIFY(!chromium.value(QStringLiteral("installed")).toBool());
        QVERIFY(chromium.value(QStringLiteral("canInstall")).toBool());
        QCOMPARE(chromium.value(QStringLiteral("state")).toString(), QStringLiteral("Not connected"));
        QCOMPARE(browserRow(settings, QStringLiteral("firefox")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("Not found on this computer"));

        settings.install(QStringLiteral("chromium"));
        QVERIFY2(settings.errorString().isEmpty(), qPrintable(settings.errorString()));
        QCOMPARE(settings.status(),
                 QStringLiteral("Chromium is connected. Add the Tessera extension to it, then sign in as usual."));
        chromium = browserRow(settings, QStringLiteral("chromium"));
        QVERIFY(chromium.value(QStringLiteral("installed")).toBool());
        QCOMPARE(chromium.value(QStringLiteral("state")).toString(), QStringLiteral("Connected"));
        const QString manifest =
            m_home.filePath(QStringLiteral(".config/chromium/NativeMessagingHosts/io.github.tessera_authenticator.tessera.json"));
        QVERIFY(QFile::exists(manifest));

        settings.uninstall(QStringLiteral("chromium"));
        QVERIFY(!QFile::exists(manifest));
        QCOMPARE(browserRow(settings, QStringLiteral("chromium")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("Not connected"));
        QCOMPARE(settings.status(), QStringLiteral("Chromium is no longer connected."));
    }

    void forgettingABrowserAndAWebsite()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        BrowserIntegrationController &settings = *f.root->browserIntegration;
        BrowserRequestsController &requests = *f.root->browserRequests;
        QVERIFY(f.accounts->addSite(f.services->session()->vault()->accounts.at(0).id.toString(QUuid::WithoutBraces),
                                    QStringLiteral("gcore.com")));
        QVERIFY(settings.pairs().isEmpty());
        Extension extension;
        Answers answers;
        pairWith(requests, extension, answers);
        requests.handle(extension.code(QStringLiteral("gcore.com")), answers.collector());
        requests.always();

        QCOMPARE(settings.pairs().size(), 1);
        const QVariantMap pair = settings.pairs().at(0).toMap();
        QCOMPARE(pair.value(QStringLiteral("browser")).toString(), QStringLiteral("Chromium"));
        QVERIFY(!pair.value(QStringLiteral("paired")).toString().isEmpty());
        QCOMPARE(settings.siteAnswers(),
                 (QVariantList{QVariantMap{{QStringLiteral("site"), QStringLiteral("gcore.com")}, {QStringLiteral("always"), true}}}));

        // Ask again: the next request for the site asks.
        settings.forgetSite(QStringLiteral("gcore.com"));
        QVERIFY(settings.siteAnswers().isEmpty());
        requests.handle(extension.code(QStringLiteral("gcore.com")), answers.collector());
        QVERIFY(requests.asking());
        requests.once();

        // Forget the browser: its requests no longer open, and its hello asks the user again.
        settings.forgetPair(pair.value(QStringLiteral("id")).toString());
        QVERIFY(settings.pairs().isEmpty());
        requests.handle(extension.code(QStringLiteral("gcore.com")), answers.collector());
        QCOMPARE(answers.lastType(), QStringLiteral("unpaired"));
        requests.handle(extension.hello(), answers.collector());
        QVERIFY(requests.asking() && requests.pairing());
        requests.deny();
    }

    void theSectionShowsTheBrowsersFound()
    {
        GuiFixture f;
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Tessera\nItem { width: 640; height: 900\n"
                          "  BrowserIntegrationSection { width: parent.width } }",
                          QUrl(QStringLiteral("qrc:/qt/qml/Tessera/browser/test.qml")));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *section = qobject_cast<QQuickItem *>(root.get());
        QVERIFY(section);
        QQuickItem *connect = itemNamed(section, QStringLiteral("connectBrowser"));
        QVERIFY(connect);
        QVERIFY(connect->isVisible());
        QCOMPARE(connect->property("text").toString(), QStringLiteral("Connect"));
        QMetaObject::invokeMethod(connect, "clicked");
        QVERIFY(!itemNamed(section, QStringLiteral("noBrowserFound"))->isVisible());
        QQuickItem *disconnect = itemNamed(section, QStringLiteral("disconnectBrowser"));
        QVERIFY(disconnect);
        QVERIFY(QTest::qWaitFor([&] { return disconnect->isVisible(); }, 2000));
        QCOMPARE(itemNamed(section, QStringLiteral("browserState"))->property("text").toString(), QStringLiteral("Connected"));
    }

    void theSectionSaysWhenNoBrowserIsFound()
    {
        QVERIFY(QDir(m_home.filePath(QStringLiteral(".config/chromium"))).removeRecursively());
        GuiFixture f;
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Tessera\nItem { width: 640; height: 900\n"
                          "  BrowserIntegrationSection { width: parent.width } }",
                          QUrl(QStringLiteral("qrc:/qt/qml/Tessera/browser/test.qml")));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *section = qobject_cast<QQuickItem *>(root.get());
        QVERIFY(itemNamed(section, QStringLiteral("noBrowserFound"))->isVisible());
        QVERIFY(!itemNamed(section, QStringLiteral("connectBrowser"))->isVisible());
    }
};

QTEST_MAIN(TestBrowserIntegration)
#include "test_browser_integration.moc"
