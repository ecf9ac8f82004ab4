// The bundled catalogue as committed, matching by issuer, and what an account's icon value means.
#include "icons/account_icon.h"
#include "icons/issuer_key.h"
#include "icons/service_icon_catalog.h"
#include "icons/service_icon_tables.h"

#include <QFile>
#include <QTest>

using namespace tessera;
using namespace tessera::icons;

namespace {

QByteArray readBundle()
{
    QFile file(QStringLiteral(TESSERA_SOURCE_DIR "/resources/service-icons/simple-icons.qz"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestServiceIcons : public QObject
{
    Q_OBJECT
    ServiceIconCatalog m_catalog;

private slots:
    void initTestCase()
    {
        auto catalog = ServiceIconCatalog::fromBundle(readBundle());
        QVERIFY2(catalog.has_value(), "resources/service-icons/simple-icons.qz does not load");
        m_catalog = std::move(*catalog);
        QVERIFY(m_catalog.size() > 3000);
        QVERIFY(m_catalog.version().startsWith(QLatin1String("simple-icons 16.")));
    }
    void issuerKeysDropCompanyFormsAndWebParts()
    {
        QCOMPARE(issuerKeys(u"Google LLC"), (QStringList{QStringLiteral("googlellc"), QStringLiteral("google")}));
        QCOMPARE(issuerKeys(u"https://accounts.google.com/signin").last(), QStringLiteral("google"));
        QCOMPARE(issuerKeys(u"amazon.co.uk").last(), QStringLiteral("amazon"));
        QCOMPARE(issuerKeys(u"Crédit Agricole"), QStringList{QStringLiteral("creditagricole")});
        QCOMPARE(issuerKeys(u"Lab"), QStringList{QStringLiteral("lab")}); // never strips to nothing
        QVERIFY(issuerKeys(u"  ").isEmpty());
    }
    void matchesIssuersAsAccountsNameThem_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("slug");
        QTest::newRow("Google LLC") << "Google LLC" << "google";
        QTest::newRow("host name") << "accounts.google.com" << "google";
        QTest::newRow("Kaspersky Lab") << "Kaspersky Lab" << "kaspersky";
        QTest::newRow("case") << "GITHUB" << "github";
        QTest::newRow("dotted title") << "Battle.net" << "battledotnet";
        QTest::newRow("our alias") << "Twitter" << "x";
        QTest::newRow("account suffix") << "Steam account" << "steam";
        QTest::newRow("Gcore") << "Gcore" << "gcore";
        QTest::newRow("catalogue alias") << "구글" << "google";
    }
    void matchesIssuersAsAccountsNameThem()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, slug);
        const auto icon = m_catalog.match(issuer);
        QVERIFY2(icon, qPrintable(issuer));
        QCOMPARE(icon->slug, slug);
    }
    void unknownIssuersHaveNoIcon()
    {
        QVERIFY(!m_catalog.match(u"MyKerio"));
        QVERIFY(!m_catalog.match(u""));
        QVERIFY(!m_catalog.match(u"Example Corp internal VPN"));
    }
    void searchPutsPrefixesFirst()
    {
        const auto found = m_catalog.search(u"git", 5);
        QCOMPARE(found.size(), 5);
        QVERIFY(found.first().title.startsWith(QLatin1String("Git"), Qt::CaseInsensitive));
        QVERIFY(m_catalog.search(u"zzzzqqq", 5).isEmpty());
    }
    void svgIsAStandaloneDocument()
    {
        const QByteArray svg = m_catalog.svg(QStringLiteral("github"), QStringLiteral("FFFFFF"));
        QVERIFY(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\">"));
        QVERIFY(svg.contains("fill=\"#FFFFFF\" d=\"M12"));
        QVERIFY(svg.endsWith("\"/></svg>"));
        QVERIFY(m_catalog.svg(QStringLiteral("github"), QStringLiteral("\"/><script")).isEmpty());
        QVERIFY(m_catalog.svg(QStringLiteral("no-such-service"), QStringLiteral("FFFFFF")).isEmpty());
    }
    void glyphsReadOnTheirBrandColour()
    {
        QCOMPARE(glyphColourOn(QStringLiteral("181717")), QStringLiteral("FFFFFF")); // GitHub's near-black
        QCOMPARE(glyphColourOn(QStringLiteral("FFDD00")), QStringLiteral("000000")); // a yellow
    }
    void damagedBundlesAreRefused()
    {
        QVERIFY(!ServiceIconCatalog::fromBundle({}));
        QVERIFY(!ServiceIconCatalog::fromBundle(QByteArray("\xff\xff\xff\xff", 4))); // claims 4 GiB
        QVERIFY(!ServiceIconCatalog::fromBundle(qCompress(QByteArray("not the catalogue\n"))));
        QVERIFY(!ServiceIconCatalog::fromBundle(qCompress(QByteArray("simple-icons 1\nonly\ttwo\n"))));
        QVERIFY(!ServiceIconCatalog::fromBundle(qCompress(QByteArray("simple-icons 1\na\tA\tnothex\t\tM0 0\n"))));
        QVERIFY(ServiceIconCatalog::fromBundle(qCompress(QByteArray("simple-icons 1\na\tA\t00FF00\t\tM0 0\n"))));
    }
    void tablesAsEmbeddedHoldTheSameIcons()
    {
        // What the build embeds (app/build-tools/service_icon_tables) draws what the bundle draws.
        const auto tables = splitServiceIconBundle(readBundle());
        QVERIFY(tables);
        QVERIFY(tables->index.size() < tables->paths.size() / 10); // the part read at start is small
        const auto embedded = ServiceIconCatalog::fromTables(tables->index, tables->paths);
        QVERIFY(embedded);
        QCOMPARE(embedded->size(), m_catalog.size());
        for (const char *slug : {"github", "google", "zulip", "steam"})
            QCOMPARE(embedded->svg(QString::fromLatin1(slug), QStringLiteral("FFFFFF")),
                     m_catalog.svg(QString::fromLatin1(slug), QStringLiteral("FFFFFF")));
    }
    void damagedTablesAreRefused()
    {
        const QByteArray paths("M0 0M1 1");
        QVERIFY(ServiceIconCatalog::fromTables("simple-icons 1\na\tA\t00FF00\t\t4\t4\n", paths));
        QVERIFY(!ServiceIconCatalog::fromTables("simple-icons 1\na\tA\t00FF00\t\t5\t4\n", paths)); // past the end
        QVERIFY(!ServiceIconCatalog::fromTables("simple-icons 1\na\tA\t00FF00\t\t-1\t2\n", paths));
        QVERIFY(!ServiceIconCatalog::fromTables("simple-icons 1\na\tA\t00FF00\t\t0\tx\n", paths));
        QVERIFY(!ServiceIconCatalog::fromTables("simple-icons 1\na\tA\t00FF00\t\t0\n", paths));
        QVERIFY(!ServiceIconCatalog::fromTables("simple-icons 1\na\tA\t00FF00\t\t0\t9223372036854775807\n", paths));
        QVERIFY(!ServiceIconCatalog::fromTables("", paths));
    }
    void accountIconValuesMeanWhatTheySay()
    {
        QCOMPARE(parseAccountIcon({}).choice, IconChoice::Automatic);
        QCOMPARE(parseAccountIcon(QStringLiteral("an icon name of another app")).choice, IconChoice::Automatic);
        QCOMPARE(parseAccountIcon(letterIconValue()).choice, IconChoice::Letter);
        const ParsedIcon chosen = parseAccountIcon(catalogueIconValue(QStringLiteral("steam")));
        QCOMPARE(chosen.choice, IconChoice::Catalogue);
        QCOMPARE(chosen.slug, QStringLiteral("steam"));

        // Automatic finds the issuer's icon; the letter wins when chosen; a chosen icon beats the issuer.
        QCOMPARE(resolveAccountIcon({}, u"Google LLC", m_catalog).service->slug, QStringLiteral("google"));
        QCOMPARE(resolveAccountIcon(letterIconValue(), u"Google", m_catalog).shown, IconChoice::Letter);
        QCOMPARE(resolveAccountIcon(catalogueIconValue(QStringLiteral("steam")), u"Valve", m_catalog).service->slug,
                 QStringLiteral("steam"));
        // A slug a newer catalogue dropped falls back to matching, then to the letter.
        QCOMPARE(resolveAccountIcon(catalogueIconValue(QStringLiteral("gone")), u"GitHub", m_catalog).service->slug,
                 QStringLiteral("github"));
        QCOMPARE(resolveAccountIcon(catalogueIconValue(QStringLiteral("gone")), u"MyKerio", m_catalog).shown,
                 IconChoice::Letter);
    }
    void picturesAreToldByContentAndBounded()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
        const auto value = pictureIconValue(png);
        QVERIFY(value);
        QVERIFY(value->startsWith(QLatin1String("data:image/png;base64,")));
        QCOMPARE(parseAccountIcon(*value).choice, IconChoice::Picture);
        QCOMPARE(resolveAccountIcon(*value, u"Google", m_catalog).picture, *value);
        QCOMPARE(pictureIconValue("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")->left(23), QStringLiteral("data:image/svg+xml;base"));
        QCOMPARE(pictureIconValue("#!/bin/sh\nrm -rf ~").error().code, ErrorCode::IconNotAPicture);
        QCOMPARE(pictureIconValue(png + QByteArray(256 * 1024, 'x')).error().code, ErrorCode::IconPictureTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestServiceIcons)
#include "test_service_icons.moc"
