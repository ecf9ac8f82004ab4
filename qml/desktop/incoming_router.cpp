#include "desktop/incoming_router.h"

#include "add/scan_controller.h"
#include "session/incoming_items.h"
#include "transfer/import_controller.h"

#include <QDir>
#include <QImageReader>

namespace tessera::bridge {
namespace {

bool isPicture(const QString &path)
{
    return !QImageReader::imageFormat(path).isEmpty();
}

} // namespace

IncomingRouter::IncomingRouter(ScanController *scan, ImportController *imports, QObject *parent)
    : QObject(parent), QmlSingleton(this), m_scan(scan), m_imports(imports)
{
}

void IncomingRouter::openArguments(const QStringList &arguments, const QString &workingDirectory)
{
    session::IncomingItems items = session::classifyIncoming(arguments, workingDirectory, isPicture);
    for (const QString &file : std::as_const(items.files))
        m_imports->openWhenUnlocked(QUrl::fromUserInput(file, {}, QUrl::AssumeLocalFile)); // another app's export
    m_scan->readLinksWhenUnlocked(std::move(items.links));
    QList<QUrl> pictures;
    for (const QString &picture : std::as_const(items.pictures))
        pictures << QUrl::fromUserInput(picture, {}, QUrl::AssumeLocalFile);
    m_scan->scanWhenUnlocked(pictures);
}

void IncomingRouter::drop(const QList<QUrl> &urls, const QByteArray &picture)
{
    if (urls.isEmpty()) {
        if (picture.isEmpty())
            return;
        emit m_scan->showRequested();
        m_scan->scanImageData(picture);
        return;
    }
    QStringList arguments;
    for (const QUrl &url : urls)
        arguments << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    openArguments(arguments, QDir::currentPath());
}

} // namespace tessera::bridge
