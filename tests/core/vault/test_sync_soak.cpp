// Soak (label slow): two computers edit one vault for two minutes (TESSERA_SOAK_SECONDS) while a sync
// engine, simulated the way Syncthing behaves, copies the file between their folders at random
// moments: a file changed on one side only replaces the other's; changed on both, the newer wins and
// the other becomes a conflict copy on both sides; a conflict copy deleted on one side is deleted on
// the other. One computer behaves like the app (a store kept open, reloading), the other like the CLI
// (opened afresh for every command, refusing rollbacks). Each edits only its own accounts, so a
// model knows exactly what must be there: after a last sync round, both hold exactly the model.
#include "session/sync_copies.h"
#include "vault/backup_rotation.h"
#include "vault_helpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

using namespace tessera;
using namespace tessera::vault;

namespace {

const QString kVaultName = QStringLiteral("vault.tessera");

// The files of one side the engine knows: the vault and the conflict copies beside it.
QMap<QString, QByteArray> filesIn(const QDir &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : folder.entryList(QDir::Files))
        if (name == kVaultName || name.contains(QLatin1String(".sync-conflict-")))
            files.insert(name, fileBytes(folder.filePath(name)));
    return files;
}

void put(const QDir &folder, const QString &name, const QByteArray &bytes)
{
    QSaveFile file(folder.filePath(name)); // an engine also replaces files by rename
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        qFatal("the simulated engine could not write %s", qPrintable(name));
}

class SimulatedEngine
{
public:
    SimulatedEngine(QDir a, QDir b) : m_a(std::move(a)), m_b(std::move(b)) {}

    void syncRound(QRandomGenerator &random)
    {
        const auto a = filesIn(m_a);
        const auto b = filesIn(m_b);
        QSet<QString> names;
        for (const auto *side : {&a, &b})
            for (auto it = side->cbegin(); it != side->cend(); ++it)
                names.insert(it.key());
        for (const QString &name : names) {
            const bool inA = a.contains(name);
            const bool inB = b.contains(name);
            const bool known = m_synced.contains(name);
            if (inA && inB && a[name] == b[name]) {
                m_synced[name] = a[name];
            } else if (inA != inB) {
                // Present on one side: new there (copied over), or deleted on the other (deleted here).
                const QDir &has = inA ? m_a : m_b;
                const QDir &lacks = inA ? m_b : m_a;
                if (known && (inA ? a[name] : b[name]) == m_synced[name]) {
                    QFile::remove(has.filePath(name));
                    m_synced.remove(name);
                } else {
                    put(lacks, name, inA ? a[name] : b[name]);
                    m_synced[name] = inA ? a[name] : b[name];
                }
            } else if (inA && inB) {
                const bool aChanged = a[name] != m_synced.value(name);
                const bool bChanged = b[name] != m_synced.value(name);
                if (aChanged && bChanged) {
                    // Both changed: one wins, the other is kept as a conflict copy on both sides.
                    const bool aWins = random.bounded(2) == 0;
                    const QByteArray &winner = aWins ? a[name] : b[name];
                    const QByteArray &loser = aWins ? b[name] : a[name];
                    const QString copy = QStringLiteral("vault.sync-conflict-20261202-%1-ABCDEFG.tessera")
                                             .arg(++m_conflicts, 6, 10, QLatin1Char('0'));
                    put(m_a, copy, loser);
                    put(m_b, copy, loser);
                    m_synced[copy] = loser;
                    put(aWins ? m_b : m_a, name, winner);
                    m_synced[name] = winner;
                } else {
                    const QByteArray &newer = aChanged ? a[name] : b[name];
                    put(aChanged ? m_b : m_a, name, newer);
                    m_synced[name] = newer;
                }
            }
        }
    }
    int conflicts() const { return m_conflicts; }

private:
    QDir m_a;
    QDir m_b;
    QMap<QString, QByteArray> m_synced; // each file's content as both sides last agreed
    int m_conflicts = 0;
};

} // namespace

