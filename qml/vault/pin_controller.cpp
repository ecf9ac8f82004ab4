#include "vault/pin_controller.h"

#include "app/services.h"
#include "app/text_secret.h"
#include "app/vault_session.h"
#include "vault/vault_controller.h"

#include "session/vault_access.h"

namespace tessera::bridge {

PinController::PinController(Services *services, VaultController *vault, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services)
{
    connect(vault, &VaultController::lockedByHand, this, &PinController::forget);
    connect(vault, &VaultController::passwordChanged, this, &PinController::forget);
    connect(vault, &VaultController::stateChanged, this, &PinController::changed);
}

bool PinController::available() const
{
    return m_quick.isArmed() && !m_services->session()->isOpen() && !busy();
}

bool PinController::setPin(const QString &pin, const QString &repeat)
{
    if (pin != repeat) {
        setError(tr("The two PINs differ."));
        return false;
    }
    const SecretBytes secret = secretFromText(pin);
    auto armed = m_services->session()->read([&](const vault::VaultStore &store) { return m_quick.arm(store, secret); });
    if (!report(armed))
        return false;
    setStatus(tr("PIN set. After an automatic lock it unlocks Tessera until you quit or lock by hand."));
    emit changed();
    return true;
}

void PinController::removePin()
{
    forget();
    setStatus(tr("PIN removed."));
}

void PinController::forget()
{
    if (!m_quick.isArmed())
        return;
    m_quick.wipe();
    emit changed();
}

void PinController::unlock(const QString &pin)
{
    if (!available())
        return;
    using StoreResult = Result<std::unique_ptr<vault::VaultStore>>;
    auto secret = std::make_shared<SecretBytes>(secretFromText(pin));
    const QString path = m_services->session()->vaultPath();
    // Argon2id off the GUI thread; the PIN is sealed again at once for the next automatic lock.
    runInBackground<StoreResult>(
        [this, secret, path] { return session::unlockWithPin(m_quick, path, *secret); },
        [this](StoreResult &result) {
            emit changed();
            if (!result)
                return setError(result.error());
            m_services->session()->open(std::move(*result));
        });
    emit changed();
}

} // namespace tessera::bridge
