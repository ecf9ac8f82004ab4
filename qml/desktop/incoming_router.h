#pragma once
// Everything that arrives from outside goes one way: the arguments of `tessera ARG...` (at start, or
// handed over by a second launch) and whatever is dropped on the window. session/incoming_items.h
// sorts them; links and pictures go to the scan page's preview, other files to the import page, each
// once the vault is open.

#include "app/controller.h"

#include <QList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class ScanController;
class ImportController;

class IncomingRouter : public QObject, public QmlSingleton<IncomingRouter>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Incoming)
    QML_SINGLETON
public:
    IncomingRouter(ScanController *scan, ImportController *imports, QObject *parent = nullptr);

    void openArguments(const QStringList &arguments, const QString &workingDirectory);
    // A drop: its files or links, or the bytes of a dropped picture (a PNG from another app).
    Q_INVOKABLE void drop(const QList<QUrl> &urls, const QByteArray &picture);

private:
    ScanController *m_scan;
    ImportController *m_imports;
};

} // namespace tessera::bridge
