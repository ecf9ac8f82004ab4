#include "app/clipboard_guard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace tessera::bridge {

ClipboardGuard::ClipboardGuard(std::unique_ptr<Countdown> clearing, QObject *parent)
    : QObject(parent), m_clearing(std::move(clearing))
{
    connect(m_clearing.get(), &Countdown::expired, this, &ClipboardGuard::clearNow);
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
        m_clearing->start(std::chrono::seconds(clearAfterSeconds));
}

void ClipboardGuard::clearNow()
{
    m_clearing->stop();
    if (m_copied.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copied) // the user copied something else meanwhile: leave it
        clipboard->clear();
    m_copied.clear();
}

} // namespace tessera::bridge
