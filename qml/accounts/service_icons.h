#pragma once
// The bundled service icons on screen: the catalogue loaded once from the app's resources, how an
// account's icon looks in the list, the "service" image provider that draws an icon, and the QML
// singleton "ServiceIcons" behind the icon chooser.

#include "icons/service_icon_catalog.h"

#include <QColor>
#include <QObject>
#include <QQuickImageProvider>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

// The catalogue, read from the resource on first use (from any thread); empty if the resource is
// damaged, which shows letters everywhere rather than failing.
const icons::ServiceIconCatalog &bundledServiceIcons();
// Starts reading the catalogue on the thread pool, so that it is ready (or nearly) when the first row
// is shown after unlocking instead of costing the GUI thread ~50 ms then. Safe to call more than once.
void preloadServiceIcons();

// What the list draws for an account: `source` for an Image ("" shows the letter) on `background`
// (the brand colour; invalid for a picture, which brings its own).
struct IconLook
{
    QString source;
    QColor background;
};
IconLook iconLookOf(const QString &iconValue, QStringView issuer);

// image://service/SLUG/RRGGBB: the icon drawn in that colour, at the size asked for (64 px if none).
class ServiceIconProvider : public QQuickImageProvider
{
public:
    ServiceIconProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

class ServiceIcons : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
public:
    explicit ServiceIcons(QObject *parent = nullptr);
    QString version() const;
    // For the chooser: [{slug, title, source, background, value}] for a query (the issuer's best
    // matches when it is empty), at most `limit`.
    Q_INVOKABLE QVariantList search(const QString &query, int limit) const;
    // The chosen icon's look, for the chooser's preview.
    Q_INVOKABLE QVariantMap look(const QString &iconValue, const QString &issuer) const;
};

} // namespace tessera::bridge
