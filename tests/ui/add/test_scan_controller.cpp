// The scan page's controller as QML drives it: pictures from files, data, the clipboard and images,
// the preview with duplicates, a Google Authenticator export over several pictures, adding the chosen
// accounts in one save; and the export controller's codes read back.
#include "gui_fixture.h"
#include "hostile_pictures.h"
#include "qr_pictures.h"

#include "picture.h"
#include "add/scan_result_model.h"
#include "session/account_operations.h"
#include "session/qr_export.h"
#include "app/vault_session.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>

using namespace tessera;
using namespace tessera::bridge;

namespace {

const QByteArray kNew = "otpauth://totp/MyKerio:admin?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=MyKerio";
const QByteArray kExisting = "otpauth://totp/Gcore:me@example.com?secret=JBSWY3DPEHPK3PXP"; // in the fixture vault

bool idle(ScanController &scan)
{
    return QTest::qWaitFor([&] { return !scan.busy(); }, 10000);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestScanController : public QObject
{
    Q_OBJECT
private slots:
    void scansAFileAndMarksDuplicates()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QAbstractItemModelTester tester(f.scan->results());
        QImage page(900, 500, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.drawImage(40, 40, qrpics::code(kNew));
        painter.drawImage(480, 40, qrpics::code(kExisting));
        painter.end();
        const QString file = f.dir.filePath(QStringLiteral("two.png"));
        QVERIFY(page.save(file));
        f.scan->scanFile(QUrl::fromLocalFile(file));
        QVERIFY(f.scan->busy());
        QVERIFY(idle(*f.scan));
        ScanResultModel *results = f.scan->results();
        QCOMPARE(results->rowCount(), 2);
        QCOMPARE(f.scan->message(), QStringLiteral("Found 2 account(s)."));
        int duplicates = 0;
        for (int i = 0; i < 2; ++i) {
            const QModelIndex index = results->index(i);
            const bool duplicate = index.data(ScanResultModel::DuplicateRole).toBool();
            duplicates += duplicate;
            // What Tessera has already is offered but not chosen.
            QCOMPARE(index.data(ScanResultModel::SelectedRole).toBool(), !duplicate);
        }
        QCOMPARE(duplicates, 1);
        QCOMPARE(f.scan->selectedCount(), 1);

        QSignalSpy added(f.scan, &ScanController::added);
        const int before = f.services->session()->vault()->accounts.size();
        QVERIFY(f.scan->addSelected());
        QCOMPARE(added.count(), 1);
        QCOMPARE(f.services->session()->vault()->accounts.size(), before + 1);
        QCOMPARE(results->rowCount(), 0);
    }
    void saysWhyAPictureGaveNothing()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        f.scan->scanImage(qrpics::code("https://example.com/"));
        QVERIFY(idle(*f.scan));
        QVERIFY(f.scan->messageIsProblem());
        QCOMPARE(f.scan->message(), QStringLiteral("This QR code holds a web address, not an authenticator account."));
        f.scan->scanImageData("not a picture");
        QVERIFY(idle(*f.scan));
        QVERIFY2(f.scan->message().startsWith(QLatin1String("Could not read the dropped picture")), qPrintable(f.scan->message()));
        f.scan->scanImage(qrpics::noise({200, 200}));
        QVERIFY(idle(*f.scan));
        QVERIFY(f.scan->message().startsWith(QLatin1String("No QR code was found")));
        QVERIFY(!f.scan->addSelected());
    }
    // A picture made to keep the reader busy for hours: Stop ends it at once (the worker process is
    // killed), and the next picture is read as usual; left alone it is refused after the deadline.
    void aHostilePictureCanBeStoppedAndIsRefusedAnyway()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        f.scan->scanImage(finderPatternTiles());
        QVERIFY(f.scan->busy());
        QTest::qWait(200); // the worker is running
        QElapsedTimer stopping;
        stopping.start();
        f.scan->cancel();
        QVERIFY(QTest::qWaitFor([&] { return !f.scan->busy(); }, 2000));
        QVERIFY2(stopping.elapsed() < 1500, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(f.scan->message(), QStringLiteral("Stopped reading the picture."));

        f.scan->scanImage(finderPatternTiles());
        QVERIFY(idle(*f.scan));
        QVERIFY2(f.scan->message().startsWith(QLatin1String("Reading this picture was stopped after 5 s")),
                 qPrintable(f.scan->message()));
        f.scan->scanImage(qrpics::code("otpauth://totp/Acme:me?secret=JBSWY3DPEHPK3PXP"));
        QVERIFY(idle(*f.scan));
        QCOMPARE(f.scan->results()->rowCount(), 1);
    }

    void readsTheClipboardPictureOrLink()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QGuiApplication::clipboard()->setImage(qrpics::code(kNew));
        f.scan->scanClipboard();
        QVERIFY(idle(*f.scan));
        QCOMPARE(f.scan->results()->rowCount(), 1);
        f.scan->clear();
        QGuiApplication::clipboard()->setText(QString::fromLatin1(kNew));
        f.scan->scanClipboard();
        QCOMPARE(f.scan->results()->rowCount(), 1);
        QGuiApplication::clipboard()->clear();
        f.scan->clear();
        f.scan->scanClipboard();
        QVERIFY(f.scan->messageIsProblem());
        QGuiApplication::clipboard()->setText(QStringLiteral("just some words"));
        f.scan->scanClipboard();
        QVERIFY(f.scan->message().startsWith(QLatin1String("The clipboard holds no picture and no link")));
        QCOMPARE(f.scan->results()->rowCount(), 0);
    }
    void gathersTheCodesOfAnExport()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        // A phone's export of the fixture vault's four accounts, two per code (Steam cannot go).
        auto exported = f.services->session()->read([](const auto &store) { return session::exportForPhone(store, {}, 1); });
        QVERIFY(exported);
        QCOMPARE(exported->links.size(), std::size_t(3));
        f.scan->scanImageData(png(*imaging::qrImage(exported->links[1].view())));
        QVERIFY(idle(*f.scan));
        QCOMPARE(f.scan->exportProgress(),
                 QStringLiteral("1 of 3 codes of the Google Authenticator export read; still missing: 1, 3."));
        f.scan->scanImage(*imaging::qrImage(exported->links[0].view()));
        f.scan->scanImage(*imaging::qrImage(exported->links[2].view()));
        QVERIFY(idle(*f.scan));
        QCOMPARE(f.scan->exportProgress(), QStringLiteral("All 3 codes of the Google Authenticator export read."));
        QCOMPARE(f.scan->results()->rowCount(), 3);
        QCOMPARE(f.scan->selectedCount(), 0); // all three are in the vault already
    }
    // A camera sees the same code many times a second: only something new touches the list.
    void nothingNewLeavesTheListAlone()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QSignalSpy changed(f.scan, &ScanController::resultsChanged);
        f.scan->scanImage(qrpics::code(kNew));
        QVERIFY(idle(*f.scan));
        QCOMPARE(changed.count(), 1);
        f.scan->scanImage(qrpics::code(kNew));
        f.scan->scanImage(qrpics::code("https://example.com/"));
        QVERIFY(idle(*f.scan));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.scan->results()->rowCount(), 1);
    }
    void lockingForgetsTheScan()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        f.scan->scanImage(qrpics::code(kNew));
        QVERIFY(idle(*f.scan));
        QCOMPARE(f.scan->results()->rowCount(), 1);
        f.vault->lock();
        QCOMPARE(f.scan->results()->rowCount(), 0);
    }

    void exportShowsNumberedCodesThatReadBack()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        f.exports->preparePhoneExport({});
        QCOMPARE(f.exports->pageCount(), 1);
        QCOMPARE(f.exports->caption(), QStringLiteral("1 of 1"));
        QVERIFY(f.exports->notCarriedText().contains(QLatin1String("Steam")));
        const QString id = f.exports->pageSource().mid(QStringLiteral("image://qr/").size());
        QrImageProvider provider;
        QSize size;
        const QImage code = provider.requestImage(id, &size, {});
        QVERIFY(!code.isNull());
        session::QrScan scan;
        scan.add(imaging::decodePicture(code));
        QCOMPARE(scan.accounts().size(), std::size_t(3));

        QVERIFY(f.exports->saveTo(QUrl::fromLocalFile(f.dir.path())));
        QVERIFY(QFile::exists(f.dir.filePath(QStringLiteral("tessera-transfer-1-of-1.png"))));
        session::QrScan saved;
        saved.add(imaging::decodePicture(QImage(f.dir.filePath(QStringLiteral("tessera-transfer-1-of-1.png")))));
        QCOMPARE(saved.accounts().size(), std::size_t(3)); // the caption does not disturb the code

        f.exports->clear();
        QVERIFY(provider.requestImage(id, &size, {}).isNull()); // gone once the page closes
    }
    void oneAccountsCode()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const QString id = f.services->session()->vault()->accounts.first().id.toString();
        f.exports->showAccountCode(id);
        QVERIFY(f.exports->accountCode().startsWith(QLatin1String("image://qr/account-")));
        const QImage code = f.exports->imageFor(f.exports->accountCode().mid(11));
        session::QrScan scan;
        scan.add(imaging::decodePicture(code));
        QCOMPARE(scan.accounts().size(), std::size_t(1));
        f.vault->lock();
        QVERIFY(f.exports->accountCode().isEmpty());
    }
};

QTEST_MAIN(TestScanController)
#include "test_scan_controller.moc"
