// From QR texts to accounts over several pictures, the parts of an export gathered, what is not an
// account said in words; and the way back: a vault exported as transfer codes and read again.
#include "picture.h"
#include "qr_render.h"
#include "vault_helpers.h"

#include "common/error_text.h"
#include "session/account_operations.h"
#include "session/qr_export.h"
#include "session/qr_scan.h"
#include "uri/otpauth_writer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

std::vector<SecretBytes> one(const char *text)
{
    std::vector<SecretBytes> texts;
    texts.push_back(SecretBytes::copyOf(std::string_view(text)));
    return texts;
}

std::unique_ptr<vault::VaultStore> vaultWith(const QString &path, const std::vector<const char *> &links)
{
    auto store = std::move(*vault::VaultStore::create(path, password("pw"), fastKdf()));
    for (const char *link : links)
        (void)session::addAccount(*store, keyFrom(link), 0);
    return store;
}

} // namespace

class TestQrScan : public QObject
{
    Q_OBJECT
private slots:
    void anOtpauthCodeIsOneAccountOnce()
    {
        session::QrScan scan;
        auto step = scan.add(one("otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP"));
        QCOMPARE(step.newAccounts, 1);
        QVERIFY(step.problems.empty());
        step = scan.add(one("  otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP\n")); // the camera sees it again
        QCOMPARE(step.newAccounts, 0);
        QCOMPARE(scan.accounts().size(), std::size_t(1));
        QCOMPARE(scan.accounts()[0].issuer, QStringLiteral("Gcore"));
    }
    void saysWhatACodeHoldsInstead_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("web") << QByteArray("https://example.com/login")
                             << "This QR code holds a web address, not an authenticator account.";
        QTest::newRow("wifi") << QByteArray("WIFI:S:home;T:WPA;P:secret;;")
                              << "This QR code holds a Wi-Fi network, not an authenticator account.";
        QTest::newRow("contact") << QByteArray("BEGIN:VCARD\nFN:Anna\nEND:VCARD")
                                 << "This QR code holds a contact card, not an authenticator account.";
        QTest::newRow("text") << QByteArray("This is an example")
                              << "This QR code holds plain text, not an authenticator account.";
    }
    void saysWhatACodeHoldsInstead()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, sentence);
        session::QrScan scan;
        const auto step = scan.add(one(text.constData()));
        QCOMPARE(step.newAccounts, 0);
        QCOMPARE(step.problems.size(), std::size_t(1));
        QCOMPARE(errorText(step.problems[0]), sentence);
    }
    void noCodeAndBrokenLinksAreProblems()
    {
        session::QrScan scan;
        auto step = scan.add({});
        QCOMPARE(step.problems.at(0).code, ErrorCode::NoQrCode);
        step = scan.add(one("otpauth://totp/x?secret=!!!"));
        QCOMPARE(step.problems.at(0).code, ErrorCode::InvalidBase32);
        step = scan.add(one("otpauth-migration://offline?data=XXXX"));
        QCOMPARE(step.problems.at(0).code, ErrorCode::UriMalformed);
    }

    // A vault exported as transfer codes (one 60-second account cannot go), drawn, read back picture by
    // picture: the scan names the missing parts until all are read, and gives exactly the accounts.
    void exportedCodesReadBackPartByPart()
    {
        QTemporaryDir dir;
        std::vector<QByteArray> links;
        for (int i = 0; i < 17; ++i)
            links.push_back("otpauth://totp/Service" + QByteArray::number(i) + ":user" + QByteArray::number(i) +
                            "?secret=JBSWY3DPEHPK3P" + QByteArray(1, char('A' + i)) + "Q");
        links.push_back("otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&counter=1&algorithm=SHA512&digits=8");
        links.push_back("otpauth://totp/Slow:me?secret=GEZDGNBVGY3TQOJQ&period=60");
        std::vector<const char *> raw;
        for (const QByteArray &l : links)
            raw.push_back(l.constData());
        auto store = vaultWith(dir.filePath(QStringLiteral("v.tessera")), raw);

        auto exported = session::exportForPhone(*store, {});
        QVERIFY(exported);
        QCOMPARE(exported->links.size(), std::size_t(3)); // 18 accounts, 8 per code
        QCOMPARE(exported->notCarried.size(), std::size_t(1));
        QVERIFY(exported->notCarried[0].where.contains(QLatin1String("Slow")));

        session::QrScan scan;
        for (int part : {2, 0}) {
            const QImage picture = *imaging::qrImage(exported->links[std::size_t(part)].view());
            const auto step = scan.add(imaging::decodePicture(picture));
            QVERIFY(step.problems.empty());
        }
        QCOMPARE(errorText(*scan.incomplete()),
                 QStringLiteral("This Google Authenticator export has 3 QR codes and part 2 is still missing; scan "
                                "every code the phone shows."));
        scan.add(imaging::decodePicture(*imaging::qrImage(exported->links[1].view())));
        QVERIFY(!scan.incomplete());
        QCOMPARE(scan.accounts().size(), std::size_t(18));
        // The same accounts, secrets included, as the vault holds (order aside).
        for (const vault::Account &a : store->vault().accounts) {
            if (a.issuer == QLatin1String("Slow"))
                continue;
            const auto secret = session::openSecret(*store, a.id);
            const bool found = std::any_of(scan.accounts().begin(), scan.accounts().end(), [&](const uri::KeyUri &k) {
                return k.issuer == a.issuer && k.name == a.name && k.params == a.params && k.secret.equals(*secret);
            });
            QVERIFY2(found, qPrintable(a.displayName()));
        }
        // Reading a part again adds nothing.
        QCOMPARE(scan.add(imaging::decodePicture(*imaging::qrImage(exported->links[0].view()))).newAccounts, 0);
    }
    void oneAccountsCodeIsItsLink()
    {
        QTemporaryDir dir;
        auto store = vaultWith(dir.filePath(QStringLiteral("v.tessera")), {"otpauth://totp/Gcore:me%40example.com?secret=JBSWY3DPEHPK3PXP"});
        auto link = session::accountLink(*store, store->vault().accounts.first().id);
        QVERIFY(link);
        session::QrScan scan;
        scan.add(imaging::decodePicture(*imaging::qrImage(link->view())));
        QCOMPARE(scan.accounts().size(), std::size_t(1));
        QCOMPARE(scan.accounts()[0].name, QStringLiteral("me@example.com"));
        QCOMPARE(session::accountLink(*store, QUuid::createUuid()).error().code, ErrorCode::AccountNotFound);
    }
    void marksAccountsTheVaultHas()
    {
        QTemporaryDir dir;
        auto store = vaultWith(dir.filePath(QStringLiteral("v.tessera")), {"otpauth://totp/Gcore:me?secret=JBSWY3DPEHPK3PXP"});
        session::QrScan scan;
        scan.add(one("otpauth://totp/Other:name?secret=JBSWY3DPEHPK3PXP"));  // same secret
        scan.add(one("otpauth://totp/gcore:ME?secret=GEZDGNBVGY3TQOJQ"));    // same issuer and name
        scan.add(one("otpauth://totp/New:one?secret=GEZDGNBVGY3TQOJR"));
        QCOMPARE(session::duplicatesInVault(*store, scan.accounts()), (std::vector<bool>{true, true, false}));
    }
};

QTEST_MAIN(TestQrScan)
#include "test_qr_scan.moc"
