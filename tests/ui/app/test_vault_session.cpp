// The open vault the controllers share: changes by other programs, changes while lent out.
#include "gui_fixture.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "app/vault_session.h"

#include <QSignalSpy>

using namespace tessera::bridge;

class TestVaultSession : public QObject
{
    Q_OBJECT
private slots:
    // The CLI adds an account while the app is open: the list shows it without a restart.
    void followsChangesMadeByOtherPrograms()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        auto other = std::move(*tessera::vault::VaultStore::openWithPassword(f.path, password("pw")));
        QVERIFY(tessera::session::addAccount(*other, keyFrom("otpauth://totp/FromCli:x?secret=JBSWY3DP"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(f.services->accounts()->rowCount(), 5, 5000);
    }
};

QTEST_MAIN(TestVaultSession)
#include "test_vault_session.moc"
