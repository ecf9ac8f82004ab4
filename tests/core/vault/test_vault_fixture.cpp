// A vault written by Tessera 0.1 (tests/fixtures/vault/v1-interactive.tessera, password "tessera
// fixture password"): every later version must still open it and read the same accounts.
#include "vault_helpers.h"

#include "otp/code_generator.h"

using namespace tessera;

class TestVaultFixture : public QObject
{
    Q_OBJECT
private slots:
    void opensTheVersion1Vault()
    {
        const QString path = QStringLiteral(TESSERA_TEST_FIXTURES "/vault/v1-interactive.tessera");
        const QByteArray before = fileBytes(path);
        auto store = vault::VaultStore::openWithPassword(path, password("tessera fixture password"));
        QVERIFY(store);
        QCOMPARE(fileBytes(path), before);
        const auto &header = (*store)->header();
        QCOMPARE(header.keySlots.size(), 1);
        QCOMPARE(header.keySlots[0].kdf, crypto::argon2Preset(crypto::KdfPreset::Interactive));

        struct Expected
        {
            const char *issuer, *name, *type, *secret, *algorithm;
            int digits;
            qint64 periodOrCounter;
        };
        const Expected expected[] = {
            {"Deno", "Mason", "totp", "4SJHB4GSD43FZBAI7C2HLRJGPQ", "SHA1", 6, 30},
            {"Issuu", "James", "hotp", "YOOMIXWS5GN6RTBPUFFWKTW5M4", "SHA1", 6, 1},
            {"Boeing", "Sophia", "steam", "JRZCL47CMXVOQMNPZR2F7J4RGI", "SHA1", 5, 30},
            {"SPDX", "James", "totp", "5OM4WOOGPLQEF6UGN3CPEOOLWU", "SHA256", 7, 20},
            {"Gcore", "\xC3\xBCn\xC3\xAF" "c\xC3\xB6" "d\xC3\xA9@example.com", "totp", "JBSWY3DPEHPK3PXP", "SHA1", 6, 30},
        };
        const auto &accounts = (*store)->vault().accounts;
        QCOMPARE(accounts.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const vault::Account &a = accounts[i];
            const Expected &e = expected[i];
            QCOMPARE(a.issuer, QString::fromUtf8(e.issuer));
            QCOMPARE(a.name, QString::fromUtf8(e.name));
            QCOMPARE(otp::typeName(a.params.type), QLatin1String(e.type));
            QCOMPARE(otp::algorithmName(a.params.algorithm), QLatin1String(e.algorithm));
            QCOMPARE(a.params.digits, e.digits);
            QCOMPARE(a.params.type == otp::OtpType::Hotp ? qint64(a.params.counter) : a.params.periodSeconds,
                     e.periodOrCounter);
            auto secret = session::openSecret(**store, a.id);
            QVERIFY(secret);
            const auto text = base32::encode(secret->bytes());
            QCOMPARE(text.view(), std::string_view(e.secret));
        }
        auto codes = session::recoveryCodes(**store, accounts[0].id);
        QCOMPARE(codes->size(), 2u);
        QCOMPARE(codes->at(0).code.view(), std::string_view("DENO-1111"));
        QVERIFY(codes->at(0).usedAtMs.has_value());
        QCOMPARE(codes->at(1).code.view(), std::string_view("DENO-2222"));
        QVERIFY(!codes->at(1).usedAtMs.has_value());
        // And the codes agree with the RFC algorithm: Steam at a known time.
        auto secret = session::openSecret(**store, accounts[2].id);
        QCOMPARE(*otp::generate(accounts[2].params, *secret, 0), *otp::generate(otp::defaultsFor(otp::OtpType::Steam), *secret, 0));
    }
};

QTEST_GUILESS_MAIN(TestVaultFixture)
#include "test_vault_fixture.moc"
