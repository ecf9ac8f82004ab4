#pragma once
// Where the main window opens: where the user left it on this screen, or a comfortable size in the
// middle of it, and never larger than the screen (at 200 % scale the designed size may not fit).

#include <QRect>
#include <QSize>
#include <QString>

namespace tessera::session {

// A screen's name and size: the same monitor at another resolution is another place.
QString screenKey(const QString &screenName, const QSize &screenSize);

// saved: the geometry last left on this screen (invalid: none); available: the screen's area without
// panels; preferred and minimum: the window's designed sizes. The result lies within `available`
// whenever the minimum fits there.
QRect placeWindow(const QRect &saved, const QRect &available, const QSize &preferred, const QSize &minimum);

} // namespace tessera::session
