// The edits a user makes to accounts in the vault (session/account_edits.h): each one save, each
// missing account the same error, the user's order kept exactly.
#include "vault_helpers.h"

#include "session/account_edits.h"

#include <QTemporaryDir>

using namespace tessera;

class TestAccountEdits : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultStore> m_store;
    QList<QUuid> m_ids; // A, B, C, D in the user's order

    QList<QUuid> order() const
    {
        QList<QUuid> ids;
        for (const vault::Account &a : m_store->vault().accounts)
            ids << a.id;
        return ids;
    }
    quint64 revision() const { return m_store->header().revision; }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("v.tessera")));
        m_store = std::move(*vault::VaultStore::create(m_dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf()));
        m_ids.clear();
        for (const char *link : {"otpauth://totp/A:a?secret=JBSWY3DP", "otpauth://totp/B:b?secret=JBSWY3DP",
                                 "otpauth://totp/C:c?secret=JBSWY3DP", "otpauth://totp/D:d?secret=JBSWY3DP"})
            m_ids << *session::addAccount(*m_store, keyFrom(link), 1);
    }

    void favouriteIsSavedAndUnchangedWritesNothing()
    {
        QVERIFY(session::setFavourite(*m_store, m_ids[1], true));
        const quint64 saved = revision();
        QVERIFY(m_store->vault().find(m_ids[1])->favourite);
        QVERIFY(session::setFavourite(*m_store, m_ids[1], true)); // already: no save
        QCOMPARE(revision(), saved);
        auto reopened = vault::VaultStore::openWithPassword(m_store->path(), password("pw"));
        QVERIFY((*reopened)->vault().find(m_ids[1])->favourite);
    }

    void moveBeforeAnotherOrToTheEnd()
    {
        QVERIFY(session::moveAccount(*m_store, m_ids[3], m_ids[0]));
        QCOMPARE(order(), (QList<QUuid>{m_ids[3], m_ids[0], m_ids[1], m_ids[2]}));
        QVERIFY(session::moveAccount(*m_store, m_ids[3], QUuid()));
        QCOMPARE(order(), m_ids);
    }

    // A drag onto a row below lands after it; onto a row above, before it.
    void moveOntoFollowsTheDragDirection()
    {
        QVERIFY(session::moveOnto(*m_store, m_ids[0], m_ids[2]));
        QCOMPARE(order(), (QList<QUuid>{m_ids[1], m_ids[2], m_ids[0], m_ids[3]}));
        QVERIFY(session::moveOnto(*m_store, m_ids[3], m_ids[1]));
        QCOMPARE(order(), (QList<QUuid>{m_ids[3], m_ids[1], m_ids[2], m_ids[0]}));
        QVERIFY(session::moveOnto(*m_store, m_ids[2], m_ids[0])); // onto the last row: last
        QCOMPARE(order().last(), m_ids[2]);
        const quint64 saved = revision();
        QVERIFY(session::moveOnto(*m_store, m_ids[2], m_ids[2])); // onto itself: nothing
        QCOMPARE(revision(), saved);
    }

    void removeAndRestoreInPlace()
    {
        auto removed = session::removeAccount(*m_store, m_ids[1]);
        QVERIFY(removed);
        QCOMPARE(removed->index, 1);
        QCOMPARE(removed->account.issuer, QStringLiteral("B"));
        QCOMPARE(order(), (QList<QUuid>{m_ids[0], m_ids[2], m_ids[3]}));
        QVERIFY(session::restoreAccount(*m_store, *removed));
        QCOMPARE(order(), m_ids);
        QVERIFY(session::restoreAccount(*m_store, *removed)); // there again: nothing doubles
        QCOMPARE(order(), m_ids);
        // Restored where it was, or last when the list got shorter meanwhile.
        auto last = session::removeAccount(*m_store, m_ids[3]);
        QVERIFY(session::removeAccount(*m_store, m_ids[2]));
        QVERIFY(session::restoreAccount(*m_store, *last));
        QCOMPARE(order(), (QList<QUuid>{m_ids[0], m_ids[1], m_ids[3]}));
    }

    // Every edit of a missing account fails the same way and writes nothing.
    void aMissingAccountIsNotFoundEverywhere()
    {
        const QUuid nobody = QUuid::createUuid();
        const quint64 saved = revision();
        QCOMPARE(session::setFavourite(*m_store, nobody, true).error().code, ErrorCode::AccountNotFound);
        QCOMPARE(session::moveAccount(*m_store, nobody, m_ids[0]).error().code, ErrorCode::AccountNotFound);
        QCOMPARE(session::moveAccount(*m_store, m_ids[0], nobody).error().code, ErrorCode::AccountNotFound);
        QCOMPARE(session::moveOnto(*m_store, m_ids[0], nobody).error().code, ErrorCode::AccountNotFound);
        QCOMPARE(session::removeAccount(*m_store, nobody).error().code, ErrorCode::AccountNotFound);
        QCOMPARE(session::editAccount(*m_store, nobody, {QStringLiteral("X"), {}, {}, {}}, 1).error().code,
                 ErrorCode::AccountNotFound);
        QCOMPARE(revision(), saved);
        QCOMPARE(order(), m_ids);
    }

    // A pack's icons go to the accounts that fit and still show the automatic icon, in one save; a
    // choice the user made stays, and a second run changes nothing.
    void packIconsGoOnlyToAutomaticAccounts()
    {
        icons::PackIcon forA{.name = QStringLiteral("A"), .category = {}, .issuers = {QStringLiteral("A")},
                             .picture = QStringLiteral("data:image/svg+xml;base64,PHN2Zy8+"), .keys = {QStringLiteral("a")}};
        icons::PackIcon forB = forA;
        forB.keys = {QStringLiteral("b")};
        const std::vector<icons::IconPack> packs{{.uuid = QUuid::createUuid(), .name = QStringLiteral("P"), .version = 1,
                                                  .icons = {forA, forB}, .skipped = 0}};
        QVERIFY(session::setAccountIcon(*m_store, m_ids[1], QStringLiteral("letter"), 5));
        QCOMPARE(session::accountsFittingPackIcons(m_store->vault(), packs), 1);
        const quint64 before = revision();
        QCOMPARE(*session::usePackIcons(*m_store, packs, 7), 1);
        QCOMPARE(revision(), before + 1);
        QCOMPARE(m_store->vault().find(m_ids[0])->icon, forA.picture);
        QCOMPARE(m_store->vault().find(m_ids[0])->modifiedMs, 7);
        QCOMPARE(m_store->vault().find(m_ids[1])->icon, QStringLiteral("letter"));
        QVERIFY(m_store->vault().find(m_ids[2])->icon.isEmpty());
        QCOMPARE(*session::usePackIcons(*m_store, packs, 8), 0);
        QCOMPARE(revision(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountEdits)
#include "test_account_edits.moc"
