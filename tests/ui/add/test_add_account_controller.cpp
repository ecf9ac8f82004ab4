// Adding by hand and by link, with the checks the form shows as the user types.
#include "gui_fixture.h"

#include "add/account_form.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/vault_session.h"

#include <QSignalSpy>

using namespace tessera::bridge;

class TestAddAccountController : public QObject
{
    Q_OBJECT
private slots:
    void addingChecksAsTheUserTypes()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QCOMPARE(f.add->secretProblem(QStringLiteral("jbsw y3dp")), QString());
        QVERIFY(f.add->secretProblem(QStringLiteral("JBSW1")).contains(QStringLiteral("position 5")));
        QVERIFY(f.add->linkProblem(QStringLiteral("https://example.com")).contains(QStringLiteral("https")));
        QCOMPARE(f.add->linkPreview(QStringLiteral("otpauth://totp/A:b?secret=JBSWY3DP")).issuer, QStringLiteral("A"));
        QVERIFY(!f.add->linkPreview(QStringLiteral("https://example.com")).valid);
        QSignalSpy added(f.add, &AddAccountController::added);
        AccountForm form;
        form.setProperty("issuer", QStringLiteral("MyKerio"));
        form.setProperty("name", QStringLiteral("me"));
        form.setProperty("secret", QStringLiteral("jbsw y3dp ehpk 3pxp"));
        QVERIFY(f.add->addManual(&form));
        QVERIFY(f.add->addFromLink(QStringLiteral("otpauth://hotp/X:y?secret=JBSWY3DP&counter=3")));
        QCOMPARE(added.size(), 2);
        QCOMPARE(f.services->accounts()->rowCount(), 6);
        AccountForm unnamed;
        unnamed.setProperty("secret", QStringLiteral("JBSWY3DP"));
        QVERIFY(!f.add->addManual(&unnamed)); // "Add account" with no name says so
        QCOMPARE(f.add->errorString(), QStringLiteral("Give the service or the account a name."));
        AccountForm badKey;
        badKey.setProperty("issuer", QStringLiteral("A"));
        badKey.setProperty("secret", QStringLiteral("JB1"));
        QVERIFY(!f.add->addManual(&badKey));
        QVERIFY(f.add->errorString().contains(QStringLiteral("position 3")));
        // Steam has its own five characters: digits typed before switching type do not count.
        AccountForm steam;
        steam.setProperty("issuer", QStringLiteral("Steam"));
        steam.setProperty("secret", QStringLiteral("STEAMKEY"));
        steam.setProperty("digits", 8);
        steam.setKind(AccountForm::Steam);
        QVERIFY(!steam.usesDigits());
        QVERIFY(steam.usesPeriod());
        QVERIFY2(f.add->addManual(&steam), qPrintable(f.add->errorString()));
    }
};

QTEST_MAIN(TestAddAccountController)
#include "test_add_account_controller.moc"
