// Test helper: opens a vault (fast KDF) and saves changes to it in a tight loop until killed. The
// SIGKILL test kills it at random moments and checks that the vault always opens.
// Usage: tessera-test-save-loop VAULT PASSWORD
#include "session/account_operations.h"
#include "uri/otpauth_parser.h"
#include "vault/vault_store.h"

#include <QCoreApplication>
#include <cstdio>

using namespace tessera;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 1;
    auto store = vault::VaultStore::openWithPassword(QString::fromLocal8Bit(argv[1]),
                                                     SecretBytes::copyOf(std::string_view(argv[2])));
    if (!store) {
        std::fprintf(stderr, "open: error %d %s\n", int(store.error().code), qUtf8Printable(store.error().detail));
        return 2;
    }
    auto key = uri::parseOtpauth("otpauth://totp/Loop:account?secret=JBSWY3DPEHPK3PXP");
    for (qint64 i = 0;; ++i) {
        // Alternate a growing change and a rewrite of every account, so kills land in both.
        auto done = i % 2 ? session::addAccount(**store, *key, i).map([](QUuid) {})
                          : (*store)->update([&](vault::Vault &v) -> Result<void> {
                                for (auto &a : v.accounts)
                                    a.notes = QString::number(i);
                                return {};
                            });
        if (!done) {
            std::fprintf(stderr, "save %lld: error %d %s\n", static_cast<long long>(i), int(done.error().code),
                         qUtf8Printable(done.error().detail));
            return 3;
        }
        std::printf("%lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
