#pragma once
// Quick unlock with a PIN (optional, off until the user sets one; vault::QuickUnlock holds the key).
// The PIN is set in Settings while the vault is open and is kept for this run of the app only. After an
// automatic lock (idle time, screen lock) it unlocks the vault; a lock by hand, a password change or
// three wrong PINs forget it, and then only the password opens the vault.

#include "app/controller.h"
#include "vault/quick_unlock.h"

#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class Services;
class VaultController;

class PinController : public Controller, public QmlSingleton<PinController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // A PIN is set for this run (and, while locked, can unlock).
    Q_PROPERTY(bool isSet READ isSet NOTIFY changed)
    // The vault is locked and the PIN can open it: the unlock page and the quick picker ask for it.
    Q_PROPERTY(bool available READ available NOTIFY changed)
public:
    PinController(Services *services, VaultController *vault, QObject *parent = nullptr);

    bool isSet() const { return m_quick.isArmed(); }
    bool available() const;

    Q_INVOKABLE bool setPin(const QString &pin, const QString &repeat);
    Q_INVOKABLE void removePin();
    Q_INVOKABLE void unlock(const QString &pin);

signals:
    void changed();

private:
    void forget();

    Services *m_services;
    vault::QuickUnlock m_quick;
};

} // namespace tessera::bridge
