#include "countdown_ring.h"

#include <QPainter>
#include <algorithm>

namespace tessera::bridge {

CountdownRing::CountdownRing(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
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
    if (color == m_color)
        return;
    m_color = color;
    emit colorChanged();
    update();
}

void CountdownRing::setTrackColor(const QColor &color)
{
    if (color == m_track)
        return;
    m_track = color;
    emit colorChanged();
    update();
}

void CountdownRing::setLineWidth(qreal width)
{
    if (qFuzzyCompare(width, m_lineWidth))
        return;
    m_lineWidth = width;
    emit colorChanged();
    update();
}

void CountdownRing::paint(QPainter *painter)
{
    const qreal inset = m_lineWidth / 2 + 0.5;
    const QRectF box = QRectF(0, 0, width(), height()).adjusted(inset, inset, -inset, -inset);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_track, m_lineWidth));
    painter->drawEllipse(box);
    // From twelve o'clock, counter-clockwise, the part of the period still left.
    QPen pen(m_color, m_lineWidth);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->drawArc(box, 90 * 16, qRound(m_fraction * 360 * 16));
}

} // namespace tessera::bridge
