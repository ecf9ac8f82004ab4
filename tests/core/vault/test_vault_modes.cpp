// The vault, its backups folder and every backup are the user's alone, whatever the umask, and modes
// left open by an older Tessera or another program are closed again when the vault opens.
#include "vault/backup_rotation.h"
#include "vault_helpers.h"

#include <QDir>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace tessera;
using namespace tessera::vault;

namespace {

int modeOf(const QString &path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace

class TestVaultModes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;

private slots:
    void initTestCase() { m_oldUmask = ::umask(022); } // the common default that made files 0644
    void cleanupTestCase() { ::umask(m_oldUmask); }

    void newVaultFilesAndFoldersArePrivate()
    {
        const QString folder = m_dir.filePath(QStringLiteral("made/by/tessera"));
        const QString file = folder + QStringLiteral("/v.tessera");
        auto store = VaultStore::create(file, password("pw"), fastKdf());
        QVERIFY(store);
        QVERIFY(session::addAccount(**store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"), 1));
        QVERIFY(session::addAccount(**store, keyFrom("otpauth://totp/C:d?secret=JBSWY3DPEHPK3PXP"), 2));
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("made"))), 0700); // every folder Tessera created
        const QString backups = backupsFolderFor(file);
        QCOMPARE(modeOf(backups), 0700);
        const QFileInfoList kept = QDir(backups).entryInfoList(QDir::Files);
        QCOMPARE(kept.size(), 2);
        for (const QFileInfo &backup : kept)
            QCOMPARE(modeOf(backup.absoluteFilePath()), 0600);
        QCOMPARE(modeOf(m_dir.path()), modeOf(m_dir.path())); // a folder the user had is not touched
    }

    void openModesAreRepairedOnOpen()
    {
        const QString file = m_dir.filePath(QStringLiteral("old/v.tessera"));
        QVERIFY(VaultStore::create(file, password("pw"), fastKdf()));
        auto store = VaultStore::openWithPassword(file, password("pw"));
        QVERIFY(session::addAccount(**store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"), 1));
        const QString backups = backupsFolderFor(file);
        const QString backup = QDir(backups).entryInfoList(QDir::Files).first().absoluteFilePath();
        // As Tessera 0.1 left them under umask 022.
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(backups).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(backup).constData(), 0644) == 0);

        QVERIFY(VaultStore::openWithPassword(file, password("pw")));
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(backups), 0700);
        QCOMPARE(modeOf(backup), 0600);
    }

    void aWrongPasswordChangesNoMode()
    {
        const QString file = m_dir.filePath(QStringLiteral("v3.tessera"));
        QVERIFY(VaultStore::create(file, password("pw"), fastKdf()));
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0640) == 0);
        QVERIFY(!VaultStore::openWithPassword(file, password("nope")));
        QCOMPARE(modeOf(file), 0640); // whoever cannot open the vault does not get to change it
    }
};

QTEST_GUILESS_MAIN(TestVaultModes)
#include "test_vault_modes.moc"