class TestSyncSoak : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QMap<QUuid, QString> m_model; // what must be there at the end: id → issuer
    int m_made = 0;

    // One edit on `store` of one of `owner`'s own accounts (or a new one), recorded in the model.
    void editOwn(VaultStore &store, const QString &owner, QRandomGenerator &random)
    {
        QList<QUuid> own;
        for (auto it = m_model.cbegin(); it != m_model.cend(); ++it)
            if (it.value().startsWith(owner))
                own.append(it.key());
        for (const QUuid &id : own)
            QVERIFY2(store.vault().find(id), qPrintable(owner + QStringLiteral(" lost its own account ") + m_model[id]));
        const int choice = own.isEmpty() ? 0 : random.bounded(4);
        if (choice <= 1) {
            const QByteArray link = "otpauth://totp/" + owner.toLatin1() + "-" + QByteArray::number(++m_made) +
                                    ":me?secret=JBSWY3DPEHPK3PXP";
            auto id = session::addAccount(store, keyFrom(link.constData()), 1000);
            QVERIFY2(id, qPrintable(QString::number(int(id ? ErrorCode{} : id.error().code))));
            m_model.insert(*id, store.vault().find(*id)->issuer);
        } else {
            const QUuid id = own.at(random.bounded(own.size()));
            if (choice == 2) {
                QVERIFY(store.update([&](Vault &v) -> Result<void> { v.remove(id); return {}; }));
                m_model.remove(id);
            } else {
                const QString renamed = QStringLiteral("%1-renamed-%2").arg(owner).arg(++m_made);
                QVERIFY(store.update([&](Vault &v) -> Result<void> { v.find(id)->issuer = renamed; return {}; }));
                m_model[id] = renamed;
            }
        }
    }

    static QMap<QUuid, QString> contents(const VaultStore &store)
    {
        QMap<QUuid, QString> listed;
        for (const Account &a : store.vault().accounts)
            listed.insert(a.id, a.issuer);
        return listed;
    }

private slots:
    void twoComputersConvergeWithNothingLost()
    {
        const int seconds = qEnvironmentVariableIsSet("TESSERA_SOAK_SECONDS") ? qEnvironmentVariableIntValue("TESSERA_SOAK_SECONDS") : 120;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u, %d s", seed, seconds);
        QRandomGenerator random(seed);
        const QDir app(m_dir.filePath(QStringLiteral("app")));
        const QDir cli(m_dir.filePath(QStringLiteral("cli")));
        QVERIFY(QDir().mkpath(app.path()) && QDir().mkpath(cli.path()));
        {
            auto created = VaultStore::create(app.filePath(kVaultName), password("pw"), fastKdf());
            QVERIFY(created);
        }
        SimulatedEngine engine(app, cli);
        engine.syncRound(random);

        auto appStore = VaultStore::openWithPassword(app.filePath(kVaultName), password("pw"));
        QVERIFY(appStore);
        VaultStore &gui = **appStore;
        gui.setDevice(QStringLiteral("app-computer"));
        QMap<QString, quint64> cliSeen; // the CLI computer's settings
        const auto openCli = [&]() -> std::unique_ptr<VaultStore> {
            auto store = VaultStore::openWithPassword(cli.filePath(kVaultName), password("pw"));
            if (!store)
                return nullptr;
            (*store)->setDevice(QStringLiteral("cli-computer"));
            (*store)->setSeenHistoryKeeper([&](const QByteArray &, const QMap<QString, quint64> &h) { cliSeen = h; });
            (*store)->guardAgainstRollback(cliSeen, VaultStore::Rollback::Refuse);
            const auto merged = session::mergeConflictCopies(**store);
            if (!merged.problems.isEmpty())
                qWarning("%s", qPrintable(merged.problems.join(QLatin1Char('\n'))));
            return std::move(*store);
        };

        QElapsedTimer timer;
        timer.start();
        int edits = 0;
        while (timer.elapsed() < seconds * 1000LL) {
            if (random.bounded(3) == 0)
                engine.syncRound(random);
            if (random.bounded(2) == 0) {
                QVERIFY(gui.reload()); // the app's file watcher
                QVERIFY(session::mergeConflictCopies(gui).problems.isEmpty());
                editOwn(gui, QStringLiteral("app"), random);
            } else {
                auto store = openCli();
                QVERIFY(store);
                editOwn(*store, QStringLiteral("cli"), random);
            }
            if (QTest::currentTestFailed())
                return;
            ++edits;
            QThread::msleep(random.bounded(15));
        }

        // Together for good: sync rounds and one look from each side until nothing moves.
        std::unique_ptr<VaultStore> last;
        for (int round = 0; round < 10; ++round) {
            engine.syncRound(random);
            QVERIFY(gui.reload());
            QVERIFY(session::mergeConflictCopies(gui).problems.isEmpty());
            engine.syncRound(random);
            last = openCli();
            QVERIFY(last);
            engine.syncRound(random);
            if (filesIn(app) == filesIn(cli) && filesIn(app).size() == 1)
                break;
        }
        QCOMPARE(filesIn(app).keys(), QStringList{kVaultName});
        QCOMPARE(fileBytes(app.filePath(kVaultName)), fileBytes(cli.filePath(kVaultName)));
        QVERIFY(gui.reload());
        last = openCli();
        QCOMPARE(contents(gui), m_model);
        QCOMPARE(contents(*last), m_model);
        qInfo("%d edits, %d conflict copies, %lld accounts at the end", edits, engine.conflicts(),
              static_cast<long long>(m_model.size()));
        QVERIFY(engine.conflicts() > 0); // the run met the case it is for
    }
};

QTEST_GUILESS_MAIN(TestSyncSoak)
#include "test_sync_soak.moc"
