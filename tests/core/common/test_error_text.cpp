#include "common/error_text.h"

#include <QTest>

using namespace tessera;

class TestErrorText : public QObject
{
    Q_OBJECT
private slots:
    // Every code has its own sentence that ends with a full stop and names the offending value.
    void everyCodeHasASentence()
    {
        QSet<QString> seen;
        for (int c = 0; c <= static_cast<int>(ErrorCode::PasswordTooWeak); ++c) {
            const Error e{static_cast<ErrorCode>(c), QStringLiteral("VALUE"), 7};
            const QString text = errorText(e);
            QVERIFY2(text.endsWith(u'.'), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("Unknown error")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("%1")), qPrintable(text));
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }
    void base32ErrorNamesCharacterAndPosition()
    {
        const QString text = errorText(Error{ErrorCode::InvalidBase32, QStringLiteral("!"), 5});
        QVERIFY(text.contains(QLatin1String("'!'")));
        QVERIFY(text.contains(QLatin1String("position 5")));
    }
    void wrongSchemeNamesTheScheme()
    {
        QVERIFY(errorText(Error{ErrorCode::UriWrongScheme, QStringLiteral("https")}).contains(QLatin1String("https")));
        QVERIFY(errorText(Error{ErrorCode::UriWrongScheme}).contains(QLatin1String("otpauth://")));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "test_error_text.moc"
