#include "uri/otpauth_writer.h"
#include "uri_expectations.h"

using namespace tessera;

namespace {

QByteArray written(const uri::KeyUri &k)
{
    const auto text = uri::writeOtpauth(k);
    return QByteArray(text.view().data(), static_cast<qsizetype>(text.size()));
}

uri::KeyUri account(const QString &issuer, const QString &name, const char *secretB32, otp::OtpParams params)
{
    return uri::KeyUri{issuer, name, params, std::move(*base32::decode(secretB32))};
}

} // namespace

class TestOtpauthWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesTheKeyUriFormat()
    {
        QCOMPARE(written(account(QStringLiteral("Air Canada"), QStringLiteral("ben@x.com"), "JBSWY3DPEHPK3PXP", {})),
                 QByteArray("otpauth://totp/Air%20Canada:ben%40x.com?secret=JBSWY3DPEHPK3PXP&issuer=Air%20Canada"
                            "&algorithm=SHA1&digits=6&period=30"));
        otp::OtpParams hotp = otp::defaultsFor(otp::OtpType::Hotp);
        hotp.counter = 42;
        QCOMPARE(written(account({}, QStringLiteral("n"), "JBSWY3DP", hotp)),
                 QByteArray("otpauth://hotp/n?secret=JBSWY3DP&algorithm=SHA1&digits=6&counter=42"));
    }

    // Everything written reads back to the same account, including awkward names.
    void roundTripsThroughTheParser()
    {
        for (const ExpectedAccount &v : aegisVectors()) {
            auto parsedType = *otp::parseType(v.type);
            otp::OtpParams params = otp::defaultsFor(parsedType);
            params.algorithm = *otp::parseAlgorithm(v.algorithm);
            params.digits = v.digits;
            if (parsedType == otp::OtpType::Hotp)
                params.counter = static_cast<std::uint64_t>(v.periodOrCounter);
            else
                params.periodSeconds = v.periodOrCounter;
            auto original = account(v.issuer, v.name, v.secret.toLatin1().constData(), params);
            auto back = parseLink(written(original));
            QVERIFY(back);
            {
                const QString difference = differenceFrom(*back, v);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
        const QString awkward = QString::fromUtf8("a:b & c=d?e#f%g+h \xC3\xA6\xF0\x9F\x94\x91");
        auto back = parseLink(written(account(awkward, awkward, "JBSWY3DP", {})));
        QVERIFY(back);
        QCOMPARE(back->issuer, awkward);
        QCOMPARE(back->name, awkward);
        auto noIssuer = parseLink(written(account({}, awkward, "JBSWY3DP", {})));
        QVERIFY(noIssuer);
        QCOMPARE(noIssuer->issuer, QString());
        QCOMPARE(noIssuer->name, awkward);
    }
};

QTEST_GUILESS_MAIN(TestOtpauthWriter)
#include "test_otpauth_writer.moc"
