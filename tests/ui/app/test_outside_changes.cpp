// The vault file changed by another program while the app has it open, as sync tools (Syncthing,
// Dropbox, Nextcloud) and a second Tessera do: a newer revision shows up in the list; a half-written
// file or a different vault is said on the account list, nothing is saved over it, and the notice goes
// when the file reads fine again.
#include "gui_fixture.h"

#include "common/error_text.h"

#include <QSignalSpy>

using namespace tessera;

namespace {

const char *const kLink = "otpauth://totp/Kaspersky:new@example.org?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ";

// Replaces the file the way sync tools and QSaveFile do: a new file renamed over the old one.
// As a sync tool does it: a temporary file renamed over the vault. True when it worked.
[[nodiscard]] bool replaceFile(const QString &path, const QByteArray &bytes)
{
    if (!writeBytes(path + QStringLiteral(".sync-tmp"), bytes))
        return false;
    QFile::remove(path);
    return QFile::rename(path + QStringLiteral(".sync-tmp"), path);
}

} // namespace

class TestOutsideChanges : public QObject
{
    Q_OBJECT
private slots:
    void aNewerRevisionFromASyncToolShowsUp()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const int before = f.accounts->totalCount();
        // Another device added an account; the sync tool brings its file.
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(QStringLiteral("synced.tessera"));
        QVERIFY(QFile::copy(f.path, copy));
        {
            auto other = std::move(*vault::VaultStore::openWithPassword(copy, password("pw")));
            QVERIFY(session::addAccount(*other, keyFrom(kLink), 0));
        }
        QVERIFY(replaceFile(f.path, fileBytes(copy)));
        QTRY_COMPARE_WITH_TIMEOUT(f.accounts->totalCount(), before + 1, 5000);
        // Said in one line, as news, not as a problem.
        QVERIFY2(f.vault->notice().startsWith(QStringLiteral("1 account")) &&
                     f.vault->notice().endsWith(QStringLiteral("added on another computer.")),
                 qPrintable(f.vault->notice()));
        QVERIFY(!f.vault->noticeIsWarning());
        // And a change made here after that lands on top of it.
        QVERIFY(f.add->addFromLink(QStringLiteral("otpauth://totp/Gcore:second@example.com?secret=JBSWY3DPEHPK3PXP")));
        QCOMPARE((*vault::VaultStore::openWithPassword(f.path, password("pw")))->vault().accounts.size(),
                 std::size_t(before + 2));
    }

    void aHalfWrittenFileIsSaidAndNeverSavedOver()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        const int before = f.accounts->totalCount();
        const QByteArray whole = fileBytes(f.path);
        const QByteArray half = whole.left(whole.size() / 2);
        QVERIFY(writeBytes(f.path, half)); // a sync tool that writes in place, caught halfway
        QTRY_VERIFY_WITH_TIMEOUT(f.vault->notice().contains(QLatin1String("changed by another program")), 5000);
        QVERIFY2(f.vault->notice().contains(QLatin1String("damaged")), qPrintable(f.vault->notice()));
        QVERIFY(f.vault->noticeIsWarning());
        QCOMPARE(f.accounts->totalCount(), before); // the list stays as it was

        QVERIFY(!f.add->addFromLink(QString::fromLatin1(kLink)));
        QVERIFY(!f.add->errorString().isEmpty());
        QCOMPARE(fileBytes(f.path), half); // nothing written over what the sync tool is delivering

        QVERIFY(writeBytes(f.path, whole)); // the sync finishes
        QTRY_COMPARE_WITH_TIMEOUT(f.vault->notice(), QString(), 5000);
        QVERIFY(!f.vault->noticeIsWarning());
        QVERIFY(f.add->addFromLink(QString::fromLatin1(kLink)));
        QCOMPARE(f.accounts->totalCount(), before + 1);
    }

    void aDifferentVaultIsNeverOverwritten()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QTemporaryDir elsewhere;
        const QString stranger = elsewhere.filePath(QStringLiteral("other.tessera"));
        QVERIFY(vault::VaultStore::create(stranger, password("other"), fastKdf()));
        const QByteArray strangerBytes = fileBytes(stranger);
        QVERIFY(replaceFile(f.path, strangerBytes)); // e.g. a sync conflict resolved the wrong way
        QTRY_VERIFY_WITH_TIMEOUT(f.vault->notice().contains(f.path), 5000);
        QVERIFY2(f.vault->notice().contains(QLatin1String("different vault")), qPrintable(f.vault->notice()));

        QVERIFY(!f.add->addFromLink(QString::fromLatin1(kLink)));
        QVERIFY2(f.add->errorString().contains(QLatin1String("different vault")), qPrintable(f.add->errorString()));
        QCOMPARE(fileBytes(f.path), strangerBytes);
        f.vault->lock();
        f.vault->unlock(QStringLiteral("other")); // "open it again": the other vault's password opens it
        QTRY_COMPARE_WITH_TIMEOUT(f.vault->state(), bridge::VaultController::Unlocked, 10000);
        QCOMPARE(f.accounts->totalCount(), 0);
    }
};

QTEST_MAIN(TestOutsideChanges)
#include "test_outside_changes.moc"
