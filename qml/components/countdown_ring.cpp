#include "countdown_ring.h"

#include <QCache>
#include <QGuiApplication>
#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <algorithm>

namespace tessera::bridge {
namespace {

// Every second of a 30- and a 60-second period, in both colours, at one scale: about 4 KiB each.
constexpr int kCachedPictures = 96;

// Sets a property that changes the picture; true (and a repaint asked for) when it differed.
template<typename T> bool repaintIfChanged(QQuickItem &item, T &field, const T &value)
{
    if (field == value)
        return false;
    field = value;
    item.update();
    return true;
}

} // namespace

CountdownRing::CountdownRing(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

void CountdownRing::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        update();
}

void CountdownRing::setFraction(qreal fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (qFuzzyCompare(fraction, m_fraction))
        return;
    m_fraction = fraction;
    emit fractionChanged();
    update();
}

void CountdownRing::setColor(const QColor &color)
{
    if (repaintIfChanged(*this, m_color, color))
        emit colorChanged();
}

void CountdownRing::setTrackColor(const QColor &color)
{
    if (repaintIfChanged(*this, m_track, color))
        emit colorChanged();
}

void CountdownRing::setLineWidth(qreal width)
{
    if (qFuzzyCompare(width, m_lineWidth))
        return;
    m_lineWidth = width;
    emit colorChanged();
    update();
}

void CountdownRing::setText(const QString &text)
{
    if (repaintIfChanged(*this, m_text, text))
        emit textChanged();
}

void CountdownRing::setTextColor(const QColor &color)
{
    if (repaintIfChanged(*this, m_textColor, color))
        emit textChanged();
}

void CountdownRing::setTextPixelSize(int size)
{
    if (repaintIfChanged(*this, m_textPixelSize, size))
        emit textChanged();
}

namespace {

// What makes one picture differ from another: built per row per second, so plain numbers, not text.
struct PictureKey
{
    QSize pixels;
    int ratio = 0; // device pixel ratio × 100
    int fraction = 0; // of 3600
    QRgb color = 0;
    QRgb track = 0;
    QRgb textColor = 0;
    int lineWidth = 0; // × 100
    int textPixelSize = 0;
    QString text;
    bool operator==(const PictureKey &) const = default;
};

size_t qHash(const PictureKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.pixels.width(), key.pixels.height(), key.ratio, key.fraction, key.color, key.track,
                      key.textColor, key.lineWidth, key.textPixelSize, key.text);
}

} // namespace

QImage CountdownRing::draw(QSize pixels, qreal devicePixelRatio) const
{
    const qreal inset = m_lineWidth / 2 + 0.5;
    const QRectF box = QRectF(0, 0, width(), height()).adjusted(inset, inset, -inset, -inset);
    // The empty track is the same in every picture of a size and colour: drawn once, then copied.
    thread_local QCache<PictureKey, QImage> tracks(8);
    const PictureKey trackKey{pixels, qRound(devicePixelRatio * 100), 0, 0, m_track.rgba(), 0, qRound(m_lineWidth * 100), 0, {}};
    if (!tracks.contains(trackKey)) {
        auto *track = new QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        track->setDevicePixelRatio(devicePixelRatio);
        track->fill(Qt::transparent);
        QPainter painter(track);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(m_track, m_lineWidth));
        painter.drawEllipse(box);
        tracks.insert(trackKey, track);
    }
    QImage image = tracks.object(trackKey)->copy();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // From twelve o'clock, counter-clockwise, the part of the period still left.
    QPen pen(m_color, m_lineWidth);
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    painter.drawArc(box, 90 * 16, qRound(m_fraction * 360 * 16));
    if (!m_text.isEmpty()) {
        QFont font = QGuiApplication::font();
        font.setPixelSize(m_textPixelSize);
        painter.setFont(font);
        painter.setPen(m_textColor);
        painter.drawText(QRectF(0, 0, width(), height()), Qt::AlignCenter, m_text);
    }
    return image;
}

QImage CountdownRing::picture(QSize pixels, qreal devicePixelRatio) const
{
    // Drawn on the thread that updates the scene graph (a render thread, one per window, or the GUI
    // thread); each keeps its own pictures.
    thread_local QCache<PictureKey, QImage> pictures(kCachedPictures);
    const PictureKey key{pixels,
                         qRound(devicePixelRatio * 100),
                         qRound(m_fraction * 3600),
                         m_color.rgba(),
                         m_track.rgba(),
                         m_textColor.rgba(),
                         qRound(m_lineWidth * 100),
                         m_textPixelSize,
                         m_text};
    if (const QImage *cached = pictures.object(key))
        return *cached;
    const QImage drawn = draw(pixels, devicePixelRatio);
    pictures.insert(key, new QImage(drawn));
    return drawn;
}

QSGNode *CountdownRing::updatePaintNode(QSGNode *node, UpdatePaintNodeData *)
{
    const qreal ratio = window()->effectiveDevicePixelRatio();
    const QSize pixels = (QSizeF(width(), height()) * ratio).toSize();
    if (pixels.isEmpty()) {
        delete node;
        return nullptr;
    }
    auto *image = static_cast<QSGImageNode *>(node);
    if (!image) {
        image = window()->createImageNode();
        image->setOwnsTexture(true);
        image->setFiltering(QSGTexture::Linear);
    }
    // The image is shared with the cache: on the software renderer the texture wraps it, no copy.
    image->setTexture(window()->createTextureFromImage(picture(pixels, ratio)));
    image->setRect(QRectF(0, 0, width(), height()));
    return image;
}

} // namespace tessera::bridge
