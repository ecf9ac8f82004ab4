// Writes the generated QR picture set the decoder is measured on (bench/qr-decode.sh): the same kinds
// of pictures the tests use, each with one known otpauth:// link, plus the 4K dark screenshot.
// Usage: make_qr_pictures DIR      Prints "FILE<TAB>EXPECTED TEXT" per picture.
#include "qr_pictures.h"

#include <QDir>
#include <QGuiApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: make_qr_pictures DIR\n", stderr);
        return 1;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    int n = 0;
    auto write = [&](const char *name, const QImage &image, const QByteArray &text, const char *format = "PNG") {
        const QString file = dir.filePath(QStringLiteral("%1-%2.%3").arg(++n, 2, 10, QLatin1Char('0')).arg(QLatin1String(name),
                                           QString::fromLatin1(format).toLower() == QLatin1String("jpeg") ? QStringLiteral("jpg") : QStringLiteral("png")));
        image.save(file, format, 80);
        std::printf("%s\t%s\n", qPrintable(file), text.constData());
    };
    const QSize canvas(1000, 700);
    for (int i = 0; i < 3; ++i) {
        const QByteArray link = "otpauth://totp/Service" + QByteArray::number(i) + ":user" + QByteArray::number(i) +
                                "%40example.com?secret=JBSWY3DPEHPK3PX" + QByteArray(1, char('A' + i)) + "&issuer=Service" + QByteArray::number(i);
        const QImage qr = qrpics::code(link, 5);
        write("plain", qrpics::onCanvas(qr, canvas, Qt::white, {300 + 40 * i, 150}), link);
        write("rotated", qrpics::onCanvas(qr, canvas, Qt::white, {300, 150}, QTransform().rotate(12 + 25 * i)), link);
        QTransform perspective;
        QTransform::quadToQuad(QPolygonF({{0, 0}, {300, 0}, {300, 300}, {0, 300}}),
                               QPolygonF({{15.0 * i, 0}, {290, 20}, {300, 290}, {0, 300 - 10.0 * i}}), perspective);
        write("perspective", qrpics::onCanvas(qr, canvas, Qt::white, {300, 150}, perspective), link);
        write("inverted", qrpics::inverted(qrpics::onCanvas(qr, canvas, Qt::white, {250, 120})), link);
        write("jpeg", qrpics::jpegRoundTrip(qrpics::onCanvas(qr, canvas, QColor(245, 244, 240), {200, 100}), 25 + 10 * i), link, "JPEG");
        write("tiny", qrpics::onCanvas(qrpics::code(link, 1), {160, 120}, Qt::white, {30, 20}), link);
        write("dark-4k", qrpics::darkScreenshot(qr), link);
        write("light-4k", qrpics::inverted(qrpics::darkScreenshot(qr)), link); // a light theme: dark code on white
    }
    return 0;
}
