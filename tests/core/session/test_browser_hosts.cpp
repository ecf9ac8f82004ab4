// Installing the browsers' native messaging host for one user (session/browser_hosts, Linux places):
// which browsers are found, the manifest each gets (the host by its absolute path, only Tessera's
// extension allowed), install, state and uninstall, a manifest of another copy of Tessera, and a
// Flatpak browser said to be impossible rather than given a manifest it could never use.
#include "session/browser_hosts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::session;

namespace {

BrowserHostPlace placeFor(const QString &key)
{
    for (const BrowserHostPlace &place : browserHostPlaces())
        if (place.key == key)
            return place;
    return {};
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject{};
}

} // namespace

class TestBrowserHosts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_host; // a stand-in for tessera-browser-host: any executable file

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_home.path()));
        qputenv("HOME", m_home.path().toLocal8Bit());
        qunsetenv("XDG_CONFIG_HOME"); // Chromium-based browsers live there, ~/.config when it is not set
        m_host = m_home.filePath(QStringLiteral("bin/tessera-browser-host"));
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("bin"))));
        QFile host(m_host);
        QVERIFY(host.open(QIODevice::WriteOnly));
        host.write("#!/bin/sh\n");
        host.close();
        QVERIFY(host.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void browsersAreFoundByTheirFolders()
    {
        for (const BrowserHostPlace &place : browserHostPlaces())
            QVERIFY2(!place.found, qPrintable(place.browser));
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".config/chromium"))));
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".config/BraveSoftware/Brave-Browser"))));
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".mozilla"))));
        QStringList found;
        for (const BrowserHostPlace &place : browserHostPlaces())
            if (place.found)
                found.append(place.key);
        QCOMPARE(found, (QStringList{QStringLiteral("chromium"), QStringLiteral("brave"), QStringLiteral("firefox")}));
        QCOMPARE(placeFor(QStringLiteral("chromium")).manifestPath,
                 m_home.filePath(QStringLiteral(".config/chromium/NativeMessagingHosts/io.github.tessera_authenticator.tessera.json")));
        QCOMPARE(placeFor(QStringLiteral("firefox")).manifestPath,
                 m_home.filePath(QStringLiteral(".mozilla/native-messaging-hosts/io.github.tessera_authenticator.tessera.json")));
    }

    void theManifestNamesTheHostAndOnlyOurExtension()
    {
        const QJsonObject chromium = QJsonDocument::fromJson(hostManifest(placeFor(QStringLiteral("chromium")), m_host)).object();
        QCOMPARE(chromium.value(QStringLiteral("name")).toString(), QStringLiteral("io.github.tessera_authenticator.tessera"));
        QCOMPARE(chromium.value(QStringLiteral("path")).toString(), m_host);
        QCOMPARE(chromium.value(QStringLiteral("type")).toString(), QStringLiteral("stdio"));
        QCOMPARE(chromium.value(QStringLiteral("allowed_origins")).toArray(),
                 (QJsonArray{QStringLiteral("chrome-extension://peojbinjppnagamiehnhaldbjambcmnj/")}));
        QVERIFY(!chromium.contains(QStringLiteral("allowed_extensions")));
        const QJsonObject firefox = QJsonDocument::fromJson(hostManifest(placeFor(QStringLiteral("firefox")), m_host)).object();
        QCOMPARE(firefox.value(QStringLiteral("allowed_extensions")).toArray(),
                 (QJsonArray{QStringLiteral("tessera@tessera-authenticator.github.io")}));
        QVERIFY(!firefox.contains(QStringLiteral("allowed_origins")));
    }

    void installStateAndUninstall()
    {
        const BrowserHostPlace firefox = placeFor(QStringLiteral("firefox"));
        QCOMPARE(hostState(firefox, m_host), HostState::Missing);
        QVERIFY(installBrowserHost(firefox, m_host)); // the folder is made
        QCOMPARE(readJson(firefox.manifestPath).value(QStringLiteral("path")).toString(), m_host);
        QCOMPARE(hostState(firefox, m_host), HostState::Installed);
        // Another copy of Tessera (another build, an older install) names another program.
        QCOMPARE(hostState(firefox, m_home.filePath(QStringLiteral("elsewhere/tessera-browser-host"))), HostState::Elsewhere);
        QVERIFY(uninstallBrowserHost(firefox));
        QVERIFY(!QFile::exists(firefox.manifestPath));
        QCOMPARE(hostState(firefox, m_host), HostState::Missing);
        QVERIFY(uninstallBrowserHost(firefox)); // nothing there: nothing to do
    }

    void aManifestOfAnotherHostIsNotOurs()
    {
        const BrowserHostPlace chromium = placeFor(QStringLiteral("chromium"));
        QVERIFY(QDir().mkpath(QFileInfo(chromium.manifestPath).absolutePath()));
        QFile file(chromium.manifestPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": \"com.example.other\", \"path\": \"/usr/bin/other\", \"type\": \"stdio\"}");
        file.close();
        QCOMPARE(hostState(chromium, m_host), HostState::Missing);
        // Ours by name, but opened to another extension: not ours as installed.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("io.github.tessera_authenticator.tessera")},
                                             {QStringLiteral("path"), m_host},
                                             {QStringLiteral("type"), QStringLiteral("stdio")},
                                             {QStringLiteral("allowed_origins"),
                                              QJsonArray{QStringLiteral("chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/")}}})
                       .toJson());
        file.close();
        QCOMPARE(hostState(chromium, m_host), HostState::Elsewhere);
        QVERIFY(installBrowserHost(chromium, m_host)); // written over with ours
        QCOMPARE(hostState(chromium, m_host), HostState::Installed);
    }

    void aMissingHostProgramIsSaid()
    {
        const auto refused = installBrowserHost(placeFor(QStringLiteral("chromium")), m_home.filePath(QStringLiteral("nothing")));
        QVERIFY(!refused);
        QVERIFY(refused.error().detail.contains(QStringLiteral("tessera-browser-host is missing")));
        QVERIFY(!QFile::exists(placeFor(QStringLiteral("chromium")).manifestPath));
    }

    void aFlatpakBrowserCannotHaveIt()
    {
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".var/app/org.mozilla.firefox"))));
        const BrowserHostPlace flatpak = placeFor(QStringLiteral("firefox-flatpak"));
        QVERIFY(flatpak.found);
        QVERIFY(flatpak.unsupported.contains(QStringLiteral("Flatpak")));
        const auto refused = installBrowserHost(flatpak, m_host);
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail, flatpak.unsupported);
        QVERIFY(uninstallBrowserHost(flatpak)); // nothing of ours there; the sandbox's folder is left alone
        QVERIFY(QDir(m_home.filePath(QStringLiteral(".var/app/org.mozilla.firefox"))).exists());
        QCOMPARE(hostState(flatpak, m_host), HostState::Missing);
    }
};

QTEST_GUILESS_MAIN(TestBrowserHosts)
#include "test_browser_hosts.moc"
