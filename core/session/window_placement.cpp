#include "session/window_placement.h"

#include <algorithm>

namespace tessera::session {

QString screenKey(const QString &screenName, const QSize &screenSize)
{
    const QString name = screenName.isEmpty() ? QStringLiteral("screen") : screenName;
    return QStringLiteral("%1 %2x%3").arg(name).arg(screenSize.width()).arg(screenSize.height());
}

namespace {

// Shrinks to the screen (but not below the minimum), then slides inside it.
QRect fitInside(QRect rect, const QRect &available, const QSize &minimum)
{
    rect.setWidth(std::max(minimum.width(), std::min(rect.width(), available.width())));
    rect.setHeight(std::max(minimum.height(), std::min(rect.height(), available.height())));
    rect.moveLeft(std::clamp(rect.left(), available.left(), std::max(available.left(), available.right() - rect.width() + 1)));
    rect.moveTop(std::clamp(rect.top(), available.top(), std::max(available.top(), available.bottom() - rect.height() + 1)));
    return rect;
}

} // namespace

QRect placeWindow(const QRect &saved, const QRect &available, const QSize &preferred, const QSize &minimum)
{
    if (!available.isValid())
        return saved.isValid() ? saved : QRect(QPoint(0, 0), preferred);
    // A place on this screen that still shows a good part of the window is kept (moved in if needed).
    if (saved.isValid()) {
        const QRect shown = saved.intersected(available);
        if (shown.width() >= std::min(saved.width(), 120) && shown.height() >= std::min(saved.height(), 80))
            return fitInside(saved, available, minimum);
    }
    // First start here: the designed size, at most 90 % of the screen's height, centred.
    QSize size = preferred;
    size.setHeight(std::min(size.height(), available.height() * 9 / 10));
    size.setWidth(std::min(size.width(), available.width()));
    QRect rect(QPoint(0, 0), size.expandedTo(minimum));
    rect.moveCenter(available.center());
    return fitInside(rect, available, minimum);
}

} // namespace tessera::session
