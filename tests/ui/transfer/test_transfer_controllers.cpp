// Backups to a file and imports from the first run, driven as the pages drive them.
#include "gui_fixture.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/vault_session.h"

#include <QSignalSpy>
#include <QFile>

using namespace tessera::bridge;

class TestTransferControllers : public QObject
{
    Q_OBJECT
private slots:
    // The backup page's "Choose accounts": only the chosen ones go into the file.
    void fileExportTakesTheChosenAccounts()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const QString id = f.services->accounts()->data(f.services->accounts()->index(1, 0), AccountListModel::IdRole).toString();
        const QString path = f.dir.filePath(QStringLiteral("one.txt"));
        f.fileExports->save(FileExportController::OtpauthList, QUrl::fromLocalFile(path), {}, {}, {id});
        QVERIFY(QTest::qWaitFor([&] { return !f.fileExports->busy(); }, 10000));
        QVERIFY2(!f.fileExports->messageIsProblem(), qPrintable(f.fileExports->message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count('\n'), 1);
        QVERIFY(text.startsWith("otpauth://"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void firstRunCanStartByImporting()
    {
        GuiFixture f(0);
        const QString list = f.dir.filePath(QStringLiteral("links.txt"));
        QVERIFY(writeBytes(list, "otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP\nnot a link\n"
                         "otpauth://totp/MyKerio:me?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ\n"));
        QSignalSpy shown(f.imports, &ImportController::showRequested);
        f.imports->openWhenUnlocked(QUrl::fromLocalFile(list)); // what the first-run page does
        f.vault->createVault(QStringLiteral("correct horse battery staple"), QStringLiteral("correct horse battery staple"), false);
        QVERIFY(QTest::qWaitFor([&] { return f.vault->state() == VaultController::Unlocked; }, 15000));
        QCOMPARE(shown.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return f.imports->results()->rowCount() == 2; }, 5000));
        QVERIFY(f.imports->skippedText().contains(QStringLiteral("line 2")));
        QVERIFY(f.imports->addSelected());
        QCOMPARE(f.services->accounts()->rowCount(), 2);
    }
};

QTEST_MAIN(TestTransferControllers)
#include "test_transfer_controllers.moc"
