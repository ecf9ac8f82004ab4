// The websites an account signs in on: what a user types kept one way, public suffixes refused (they
// would cover other people's sites), which hosts a site covers, registrable domains, and the list
// changed with one save each.
#include "session/account_sites.h"
#include "session/service_sites.h"
#include "session/site_choices.h"

#include "vault_helpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestAccountSites : public QObject
{
    Q_OBJECT
private slots:
    void typedAddressesAreKeptOneWay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("plain") << "github.com" << "github.com";
        QTest::newRow("capitals and spaces") << "  GitHub.COM " << "github.com";
        QTest::newRow("an address") << "https://www.github.com/login?return_to=%2F" << "github.com";
        QTest::newRow("with a port") << "http://intranet.example.org:8080/sso" << "intranet.example.org";
        QTest::newRow("a subdomain") << "login.microsoftonline.com" << "login.microsoftonline.com";
        QTest::newRow("international") << QStringLiteral("bücher.de") << QStringLiteral("xn--bcher-kva.de");
        QTest::newRow("a user's site on a shared domain") << "anna.github.io" << "anna.github.io";
        QTest::newRow("under a country's suffix") << "www.bbc.co.uk" << "bbc.co.uk";
        QTest::newRow("a trailing dot") << "gcore.com." << "gcore.com";
        QTest::newRow("an address literal") << "192.168.1.1" << "192.168.1.1";
    }
    void typedAddressesAreKeptOneWay()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        auto site = session::siteFromText(typed);
        QVERIFY2(site, qPrintable(site ? QString() : site.error().detail));
        QCOMPARE(*site, kept);
    }

    void notWebsitesAndSharedSuffixesAreRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << "" << int(ErrorCode::InvalidSite);
        QTest::newRow("words") << "my bank" << int(ErrorCode::InvalidSite);
        QTest::newRow("another scheme") << "ftp://files.example.com" << int(ErrorCode::InvalidSite);
        QTest::newRow("a top-level domain") << "com" << int(ErrorCode::SiteTooBroad);
        QTest::newRow("a country's suffix") << "co.uk" << int(ErrorCode::SiteTooBroad);
        QTest::newRow("a shared hosting suffix") << "github.io" << int(ErrorCode::SiteTooBroad);
        QTest::newRow("an international suffix") << QStringLiteral("香港") << int(ErrorCode::SiteTooBroad);
        QTest::newRow("www of a suffix") << "www.co.uk" << int(ErrorCode::SiteTooBroad);
    }
    void notWebsitesAndSharedSuffixesAreRefused()
    {
        QFETCH(QString, typed);
        QFETCH(int, code);
        auto site = session::siteFromText(typed);
        QVERIFY(!site);
        QCOMPARE(int(site.error().code), code);
    }

    void aSiteCoversItselfAndWhatIsUnderIt()
    {
        QVERIFY(session::siteCovers(QStringLiteral("github.com"), QStringLiteral("github.com")));
        QVERIFY(session::siteCovers(QStringLiteral("github.com"), QStringLiteral("gist.github.com")));
        QVERIFY(!session::siteCovers(QStringLiteral("github.com"), QStringLiteral("evilgithub.com")));
        QVERIFY(!session::siteCovers(QStringLiteral("github.com"), QStringLiteral("github.com.evil.example")));
        QVERIFY(!session::siteCovers(QStringLiteral("gist.github.com"), QStringLiteral("github.com")));
        QVERIFY(!session::siteCovers(QStringLiteral("anna.github.io"), QStringLiteral("bob.github.io")));
        QVERIFY(!session::siteCovers(QStringLiteral("1.1.1.1"), QStringLiteral("x.1.1.1.1")));
        QVERIFY(!session::siteCovers(QString(), QStringLiteral("github.com")));
    }

    void registrableDomains()
    {
        QCOMPARE(session::registrableDomain(QStringLiteral("gist.github.com")), QStringLiteral("github.com"));
        QCOMPARE(session::registrableDomain(QStringLiteral("a.b.example.co.uk")), QStringLiteral("example.co.uk"));
        QCOMPARE(session::registrableDomain(QStringLiteral("anna.github.io")), QStringLiteral("anna.github.io"));
        QCOMPARE(session::registrableDomain(QStringLiteral("co.uk")), QString());
        QCOMPARE(session::registrableDomain(QStringLiteral("192.168.1.1")), QStringLiteral("192.168.1.1"));
        // Under a top-level name the list does not know, each name is its own site, not all of the name's.
        QCOMPARE(session::registrableDomain(QStringLiteral("login.shop.example")), QStringLiteral("shop.example"));
        QCOMPARE(session::registrableDomain(QStringLiteral("shop.localhost")), QStringLiteral("shop.localhost"));
        QCOMPARE(session::registrableDomain(QStringLiteral("mail.corp")), QStringLiteral("mail.corp"));
        QCOMPARE(session::registrableDomain(QStringLiteral("localhost")), QStringLiteral("localhost"));
    }

    // Known services give a new account its websites; an issuer that is a website gives itself; an
    // unknown one gives none rather than a guess.
    void knownServicesGiveTheirWebsites()
    {
        QCOMPARE(session::knownSitesFor(QStringLiteral("GitHub")), QStringList{QStringLiteral("github.com")});
        QCOMPARE(session::knownSitesFor(QStringLiteral(" kaspersky ")), QStringList{QStringLiteral("kaspersky.com")});
        QCOMPARE(session::knownSitesFor(QStringLiteral("Amazon-Web-Services")), QStringList{QStringLiteral("aws.amazon.com")});
        QCOMPARE(session::knownSitesFor(QStringLiteral("Gmail")),
                 (QStringList{QStringLiteral("mail.google.com"), QStringLiteral("gmail.com"), QStringLiteral("googlemail.com")}));
        QCOMPARE(session::knownSitesFor(QStringLiteral("Example.ORG")), QStringList{QStringLiteral("example.org")});
        QVERIFY(session::knownSitesFor(QStringLiteral("My Company VPN")).isEmpty());
        QCOMPARE(session::knownSitesFor(QStringLiteral("Kaspersky Lab")), QStringList{QStringLiteral("kaspersky.com")});
        QVERIFY(session::knownSitesFor(QStringLiteral("co.uk")).isEmpty()); // not a site of its own
        QVERIFY(session::knownSitesFor(QString()).isEmpty());

        QTemporaryDir dir;
        auto store = std::move(*vault::VaultStore::create(dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf()));
        const QUuid id = *session::addAccount(*store, keyFrom("otpauth://totp/GitHub:anna?secret=JBSWY3DP"), 1);
        QCOMPARE(store->vault().find(id)->sites, QStringList{QStringLiteral("github.com")});
        const QUuid other = *session::addAccount(*store, keyFrom("otpauth://totp/Intranet:anna?secret=JBSWY3DP"), 1);
        QVERIFY(store->vault().find(other)->sites.isEmpty());
    }

    // The accounts a page gets: those with a website covering its host, in the user's order.
    void accountsForAPage()
    {
        QTemporaryDir dir;
        auto store = std::move(*vault::VaultStore::create(dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf()));
        const QUuid anna = *session::addAccount(*store, keyFrom("otpauth://totp/GitHub:anna?secret=JBSWY3DP"), 1);
        const QUuid bob = *session::addAccount(*store, keyFrom("otpauth://totp/GitHub:bob?secret=JBSWY3DP"), 1);
        const QUuid work = *session::addAccount(*store, keyFrom("otpauth://totp/Work:anna?secret=JBSWY3DP"), 1,
                                                QStringList{QStringLiteral("sso.example.org")});
        const quint64 revision = store->header().revision;
        auto refused = session::addAccount(*store, keyFrom("otpauth://totp/X:y?secret=JBSWY3DP"), 1,
                                           QStringList{QStringLiteral("x.example"), QStringLiteral("co.uk")});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::SiteTooBroad);
        QCOMPARE(store->header().revision, revision); // nothing saved
        const auto ids = [&](const QString &host) {
            QList<QUuid> list;
            for (const vault::Account *a : session::accountsForSite(store->vault(), host))
                list << a->id;
            return list;
        };
        QCOMPARE(ids(QStringLiteral("github.com")), (QList<QUuid>{anna, bob}));
        QCOMPARE(ids(QStringLiteral("gist.github.com")), (QList<QUuid>{anna, bob}));
        QCOMPARE(ids(QStringLiteral("login.sso.example.org")), QList<QUuid>{work});
        QCOMPARE(ids(QStringLiteral("example.org")), QList<QUuid>{}); // the site is narrower than the page
        QCOMPARE(ids(QStringLiteral("evilgithub.com")), QList<QUuid>{});
        QCOMPARE(ids(QStringLiteral("not a host")), QList<QUuid>{});
    }

    // Answers are kept by registrable domain: an answer for gist.github.com is github.com's; Ask forgets.
    void answersForSites()
    {
        using vault::SiteDecision;
        QTemporaryDir dir;
        auto store = std::move(*vault::VaultStore::create(dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf()));
        QCOMPARE(session::decisionFor(store->vault(), QStringLiteral("github.com")), SiteDecision::Ask);
        QVERIFY(session::decideForSite(*store, QStringLiteral("gist.github.com"), SiteDecision::Always));
        QCOMPARE(session::decisionFor(store->vault(), QStringLiteral("github.com")), SiteDecision::Always);
        QCOMPARE(session::decisionFor(store->vault(), QStringLiteral("https://www.github.com/login")), SiteDecision::Always);
        QCOMPARE(session::decisionFor(store->vault(), QStringLiteral("evilgithub.com")), SiteDecision::Ask);
        QVERIFY(session::decideForSite(*store, QStringLiteral("anna.github.io"), SiteDecision::Never));
        QCOMPARE(session::decisionFor(store->vault(), QStringLiteral("bob.github.io")), SiteDecision::Ask);
        const quint64 revision = store->header().revision;
        QVERIFY(session::decideForSite(*store, QStringLiteral("github.com"), SiteDecision::Always)); // unchanged
        QCOMPARE(store->header().revision, revision);
        QCOMPARE(session::decideForSite(*store, QStringLiteral("co.uk"), SiteDecision::Never).error().code,
                 ErrorCode::SiteTooBroad);
        QCOMPARE(session::siteAnswers(store->vault()),
                 (QList<std::pair<QString, SiteDecision>>{{QStringLiteral("anna.github.io"), SiteDecision::Never},
                                                          {QStringLiteral("github.com"), SiteDecision::Always}}));
        QVERIFY(session::decideForSite(*store, QStringLiteral("github.com"), SiteDecision::Ask));
        QCOMPARE(session::decisionFor(store->vault(), QStringLiteral("gist.github.com")), SiteDecision::Ask);
        QCOMPARE(session::siteAnswers(store->vault()).size(), 1);
    }

    void addingAndRemovingSaveOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto store = std::move(*vault::VaultStore::create(path, password("pw"), fastKdf()));
        const QUuid id = *session::addAccount(*store, keyFrom("otpauth://totp/Git%20Hosting:anna?secret=JBSWY3DP"), 1);
        QVERIFY(store->vault().find(id)->sites.isEmpty()); // not a known service
        const quint64 before = store->header().revision;
        QVERIFY(session::addSite(*store, id, QStringLiteral("https://GitHub.com/login"), 1000));
        QVERIFY(session::addSite(*store, id, QStringLiteral("github.com"), 2000)); // already there: nothing
        QVERIFY(session::addSite(*store, id, QStringLiteral("githubapp.com"), 3000));
        QCOMPARE(store->vault().find(id)->sites, (QStringList{QStringLiteral("github.com"), QStringLiteral("githubapp.com")}));
        QCOMPARE(store->vault().find(id)->modifiedMs, 3000);
        QCOMPARE(store->header().revision, before + 2); // the second github.com wrote nothing
        auto broad = session::addSite(*store, id, QStringLiteral("co.uk"), 4000);
        QVERIFY(!broad);
        QCOMPARE(broad.error().code, ErrorCode::SiteTooBroad);
        QVERIFY(session::removeSite(*store, id, QStringLiteral("www.github.com"), 5000));
        QCOMPARE(store->vault().find(id)->sites, QStringList{QStringLiteral("githubapp.com")});
        auto absent = session::removeSite(*store, id, QStringLiteral("gitlab.com"), 6000);
        QVERIFY(!absent);
        QCOMPARE(absent.error().code, ErrorCode::SiteNotListed);
        // Kept by the file: reopened, the list is there.
        auto reopened = vault::VaultStore::openWithPassword(path, password("pw"));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->vault().find(id)->sites, QStringList{QStringLiteral("githubapp.com")});
        QCOMPARE(session::addSite(*store, QUuid::createUuid(), QStringLiteral("a.example"), 7000).error().code,
                 ErrorCode::AccountNotFound);
    }
};

QTEST_GUILESS_MAIN(TestAccountSites)
#include "test_account_sites.moc"
