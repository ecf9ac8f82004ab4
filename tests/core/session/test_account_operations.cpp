#include "vault_helpers.h"

#include "session/account_edits.h"

#include "otp/code_generator.h"

#include <QTemporaryDir>

using namespace tessera;

class TestAccountOperations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultStore> m_store;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("v.tessera")));
        m_store = std::move(*vault::VaultStore::create(m_dir.filePath(QStringLiteral("v.tessera")), password("pw"), fastKdf()));
    }

    void findsByIssuerNameOrBoth()
    {
        auto google1 = *session::addAccount(*m_store, keyFrom("otpauth://totp/Google:alice?secret=JBSWY3DP"), 1);
        auto google2 = *session::addAccount(*m_store, keyFrom("otpauth://totp/Google:bob?secret=JBSWY3DP"), 1);
        auto cloud = *session::addAccount(*m_store, keyFrom("otpauth://totp/Google%20Cloud:carol?secret=JBSWY3DP"), 1);
        const auto &v = m_store->vault();
        QCOMPARE(*session::findAccount(v, QStringLiteral("alice")), google1);
        QCOMPARE(*session::findAccount(v, QStringLiteral("google:BOB")), google2);
        QCOMPARE(*session::findAccount(v, QStringLiteral("cloud")), cloud);
        QCOMPARE(*session::findAccount(v, google2.toString(QUuid::WithoutBraces).left(8)), google2);
        // "Google" is exactly the issuer of two accounts: ambiguous, and the partial "Google Cloud" is not
        // a third candidate.
        auto ambiguous = session::findAccount(v, QStringLiteral("google"));
        QCOMPARE(ambiguous.error().code, ErrorCode::AmbiguousQuery);
        QCOMPARE(ambiguous.error().detail, QStringLiteral("google"));
        QCOMPARE(ambiguous.error().candidates, QStringList({QStringLiteral("Google:alice"), QStringLiteral("Google:bob")}));
        QCOMPARE(session::findAccount(v, QStringLiteral("nobody")).error().code, ErrorCode::AccountNotFound);
        QCOMPARE(session::findAccount(v, QStringLiteral("  ")).error().code, ErrorCode::AccountNotFound);
    }

    void totpCodeUsesTheGivenTime()
    {
        auto id = *session::addAccount(*m_store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"), 1);
        QCOMPARE(*session::currentCode(*m_store, id, 1257894000LL * 1000), std::string("528064"));
    }

    // RFC 4226 counters 5 and 6, handed out in order; the counter is saved before the code is shown.
    void hotpAdvancesAndSavesTheCounter()
    {
        auto id = *session::addAccount(
            *m_store, keyFrom("otpauth://hotp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=5"), 1);
        QCOMPARE(*session::currentCode(*m_store, id, 0), std::string("254676"));
        QCOMPARE(*session::currentCode(*m_store, id, 0), std::string("287922"));
        auto reopened = vault::VaultStore::openWithPassword(m_store->path(), password("pw"));
        QCOMPARE((*reopened)->vault().find(id)->params.counter, 7u);
    }

    void renameAndRemove()
    {
        auto id = *session::addAccount(*m_store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1);
        QVERIFY(session::editAccount(*m_store, id, {QStringLiteral("Gcore"), std::nullopt, std::nullopt, std::nullopt}, 5));
        QCOMPARE(m_store->vault().find(id)->issuer, QStringLiteral("Gcore"));
        QCOMPARE(m_store->vault().find(id)->name, QStringLiteral("b"));
        QCOMPARE(m_store->vault().find(id)->modifiedMs, 5);
        QVERIFY(session::removeAccount(*m_store, id));
        QVERIFY(m_store->vault().accounts.isEmpty());
        QCOMPARE(session::removeAccount(*m_store, id).error().code, ErrorCode::AccountNotFound);
    }

    // Saving the details page untouched must not move an account or touch the file.
    void anEditThatChangesNothingWritesNothing()
    {
        auto id = *session::addAccount(*m_store, keyFrom("otpauth://totp/A:b?secret=JBSWY3DP"), 1);
        const QByteArray before = fileBytes(m_store->path());
        QVERIFY(session::editAccount(*m_store, id, {QStringLiteral(" A"), QStringLiteral("b"), QString(), QString()}, 9));
        QCOMPARE(fileBytes(m_store->path()), before);
        QCOMPARE(m_store->vault().find(id)->modifiedMs, 1);
        QCOMPARE(m_store->vault().find(id)->group, QString());
        QVERIFY(session::editAccount(*m_store, id, {std::nullopt, std::nullopt, QStringLiteral(" Work "), std::nullopt}, 9));
        QCOMPARE(m_store->vault().find(id)->group, QStringLiteral("Work"));
        QCOMPARE(m_store->vault().find(id)->modifiedMs, 9);
    }

    void recoveryCodesAreHandedOutOnceEach()
    {
        auto id = *session::addAccount(*m_store, keyFrom("otpauth://totp/MyKerio:me?secret=JBSWY3DP"), 1);
        QVERIFY(session::addRecoveryCodes(*m_store, id, {" 1111-2222 ", "3333-4444"}, false, 2));
        QCOMPARE(session::useRecoveryCode(*m_store, id, 3)->view(), std::string_view("1111-2222"));
        QCOMPARE(session::useRecoveryCode(*m_store, id, 4)->view(), std::string_view("3333-4444"));
        auto none = session::useRecoveryCode(*m_store, id, 5);
        QCOMPARE(none.error().code, ErrorCode::NoUnusedRecoveryCodes);
        QCOMPARE(none.error().detail, QStringLiteral("MyKerio (me)"));
        auto listed = session::recoveryCodes(*m_store, id);
        QCOMPARE(listed->size(), 2u);
        QCOMPARE(listed->at(0).usedAtMs, std::optional<qint64>(3));
        QCOMPARE(listed->at(1).usedAtMs, std::optional<qint64>(4));
        // A new set from the service voids the old one.
        QVERIFY(session::addRecoveryCodes(*m_store, id, {"5555"}, true, 6));
        QCOMPARE(session::recoveryCodes(*m_store, id)->size(), 1u);
        QCOMPARE(session::useRecoveryCode(*m_store, id, 7)->view(), std::string_view("5555"));
        QCOMPARE(session::addRecoveryCodes(*m_store, id, {"   "}, false, 8).error().code,
                 ErrorCode::InvalidRecoveryCode);
        QCOMPARE(session::addRecoveryCodes(*m_store, id, {QByteArray(257, 'x')}, false, 8).error().code,
                 ErrorCode::InvalidRecoveryCode);
    }

    // A sealed secret is bound to its account: moved to another account it does not open.
    void sealedSecretsCannotMoveBetweenAccounts()
    {
        auto a = *session::addAccount(*m_store, keyFrom("otpauth://totp/A:a?secret=JBSWY3DP"), 1);
        auto b = *session::addAccount(*m_store, keyFrom("otpauth://totp/B:b?secret=MZXW6YTB"), 1);
        QVERIFY(m_store->update([&](vault::Vault &v) -> Result<void> {
            v.find(b)->sealedSecret = v.find(a)->sealedSecret;
            return {};
        }));
        QCOMPARE(session::openSecret(*m_store, b).error().code, ErrorCode::Corrupted);
        QVERIFY(session::openSecret(*m_store, a));
    }
};

QTEST_GUILESS_MAIN(TestAccountOperations)
#include "test_account_operations.moc"
