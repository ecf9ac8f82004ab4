#include "add/screen_grabber.h"

#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

namespace tessera::bridge {
namespace {

// Long enough for the compositor to take the hidden window off the screen.
constexpr int kStepAsideMs = 350;

} // namespace

bool looksBlank(const QImage &image)
{
    if (image.isNull())
        return true;
    const QImage small = image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::FastTransformation).convertToFormat(QImage::Format_RGB32);
    const QRgb first = small.pixel(0, 0);
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            if (small.pixel(x, y) != first)
                return false;
    return true;
}

ScreenGrabber::ScreenGrabber(QObject *parent) : QObject(parent) {}

void ScreenGrabber::grab(Callback done)
{
    const bool hide = m_window && m_window->isVisible();
    if (hide)
        m_window->hide();
    QTimer::singleShot(hide ? kStepAsideMs : 0, this, [this, hide, done = std::move(done)]() mutable {
        grabNow([this, hide, done = std::move(done)](Result<QList<QImage>> result) {
            if (hide && m_window) {
                m_window->show();
                m_window->raise();
                m_window->requestActivate();
            }
            done(std::move(result));
        });
    });
}

void ScreenGrabber::grabNow(Callback done)
{
    QList<QImage> pictures;
    for (QScreen *screen : QGuiApplication::screens()) {
        QImage picture = screen->grabWindow(0).toImage();
        if (!looksBlank(picture))
            pictures << std::move(picture);
    }
    if (!pictures.isEmpty()) {
        done(std::move(pictures));
        return;
    }
    grabThroughPortal(std::move(done));
}

} // namespace tessera::bridge
