// "From the screen" on a real X server (Xvfb): a window shows a QR code, Tessera's own window stands
// over it; the grab must hide Tessera's window, read the code from the screen, and bring the window back.
#include "qr_pictures.h"
#include "add/screen_grabber.h"

#include "picture.h"
#include "session/qr_scan.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRasterWindow>
#include <QTest>

using namespace tessera;
using namespace tessera::bridge;

namespace {

const QByteArray kLink = "otpauth://totp/Screen:grab?secret=JBSWY3DPEHPK3PXP&issuer=Screen";

class PictureWindow : public QRasterWindow
{
public:
    explicit PictureWindow(QImage picture) : m_picture(std::move(picture)) { resize(m_picture.size()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(QRect(QPoint(), size()), m_fill);
        if (!m_picture.isNull())
            painter.drawImage(0, 0, m_picture);
    }

public:
    QColor m_fill = Qt::white;

private:
    QImage m_picture;
};

} // namespace

class TestScreenGrabber : public QObject
{
    Q_OBJECT
private slots:
    void readsTheCodeUnderTheAppWindow()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs a real X server (run under xvfb-run)");
        PictureWindow service(qrpics::code(kLink, 6));
        service.setPosition(100, 100);
        service.show();
        // Tessera's window, right on top of the code.
        PictureWindow app{QImage()};
        app.m_fill = QColor(0x00, 0x89, 0x7b);
        app.resize(400, 400);
        app.setPosition(80, 80);
        app.show();
        QVERIFY(QTest::qWaitForWindowExposed(&service) && QTest::qWaitForWindowExposed(&app));
        QTest::qWait(300);

        ScreenGrabber grabber;
        grabber.setWindow(&app);
        std::optional<Result<QList<QImage>>> result;
        grabber.grab([&](Result<QList<QImage>> r) { result = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY(*result);
        QVERIFY(app.isVisible()); // back after the grab
        session::QrScan scan;
        for (const QImage &picture : **result)
            scan.add(imaging::decodePicture(picture));
        QCOMPARE(scan.accounts().size(), std::size_t(1));
        QCOMPARE(scan.accounts()[0].issuer, QStringLiteral("Screen"));
    }
    void blankPicturesAreNotScreens()
    {
        QImage black(640, 480, QImage::Format_RGB32);
        black.fill(Qt::black);
        QVERIFY(looksBlank(black));
        QVERIFY(looksBlank(QImage()));
        QVERIFY(!looksBlank(qrpics::code(kLink)));
    }
};

QTEST_MAIN(TestScreenGrabber)
#include "test_screen_grabber.moc"
