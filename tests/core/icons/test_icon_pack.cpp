// Aegis icon packs (icons/icon_pack.h, icon_pack_store.h): a real pack's layout reads, icons match
// issuers as people write them, hostile packs are refused or their bad icons skipped, and the store
// keeps packs under names of its own.
#include "zip_writer.h"

#include "icons/icon_pack.h"
#include "icons/icon_pack_store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using test::makeZip;
using test::ZipItem;

namespace {

const QString kUuid = QStringLiteral("a7ee4a2c-6f1c-4c4b-9b3a-0b1d2f3e4a5b");

QByteArray svg(const char *colour)
{
    return QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><circle r=\"9\" fill=\"")
        + colour + "\"/></svg>";
}

QJsonObject icon(const QString &file, const QString &name, const QStringList &issuers)
{
    return {{QStringLiteral("filename"), file}, {QStringLiteral("name"), name},
            {QStringLiteral("category"), QStringLiteral("Primary")}, {QStringLiteral("issuer"), QJsonArray::fromStringList(issuers)}};
}

QByteArray manifest(const QJsonArray &icons, const QString &uuid = kUuid, int version = 3)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), QStringLiteral("Aegis Icons")},
                                     {QStringLiteral("version"), version}, {QStringLiteral("icons"), icons}})
        .toJson();
}

// The layout of the aegis-icons releases: pack.json at the top, pictures in category folders.
QByteArray realisticPack(int version = 3)
{
    return makeZip({{.name = QStringLiteral("pack.json"),
                     .bytes = manifest({icon(QStringLiteral("icons/1_Primary/Google.svg"), QStringLiteral("Google"), {QStringLiteral("Google")}),
                                        icon(QStringLiteral("icons/1_Primary/Kaspersky.svg"), QStringLiteral("Kaspersky"),
                                             {QStringLiteral("Kaspersky"), QStringLiteral("my.kaspersky.com")}),
                                        icon(QStringLiteral("icons/2_Variations/GitHub.svg"), QStringLiteral("GitHub"), {QStringLiteral("GitHub")})},
                                       kUuid, version)},
                    {.name = QStringLiteral("icons/1_Primary/Google.svg"), .bytes = svg("red")},
                    {.name = QStringLiteral("icons/1_Primary/Kaspersky.svg"), .bytes = svg("green")},
                    {.name = QStringLiteral("icons/2_Variations/GitHub.svg"), .bytes = svg("black")}});
}

} // namespace

class TestIconPack : public QObject
{
    Q_OBJECT

private slots:
    void aRealisticPackReads()
    {
        const auto pack = icons::readIconPack(realisticPack());
        QVERIFY(pack);
        QCOMPARE(pack->uuid, QUuid::fromString(kUuid));
        QCOMPARE(pack->name, QStringLiteral("Aegis Icons"));
        QCOMPARE(pack->version, 3);
        QCOMPARE(pack->icons.size(), 3u);
        QCOMPARE(pack->skipped, 0);
        QVERIFY(pack->icons[0].picture.startsWith(QLatin1String("data:image/svg+xml;base64,")));
        QCOMPARE(QByteArray::fromBase64(pack->icons[0].picture.section(QLatin1Char(','), 1).toLatin1()), svg("red"));
    }

    void issuersMatchAsPeopleWriteThem()
    {
        const std::vector<icons::IconPack> packs{*icons::readIconPack(realisticPack())};
        for (const char *issuer : {"Google", "Google LLC", "accounts.google.com", "GOOGLE"})
            QCOMPARE(icons::packIconFor(packs, QString::fromUtf8(issuer))->name, QStringLiteral("Google"));
        QCOMPARE(icons::packIconFor(packs, u"Kaspersky Lab")->name, QStringLiteral("Kaspersky"));
        QCOMPARE(icons::packIconFor(packs, u"https://my.kaspersky.com/signin")->name, QStringLiteral("Kaspersky"));
        QVERIFY(!icons::packIconFor(packs, u"Gcore"));
        QVERIFY(!icons::packIconFor(packs, u""));
        // Searching also offers partial fits, after the exact ones; two letters fit nothing.
        const auto found = icons::searchPackIcons(packs, u"git", 10);
        QCOMPARE(found.size(), 1u);
        QCOMPARE(found.front()->name, QStringLiteral("GitHub"));
        QVERIFY(icons::searchPackIcons(packs, u"gi", 10).empty());
        QCOMPARE(icons::searchPackIcons(packs, u"github", 0).size(), 0u);
    }

