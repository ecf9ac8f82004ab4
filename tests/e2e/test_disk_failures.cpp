// The disk fails under a save: a full disk and a read-only folder. Whatever the way in (the core, the
// command line, the app's controllers), the vault file stays byte for byte as it was and still opens,
// the user is told what happened in words they can act on, and once the disk is fixed the same save
// works. Runs on a 2 MiB tmpfs of its own (tests/support/with-small-disk.sh), which is also TMPDIR.
#include "cli_runner.h"
#include "gui_fixture.h"

#include "common/error_text.h"

#include <QDir>

using namespace tessera;

namespace {

QString smallDisk()
{
    return qEnvironmentVariable("TESSERA_SMALL_DISK");
}

// Writes a filler file until the disk refuses more; the disk then has no room for a save.
QString fillTheDisk(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("filler"));
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return {};
    const QByteArray chunk(4096, 'x');
    while (filler.write(chunk) == chunk.size()) {
    }
    filler.close();
    return path;
}

bool remount(const char *mode)
{
    return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,%1").arg(QLatin1String(mode)),
                                                       smallDisk()}) == 0;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

const char *const kNewAccount = "otpauth://totp/Kaspersky:new@example.org?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ";

} // namespace

class TestDiskFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!smallDisk().isEmpty(), "run through tests/support/with-small-disk.sh");
        QCOMPARE(QDir::tempPath(), smallDisk());
    }

    void aSaveOnAFullDiskKeepsTheVault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.tessera"));
        auto store = std::move(*vault::VaultStore::create(path, password("correct horse battery staple"), fastKdf()));
        for (const char *link : {"otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP", "otpauth://totp/MyKerio:me?secret=GEZDGNBVGY3TQOJQ"})
            QVERIFY(session::addAccount(*store, keyFrom(link), 0));
        const QByteArray before = fileBytes(path);
        const QStringList filesBefore = filesIn(dir.path());
        const QString filler = fillTheDisk(dir.path());
        QVERIFY(!filler.isEmpty());

        const auto added = session::addAccount(*store, keyFrom(kNewAccount), 0);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::DiskFull);
        QCOMPARE(added.error().detail, path); // the vault is named, not a backup or temporary file
        QVERIFY2(errorText(added.error()).contains(QLatin1String("disk is full")), qPrintable(errorText(added.error())));
        QCOMPARE(store->vault().accounts.size(), 2); // the open vault forgot the change too
        QCOMPARE(fileBytes(path), before);
        QStringList expectedFiles = filesBefore + QStringList{QStringLiteral("filler")};
        expectedFiles.sort();
        QCOMPARE(filesIn(dir.path()), expectedFiles); // no half-written or temporary files left behind
        auto reopened = vault::VaultStore::openWithPassword(path, password("correct horse battery staple"));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->vault().accounts.size(), 2);

        QVERIFY(QFile::remove(filler));
        QVERIFY(session::addAccount(*store, keyFrom(kNewAccount), 0)); // the same save, with room again
        QCOMPARE((*vault::VaultStore::openWithPassword(path, password("correct horse battery staple")))->vault().accounts.size(), 3);
    }

    void theCommandLineSaysTheDiskIsFull()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.tessera"));
        const auto cli = [&](QStringList args) {
            args << QStringLiteral("--vault") << path << QStringLiteral("--password-stdin");
            return runCli(args, "correct horse battery staple\n");
        };
        QCOMPARE(cli({"init", "--kdf", "interactive"}).exitCode, 0);
        QCOMPARE(cli({"add", "--uri", "otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP"}).exitCode, 0);
        const QByteArray before = fileBytes(path);
        const QString filler = fillTheDisk(dir.path());

        const auto run = cli({"add", "--uri", kNewAccount});
        QCOMPARE(run.exitCode, 4); // a failure of the machine, not of the input
        VERIFY_ONE_SENTENCE_ERROR(run);
        QVERIFY2(run.err.contains("disk is full") && run.err.contains("Free some space"), run.err.constData());
        QCOMPARE(fileBytes(path), before);
        QVERIFY(cli({"list"}).out.contains("Gcore"));

        QVERIFY(QFile::remove(filler));
        QCOMPARE(cli({"add", "--uri", kNewAccount}).exitCode, 0);
    }

    void theAppSaysTheDiskIsFull()
    {
        GuiFixture f; // its folder is on the small disk (TMPDIR)
        QVERIFY(f.unlock());
        const int accounts = f.accounts->totalCount();
        const QByteArray before = fileBytes(f.path);
        const QString filler = fillTheDisk(f.dir.path());

        QVERIFY(!f.add->addFromLink(QString::fromLatin1(kNewAccount)));
        QVERIFY2(f.add->errorString().contains(QLatin1String("disk is full")), qPrintable(f.add->errorString()));
        QCOMPARE(f.accounts->totalCount(), accounts);
        QCOMPARE(fileBytes(f.path), before);
        QCOMPARE(f.vault->state(), bridge::VaultController::Unlocked); // nothing else went wrong

        QVERIFY(QFile::remove(filler));
        QVERIFY(f.add->addFromLink(QString::fromLatin1(kNewAccount)));
        QCOMPARE(f.accounts->totalCount(), accounts + 1);
    }

    void aReadOnlyFolderOpensButIsNotChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.tessera"));
        auto store = std::move(*vault::VaultStore::create(path, password("correct horse battery staple"), fastKdf()));
        QVERIFY(session::addAccount(*store, keyFrom("otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP"), 0));
        const QByteArray before = fileBytes(path);
        QVERIFY(remount("ro"));
        const auto writable = qScopeGuard([] { remount("rw"); });

        const auto added = session::addAccount(*store, keyFrom(kNewAccount), 0);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::FolderReadOnly);
        QVERIFY2(errorText(added.error()).contains(QLatin1String("read-only")), qPrintable(errorText(added.error())));
        QCOMPARE(store->vault().accounts.size(), 1);

        const auto list = runCli({"list", "--vault", path, "--password-stdin"}, "correct horse battery staple\n");
        QCOMPARE(list.exitCode, 0); // reading needs no write
        QVERIFY(list.out.contains("Gcore"));
        const auto add = runCli({"add", "--vault", path, "--password-stdin", "--uri", kNewAccount}, "correct horse battery staple\n");
        QCOMPARE(add.exitCode, 4);
        VERIFY_ONE_SENTENCE_ERROR(add);
        QVERIFY2(add.err.contains("read-only"), add.err.constData());
        QCOMPARE(fileBytes(path), before);

        QVERIFY(remount("rw"));
        QVERIFY(session::addAccount(*store, keyFrom(kNewAccount), 0));
    }
};

QTEST_MAIN(TestDiskFailures)
#include "test_disk_failures.moc"
