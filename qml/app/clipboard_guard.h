#pragma once
// Copies a code to the clipboard marked as sensitive for clipboard managers (KDE
// x-kde-passwordManagerHint, Windows ExcludeClipboardContentFromMonitorProcessing, macOS
// org.nspasteboard.ConcealedType), and clears it after a delay only if it still holds our code.

#include "app/countdown.h"

#include <QObject>
#include <memory>

namespace tessera::bridge {

class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(std::unique_ptr<Countdown> clearing, QObject *parent = nullptr);

    void copy(const QString &text, int clearAfterSeconds);
    void clearNow(); // on lock and quit: only if the clipboard still holds what we put there

private:
    QString m_copied;
    std::unique_ptr<Countdown> m_clearing;
};

} // namespace tessera::bridge