    void badIconsAreSkippedAndCounted()
    {
        const QByteArray archive = makeZip({{.name = QStringLiteral("pack.json"),
                                             .bytes = manifest({icon(QStringLiteral("ok.svg"), QStringLiteral("Ok"), {QStringLiteral("Ok")}),
                                                                icon(QStringLiteral("missing.svg"), QStringLiteral("Missing"), {}),
                                                                icon(QStringLiteral("script.svg"), QStringLiteral("Script"), {}),
                                                                icon(QStringLiteral("huge.png"), QStringLiteral("Huge"), {}),
                                                                icon(QStringLiteral("bomb.svg"), QStringLiteral("Bomb"), {})})},
                                            {.name = QStringLiteral("ok.svg"), .bytes = svg("blue")},
                                            {.name = QStringLiteral("script.svg"), .bytes = "#!/bin/sh\nrm -rf ~\n"},
                                            {.name = QStringLiteral("huge.png"), .bytes = "\x89PNG\r\n\x1a\n" + QByteArray(300 * 1024, 'p')},
                                            {.name = QStringLiteral("bomb.svg"), .bytes = QByteArray(4 * 1024 * 1024, ' '), .declaredSize = 1000}});
        const auto pack = icons::readIconPack(archive);
        QVERIFY(pack);
        QCOMPARE(pack->icons.size(), 1u);
        QCOMPARE(pack->skipped, 4);
    }

    void somethingThatIsNoPackIsRefusedWithAReason()
    {
        const QList<QPair<QByteArray, QString>> cases{
            {QByteArray("not a zip"), QStringLiteral("not a ZIP archive")},
            {makeZip({{.name = QStringLiteral("other.json"), .bytes = "{}"}}), QStringLiteral("no pack.json")},
            {makeZip({{.name = QStringLiteral("pack.json"), .bytes = "[1,2"}}), QStringLiteral("not a JSON object")},
            {makeZip({{.name = QStringLiteral("pack.json"), .bytes = manifest({}, QStringLiteral("nope"))}}), QStringLiteral("no uuid")},
            {makeZip({{.name = QStringLiteral("pack.json"), .bytes = manifest({})}}), QStringLiteral("lists no icons")},
            {makeZip({{.name = QStringLiteral("pack.json"), .bytes = manifest({icon(QStringLiteral("x.svg"), QStringLiteral("X"), {})})}}),
             QStringLiteral("none of its pictures")},
        };
        for (const auto &[bytes, reason] : cases) {
            const auto pack = icons::readIconPack(bytes);
            QVERIFY(!pack);
            QCOMPARE(pack.error().code, ErrorCode::IconPackDamaged);
            QVERIFY2(pack.error().detail.contains(reason), qPrintable(pack.error().detail));
        }
    }

    // Names inside the archive never become paths: a pack whose files are called "../../x" is kept
    // under its uuid in the store's folder and nothing else is written.
    void theStoreKeepsPacksUnderItsOwnNames()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("icon-packs"));
        const QString source = dir.filePath(QStringLiteral("download.zip"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makeZip({{.name = QStringLiteral("pack.json"),
                             .bytes = manifest({icon(QStringLiteral("../../escape.svg"), QStringLiteral("Escape"), {QStringLiteral("Escape")})})},
                            {.name = QStringLiteral("../../escape.svg"), .bytes = svg("red")}}));
        file.close();
        icons::IconPackStore store(folder);
        QVERIFY(store.import(source));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{kUuid + QStringLiteral(".aegis-pack.zip")});
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.svg"))));

        // The same pack again, a newer version, replaces it.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(realisticPack(4));
        file.close();
        QCOMPARE(store.import(source)->version, 4);
        auto packs = store.load();
        QCOMPARE(packs.size(), 1u);
        QCOMPARE(packs.front().icons.size(), 3u);

        // A kept file that stopped reading is reported, not fatal.
        QFile broken(QDir(folder).filePath(QStringLiteral("00000000-0000-0000-0000-000000000001.aegis-pack.zip")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("garbage");
        broken.close();
        QStringList problems;
        QCOMPARE(store.load(&problems).size(), 1u);
        QCOMPARE(problems.size(), 1);

        QVERIFY(store.remove(QUuid::fromString(kUuid)));
        QVERIFY(store.load().empty());
        QCOMPARE(store.import(dir.filePath(QStringLiteral("absent.zip"))).error().code, ErrorCode::IoFailure);
    }
};

QTEST_GUILESS_MAIN(TestIconPack)
#include "test_icon_pack.moc"
