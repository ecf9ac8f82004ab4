// Reading ZIP archives (encoding/zip_reader.h): what Aegis icon packs hold reads back exactly, and a
// hostile archive — lying sizes, a bad checksum, encryption, cut short anywhere — is refused with a
// reason, never inflated past what it declares, never a crash.
#include "zip_writer.h"

#include "encoding/zip_reader.h"

#include <QTest>

using namespace tessera;
using test::makeZip;
using test::ZipItem;

class TestZipReader : public QObject
{
    Q_OBJECT

    static QByteArray svg() { return QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>"); }

private slots:
    void storedAndDeflatedEntriesReadBack()
    {
        const QByteArray big(100000, 'a');
        const auto zip = encoding::ZipReader::open(makeZip({{.name = QStringLiteral("pack.json"), .bytes = "{}", .deflate = false},
                                                            {.name = QStringLiteral("icons/Ä.svg"), .bytes = svg()},
                                                            {.name = QStringLiteral("big.txt"), .bytes = big}}),
                                                   10);
        QVERIFY(zip);
        QCOMPARE(zip->entries().size(), 3u);
        QCOMPARE(*zip->read(*zip->find(u"pack.json"), 10), QByteArray("{}"));
        QCOMPARE(*zip->read(*zip->find(u"icons/Ä.svg"), 1000), svg());
        QCOMPARE(*zip->read(*zip->find(u"big.txt"), big.size()), big);
        QVERIFY(!zip->find(u"missing"));
    }

    void anEntryLargerThanAskedIsNotInflated()
    {
        const auto zip = encoding::ZipReader::open(makeZip({{.name = QStringLiteral("big"), .bytes = QByteArray(5000, 'x')}}), 10);
        QCOMPARE(zip->read(zip->entries().front(), 4999).error().code, ErrorCode::ArchiveEntryTooLarge);
    }

    // A bomb that declares a few bytes but inflates to megabytes stops at what it declared.
    void anEntryThatInflatesPastItsDeclaredSizeIsRefused()
    {
        const auto zip = encoding::ZipReader::open(
            makeZip({{.name = QStringLiteral("bomb"), .bytes = QByteArray(8 * 1024 * 1024, '\0'), .declaredSize = 100}}), 10);
        const auto read = zip->read(zip->entries().front(), 1000);
        QCOMPARE(read.error().code, ErrorCode::ArchiveDamaged);
        QVERIFY2(read.error().detail.contains(QLatin1String("larger")), qPrintable(read.error().detail));
    }

    void anEntrySmallerThanDeclaredIsRefused()
    {
        const auto zip = encoding::ZipReader::open(makeZip({{.name = QStringLiteral("a"), .bytes = svg(), .declaredSize = 500}}), 10);
        QCOMPARE(zip->read(zip->entries().front(), 1000).error().code, ErrorCode::ArchiveDamaged);
    }

    void aWrongChecksumIsRefused()
    {
        const auto zip = encoding::ZipReader::open(makeZip({{.name = QStringLiteral("a"), .bytes = svg(), .declaredCrc = 1234}}), 10);
        QVERIFY(zip->read(zip->entries().front(), 1000).error().detail.contains(QLatin1String("checksum")));
    }

    void encryptionAndTooManyEntriesAreRefusedWhenOpened()
    {
        QVERIFY(!encoding::ZipReader::open(makeZip({{.name = QStringLiteral("a"), .bytes = svg(), .flags = 0x0801}}), 10));
        std::vector<ZipItem> many(11, ZipItem{.name = QStringLiteral("x"), .bytes = "x"});
        const auto opened = encoding::ZipReader::open(makeZip(many), 10);
        QCOMPARE(opened.error().code, ErrorCode::ArchiveDamaged);
        QVERIFY(opened.error().detail.contains(QLatin1String("10")));
    }

    void somethingElseIsNotAnArchive()
    {
        for (const QByteArray &bytes : {QByteArray(), QByteArray("PK"), QByteArray(5000, 'z'), QByteArray("PK\x05\x06")})
            QCOMPARE(encoding::ZipReader::open(bytes, 10).error().code, ErrorCode::ArchiveDamaged);
    }

    // Every prefix and every single damaged byte of a real archive: a reason or the right bytes.
    void cutOrDamagedAnywhereNeverCrashes()
    {
        const QByteArray archive = makeZip({{.name = QStringLiteral("pack.json"), .bytes = "{\"a\":1}", .deflate = false},
                                            {.name = QStringLiteral("i.svg"), .bytes = svg()}});
        for (qsizetype cut = 0; cut < archive.size(); ++cut)
            QVERIFY(!encoding::ZipReader::open(archive.left(cut), 10));
        for (qsizetype at = 0; at < archive.size(); ++at) {
            QByteArray damaged = archive;
            damaged[at] = char(damaged[at] ^ 0xff);
            const auto zip = encoding::ZipReader::open(damaged, 10);
            if (!zip)
                continue;
            for (const encoding::ZipEntry &entry : zip->entries()) {
                const auto read = zip->read(entry, 1000);
                if (read && entry.name == QLatin1String("i.svg"))
                    QCOMPARE(*read, svg());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestZipReader)
#include "test_zip_reader.moc"
