#pragma once
// Pictures of every screen, for "scan the QR code on my screen". Tessera's own window steps aside
// first so it does not cover the code. Where a direct grab is refused (Wayland gives nothing, or
// black), Linux asks the desktop portal's Screenshot instead; Windows and macOS grab through QScreen
// (macOS asks the user for screen-recording permission the first time).

#include "common/error.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWindow>
#include <functional>

namespace tessera::bridge {

class ScreenGrabber : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QList<QImage>>)>;
    explicit ScreenGrabber(QObject *parent = nullptr);

    // The window to hide during the grab (the app's main window).
    void setWindow(QWindow *window) { m_window = window; }
    // Later, on the GUI thread: the pictures, or ImageUnreadable with the reason.
    void grab(Callback done);

private:
    void grabNow(Callback done);
    // One file per platform: screen_grabber_portal_linux.cpp, screen_grabber_portal_other.cpp.
    void grabThroughPortal(Callback done);

    QPointer<QWindow> m_window;
};

// Whether a grab holds anything: Wayland compositors hand out black pictures instead of refusing.
bool looksBlank(const QImage &image);

} // namespace tessera::bridge
