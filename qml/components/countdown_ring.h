#pragma once
// The seconds left of a code as a ring that empties: painted once when the second changes (never per
// frame), with QPainter, so it draws the same on the software renderer and costs nothing while idle.

#include <QColor>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class CountdownRing : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    // How much of the period is left, 0 to 1.
    Q_PROPERTY(qreal fraction READ fraction WRITE setFraction NOTIFY fractionChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor trackColor READ trackColor WRITE setTrackColor NOTIFY colorChanged)
    Q_PROPERTY(qreal lineWidth READ lineWidth WRITE setLineWidth NOTIFY colorChanged)
public:
    explicit CountdownRing(QQuickItem *parent = nullptr);

    qreal fraction() const { return m_fraction; }
    void setFraction(qreal fraction);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QColor trackColor() const { return m_track; }
    void setTrackColor(const QColor &color);
    qreal lineWidth() const { return m_lineWidth; }
    void setLineWidth(qreal width);

    void paint(QPainter *painter) override;

signals:
    void fractionChanged();
    void colorChanged();

private:
    qreal m_fraction = 1;
    QColor m_color = Qt::black;
    QColor m_track = Qt::lightGray;
    qreal m_lineWidth = 3;
};

} // namespace tessera::bridge
