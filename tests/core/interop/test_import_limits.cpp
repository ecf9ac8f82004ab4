// The limits that keep a hostile import file from costing minutes or gigabytes (docs/SECURITY.md,
// "Hostile files"), on the small seeds the fuzzers start from (fuzz/corpus/import).
#include "crypto/kdf_budget.h"
#include "crypto/password_kdf.h"
#include "session/account_transfer.h"

#include <QFile>
#include <QTest>

using namespace tessera;

namespace {

QByteArray seed(const char *name)
{
    QFile file(QStringLiteral(TESSERA_SOURCE_DIR "/fuzz/corpus/import/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Error importError(const QByteArray &bytes, const char *password)
{
    auto read = session::readImport(nullptr, bytes, {}, SecretBytes::copyOf(std::string_view(password)));
    return read ? Error{ErrorCode::CryptoFailure, QStringLiteral("it was read")} : read.error();
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT
private slots:
    void aBudgetRefusesTheDerivationThatWouldExceedIt()
    {
        crypto::KdfBudget budget(1000);
        QVERIFY(crypto::KdfBudget::charge(600));
        const auto refused = crypto::KdfBudget::charge(600);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ImportTooCostly);
        QCOMPARE(budget.spentMs(), 600.0); // a refused derivation costs nothing
        QVERIFY(crypto::KdfBudget::charge(400));
        {
            crypto::KdfBudget inner(50); // nesting: the inner one counts alone, and then the outer again
            QVERIFY(!crypto::KdfBudget::charge(60));
        }
        QVERIFY(!crypto::KdfBudget::charge(1));
    }
    void withoutABudgetEachDerivationIsHeldToOneFilesWorth()
    {
        QVERIFY(!crypto::KdfBudget::charge(crypto::kFileKdfBudgetMs + 1));
        QVERIFY(crypto::KdfBudget::charge(crypto::kFileKdfBudgetMs));
        // scrypt at 1 GiB (N = 2^20, r = 8) is more than one file may ask for.
        const auto key = crypto::scrypt(SecretBytes::copyOf(std::string_view("pw")), "salt", 1u << 20, 8, 1, 32);
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::ImportTooCostly);
    }
    void aCancelledImportStopsAtItsNextDerivation()
    {
        std::atomic<bool> cancelled{true};
        crypto::KdfBudget budget(crypto::kFileKdfBudgetMs, &cancelled);
        QCOMPARE(crypto::KdfBudget::charge(1).error().code, ErrorCode::Cancelled);
    }
    void refusesCostlyFilesWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        QTest::newRow("13 Aegis password slots") << seed("aegis_many_slots.json") << QStringLiteral("13 password slots");
        QTest::newRow("a 1 GiB scrypt slot") << seed("aegis_costly_slot.json") << QStringLiteral("of key derivation");
        QTest::newRow("FreeOTP back-references") << seed("freeotp2_back_references.bin") << QStringLiteral("back-references");
        QTest::newRow("a million commas") << QByteArray("login_totp\n") + QByteArray(1'000'001, ',')
                                          << QStringLiteral("fields and values");
    }
    void refusesCostlyFilesWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        QVERIFY(!bytes.isEmpty());
        const Error error = importError(bytes, "export pw");
        QCOMPARE(error.code, ErrorCode::ImportTooCostly);
        QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
    }
    void filesAboveTheSizeLimitAreRefusedUnread()
    {
        const QByteArray big(interop::kMaxImportFileSize + 1, 'x');
        QCOMPARE(importError(big, "").code, ErrorCode::ImportUnsupported);
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "test_import_limits.moc"
