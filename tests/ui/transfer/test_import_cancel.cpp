// An import that asks for much key-derivation work can be stopped: the page is free again at once,
// the reading ends at its next derivation, and what it finds is dropped; the next file reads as usual.
#include "gui_fixture.h"

#include "add/scan_result_model.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>

using namespace tessera::bridge;

namespace {

// The project's Aegis fixture ("export pw") behind three password slots of 256 MiB scrypt each: about
// 1.5 s of work per wrong slot before the real one.
QString slowAegis(const QTemporaryDir &dir)
{
    QFile fixture(QStringLiteral(TESSERA_TEST_FIXTURES "/import/three-accounts-aegis-encrypted.json"));
    fixture.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(fixture.readAll()).object();
    QJsonObject header = root["header"].toObject();
    const QJsonObject real = header["slots"].toArray().first().toObject();
    QJsonArray slotList;
    for (int i = 0; i < 3; ++i) {
        QJsonObject slot = real;
        slot["n"] = 1 << 18;
        slot["salt"] = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
        slotList.append(slot);
    }
    slotList.append(real);
    header["slots"] = slotList;
    root["header"] = header;
    const QString path = dir.filePath(QStringLiteral("slow-aegis.json"));
    return writeBytes(path, QJsonDocument(root).toJson()) ? path : QString(); // the slot checks it opens
}

} // namespace

class TestImportCancel : public QObject
{
    Q_OBJECT
private slots:
    void aSlowImportCanBeStopped()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        f.imports->openFile(QUrl::fromLocalFile(slowAegis(f.dir)));
        QVERIFY(f.imports->needsPassword());
        f.imports->unlock(QStringLiteral("export pw"));
        QVERIFY(f.imports->busy());
        QTest::qWait(300);
        f.imports->cancel();
        QVERIFY(!f.imports->busy()); // at once
        QCOMPARE(f.imports->message(), QStringLiteral("Stopped reading the file."));
        QTest::qWait(4000); // longer than the whole reading would have taken: its result never shows
        QCOMPARE(f.imports->results()->rowCount(), 0);
        QCOMPARE(f.imports->message(), QStringLiteral("Stopped reading the file."));

        // Left to run, the same file is read (three slots fit the budget), and nothing was lost.
        f.imports->unlock(QStringLiteral("export pw"));
        QVERIFY(QTest::qWaitFor([&] { return !f.imports->busy(); }, 20000));
        QVERIFY2(!f.imports->messageIsProblem(), qPrintable(f.imports->message()));
        QCOMPARE(f.imports->results()->rowCount(), 3);
    }

    // Quitting while a file is being read does not wait for the reading (app/gui/main.cpp then leaves
    // without the thread pool's wait either).
    void quittingDoesNotWaitForTheReading()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        f.imports->openFile(QUrl::fromLocalFile(slowAegis(f.dir)));
        f.imports->unlock(QStringLiteral("export pw"));
        QVERIFY(f.imports->busy());
        QTest::qWait(300);
        QElapsedTimer closing;
        closing.start();
        f.root->imports.reset();
        QVERIFY2(closing.elapsed() < 300, qPrintable(QString::number(closing.elapsed())));
        QThreadPool::globalInstance()->waitForDone(10000); // the reading stops at its next derivation
    }
};

QTEST_MAIN(TestImportCancel)
#include "test_import_cancel.moc"
