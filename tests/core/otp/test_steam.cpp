#include "encoding/base32.h"
#include "otp/code_generator.h"

#include <QTest>

using namespace tessera;

namespace {

SecretBytes fromBase32(const char *text)
{
    return std::move(*base32::decode(text));
}

} // namespace

class TestSteam : public QObject
{
    Q_OBJECT
private slots:
    // Proton Pass's Aegis-import test: STEAMKEY at t=1742298622 shows NTK5M.
    void knownSteamCode()
    {
        auto code = otp::generate(otp::defaultsFor(otp::OtpType::Steam), fromBase32("STEAMKEY"), 1742298622LL * 1000);
        QVERIFY(code);
        QCOMPARE(QString::fromStdString(*code), QStringLiteral("NTK5M"));
    }

    void codesUseOnlyTheSteamAlphabet()
    {
        const QString alphabet = QStringLiteral("23456789BCDFGHJKMNPQRTVWXY");
        const auto secret = fromBase32("JRZCL47CMXVOQMNPZR2F7J4RGI");
        for (qint64 t = 0; t < 300; ++t) {
            const auto code = otp::generate(otp::defaultsFor(otp::OtpType::Steam), secret, t * 30000);
            QVERIFY(code);
            QCOMPARE(code->size(), 5u);
            for (char c : *code)
                QVERIFY2(alphabet.contains(QLatin1Char(c)), code->c_str());
        }
    }

    void steamIsAlwaysFiveCharacters()
    {
        otp::OtpParams params = otp::defaultsFor(otp::OtpType::Steam);
        QCOMPARE(params.digits, 5);
        params.digits = 6;
        QCOMPARE(otp::generate(params, fromBase32("STEAMKEY"), 0).error().code, ErrorCode::InvalidDigits);
    }
};

QTEST_GUILESS_MAIN(TestSteam)
#include "test_steam.moc"
