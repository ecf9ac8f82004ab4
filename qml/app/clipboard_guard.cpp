#include "app/clipboard_guard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace tessera::bridge {

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

void ClipboardGuard::copy(const QString &text, int clearAfterSeconds)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = text;
    if (clearAfterSeconds > 0)
        m_clearTimer.start(clearAfterSeconds * 1000);
}

void ClipboardGuard::clearNow()
{
    m_clearTimer.stop();
    if (m_copied.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copied) // the user copied something else meanwhile: leave it
        clipboard->clear();
    m_copied.clear();
}

} // namespace tessera::bridge
