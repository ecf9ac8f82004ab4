#pragma once
// Copies a code to the clipboard marked as sensitive for clipboard managers (KDE
// x-kde-passwordManagerHint, Windows ExcludeClipboardContentFromMonitorProcessing, macOS
// org.nspasteboard.ConcealedType), and clears it after a delay only if it still holds our code.

#include <QObject>
#include <QTimer>

namespace tessera::bridge {

class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject *parent = nullptr);

    void copy(const QString &text, int clearAfterSeconds);
    void clearNow(); // on lock and quit: only if the clipboard still holds what we put there

private:
    QString m_copied;
    QTimer m_clearTimer;
};

} // namespace tessera::bridge
