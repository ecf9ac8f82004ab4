// What arrives from outside, sorted once (session/incoming_items.h).
#include "session/incoming_items.h"

#include <QDir>
#include <QTest>

using namespace tessera::session;

class TestIncomingItems : public QObject
{
    Q_OBJECT
private slots:
    void linksPicturesAndFiles()
    {
        const auto isPicture = [](const QString &path) { return path.endsWith(QLatin1String(".png")); };
        IncomingItems items = classifyIncoming(
            {QStringLiteral("OTPAUTH://totp/A:b?secret=JBSWY3DP"), QStringLiteral("otpauth-migration://offline?data=x"),
             QStringLiteral("qr.png"), QStringLiteral("file:///tmp/code.png"), QStringLiteral("/tmp/aegis.json"),
             QStringLiteral("https://example.com/qr.png")},
            QStringLiteral("/home/me"), isPicture);
        QCOMPARE(items.links.size(), std::size_t(2));
        QCOMPARE(QByteArray(items.links[0].view().data(), qsizetype(items.links[0].size())),
                 QByteArray("OTPAUTH://totp/A:b?secret=JBSWY3DP"));
        QCOMPARE(items.pictures, (QStringList{QStringLiteral("/home/me/qr.png"), QStringLiteral("/tmp/code.png"),
                                              QStringLiteral("https://example.com/qr.png")}));
        QCOMPARE(items.files, QStringList{QStringLiteral("/tmp/aegis.json")});
    }

    void withoutAPictureTestEveryFileIsAnExport()
    {
        IncomingItems items = classifyIncoming({QStringLiteral("a.png")}, QStringLiteral("/w"), {});
        QVERIFY(items.pictures.isEmpty());
        QCOMPARE(items.files, QStringList{QStringLiteral("/w/a.png")});
    }

    void accountLinks()
    {
        QVERIFY(isAccountLink(QStringLiteral("otpauth://hotp/x?secret=A")));
        QVERIFY(isAccountLink(QStringLiteral("Otpauth-Migration://offline?data=")));
        QVERIFY(!isAccountLink(QStringLiteral("https://otpauth://")));
        QVERIFY(!isAccountLink(QString()));
    }
};

QTEST_GUILESS_MAIN(TestIncomingItems)
#include "test_incoming_items.moc"
