// Aegis icon packs in the app (IconPacksController): added off the GUI thread and kept for the next
// start, offered in the icon chooser, given to the accounts they fit in one step, removed again; a file
// that is no pack says why and changes nothing.
#include "gui_fixture.h"
#include "zip_writer.h"

#include "accounts/icon_packs_controller.h"
#include "app/vault_session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tessera;
using namespace tessera::bridge;

namespace {

QByteArray svg(const char *colour)
{
    return QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"9\" height=\"9\" fill=\"") + colour + "\"/></svg>";
}

QString writePack(const QString &path)
{
    auto icon = [](const char *file, const char *name) {
        return QJsonObject{{QStringLiteral("filename"), QLatin1String(file)}, {QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("issuer"), QJsonArray{QLatin1String(name)}}};
    };
    const QByteArray manifest = QJsonDocument(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("0b3e2a57-58c5-4a0e-9c55-4b7c2d0f1e77")},
                                                          {QStringLiteral("name"), QStringLiteral("Test Icons")},
                                                          {QStringLiteral("version"), 7},
                                                          {QStringLiteral("icons"), QJsonArray{icon("icons/Kaspersky.svg", "Kaspersky"),
                                                                                               icon("icons/Gcore.svg", "Gcore")}}})
                                    .toJson();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(test::makeZip({{.name = QStringLiteral("pack.json"), .bytes = manifest},
                              {.name = QStringLiteral("icons/Kaspersky.svg"), .bytes = svg("green")},
                              {.name = QStringLiteral("icons/Gcore.svg"), .bytes = svg("black")}}));
    return path;
}

QString iconOf(GuiFixture &f, const QString &issuer)
{
    for (const vault::Account &account : f.services->session()->vault()->accounts) {
        if (account.issuer == issuer)
            return account.icon;
    }
    return QStringLiteral("(no such account)");
}

} // namespace

class TestIconPacks : public QObject
{
    Q_OBJECT

private slots:
    void addUseAndRemoveAPack()
    {
        GuiFixture f(4);
        QVERIFY(f.unlock());
        IconPacksController &packs = *f.root->iconPacks;
        QVERIFY(packs.packs().isEmpty());
        QCOMPARE(packs.fittingAccounts(), 0);

        QVERIFY(packs.importPack(QUrl::fromLocalFile(writePack(f.dir.filePath(QStringLiteral("pack.zip"))))));
        QTRY_VERIFY(!packs.busy());
        QVERIFY2(packs.errorString().isEmpty(), qPrintable(packs.errorString()));
        QVERIFY2(packs.status().contains(QLatin1String("Test Icons")) && packs.status().contains(QLatin1String("2 icon")),
                 qPrintable(packs.status()));
        QCOMPARE(packs.packs().size(), 1);
        QCOMPARE(packs.packs().constFirst().toMap().value(QStringLiteral("version")).toInt(), 7);
        QCOMPARE(packs.fittingAccounts(), 2); // Kaspersky and Gcore; Issuu and Steam have none

        // The chooser finds pack icons by part of the name; their value is the picture itself.
        const QVariantList found = packs.search(QStringLiteral("kasp"), 10);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.constFirst().toMap().value(QStringLiteral("value")).toString().startsWith(QLatin1String("data:image/svg+xml")));

        // The user's own choice is kept; the automatic one takes the pack's icon.
        QVERIFY(f.accounts->setIcon(f.services->session()->vault()->accounts.at(0).id.toString(), QStringLiteral("letter")));
        QCOMPARE(packs.fittingAccounts(), 1);
        QVERIFY(packs.useForAccounts());
        QVERIFY2(packs.status().startsWith(QLatin1String("1 account")), qPrintable(packs.status()));
        QCOMPARE(iconOf(f, QStringLiteral("Gcore")), QStringLiteral("letter"));
        QVERIFY(iconOf(f, QStringLiteral("Kaspersky")).startsWith(QLatin1String("data:image/svg+xml")));
        QCOMPARE(packs.fittingAccounts(), 0);

        // Kept for the next start.
        IconPacksController nextStart(f.services);
        QCOMPARE(nextStart.packs().size(), 1);

        QVERIFY(packs.removePack(packs.packs().constFirst().toMap().value(QStringLiteral("uuid")).toString()));
        QVERIFY(packs.packs().isEmpty());
        QVERIFY(iconOf(f, QStringLiteral("Kaspersky")).startsWith(QLatin1String("data:image/svg+xml")));
    }

    void aFileThatIsNoPackSaysWhy()
    {
        GuiFixture f(1);
        QVERIFY(f.unlock());
        IconPacksController &packs = *f.root->iconPacks;
        QFile file(f.dir.filePath(QStringLiteral("holiday.zip")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::makeZip({{.name = QStringLiteral("beach.jpg"), .bytes = "\xff\xd8\xff not really"}}));
        file.close();
        QVERIFY(packs.importPack(QUrl::fromLocalFile(file.fileName())));
        QTRY_VERIFY(!packs.busy());
        QVERIFY2(packs.errorString().contains(QLatin1String("not an Aegis icon pack (no pack.json)")), qPrintable(packs.errorString()));
        QVERIFY(packs.packs().isEmpty());
    }
};

QTEST_MAIN(TestIconPacks)
#include "test_icon_packs.moc"
