// The decoder on the pictures users scan from, all generated here: rotated, inverted, a dark 4K
// screenshot, JPEG, tiny modules, perspective, two codes, transparency, and pictures with no code.
#include "picture.h"
#include "qr_pictures.h"
#include "qr/qr_decoder.h"

#include <QBuffer>
#include <QTest>

using namespace tessera;

namespace {

const QByteArray kLink = "otpauth://totp/Gcore:anna%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Gcore";
const QByteArray kOther = "otpauth://totp/Kaspersky:anna?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Kaspersky";

QList<QByteArray> texts(const QImage &image)
{
    QList<QByteArray> out;
    for (const SecretBytes &t : imaging::decodePicture(image))
        out << QByteArray(t.view().data(), qsizetype(t.size()));
    return out;
}

} // namespace

class TestQrDecoder : public QObject
{
    Q_OBJECT
private slots:
    void readsGeneratedPictures_data()
    {
        QTest::addColumn<QImage>("picture");
        const QImage qr = qrpics::code(kLink);
        const QSize canvas(800, 600);
        QTest::newRow("plain") << qr;
        QTest::newRow("on a page") << qrpics::onCanvas(qr, canvas, Qt::white, {200, 100});
        QTest::newRow("rotated 17°") << qrpics::onCanvas(qr, canvas, Qt::white, {200, 100}, QTransform().rotate(17));
        QTest::newRow("upside down") << qrpics::onCanvas(qr, canvas, Qt::white, {200, 100}, QTransform().rotate(180));
        QTransform perspective;
        QTransform::quadToQuad(QPolygonF({{0, 0}, {300, 0}, {300, 300}, {0, 300}}),
                               QPolygonF({{20, 0}, {280, 30}, {300, 290}, {0, 300}}), perspective);
        QTest::newRow("perspective") << qrpics::onCanvas(qr, canvas, Qt::white, {200, 100}, perspective);
        QTest::newRow("inverted (dark mode)") << qrpics::inverted(qrpics::onCanvas(qr, canvas, Qt::white, {200, 100}));
        QTest::newRow("dark 4K screenshot") << qrpics::darkScreenshot(qr);
        QTest::newRow("JPEG quality 30") << qrpics::jpegRoundTrip(qrpics::onCanvas(qr, canvas, QColor(250, 250, 245), {150, 80}), 30);
        QTest::newRow("one pixel per module") << qrpics::onCanvas(qrpics::code(kLink, 1), {120, 90}, Qt::white, {20, 10});
        QImage transparent(qr.size(), QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        for (int y = 0; y < qr.height(); ++y)
            for (int x = 0; x < qr.width(); ++x)
                if (qGray(qr.pixel(x, y)) < 128)
                    transparent.setPixel(x, y, qRgba(0, 0, 0, 255));
        QTest::newRow("black on transparent") << transparent;
        QTest::newRow("grayscale") << qr.convertToFormat(QImage::Format_Grayscale8);
        QTest::newRow("RGB888") << qrpics::onCanvas(qr, canvas, Qt::white, {10, 10}).convertToFormat(QImage::Format_RGB888);
        QTest::newRow("indexed (GIF-like)") << qr.convertToFormat(QImage::Format_Indexed8);
    }
    void readsGeneratedPictures()
    {
        QFETCH(QImage, picture);
        QCOMPARE(texts(picture), QList<QByteArray>{kLink});
    }

    void readsEveryCodeInAPicture()
    {
        QImage page(1200, 600, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.drawImage(50, 50, qrpics::code(kLink));
        painter.drawImage(650, 80, qrpics::code(kOther));
        painter.end();
        QList<QByteArray> found = texts(page);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (QList<QByteArray>{kLink, kOther}));
    }
    void aPictureWithoutACodeGivesNothing()
    {
        QVERIFY(texts(qrpics::noise({640, 480})).isEmpty());
        QImage blank(300, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(texts(blank).isEmpty());
        QVERIFY(texts(QImage()).isEmpty());
    }
    void emptyOrBrokenViewsAreRefusedQuietly()
    {
        QVERIFY(qr::decodeAll({}).empty());
        const std::uint8_t pixel = 0;
        QVERIFY(qr::decodeAll({&pixel, 1, 1, 0, qr::PixelFormat::Gray8}).empty());
    }
    void readsFilesAndData()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(qrpics::code(kLink).save(png));
        auto image = imaging::readPicture(png);
        QVERIFY(image);
        QCOMPARE(texts(*image), QList<QByteArray>{kLink});
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        qrpics::code(kLink).save(&buffer, "PNG");
        QVERIFY(imaging::pictureFromData(bytes));
        QCOMPARE(imaging::readPicture(dir.filePath(QStringLiteral("missing.png"))).error().code, ErrorCode::ImageUnreadable);
        QFile text(dir.filePath(QStringLiteral("notes.png")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture");
        text.close();
        QCOMPARE(imaging::readPicture(text.fileName()).error().code, ErrorCode::ImageUnreadable);
        QVERIFY(!imaging::pictureFromData("garbage"));
    }
    void writesPrivatePngs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.png"));
        QVERIFY(imaging::savePng(qrpics::code(kLink), path));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(texts(QImage(path)), QList<QByteArray>{kLink});
        QCOMPARE(imaging::savePng(qrpics::code(kLink), dir.filePath(QStringLiteral("no/such/dir/x.png"))).error().code,
                 ErrorCode::IoFailure);
    }
    void encodesWhatFitsAndRefusesWhatDoesNot()
    {
        auto matrix = qr::encode("hello");
        QVERIFY(matrix);
        QCOMPARE(matrix->size(), 21); // version 1
        QCOMPARE(qr::encode(std::string(4000, 'x')).error().code, ErrorCode::QrTooLong);
    }
};

QTEST_MAIN(TestQrDecoder)
#include "test_qr_decoder.moc"
