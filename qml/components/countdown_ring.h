#pragma once
// The seconds left of a code as a ring that empties, with the seconds in its middle: painted once when
// the second changes (never per frame), with QPainter, so it draws the same on the software renderer.
// Every row with the same period shows the same ring in the same second, so each picture is drawn
// once and kept: in the steady state a second costs each row on screen a texture swap and a blit, not
// an antialiased curve and a text layout (docs/PERFORMANCE.md).

#include <QColor>
#include <QImage>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class CountdownRing : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    // How much of the period is left, 0 to 1.
    Q_PROPERTY(qreal fraction READ fraction WRITE setFraction NOTIFY fractionChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor trackColor READ trackColor WRITE setTrackColor NOTIFY colorChanged)
    Q_PROPERTY(qreal lineWidth READ lineWidth WRITE setLineWidth NOTIFY colorChanged)
    // Drawn centred in the ring (the seconds left); empty for none.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor textColor READ textColor WRITE setTextColor NOTIFY textChanged)
    Q_PROPERTY(int textPixelSize READ textPixelSize WRITE setTextPixelSize NOTIFY textChanged)
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
    QString text() const { return m_text; }
    void setText(const QString &text);
    QColor textColor() const { return m_textColor; }
    void setTextColor(const QColor &color);
    int textPixelSize() const { return m_textPixelSize; }
    void setTextPixelSize(int size);

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    QSGNode *updatePaintNode(QSGNode *node, UpdatePaintNodeData *data) override;

signals:
    void fractionChanged();
    void colorChanged();
    void textChanged();

private:
    QImage picture(QSize pixels, qreal devicePixelRatio) const;
    QImage draw(QSize pixels, qreal devicePixelRatio) const;

    qreal m_fraction = 1;
    QColor m_color = Qt::black;
    QColor m_track = Qt::lightGray;
    qreal m_lineWidth = 3;
    QString m_text;
    QColor m_textColor = Qt::black;
    int m_textPixelSize = 11;
};

} // namespace tessera::bridge
